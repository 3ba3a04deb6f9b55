//! Runtime upgrades by the consortium's majority.
//!
//! A member proposes the new runtime by its code's hash, with the spec name and version the code
//! carries; the members vote as on any proposal. Passing authorizes the hash in `frame_system`
//! (`do_authorize_upgrade` with its version checks) instead of dispatching `authorize_upgrade`
//! by motion: that call needs the root origin, which this chain does not have and should not
//! grow, and a motion would show voters only an encoded call. An upgrade proposal shows what
//! is voted on (hash, name, version) in its event and in storage, and the version is binding:
//! as `frame_system::Config::OnSetCode`, this pallet refuses code with the authorized hash whose
//! version is not the one voted for, so "v103" on the ballot cannot become v150 on chain.
//!
//! The code itself reaches the chain through `System::apply_authorized_upgrade`, which anyone
//! may submit once the hash is authorized; `frame_system` then checks that the spec name is
//! unchanged and the spec version higher, and this pallet that it is the one voted for.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::traits::Hash;
use sp_version::RuntimeVersion;

use crate::{AuthorizedRelease, Config, Error, Event, Pallet, ProposalIndex};

/// Spec names are short identifiers (`medrec`).
pub const MAX_SPEC_NAME_LENGTH: u32 = 32;

/// A runtime's spec name, as an upgrade proposal names it.
pub type SpecName = BoundedVec<u8, ConstU32<MAX_SPEC_NAME_LENGTH>>;

/// The runtime the members voted in: its code's hash and the version the code must carry.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Release<Hash> {
	/// The proposal that passed.
	pub proposal: ProposalIndex,
	pub code_hash: Hash,
	pub spec_version: u32,
}

/// Checks a proposed release's version against the running runtime's: the same spec name, a
/// higher spec version. The same rules `frame_system` applies to the code later; checked here
/// too so that members never vote on a proposal that could not be applied.
pub(crate) fn check_release<T: Config>(
	spec_name: &[u8],
	spec_version: u32,
) -> Result<SpecName, DispatchError> {
	let running = <T as frame_system::Config>::Version::get();
	ensure!(spec_name == running.spec_name.as_bytes(), Error::<T>::WrongSpecName);
	ensure!(spec_version > running.spec_version, Error::<T>::VersionNotHigher);
	// Cannot fail: it equals the running spec name, which is short.
	spec_name.to_vec().try_into().map_err(|_| Error::<T>::WrongSpecName.into())
}

/// Enacts a passed upgrade proposal.
pub(crate) fn authorize<T: Config>(index: ProposalIndex, code_hash: T::Hash, spec_version: u32) {
	frame_system::Pallet::<T>::do_authorize_upgrade(code_hash, true);
	AuthorizedRelease::<T>::put(Release { proposal: index, code_hash, spec_version });
	Pallet::<T>::deposit_event(Event::UpgradeAuthorized { index, code_hash, spec_version });
}

/// What enacting an upgrade costs beyond the vote: `frame_system`'s authorization and the
/// release, two writes.
pub(crate) fn enactment_weight<T: Config>() -> Weight {
	T::DbWeight::get().writes(2)
}

/// The version `code` declares in its `runtime_version` section, as the executor reads it.
fn version_of(code: &[u8]) -> Option<u32> {
	let encoded = sp_io::misc::runtime_version(code)?;
	RuntimeVersion::decode(&mut &encoded[..]).ok().map(|v| v.spec_version)
}

/// `frame_system` calls this with code it has already checked against its authorization
/// (hash, spec name, higher version). Code with the hash the members voted for must also carry
/// the version they voted for; otherwise nothing changes, the refusal is an event, and the
/// authorization is void (the call itself succeeds, as `frame_system`'s own refusals of
/// authorized code do: the submitter is not at fault, and nobody can make that code right).
impl<T: Config> frame_system::SetCode<T> for Pallet<T> {
	fn set_code(code: Vec<u8>) -> DispatchResult {
		if let Some(release) = AuthorizedRelease::<T>::take() {
			if T::Hashing::hash(&code) == release.code_hash {
				let found = version_of(&code);
				if found != Some(release.spec_version) {
					Pallet::<T>::deposit_event(Event::UpgradeRefused {
						code_hash: release.code_hash,
						voted: release.spec_version,
						found,
					});
					return Ok(());
				}
			}
		}
		frame_system::Pallet::<T>::update_code_in_storage(&code);
		Ok(())
	}
}

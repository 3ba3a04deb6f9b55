//! # MedRec Consortium
//!
//! The providers run the chain, and this pallet is how they decide who else does (2018's
//! `AgentRegistry` with its `propose`, `vote`, `kick` and `rescind`, without its flaws):
//!
//! - a candidate organisation proposes to join ([`Pallet::propose_join`]), naming its session keys,
//!   its gatekeeper and the off-chain evidence of who it is. It is not registered yet, so the
//!   runtime lets strangers make this one call (see [`Pallet::may_propose_join`]);
//! - a member proposes removing another ([`Pallet::propose_removal`]), or a motion: a call the
//!   consortium makes together, with the [`RawOrigin::Majority`] origin (registering a pharmacy,
//!   changing the session length);
//! - a member proposes a runtime upgrade ([`Pallet::propose_upgrade`]) by the new code's hash,
//!   naming its spec name and version; when it passes, `frame_system` is authorized to take that
//!   code from anyone (`apply_authorized_upgrade`), and the pallet, as `frame_system`'s
//!   `OnSetCode`, refuses it unless it carries the version the members voted for (see [`upgrade`]);
//! - members vote aye or nay and may change their vote; the proposer may rescind;
//! - a proposal passes when more than half of the current members vote aye (a tie fails), is
//!   rejected as soon as half of them vote nay, and expires after [`Config::ProposalLifetime`]
//!   blocks. Each account has at most one open proposal, and at most [`Config::MaxProposals`] are
//!   open at once.
//!
//! Members are the chain's validators. An admitted candidate is registered as a provider, its
//! session keys are set, and at the next session rotation the pallet, as `pallet_session`'s
//! [`SessionManager`](pallet_session::SessionManager), queues it into the validator set; it
//! authors (Aura) and votes on finality (GRANDPA) from the session after. A removed member leaves
//! the same way, and its votes on open proposals are dropped at once. No removal may leave fewer
//! than [`Config::MinMembers`].
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod migrations;
pub mod upgrade;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use upgrade::{Release, SpecName, MAX_SPEC_NAME_LENGTH};
pub use weights::WeightInfo;

use alloc::{boxed::Box, vec::Vec};
use core::marker::PhantomData;
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{Contains, EnsureOrigin},
};
use frame_system::pallet_prelude::*;
use medrec_primitives::{research::StudyId, ProviderAdmission, StudyDeliberation, StudyVerdicts};
use sp_runtime::traits::{Dispatchable, Hash, OpaqueKeys, Saturating};

/// The origin of a call the consortium made by motion.
#[derive(
	PartialEq, Eq, Clone, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub enum RawOrigin {
	/// More than half of the members voted for it.
	Majority,
}

/// Identifies a proposal for as long as it is open.
pub type ProposalIndex = u32;

/// `InvalidTransaction::Custom` code: the stranger already has an open proposal.
pub const PROPOSAL_OPEN: u8 = 110;
/// `InvalidTransaction::Custom` code: the bound on open proposals is reached.
pub const TOO_MANY_PROPOSALS: u8 = 111;
/// `InvalidTransaction::Custom` code: a stranger may rescind only its own open proposal.
pub const NOT_PROPOSER: u8 = 112;

/// Where a candidate's credentials can be checked off chain, and their digest, so that every
/// member votes on the same documents.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxUrl))]
pub struct Evidence<MaxUrl: Get<u32>> {
	pub url: BoundedVec<u8, MaxUrl>,
	/// SHA-256 of the document at `url`.
	pub sha256: [u8; 32],
}

/// What a proposal would do.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub enum Action<T: Config> {
	/// Admit `candidate` as a provider and validator.
	Admit {
		candidate: T::AccountId,
		name: BoundedVec<u8, T::MaxNameLength>,
		gatekeeper: BoundedVec<u8, T::MaxUrlLength>,
		keys: T::Keys,
		/// The candidate's proof that it holds the private halves of `keys`.
		proof: BoundedVec<u8, ConstU32<MAX_PROOF_LENGTH>>,
		evidence: EvidenceOf<T>,
	},
	/// Remove `member` from the consortium and the validator set.
	Remove { member: T::AccountId },
	/// Dispatch a SCALE-encoded call with the [`RawOrigin::Majority`] origin.
	Motion { call: BoundedVec<u8, T::MaxCallLength>, weight: Weight },
	/// Approve research study `study`, registered by the proposer with the research pallet,
	/// which holds its terms and hears the verdict.
	Study { study: StudyId },
	/// Authorize the runtime whose code hashes to `code_hash`, which must be `spec_name` at
	/// `spec_version`: what the members checked and voted for.
	Upgrade { code_hash: T::Hash, spec_name: SpecName, spec_version: u32 },
}

/// An open proposal and its votes.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Proposal<T: Config> {
	pub proposer: T::AccountId,
	pub action: Action<T>,
	pub ayes: BoundedVec<T::AccountId, T::MaxMembers>,
	pub nays: BoundedVec<T::AccountId, T::MaxMembers>,
	/// The last block in which the proposal can be voted on.
	pub expires: BlockNumberFor<T>,
}

/// What every open proposal is about, in one place: the checks that a proposal is allowed
/// (one per proposer, one per subject, a bound on all) read it once.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct OpenProposal<AccountId, BlockNumber> {
	pub index: ProposalIndex,
	pub proposer: AccountId,
	/// The candidate or member the proposal is about; `None` for motions.
	pub subject: Option<AccountId>,
	pub expires: BlockNumber,
}

pub type ActionOf<T> = Action<T>;
pub type ProposalOf<T> = Proposal<T>;
pub type OpenProposalOf<T> =
	OpenProposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
pub type EvidenceOf<T> = Evidence<<T as Config>::MaxUrlLength>;

/// Proofs of possession: one signature per session key, SCALE-encoded together.
pub const MAX_PROOF_LENGTH: u32 = 512;

/// Sets and clears validators' session keys: implemented by [`ViaSession`] for
/// `pallet_session`, faked in tests.
pub trait SessionKeys<AccountId, Keys> {
	/// Sets `who`'s keys for the next session, checking `proof` again.
	fn set(who: &AccountId, keys: Keys, proof: Vec<u8>) -> DispatchResult;
	/// Clears `who`'s keys, so that no later session can include it.
	fn purge(who: &AccountId);
}

/// Session keys with a valid proof of possession, for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Keys> {
	fn keys_and_proof(owner: &AccountId) -> (Keys, Vec<u8>);
}

/// [`SessionKeys`] through `pallet_session`'s own calls, as if the member made them.
pub struct ViaSession<T>(PhantomData<T>);

impl<T: pallet_session::Config> SessionKeys<T::AccountId, T::Keys> for ViaSession<T> {
	fn set(who: &T::AccountId, keys: T::Keys, proof: Vec<u8>) -> DispatchResult {
		pallet_session::Pallet::<T>::set_keys(
			frame_system::RawOrigin::Signed(who.clone()).into(),
			keys,
			proof,
		)
	}

	fn purge(who: &T::AccountId) {
		// A member that purged its own keys already has none to clear.
		let _ = pallet_session::Pallet::<T>::purge_keys(
			frame_system::RawOrigin::Signed(who.clone()).into(),
		);
	}
}

/// The session length, in blocks, for `pallet_session::PeriodicSessions`.
pub struct SessionLength<T>(PhantomData<T>);

impl<T: Config> Get<BlockNumberFor<T>> for SessionLength<T> {
	fn get() -> BlockNumberFor<T> {
		SessionLengthBlocks::<T>::get()
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// 0: the layout of the first release that can be upgraded. The upgrade rehearsal's test
	/// runtime is at 1, after its deliberate migration ([`migrations::v1`]).
	#[cfg(not(feature = "upgrade-rehearsal"))]
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);
	#[cfg(feature = "upgrade-rehearsal")]
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The origin motions are dispatched with: the runtime's, which includes [`RawOrigin`].
		type RuntimeOrigin: From<RawOrigin>;

		/// The calls a motion may carry: the runtime's.
		type MotionCall: Parameter
			+ Dispatchable<
				RuntimeOrigin = <Self as Config>::RuntimeOrigin,
				PostInfo = PostDispatchInfo,
			> + GetDispatchInfo
			+ From<Call<Self>>;

		/// Which calls the consortium may make by motion.
		type MotionCalls: Contains<Self::MotionCall>;

		/// Who may change the session length: the majority, through a motion.
		type AdminOrigin: EnsureOrigin<<Self as frame_system::Config>::RuntimeOrigin>;

		/// The registrar, where admitted members become providers.
		type Registry: ProviderAdmission<Self::AccountId>;

		/// The research pallet, told what the members decided about a study.
		type Studies: StudyVerdicts;

		/// The validators' session keys, as `pallet_session` holds them.
		type Keys: Member + Parameter + MaxEncodedLen + OpaqueKeys;

		/// Where admitted members' keys are set and removed members' keys cleared.
		type SessionKeys: SessionKeys<Self::AccountId, Self::Keys>;

		/// The most members the consortium (and so the validator set) can have.
		#[pallet::constant]
		type MaxMembers: Get<u32>;

		/// No removal may leave fewer members than this.
		#[pallet::constant]
		type MinMembers: Get<u32>;

		/// The most proposals open at once.
		#[pallet::constant]
		type MaxProposals: Get<u32>;

		/// Blocks a proposal stays open for votes.
		#[pallet::constant]
		type ProposalLifetime: Get<BlockNumberFor<Self>>;

		/// The longest display name a candidate may give.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// The longest gatekeeper or evidence URL.
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// The longest encoded call a motion may carry.
		#[pallet::constant]
		type MaxCallLength: Get<u32>;

		/// The heaviest call a motion may carry, charged to every vote that could pass it.
		#[pallet::constant]
		type MaxCallWeight: Get<Weight>;

		type WeightInfo: WeightInfo;

		/// Makes session keys and their proof for benchmarked candidates.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Keys>;
	}

	/// The current members, sorted.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxMembers>, ValueQuery>;

	/// Whether the members changed since the validator set was last queued.
	#[pallet::storage]
	pub type MembersChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Proposal index to the proposal and its votes.
	#[pallet::storage]
	pub type Proposals<T: Config> = StorageMap<_, Twox64Concat, ProposalIndex, ProposalOf<T>>;

	/// The open proposals in the order they expire (opening order, unless a migration extended
	/// some).
	#[pallet::storage]
	pub type OpenProposals<T: Config> =
		StorageValue<_, BoundedVec<OpenProposalOf<T>, T::MaxProposals>, ValueQuery>;

	/// The index the next proposal gets.
	#[pallet::storage]
	pub type NextProposalIndex<T: Config> = StorageValue<_, ProposalIndex, ValueQuery>;

	/// Blocks per session: how long a change of members waits before the validator set follows.
	#[pallet::storage]
	pub type SessionLengthBlocks<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The runtime the members last voted in, until its code is applied or refused: the version
	/// the code must carry, beside `frame_system`'s authorization of its hash.
	#[pallet::storage]
	pub type AuthorizedRelease<T: Config> = StorageValue<_, Release<T::Hash>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding members; the session pallet's genesis keys must name the same accounts.
		pub members: Vec<T::AccountId>,
		/// Blocks per session.
		pub session_length: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// An empty config leaves the pallet unconfigured, as in a chain that does not use it.
			if self.members.is_empty() {
				return;
			}
			assert!(!self.session_length.is_zero(), "sessions must last at least a block");
			let mut members = self.members.clone();
			members.sort();
			members.dedup();
			assert_eq!(members.len(), self.members.len(), "founding members must be distinct");
			let members: BoundedVec<_, T::MaxMembers> =
				members.try_into().expect("more founding members than MaxMembers");
			Members::<T>::put(members);
			SessionLengthBlocks::<T>::put(self.session_length);
		}
	}

	#[pallet::origin]
	pub type Origin = RawOrigin;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A candidate proposed to join.
		JoinProposed {
			index: ProposalIndex,
			candidate: T::AccountId,
			name: BoundedVec<u8, T::MaxNameLength>,
			gatekeeper: BoundedVec<u8, T::MaxUrlLength>,
			evidence: EvidenceOf<T>,
			expires: BlockNumberFor<T>,
		},
		/// A member proposed removing another.
		RemovalProposed {
			index: ProposalIndex,
			proposer: T::AccountId,
			member: T::AccountId,
			expires: BlockNumberFor<T>,
		},
		/// A member proposed a motion.
		MotionProposed {
			index: ProposalIndex,
			proposer: T::AccountId,
			call_hash: T::Hash,
			expires: BlockNumberFor<T>,
		},
		/// A research organisation registered a study, which the members now vote on.
		StudyProposed {
			index: ProposalIndex,
			researcher: T::AccountId,
			study: StudyId,
			expires: BlockNumberFor<T>,
		},
		/// A member voted, or changed its vote. `ayes` and `nays` are the counts after it.
		Voted { index: ProposalIndex, voter: T::AccountId, aye: bool, ayes: u32, nays: u32 },
		/// A proposal passed; what it did follows in its own event.
		Passed { index: ProposalIndex, ayes: u32, members: u32 },
		/// Half or more of the members voted nay.
		Rejected { index: ProposalIndex, nays: u32, members: u32 },
		/// The proposer withdrew the proposal.
		Rescinded { index: ProposalIndex },
		/// The proposal's lifetime ran out.
		Expired { index: ProposalIndex },
		/// A candidate became a member; it validates from the session after next.
		MemberAdmitted { member: T::AccountId },
		/// A member was removed, or left; it stops validating from the session after next.
		MemberRemoved { member: T::AccountId },
		/// A passed motion was dispatched, with this result.
		MotionExecuted { index: ProposalIndex, result: DispatchResult },
		/// The session length changed.
		SessionLengthSet { blocks: BlockNumberFor<T> },
		/// A member proposed upgrading the runtime to the code with this hash.
		UpgradeProposed {
			index: ProposalIndex,
			proposer: T::AccountId,
			code_hash: T::Hash,
			spec_name: SpecName,
			spec_version: u32,
			expires: BlockNumberFor<T>,
		},
		/// The members voted an upgrade in: anyone may now submit its code with
		/// `System::apply_authorized_upgrade`.
		UpgradeAuthorized { index: ProposalIndex, code_hash: T::Hash, spec_version: u32 },
		/// Code with the authorized hash was submitted but is not the version voted for
		/// (`found` is `None` when it has no readable version): nothing changed, and the
		/// authorization is void, as `frame_system` voids one whose code fails its checks.
		UpgradeRefused { code_hash: T::Hash, voted: u32, found: Option<u32> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open proposal has this index.
		NotFound,
		/// Only members may do this (or, to rescind, only the proposer).
		NotAuthorized,
		/// The account already has an open proposal, or one is already open on this subject.
		AlreadyExists,
		/// The candidate is already a member.
		AlreadyMember,
		/// The account to remove is not a member.
		NotAMember,
		/// `MaxProposals` proposals are open already.
		TooManyProposals,
		/// The consortium has `MaxMembers` members already.
		TooManyMembers,
		/// The removal would leave fewer than `MinMembers` members.
		TooFewMembers,
		/// The proposal's voting period is over.
		Expired,
		/// The proof does not show that the candidate holds the session keys' private halves.
		BadProof,
		/// Another validator already uses one of these session keys.
		KeysInUse,
		/// The display name is longer than `MaxNameLength`.
		NameTooLong,
		/// A URL is longer than `MaxUrlLength`.
		UrlTooLong,
		/// The proof of possession is longer than `MAX_PROOF_LENGTH`.
		ProofTooLong,
		/// The motion's call is longer than `MaxCallLength`.
		CallTooLong,
		/// The motion's call is heavier than `MaxCallWeight`.
		CallTooHeavy,
		/// The consortium may not make this call by motion.
		CallNotAllowed,
		/// A session lasts at least one block.
		ZeroSessionLength,
		/// The proposed runtime's spec name is not this chain's.
		WrongSpecName,
		/// The proposed runtime's spec version is not above the running one's.
		VersionNotHigher,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Proposes the caller, a candidate organisation, as a member.
		///
		/// - Origin: signed by the candidate, which need not be registered.
		/// - `name`, `gatekeeper`: the provider profile it will have.
		/// - `keys`, `proof`: its session keys (Aura, GRANDPA) and the proof of possession that
		///   `author_rotateKeysWithOwner` returns for the candidate's account.
		/// - `evidence`: where the members find the documents that show who it is.
		///
		/// Emits `JoinProposed`. Errors: `AlreadyMember`, `AlreadyExists`, `TooManyProposals`,
		/// `BadProof`, `KeysInUse`, `NameTooLong`, `UrlTooLong`, `ProofTooLong`, and the
		/// registrar's profile errors. O(MaxProposals) in memory, one read of the open list.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose_join())]
		pub fn propose_join(
			origin: OriginFor<T>,
			name: Vec<u8>,
			gatekeeper: Vec<u8>,
			keys: T::Keys,
			proof: Vec<u8>,
			evidence_url: Vec<u8>,
			evidence_sha256: [u8; 32],
		) -> DispatchResult {
			let candidate = ensure_signed(origin)?;
			ensure!(!Self::is_member(&candidate), Error::<T>::AlreadyMember);
			let name: BoundedVec<u8, T::MaxNameLength> =
				name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
			let gatekeeper: BoundedVec<u8, T::MaxUrlLength> =
				gatekeeper.try_into().map_err(|_| Error::<T>::UrlTooLong)?;
			let evidence = Evidence {
				url: evidence_url.try_into().map_err(|_| Error::<T>::UrlTooLong)?,
				sha256: evidence_sha256,
			};
			ensure!(
				candidate.using_encoded(|owner| keys.ownership_proof_is_valid(owner, &proof)),
				Error::<T>::BadProof
			);
			let proof: BoundedVec<u8, ConstU32<MAX_PROOF_LENGTH>> =
				proof.try_into().map_err(|_| Error::<T>::ProofTooLong)?;
			T::Registry::can_admit(&candidate, &name, &gatekeeper)?;
			let action = Action::Admit {
				candidate: candidate.clone(),
				name: name.clone(),
				gatekeeper: gatekeeper.clone(),
				keys,
				proof,
				evidence: evidence.clone(),
			};
			let (index, expires) =
				Self::open(candidate.clone(), Some(candidate.clone()), action, false)?;
			Self::deposit_event(Event::JoinProposed {
				index,
				candidate,
				name,
				gatekeeper,
				evidence,
				expires,
			});
			Ok(())
		}

		/// Proposes removing `member`. The proposer's aye is counted.
		///
		/// - Origin: a member other than `member`.
		///
		/// Emits `RemovalProposed`, and `Passed` and `MemberRemoved` if the proposer's vote is
		/// already a majority. Errors: `NotAuthorized`, `NotAMember` (never removes anyone
		/// else), `TooFewMembers`, `AlreadyExists`, `TooManyProposals`.
		/// O(MaxMembers + MaxProposals).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::propose_removal().max(T::WeightInfo::vote_remove()))]
		pub fn propose_removal(origin: OriginFor<T>, member: T::AccountId) -> DispatchResult {
			let proposer = Self::ensure_member(origin)?;
			ensure!(proposer != member, Error::<T>::NotAuthorized);
			ensure!(Self::is_member(&member), Error::<T>::NotAMember);
			Self::ensure_can_remove()?;
			let (index, expires) = Self::open(
				proposer.clone(),
				Some(member.clone()),
				Action::Remove { member: member.clone() },
				true,
			)?;
			Self::deposit_event(Event::RemovalProposed { index, proposer, member, expires });
			Self::decide(index)
		}

		/// Proposes that the consortium makes `call` with the [`RawOrigin::Majority`] origin.
		/// The proposer's aye is counted.
		///
		/// - Origin: a member.
		/// - `call`: one of [`Config::MotionCalls`], at most `MaxCallLength` bytes encoded and
		///   `MaxCallWeight` heavy.
		///
		/// Emits `MotionProposed`. Errors: `NotAuthorized`, `CallNotAllowed`, `CallTooLong`,
		/// `CallTooHeavy`, `AlreadyExists`, `TooManyProposals`. O(MaxProposals).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::propose_motion().saturating_add(T::MaxCallWeight::get()))]
		pub fn propose_motion(
			origin: OriginFor<T>,
			call: Box<T::MotionCall>,
		) -> DispatchResultWithPostInfo {
			let proposer = Self::ensure_member(origin)?;
			ensure!(T::MotionCalls::contains(&call), Error::<T>::CallNotAllowed);
			let weight = call.get_dispatch_info().call_weight;
			ensure!(weight.all_lte(T::MaxCallWeight::get()), Error::<T>::CallTooHeavy);
			let call_hash = T::Hashing::hash_of(&call);
			let encoded: BoundedVec<u8, T::MaxCallLength> =
				call.encode().try_into().map_err(|_| Error::<T>::CallTooLong)?;
			let (index, expires) =
				Self::open(proposer.clone(), None, Action::Motion { call: encoded, weight }, true)?;
			Self::deposit_event(Event::MotionProposed { index, proposer, call_hash, expires });
			// A consortium of one passes its own motions at once.
			let executed = Self::decide(index).map(|_| !Proposals::<T>::contains_key(index))?;
			let actual = T::WeightInfo::propose_motion().saturating_add(if executed {
				weight
			} else {
				Weight::zero()
			});
			Ok(Some(actual).into())
		}

		/// Votes on proposal `index`, or changes the caller's vote. The proposal passes or is
		/// rejected in this call if the vote decides it.
		///
		/// - Origin: a member.
		///
		/// Emits `Voted`, then `Passed` with `MemberAdmitted`, `MemberRemoved`,
		/// `MotionExecuted` or the research pallet's `StudyApproved`, or `Rejected`. Errors:
		/// `NotAuthorized`, `NotFound`, `Expired`. Deciding: O(MaxMembers + MaxProposals) plus a
		/// motion's call.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::vote_weight_bound())]
		pub fn vote(
			origin: OriginFor<T>,
			index: ProposalIndex,
			aye: bool,
		) -> DispatchResultWithPostInfo {
			let voter = Self::ensure_member(origin)?;
			let mut proposal = Proposals::<T>::get(index).ok_or(Error::<T>::NotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now <= proposal.expires, Error::<T>::Expired);
			proposal.ayes.retain(|a| a != &voter);
			proposal.nays.retain(|a| a != &voter);
			let side = if aye { &mut proposal.ayes } else { &mut proposal.nays };
			// Cannot fail: the voter is a member, and there are at most MaxMembers of them.
			side.try_push(voter.clone()).map_err(|_| Error::<T>::TooManyMembers)?;
			let (ayes, nays) = (proposal.ayes.len() as u32, proposal.nays.len() as u32);
			let action_weight = Self::enactment_weight(&proposal.action);
			Proposals::<T>::insert(index, proposal);
			Self::deposit_event(Event::Voted { index, voter, aye, ayes, nays });
			Self::decide(index)?;
			let decided = !Proposals::<T>::contains_key(index);
			Ok(Some(if decided {
				T::WeightInfo::vote().saturating_add(action_weight)
			} else {
				T::WeightInfo::vote()
			})
			.into())
		}

		/// Withdraws the caller's open proposal.
		///
		/// - Origin: the proposer.
		///
		/// Emits `Rescinded`. Errors: `NotFound`, `NotAuthorized`. O(MaxProposals).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::rescind())]
		pub fn rescind(origin: OriginFor<T>, index: ProposalIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let proposal = Proposals::<T>::get(index).ok_or(Error::<T>::NotFound)?;
			ensure!(proposal.proposer == who, Error::<T>::NotAuthorized);
			Self::close(index);
			Self::deposit_event(Event::Rescinded { index });
			if let Action::Study { study } = proposal.action {
				T::Studies::lapsed(study);
			}
			Ok(())
		}

		/// Leaves the consortium: the caller is deregistered as a provider and stops validating
		/// from the session after next.
		///
		/// - Origin: a member.
		///
		/// Emits `MemberRemoved`. Errors: `NotAuthorized`, `TooFewMembers`.
		/// O(MaxMembers + MaxProposals).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let member = Self::ensure_member(origin)?;
			Self::ensure_can_remove()?;
			Self::remove_member(&member)
		}

		/// Sets the session length: how long after a change of members the validator set
		/// follows. Takes effect from the next block.
		///
		/// - Origin: [`RawOrigin::Majority`], by motion.
		///
		/// Emits `SessionLengthSet`. Errors: `ZeroSessionLength`. O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_session_length())]
		pub fn set_session_length(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!blocks.is_zero(), Error::<T>::ZeroSessionLength);
			SessionLengthBlocks::<T>::put(blocks);
			Self::deposit_event(Event::SessionLengthSet { blocks });
			Ok(())
		}

		/// Proposes upgrading the runtime to the code whose hash (the chain's hasher, BLAKE2-256)
		/// is `code_hash`, which members check by building the release and hashing its compressed
		/// blob. The proposer's aye is counted. When the proposal passes, `frame_system` is
		/// authorized to take that code, with its version checks, from anyone; the code itself
		/// never passes through a vote.
		///
		/// - Origin: a member.
		/// - `spec_name`, `spec_version`: the version the code carries; the name must be this
		///   chain's and the version above the running one. They are binding: code with the right
		///   hash and another version is refused when submitted.
		///
		/// Emits `UpgradeProposed`. Errors: `NotAuthorized`, `WrongSpecName`, `VersionNotHigher`,
		/// `AlreadyExists`, `TooManyProposals`. O(MaxProposals).
		#[pallet::call_index(7)]
		// The same reads and writes as opening a motion (the open list, the proposal, the next
		// index); authorizing on a consortium of one adds two writes.
		#[pallet::weight(T::WeightInfo::propose_motion().saturating_add(upgrade::enactment_weight::<T>()))]
		pub fn propose_upgrade(
			origin: OriginFor<T>,
			code_hash: T::Hash,
			spec_name: Vec<u8>,
			spec_version: u32,
		) -> DispatchResult {
			let proposer = Self::ensure_member(origin)?;
			let spec_name = upgrade::check_release::<T>(&spec_name, spec_version)?;
			let action = Action::Upgrade { code_hash, spec_name: spec_name.clone(), spec_version };
			let (index, expires) = Self::open(proposer.clone(), None, action, true)?;
			Self::deposit_event(Event::UpgradeProposed {
				index,
				proposer,
				code_hash,
				spec_name,
				spec_version,
				expires,
			});
			Self::decide(index)
		}
	}
}

/// Ensures a call was made by the consortium's majority, through a motion.
pub struct EnsureMajority;

impl<O: Into<Result<RawOrigin, O>> + From<RawOrigin>> EnsureOrigin<O> for EnsureMajority {
	type Success = ();

	fn try_origin(o: O) -> Result<(), O> {
		o.into().map(|RawOrigin::Majority| ())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(RawOrigin::Majority.into())
	}
}

impl<T: Config> Pallet<T> {
	pub fn is_member(who: &T::AccountId) -> bool {
		Members::<T>::get().binary_search(who).is_ok()
	}

	/// Whether stranger `who` may propose to join now: the transaction pool's check, so that
	/// a candidate's call that would fail never reaches a block. Returns the
	/// `InvalidTransaction::Custom` code that says why not.
	pub fn may_propose_join(who: &T::AccountId) -> Result<(), u8> {
		let open = OpenProposals::<T>::get();
		if open.iter().any(|p| &p.proposer == who || p.subject.as_ref() == Some(who)) {
			return Err(PROPOSAL_OPEN);
		}
		if open.is_full() {
			return Err(TOO_MANY_PROPOSALS);
		}
		Ok(())
	}

	/// Whether `who` proposed the open proposal `index`: a candidate, not yet registered, may
	/// withdraw its own proposal. Returns the `InvalidTransaction::Custom` code if not.
	pub fn may_rescind(who: &T::AccountId, index: ProposalIndex) -> Result<(), u8> {
		match Proposals::<T>::get(index) {
			Some(p) if &p.proposer == who => Ok(()),
			_ => Err(NOT_PROPOSER),
		}
	}

	fn ensure_member(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		ensure!(Self::is_member(&who), Error::<T>::NotAuthorized);
		Ok(who)
	}

	fn ensure_can_remove() -> DispatchResult {
		let members = Members::<T>::get().len() as u32;
		ensure!(members > T::MinMembers::get(), Error::<T>::TooFewMembers);
		Ok(())
	}

	/// Opens a proposal, with the proposer's aye when it is a member.
	fn open(
		proposer: T::AccountId,
		subject: Option<T::AccountId>,
		action: ActionOf<T>,
		proposer_votes: bool,
	) -> Result<(ProposalIndex, BlockNumberFor<T>), DispatchError> {
		let mut open = OpenProposals::<T>::get();
		ensure!(
			!open
				.iter()
				.any(|p| p.proposer == proposer || (subject.is_some() && p.subject == subject)),
			Error::<T>::AlreadyExists
		);
		let index = NextProposalIndex::<T>::get();
		let expires =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ProposalLifetime::get());
		// Usually the end of the list, but a migration that extended open proposals can leave
		// some expiring after one opened now: keep the list in expiry order for `expire`.
		let at = open.partition_point(|p| p.expires <= expires);
		open.try_insert(at, OpenProposal { index, proposer: proposer.clone(), subject, expires })
			.map_err(|_| Error::<T>::TooManyProposals)?;
		let mut ayes = BoundedVec::new();
		if proposer_votes {
			ayes.try_push(proposer.clone()).map_err(|_| Error::<T>::TooManyMembers)?;
		}
		Proposals::<T>::insert(
			index,
			Proposal { proposer, action, ayes, nays: BoundedVec::new(), expires },
		);
		OpenProposals::<T>::put(open);
		NextProposalIndex::<T>::put(index.wrapping_add(1));
		Ok((index, expires))
	}

	/// Passes or rejects proposal `index` if its votes decide it: passing needs more than half
	/// of the current members, rejection half or more voting nay.
	fn decide(index: ProposalIndex) -> DispatchResult {
		let Some(proposal) = Proposals::<T>::get(index) else { return Ok(()) };
		let members = Members::<T>::get().len() as u32;
		let (ayes, nays) = (proposal.ayes.len() as u32, proposal.nays.len() as u32);
		if ayes.saturating_mul(2) > members {
			Self::close(index);
			Self::deposit_event(Event::Passed { index, ayes, members });
			Self::enact(index, proposal.action)
		} else if nays.saturating_mul(2) >= members {
			Self::close(index);
			Self::deposit_event(Event::Rejected { index, nays, members });
			if let Action::Study { study } = proposal.action {
				T::Studies::rejected(study);
			}
			Ok(())
		} else {
			Ok(())
		}
	}

	fn enact(index: ProposalIndex, action: ActionOf<T>) -> DispatchResult {
		match action {
			Action::Admit { candidate, name, gatekeeper, keys, proof, .. } => {
				ensure!(!Self::is_member(&candidate), Error::<T>::AlreadyMember);
				let mut members = Members::<T>::get();
				let at = members.binary_search(&candidate).unwrap_or_else(|at| at);
				members
					.try_insert(at, candidate.clone())
					.map_err(|_| Error::<T>::TooManyMembers)?;
				T::Registry::admit(&candidate, &name, &gatekeeper)?;
				T::SessionKeys::set(&candidate, keys, proof.into_inner())
					.map_err(|_| Error::<T>::KeysInUse)?;
				Members::<T>::put(members);
				MembersChanged::<T>::put(true);
				Self::deposit_event(Event::MemberAdmitted { member: candidate });
				Ok(())
			},
			Action::Remove { member } => {
				ensure!(Self::is_member(&member), Error::<T>::NotAMember);
				Self::ensure_can_remove()?;
				Self::remove_member(&member)
			},
			Action::Motion { call, .. } => {
				// Encoded by this runtime when proposed; undecodable only after an upgrade
				// changed the call, which then fails here rather than doing something else.
				let result = T::MotionCall::decode(&mut &call[..])
					.map_err(|_| DispatchError::Other("motion call no longer decodes"))
					.and_then(|call| {
						call.dispatch(<T as Config>::RuntimeOrigin::from(RawOrigin::Majority))
							.map(|_| ())
							.map_err(|e| e.error)
					});
				Self::deposit_event(Event::MotionExecuted { index, result });
				Ok(())
			},
			Action::Study { study } => {
				T::Studies::approved(study);
				Ok(())
			},
			Action::Upgrade { code_hash, spec_version, .. } => {
				upgrade::authorize::<T>(index, code_hash, spec_version);
				Ok(())
			},
		}
	}

	/// Removes `member`: drops its votes and its own proposals and any about it, clears its
	/// session keys and deregisters it.
	fn remove_member(member: &T::AccountId) -> DispatchResult {
		let mut members = Members::<T>::get();
		let at = members.binary_search(member).map_err(|_| Error::<T>::NotAMember)?;
		members.remove(at);
		Members::<T>::put(members);
		MembersChanged::<T>::put(true);
		for open in OpenProposals::<T>::get() {
			if &open.proposer == member || open.subject.as_ref() == Some(member) {
				Self::close(open.index);
				Self::deposit_event(Event::Rescinded { index: open.index });
				continue;
			}
			Proposals::<T>::mutate(open.index, |proposal| {
				if let Some(p) = proposal {
					p.ayes.retain(|a| a != member);
					p.nays.retain(|a| a != member);
				}
			});
		}
		T::SessionKeys::purge(member);
		T::Registry::remove(member)?;
		Self::deposit_event(Event::MemberRemoved { member: member.clone() });
		Ok(())
	}

	/// Forgets proposal `index`.
	fn close(index: ProposalIndex) {
		Proposals::<T>::remove(index);
		OpenProposals::<T>::mutate(|open| open.retain(|p| p.index != index));
	}

	/// Closes the proposals whose lifetime is over: a prefix of the open list, which is kept in
	/// expiry order.
	fn expire(now: BlockNumberFor<T>) -> Weight {
		let open = OpenProposals::<T>::get();
		let expired = open.iter().take_while(|p| p.expires < now).count();
		if expired == 0 {
			return T::WeightInfo::expire(0);
		}
		let mut studies: u64 = 0;
		for p in &open[..expired] {
			let proposal = Proposals::<T>::take(p.index);
			Self::deposit_event(Event::Expired { index: p.index });
			if let Some(Action::Study { study }) = proposal.map(|p| p.action) {
				T::Studies::lapsed(study);
				studies += 1;
			}
		}
		OpenProposals::<T>::mutate(|open| {
			open.drain(..expired);
		});
		T::WeightInfo::expire(expired as u32)
			.saturating_add(T::Studies::weight().saturating_mul(studies))
	}

	fn enactment_weight(action: &ActionOf<T>) -> Weight {
		match action {
			Action::Admit { .. } => T::WeightInfo::vote_admit(),
			Action::Remove { .. } => T::WeightInfo::vote_remove(),
			Action::Motion { weight, .. } => T::WeightInfo::vote().saturating_add(*weight),
			Action::Study { .. } => T::Studies::weight(),
			Action::Upgrade { .. } => {
				T::WeightInfo::vote().saturating_add(upgrade::enactment_weight::<T>())
			},
		}
	}

	/// The weight a vote is charged before dispatch: the most a deciding vote can cost.
	fn vote_weight_bound() -> Weight {
		T::WeightInfo::vote_admit()
			.max(T::WeightInfo::vote_remove())
			.max(T::WeightInfo::vote().saturating_add(T::MaxCallWeight::get()))
			.max(T::WeightInfo::vote().saturating_add(T::Studies::weight()))
			.max(T::WeightInfo::vote().saturating_add(upgrade::enactment_weight::<T>()))
	}

	/// Checks the pallet's invariants:
	/// - members are sorted, distinct and at least one;
	/// - the open list and the proposals agree, one to one, in expiry order;
	/// - nobody has two open proposals, and no subject is in two;
	/// - only members vote, each on one side;
	/// - proposal indices are below the next one to be given;
	/// - an upgrade proposal names this chain's spec name.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let members = Members::<T>::get();
		ensure!(!members.is_empty(), "no members");
		ensure!(members.windows(2).all(|w| w[0] < w[1]), "members unsorted or repeated");
		let open = OpenProposals::<T>::get();
		ensure!(open.windows(2).all(|w| w[0].expires <= w[1].expires), "open list out of order");
		ensure!(
			open.len() == Proposals::<T>::iter_keys().count(),
			"open list and proposals differ"
		);
		for (i, entry) in open.iter().enumerate() {
			ensure!(
				!open[..i].iter().any(|e| e.proposer == entry.proposer
					|| (entry.subject.is_some() && e.subject == entry.subject)),
				"two open proposals by one account or on one subject"
			);
			let proposal = Proposals::<T>::get(entry.index).ok_or("open proposal missing")?;
			ensure!(proposal.proposer == entry.proposer, "proposer differs");
			ensure!(proposal.expires == entry.expires, "expiry differs");
			for voter in proposal.ayes.iter().chain(proposal.nays.iter()) {
				ensure!(members.binary_search(voter).is_ok(), "a non-member's vote counts");
			}
			ensure!(
				!proposal.ayes.iter().any(|a| proposal.nays.contains(a)),
				"a member voted both ways"
			);
			if let Action::Upgrade { spec_name, .. } = &proposal.action {
				ensure!(
					spec_name[..]
						== *<T as frame_system::Config>::Version::get().spec_name.as_bytes(),
					"an upgrade to another chain's runtime"
				);
			}
		}
		ensure!(!SessionLengthBlocks::<T>::get().is_zero(), "zero session length");
		Ok(())
	}
}

/// Studies come before the members as proposals the researcher made; the members vote on them
/// with [`Pallet::vote`], as on admissions.
impl<T: Config> StudyDeliberation<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn open(
		researcher: &T::AccountId,
		study: StudyId,
	) -> Result<(ProposalIndex, BlockNumberFor<T>), DispatchError> {
		// The researcher is not a member: no aye of its own, and the study is the subject of
		// nobody's membership.
		let (index, expires) =
			Self::open(researcher.clone(), None, Action::Study { study }, false)?;
		Self::deposit_event(Event::StudyProposed {
			index,
			researcher: researcher.clone(),
			study,
			expires,
		});
		Ok((index, expires))
	}

	fn withdraw(index: ProposalIndex) {
		if matches!(Proposals::<T>::get(index).map(|p| p.action), Some(Action::Study { .. })) {
			Self::close(index);
			Self::deposit_event(Event::Rescinded { index });
		}
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// The members, when they changed since the last call; `None` keeps the set as it is.
	fn new_session(_index: u32) -> Option<Vec<T::AccountId>> {
		MembersChanged::<T>::take().then(|| Members::<T>::get().into_inner())
	}

	/// The founding members, or, when the session pallet's genesis is built first, `None`: it
	/// then takes the validators from its own genesis keys, which name the same accounts.
	fn new_session_genesis(_index: u32) -> Option<Vec<T::AccountId>> {
		let members = Members::<T>::get();
		(!members.is_empty()).then(|| members.into_inner())
	}

	fn end_session(_index: u32) {}
	fn start_session(_index: u32) {}
}

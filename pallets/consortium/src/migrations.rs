//! The consortium pallet's storage migrations, one module per storage version they lead to.
//!
//! Each is a [`VersionedMigration`]: it runs only on a chain whose on-chain storage version is
//! the one it starts from, and sets the next one when done, so a runtime can keep listing it
//! for chains that skip a release. Its checks (`pre_upgrade`/`post_upgrade`, under
//! `try-runtime`) are plain functions too, so the pallet's unit tests run them without that
//! feature.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
};

use frame_system::pallet_prelude::BlockNumberFor;

use crate::{Config, Pallet};

/// Version 1, the upgrade rehearsal's migration: every open proposal gets `Extra` more
/// blocks to be voted on.
///
/// No chain needs it. The first release that can be upgraded at all (spec version 103) is also
/// the first whose state anything could migrate, so there is nothing to migrate yet; this
/// migration exists so that the rehearsal (a test runtime built with the `upgrade-rehearsal`
/// feature, which the zombienet and end-to-end upgrade tests vote in) has a visible,
/// checkable effect on state the old runtime wrote. It is also what a consortium would do
/// for real when an upgrade's downtime eats into open votes.
///
/// Bounded: at most `MaxProposals` (16 in MedRec's runtime) proposals and the open list, so at
/// most 17 reads and 17 writes besides the storage version. Nothing here grows with the
/// number of patients.
pub mod v1 {
	use super::*;
	use crate::{OpenProposals, ProposalIndex, Proposals};
	use alloc::vec::Vec;
	use sp_runtime::{traits::Saturating, TryRuntimeError};

	/// Extends every open proposal by `Extra` blocks.
	pub struct ExtendOpenProposals<T, Extra>(core::marker::PhantomData<(T, Extra)>);

	impl<T: Config, Extra: Get<BlockNumberFor<T>>> UncheckedOnRuntimeUpgrade
		for ExtendOpenProposals<T, Extra>
	{
		fn on_runtime_upgrade() -> Weight {
			let extra = Extra::get();
			let mut open = OpenProposals::<T>::get();
			for entry in open.iter_mut() {
				entry.expires = entry.expires.saturating_add(extra);
				Proposals::<T>::mutate(entry.index, |proposal| {
					if let Some(p) = proposal {
						p.expires = p.expires.saturating_add(extra);
					}
				});
			}
			// The same shift for all keeps the list in expiry order.
			let n = open.len() as u64;
			OpenProposals::<T>::put(open);
			T::DbWeight::get().reads_writes(n.saturating_add(1), n.saturating_add(1))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			Ok(snapshot::<T>().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let before = Decode::decode(&mut &state[..])
				.map_err(|_| TryRuntimeError::Other("undecodable pre-upgrade state"))?;
			verify::<T, Extra>(before)
		}
	}

	/// Each open proposal's index and expiry, oldest first.
	pub fn snapshot<T: Config>() -> Vec<(ProposalIndex, BlockNumberFor<T>)> {
		OpenProposals::<T>::get().iter().map(|p| (p.index, p.expires)).collect()
	}

	/// Checks that the same proposals are open, in the same order, each `Extra` blocks later,
	/// in the open list and in the proposal itself.
	pub fn verify<T: Config, Extra: Get<BlockNumberFor<T>>>(
		before: Vec<(ProposalIndex, BlockNumberFor<T>)>,
	) -> Result<(), TryRuntimeError> {
		let extra = Extra::get();
		let open = OpenProposals::<T>::get();
		ensure!(open.len() == before.len(), "open proposals lost or added");
		for (entry, (index, expires)) in open.iter().zip(before) {
			ensure!(entry.index == index, "open proposals reordered");
			let extended = expires.saturating_add(extra);
			ensure!(entry.expires == extended, "open list not extended");
			let proposal = Proposals::<T>::get(index).ok_or("an open proposal is missing")?;
			ensure!(proposal.expires == extended, "proposal not extended");
		}
		Ok(())
	}

	/// Storage version 0 to 1; a no-op on any other version.
	pub type MigrateV0ToV1<T, Extra> = VersionedMigration<
		0,
		1,
		ExtendOpenProposals<T, Extra>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

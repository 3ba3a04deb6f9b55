//! # MedRec Summary
//!
//! The 2016 Summary contract: for each patient, a status on each of their relationships (and
//! one on the patient as a whole) that tells their apps what changed:
//! [`StatusFlags::NEW_CONTENT`], [`StatusFlags::AWAITING_ACCEPTANCE`],
//! [`StatusFlags::ACCESS_REQUESTED`], [`StatusFlags::EMERGENCY_ACCESS_USED`].
//!
//! The relationships pallet raises flags through [`StatusSink`]; the patient or a proxy
//! acknowledges them. Every change emits an event with named fields, so a client subscribed to
//! events, or polling the runtime API, learns of it in the block where it happens: the
//! "notification system" of the MedRec paper.
#![cfg_attr(not(feature = "std"), no_std)]

pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use weights::WeightInfo;

use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use medrec_primitives::{Controllers, StatusFlags, StatusSink, Subject};

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who may acknowledge for a patient: the patient and their proxies.
		type Controllers: Controllers<Self::AccountId>;

		/// Weight information for this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// (patient, subject) to the flags raised and not yet acknowledged. Entries exist only
	/// while some flag is set, one per relationship of the patient plus one for the patient.
	#[pallet::storage]
	pub type PatientAndSubjectToStatus<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		Subject,
		StatusFlags,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `flags` were raised on `subject`; `status` is what is now set.
		StatusRaised {
			patient: T::AccountId,
			subject: Subject,
			flags: StatusFlags,
			status: StatusFlags,
		},
		/// `by` acknowledged `flags` on `subject`; `status` is what is still set.
		StatusAcknowledged {
			patient: T::AccountId,
			subject: Subject,
			flags: StatusFlags,
			status: StatusFlags,
			by: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Nothing is set on this subject.
		NotFound,
		/// The caller is neither the patient nor a proxy of theirs.
		NotAuthorized,
		/// The flags name no status, or unknown ones.
		InvalidFlags,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Clears `flags` on `subject` of `patient`'s summary.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `StatusAcknowledged`. Errors: `NotAuthorized`, `InvalidFlags`, `NotFound`. O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::acknowledge())]
		pub fn acknowledge(
			origin: OriginFor<T>,
			patient: T::AccountId,
			subject: Subject,
			flags: StatusFlags,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(T::Controllers::may_act_for(&who, &patient), Error::<T>::NotAuthorized);
			ensure!(flags.is_valid() && !flags.is_empty(), Error::<T>::InvalidFlags);
			let status =
				PatientAndSubjectToStatus::<T>::try_mutate_exists(&patient, subject, |entry| {
					let current = entry.ok_or(Error::<T>::NotFound)?;
					let left = current.without(flags);
					*entry = (!left.is_empty()).then_some(left);
					Ok::<_, DispatchError>(left)
				})?;
			Self::deposit_event(Event::StatusAcknowledged {
				patient,
				subject,
				flags,
				status,
				by: who,
			});
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Everything set on `patient`'s summary: their pending notifications.
	pub fn pending(patient: &T::AccountId) -> sp_runtime::Vec<(Subject, StatusFlags)> {
		PatientAndSubjectToStatus::<T>::iter_prefix(patient).collect()
	}

	/// The flags set on `subject` of `patient`.
	pub fn status(patient: &T::AccountId, subject: Subject) -> StatusFlags {
		PatientAndSubjectToStatus::<T>::get(patient, subject).unwrap_or_default()
	}

	/// Checks that no entry is empty or holds unknown flags.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, _, flags) in PatientAndSubjectToStatus::<T>::iter() {
			ensure!(!flags.is_empty(), "empty status stored");
			ensure!(flags.is_valid(), "unknown status flags stored");
		}
		Ok(())
	}
}

impl<T: Config> StatusSink<T::AccountId> for Pallet<T> {
	fn raise(patient: &T::AccountId, subject: Subject, flags: StatusFlags) {
		let status = PatientAndSubjectToStatus::<T>::mutate(patient, subject, |entry| {
			let next = entry.unwrap_or_default().with(flags);
			*entry = Some(next);
			next
		});
		Self::deposit_event(Event::StatusRaised {
			patient: patient.clone(),
			subject,
			flags,
			status,
		});
	}

	fn clear(patient: &T::AccountId, subject: Subject) {
		PatientAndSubjectToStatus::<T>::remove(patient, subject);
	}
}

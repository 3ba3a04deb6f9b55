//! # MedRec Relationships
//!
//! The Patient-Provider Relationship of the 2016 paper (2018: `Relationship`, `AgentGroup`,
//! `DeadmanSwitch`), and the rules of who may read what.
//!
//! - A provider **opens** a relationship with a patient (registering the patient if new); the
//!   patient **accepts** or **rejects** it, and either side can **end** it.
//! - The provider keeps bounded **data pointers** on it: record-set id, category, SHA-256 digest,
//!   block of the last update. Every change raises "new content" on the patient's summary.
//! - The patient, or a **proxy** they named (limited in categories and time), controls access:
//!   **grants** to an account or a **viewer group**, for named categories, one purpose of use and a
//!   validity window, on one relationship or on all of them; **revocation** takes effect in the
//!   next block.
//! - **Emergency access**: a patient who opted in lets any provider **break the glass** for a short
//!   window on allergies, medications and conditions, with a justification recorded on chain; a
//!   **dead-man switch** opens chosen categories to named people when the patient has not checked
//!   in for a timeout of their choosing.
//! - **Access requests**: anyone registered may ask; the patient approves (creating a grant) or
//!   declines.
//!
//! [`Pallet::decide`] answers the access question for the runtime API. Gatekeepers and apps use
//! only that answer; nothing off chain re-implements these rules.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod decision;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::UnixTime};
use frame_system::pallet_prelude::*;
use medrec_primitives::{
	AccessRequest, Categories, Category, Controllers, Digest, Grant, GrantId, GroupId, Moment,
	Pointer, Proxy, Purpose, RecordSetId, Registry, RelationshipId, RelationshipState, RequestId, ResearchCare,
	Role, Scope, StatusFlags, StatusSink, Subject, Viewer,
};

/// A relationship between a patient and a provider.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxPointers))]
pub struct Relationship<AccountId, BlockNumber, MaxPointers: Get<u32>> {
	pub patient: AccountId,
	pub provider: AccountId,
	pub state: RelationshipState,
	pub pointers: BoundedVec<Pointer<BlockNumber>, MaxPointers>,
}

/// A viewer group: accounts a grant can name together.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxMembers))]
pub struct Group<AccountId, MaxMembers: Get<u32>> {
	pub id: GroupId,
	pub members: BoundedVec<AccountId, MaxMembers>,
}

/// A break-glass access in force.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct EmergencyAccess<AccountId> {
	pub provider: AccountId,
	pub expires: Moment,
}

/// A patient's dead-man switch.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxBeneficiaries))]
pub struct DeadManSwitch<AccountId, MaxBeneficiaries: Get<u32>> {
	/// How long without a check-in before the switch fires, in ms.
	pub timeout: Moment,
	pub last_check_in: Moment,
	pub beneficiaries: BoundedVec<AccountId, MaxBeneficiaries>,
	pub categories: Categories,
}

impl<A, M: Get<u32>> DeadManSwitch<A, M> {
	pub fn fired(&self, now: Moment) -> bool {
		now >= self.last_check_in.saturating_add(self.timeout)
	}
}

/// Per-patient id counters.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Default,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Counters {
	pub grant: GrantId,
	pub group: GroupId,
	pub request: RequestId,
}

pub type RelationshipOf<T> = Relationship<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxPointers,
>;
pub type GroupOf<T> = Group<<T as frame_system::Config>::AccountId, <T as Config>::MaxGroupMembers>;
pub type DeadManOf<T> =
	DeadManSwitch<<T as frame_system::Config>::AccountId, <T as Config>::MaxBeneficiaries>;
pub type GrantOf<T> = Grant<<T as frame_system::Config>::AccountId>;
pub type ViewerOf<T> = Viewer<<T as frame_system::Config>::AccountId>;

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

		/// Who is who: the registrar.
		type Registry: Registry<Self::AccountId>;

		/// Where summary status changes go: the summary pallet.
		type Status: StatusSink<Self::AccountId>;

		/// Wall-clock time of the current block, for validity windows.
		type Time: UnixTime;

		/// Relationships one patient may have.
		#[pallet::constant]
		type MaxRelationships: Get<u32>;

		/// Data pointers one relationship may hold.
		#[pallet::constant]
		type MaxPointers: Get<u32>;

		/// Grants one patient may have in force (expired ones are pruned when space is needed).
		#[pallet::constant]
		type MaxGrants: Get<u32>;

		/// Viewer groups one patient may keep.
		#[pallet::constant]
		type MaxGroups: Get<u32>;

		/// Members of one viewer group.
		#[pallet::constant]
		type MaxGroupMembers: Get<u32>;

		/// Proxies one patient may name.
		#[pallet::constant]
		type MaxProxies: Get<u32>;

		/// Open access requests one patient may have.
		#[pallet::constant]
		type MaxRequests: Get<u32>;

		/// People one dead-man switch may name.
		#[pallet::constant]
		type MaxBeneficiaries: Get<u32>;

		/// Break-glass accesses in force at once for one patient.
		#[pallet::constant]
		type MaxEmergencyAccesses: Get<u32>;

		/// Longest break-glass justification, in bytes.
		#[pallet::constant]
		type MaxJustificationLength: Get<u32>;

		/// How long a break-glass access lasts, in ms.
		#[pallet::constant]
		type BreakGlassDuration: Get<Moment>;

		/// The shortest dead-man timeout a patient may choose, in ms.
		#[pallet::constant]
		type MinDeadManTimeout: Get<Moment>;

		/// Weight information for this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The next relationship id to hand out.
	#[pallet::storage]
	pub type NextRelationshipId<T> = StorageValue<_, RelationshipId, ValueQuery>;

	/// Relationship id to the relationship.
	#[pallet::storage]
	pub type IdToRelationship<T: Config> =
		StorageMap<_, Blake2_128Concat, RelationshipId, RelationshipOf<T>, OptionQuery>;

	/// (patient, provider) to their relationship: one per pair.
	#[pallet::storage]
	pub type PatientAndProviderToRelationship<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		RelationshipId,
		OptionQuery,
	>;

	/// Patient to the ids of their relationships.
	#[pallet::storage]
	pub type PatientToRelationships<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<RelationshipId, T::MaxRelationships>,
		ValueQuery,
	>;

	/// Patient to their grants.
	#[pallet::storage]
	pub type PatientToGrants<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<GrantOf<T>, T::MaxGrants>,
		ValueQuery,
	>;

	/// Patient to their viewer groups.
	#[pallet::storage]
	pub type PatientToGroups<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<GroupOf<T>, T::MaxGroups>,
		ValueQuery,
	>;

	/// Patient to the proxies they named.
	#[pallet::storage]
	pub type PatientToProxies<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<Proxy<T::AccountId>, T::MaxProxies>,
		ValueQuery,
	>;

	/// Patient to the access requests waiting for them.
	#[pallet::storage]
	pub type PatientToRequests<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<AccessRequest<T::AccountId>, T::MaxRequests>,
		ValueQuery,
	>;

	/// Patients who opted in to break-glass access.
	#[pallet::storage]
	pub type PatientToBreakGlass<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (), OptionQuery>;

	/// Patient to the break-glass accesses in force.
	#[pallet::storage]
	pub type PatientToEmergencyAccesses<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<EmergencyAccess<T::AccountId>, T::MaxEmergencyAccesses>,
		ValueQuery,
	>;

	/// Patient to their dead-man switch.
	#[pallet::storage]
	pub type PatientToDeadMan<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, DeadManOf<T>, OptionQuery>;

	/// Patient to the counters their grant, group and request ids come from.
	#[pallet::storage]
	pub type PatientToCounters<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Counters, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider opened a relationship; it awaits the patient's acceptance.
		RelationshipOpened {
			relationship: RelationshipId,
			patient: T::AccountId,
			provider: T::AccountId,
		},
		/// The patient (or `by`, their proxy) accepted a relationship.
		RelationshipAccepted {
			relationship: RelationshipId,
			patient: T::AccountId,
			by: T::AccountId,
		},
		/// The patient (or `by`, their proxy) rejected a relationship; it is gone.
		RelationshipRejected {
			relationship: RelationshipId,
			patient: T::AccountId,
			by: T::AccountId,
		},
		/// `by` ended a relationship; it and the grants on it are gone.
		RelationshipEnded { relationship: RelationshipId, patient: T::AccountId, by: T::AccountId },
		/// The provider added or changed a data pointer.
		PointerUpdated {
			relationship: RelationshipId,
			patient: T::AccountId,
			record_set: RecordSetId,
			category: Category,
			digest: Digest,
		},
		/// The provider removed a data pointer.
		PointerRemoved {
			relationship: RelationshipId,
			patient: T::AccountId,
			record_set: RecordSetId,
		},
		/// `by` granted access.
		Granted { patient: T::AccountId, grant: GrantOf<T>, by: T::AccountId },
		/// `by` revoked a grant; it no longer allows anything from the next block.
		Revoked { patient: T::AccountId, grant: GrantId, by: T::AccountId },
		/// Grants that had expired were dropped to make room.
		GrantsPruned { patient: T::AccountId, grants: Vec<GrantId> },
		/// A viewer group was created.
		GroupCreated { patient: T::AccountId, group: GroupId, by: T::AccountId },
		/// An account joined a viewer group.
		GroupMemberAdded {
			patient: T::AccountId,
			group: GroupId,
			member: T::AccountId,
			by: T::AccountId,
		},
		/// An account left a viewer group.
		GroupMemberRemoved {
			patient: T::AccountId,
			group: GroupId,
			member: T::AccountId,
			by: T::AccountId,
		},
		/// A viewer group was removed.
		GroupRemoved { patient: T::AccountId, group: GroupId, by: T::AccountId },
		/// The patient named (or re-limited) a proxy.
		ProxyAdded {
			patient: T::AccountId,
			proxy: T::AccountId,
			categories: Categories,
			expires: Moment,
		},
		/// A proxy was removed, by the patient or by resigning.
		ProxyRemoved { patient: T::AccountId, proxy: T::AccountId, by: T::AccountId },
		/// The patient opted in to, or out of, break-glass access.
		BreakGlassSet { patient: T::AccountId, enabled: bool },
		/// A provider broke the glass. `notified` are the patient's proxies at that moment.
		EmergencyAccessUsed {
			patient: T::AccountId,
			provider: T::AccountId,
			justification: BoundedVec<u8, T::MaxJustificationLength>,
			expires: Moment,
			notified: Vec<T::AccountId>,
		},
		/// The patient set their dead-man switch.
		DeadManSwitchSet {
			patient: T::AccountId,
			timeout: Moment,
			beneficiaries: Vec<T::AccountId>,
			categories: Categories,
		},
		/// The patient checked in, resetting their dead-man switch.
		CheckedIn { patient: T::AccountId, at: Moment },
		/// The patient removed their dead-man switch.
		DeadManSwitchCleared { patient: T::AccountId },
		/// Someone asked the patient for access.
		AccessRequested { patient: T::AccountId, request: AccessRequest<T::AccountId> },
		/// A request was approved; `grant` is the grant it became.
		RequestApproved {
			patient: T::AccountId,
			request: RequestId,
			grant: GrantId,
			by: T::AccountId,
		},
		/// A request was declined.
		RequestDeclined { patient: T::AccountId, request: RequestId, by: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such relationship, grant, group, proxy, request or switch.
		NotFound,
		/// The caller may not do this.
		NotAuthorized,
		/// It exists already.
		AlreadyExists,
		/// Only a registered provider may do this.
		NotAProvider,
		/// The account is not a registered patient.
		NotAPatient,
		/// The relationship is not in a state that allows this.
		WrongState,
		/// The validity window is empty or already over.
		Expired,
		/// The category set is empty or names unknown categories.
		InvalidCategories,
		/// The proxy's categories do not cover this.
		OutsideProxyScope,
		/// The patient has not opted in to break-glass access.
		BreakGlassDisabled,
		/// The dead-man timeout is shorter than `MinDeadManTimeout`.
		TimeoutTooShort,
		/// The justification is empty or longer than `MaxJustificationLength`.
		BadJustification,
		/// The group is still named by a grant; revoke those first.
		GroupInUse,
		/// A patient cannot be their own proxy, viewer or requester.
		SelfReference,
		/// The patient has `MaxRelationships` relationships.
		TooManyRelationships,
		/// The relationship holds `MaxPointers` pointers.
		TooManyPointers,
		/// The patient has `MaxGrants` grants in force.
		TooManyGrants,
		/// The patient has `MaxGroups` groups.
		TooManyGroups,
		/// The group has `MaxGroupMembers` members.
		TooManyGroupMembers,
		/// The patient has `MaxProxies` proxies.
		TooManyProxies,
		/// The patient has `MaxRequests` open requests.
		TooManyRequests,
		/// The switch names more than `MaxBeneficiaries` people.
		TooManyBeneficiaries,
		/// `MaxEmergencyAccesses` break-glass accesses are in force.
		TooManyEmergencyAccesses,
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
		/// Opens a relationship with `patient`, registering them as a patient if they are new.
		///
		/// - Origin: a registered provider.
		///
		/// Emits `RelationshipOpened`; raises "awaiting acceptance". Errors: `NotAProvider`,
		/// `NotAPatient` (the account holds another role), `AlreadyExists`, `SelfReference`,
		/// `TooManyRelationships`. O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_relationship())]
		pub fn open_relationship(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			ensure!(provider != patient, Error::<T>::SelfReference);
			ensure!(
				!PatientAndProviderToRelationship::<T>::contains_key(&patient, &provider),
				Error::<T>::AlreadyExists
			);
			T::Registry::ensure_patient(&patient).map_err(|_| Error::<T>::NotAPatient)?;
			let id = NextRelationshipId::<T>::get();
			PatientToRelationships::<T>::try_mutate(&patient, |ids| ids.try_push(id))
				.map_err(|_| Error::<T>::TooManyRelationships)?;
			NextRelationshipId::<T>::put(id.saturating_add(1));
			PatientAndProviderToRelationship::<T>::insert(&patient, &provider, id);
			IdToRelationship::<T>::insert(
				id,
				Relationship {
					patient: patient.clone(),
					provider: provider.clone(),
					state: RelationshipState::AwaitingAcceptance,
					pointers: BoundedVec::new(),
				},
			);
			T::Status::raise(&patient, Subject::Relationship(id), StatusFlags::AWAITING_ACCEPTANCE);
			Self::deposit_event(Event::RelationshipOpened { relationship: id, patient, provider });
			Ok(())
		}

		/// Accepts a relationship a provider opened.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `RelationshipAccepted`. Errors: `NotFound`, `NotAuthorized`, `WrongState`. O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::accept_relationship())]
		pub fn accept_relationship(
			origin: OriginFor<T>,
			relationship: RelationshipId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut rel = IdToRelationship::<T>::get(relationship).ok_or(Error::<T>::NotFound)?;
			Self::ensure_controller(&who, &rel.patient, None)?;
			ensure!(rel.state == RelationshipState::AwaitingAcceptance, Error::<T>::WrongState);
			rel.state = RelationshipState::Active;
			let patient = rel.patient.clone();
			IdToRelationship::<T>::insert(relationship, rel);
			Self::deposit_event(Event::RelationshipAccepted { relationship, patient, by: who });
			Ok(())
		}

		/// Rejects a relationship a provider opened; it is removed.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `RelationshipRejected`. Errors: `NotFound`, `NotAuthorized`, `WrongState`.
		/// O(`MaxRelationships` + `MaxGrants`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject_relationship())]
		pub fn reject_relationship(
			origin: OriginFor<T>,
			relationship: RelationshipId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let rel = IdToRelationship::<T>::get(relationship).ok_or(Error::<T>::NotFound)?;
			Self::ensure_controller(&who, &rel.patient, None)?;
			ensure!(rel.state == RelationshipState::AwaitingAcceptance, Error::<T>::WrongState);
			Self::remove_relationship(relationship, &rel);
			Self::deposit_event(Event::RelationshipRejected {
				relationship,
				patient: rel.patient,
				by: who,
			});
			Ok(())
		}

		/// Ends a relationship: it, its pointers and the grants on it are removed.
		///
		/// - Origin: the provider, the patient, or a proxy of the patient's.
		///
		/// Emits `RelationshipEnded`. Errors: `NotFound`, `NotAuthorized`.
		/// O(`MaxRelationships` + `MaxGrants`).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::end_relationship())]
		pub fn end_relationship(
			origin: OriginFor<T>,
			relationship: RelationshipId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let rel = IdToRelationship::<T>::get(relationship).ok_or(Error::<T>::NotFound)?;
			if who != rel.provider {
				Self::ensure_controller(&who, &rel.patient, None)?;
			}
			Self::remove_relationship(relationship, &rel);
			Self::deposit_event(Event::RelationshipEnded {
				relationship,
				patient: rel.patient,
				by: who,
			});
			Ok(())
		}

		/// Adds or replaces the pointer for `record_set` on an accepted relationship.
		///
		/// - Origin: the relationship's provider.
		/// - `digest`: SHA-256 of the record set's canonical serialization.
		///
		/// Emits `PointerUpdated`; raises "new content". Errors: `NotFound`, `NotAuthorized`,
		/// `WrongState`, `TooManyPointers`. O(`MaxPointers`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_pointer())]
		pub fn set_pointer(
			origin: OriginFor<T>,
			relationship: RelationshipId,
			record_set: RecordSetId,
			category: Category,
			digest: Digest,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut rel = IdToRelationship::<T>::get(relationship).ok_or(Error::<T>::NotFound)?;
			ensure!(who == rel.provider, Error::<T>::NotAuthorized);
			ensure!(rel.state == RelationshipState::Active, Error::<T>::WrongState);
			let pointer = Pointer {
				record_set,
				category,
				digest,
				updated_at: frame_system::Pallet::<T>::block_number(),
			};
			match rel.pointers.iter_mut().find(|p| p.record_set == record_set) {
				Some(existing) => *existing = pointer,
				None => rel.pointers.try_push(pointer).map_err(|_| Error::<T>::TooManyPointers)?,
			}
			let patient = rel.patient.clone();
			IdToRelationship::<T>::insert(relationship, rel);
			T::Status::raise(
				&patient,
				Subject::Relationship(relationship),
				StatusFlags::NEW_CONTENT,
			);
			Self::deposit_event(Event::PointerUpdated {
				relationship,
				patient,
				record_set,
				category,
				digest,
			});
			Ok(())
		}

		/// Removes the pointer for `record_set`.
		///
		/// - Origin: the relationship's provider.
		///
		/// Emits `PointerRemoved`; raises "new content". Errors: `NotFound` (relationship or
		/// pointer), `NotAuthorized`. O(`MaxPointers`).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_pointer())]
		pub fn remove_pointer(
			origin: OriginFor<T>,
			relationship: RelationshipId,
			record_set: RecordSetId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut rel = IdToRelationship::<T>::get(relationship).ok_or(Error::<T>::NotFound)?;
			ensure!(who == rel.provider, Error::<T>::NotAuthorized);
			let index = rel
				.pointers
				.iter()
				.position(|p| p.record_set == record_set)
				.ok_or(Error::<T>::NotFound)?;
			rel.pointers.remove(index);
			let patient = rel.patient.clone();
			IdToRelationship::<T>::insert(relationship, rel);
			T::Status::raise(
				&patient,
				Subject::Relationship(relationship),
				StatusFlags::NEW_CONTENT,
			);
			Self::deposit_event(Event::PointerRemoved { relationship, patient, record_set });
			Ok(())
		}

		/// Grants `viewer` access to `categories` of `patient`'s records in `scope`, for
		/// `purpose`, from `not_before` until `expires` (ms since the epoch).
		///
		/// - Origin: the patient, or a proxy whose categories cover `categories`.
		///
		/// Emits `Granted` (and `GrantsPruned` when expired grants made room). Errors:
		/// `NotAuthorized`, `OutsideProxyScope`, `InvalidCategories`, `Expired`, `NotFound`
		/// (relationship or group), `SelfReference`, `TooManyGrants`. O(`MaxGrants`).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::grant())]
		pub fn grant(
			origin: OriginFor<T>,
			patient: T::AccountId,
			viewer: ViewerOf<T>,
			scope: Scope,
			categories: Categories,
			purpose: Purpose,
			not_before: Moment,
			expires: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, Some(categories))?;
			Self::insert_grant(
				&patient, viewer, scope, categories, purpose, not_before, expires, who,
			)
			.map(|_| ())
		}

		/// Revokes a grant. From the next block, the access decision no longer allows on it.
		///
		/// - Origin: the patient, or a proxy whose categories cover the grant's.
		///
		/// Emits `Revoked`. Errors: `NotAuthorized`, `OutsideProxyScope`, `NotFound`.
		/// O(`MaxGrants`).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(
			origin: OriginFor<T>,
			patient: T::AccountId,
			grant: GrantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			PatientToGrants::<T>::try_mutate(&patient, |grants| {
				let index =
					grants.iter().position(|g| g.id == grant).ok_or(Error::<T>::NotFound)?;
				Self::ensure_controller(&who, &patient, grants.get(index).map(|g| g.categories))?;
				grants.remove(index);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::Revoked { patient, grant, by: who });
			Ok(())
		}

		/// Creates a viewer group with `members`.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `GroupCreated` and `GroupMemberAdded` for each member. Errors:
		/// `NotAuthorized`, `TooManyGroups`, `TooManyGroupMembers`, `AlreadyExists` (a member
		/// twice), `SelfReference`. O(`MaxGroups` + `MaxGroupMembers`²).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::create_group(members.len() as u32))]
		pub fn create_group(
			origin: OriginFor<T>,
			patient: T::AccountId,
			members: Vec<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			let mut bounded = BoundedVec::<T::AccountId, T::MaxGroupMembers>::new();
			for member in &members {
				ensure!(member != &patient, Error::<T>::SelfReference);
				ensure!(!bounded.contains(member), Error::<T>::AlreadyExists);
				bounded.try_push(member.clone()).map_err(|_| Error::<T>::TooManyGroupMembers)?;
			}
			let id = Self::next_id(&patient, |c| &mut c.group);
			PatientToGroups::<T>::try_mutate(&patient, |groups| {
				groups
					.try_push(Group { id, members: bounded })
					.map_err(|_| Error::<T>::TooManyGroups)
			})?;
			Self::deposit_event(Event::GroupCreated {
				patient: patient.clone(),
				group: id,
				by: who.clone(),
			});
			for member in members {
				Self::deposit_event(Event::GroupMemberAdded {
					patient: patient.clone(),
					group: id,
					member,
					by: who.clone(),
				});
			}
			Ok(())
		}

		/// Adds `member` to a viewer group.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `GroupMemberAdded`. Errors: `NotAuthorized`, `NotFound`, `AlreadyExists`,
		/// `TooManyGroupMembers`, `SelfReference`. O(`MaxGroups` + `MaxGroupMembers`).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::add_group_member())]
		pub fn add_group_member(
			origin: OriginFor<T>,
			patient: T::AccountId,
			group: GroupId,
			member: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			ensure!(member != patient, Error::<T>::SelfReference);
			Self::mutate_group(&patient, group, |members| {
				ensure!(!members.contains(&member), Error::<T>::AlreadyExists);
				members.try_push(member.clone()).map_err(|_| Error::<T>::TooManyGroupMembers)?;
				Ok(())
			})?;
			Self::deposit_event(Event::GroupMemberAdded { patient, group, member, by: who });
			Ok(())
		}

		/// Removes `member` from a viewer group.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `GroupMemberRemoved`. Errors: `NotAuthorized`, `NotFound` (group, or member
		/// not in it). O(`MaxGroups` + `MaxGroupMembers`).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::remove_group_member())]
		pub fn remove_group_member(
			origin: OriginFor<T>,
			patient: T::AccountId,
			group: GroupId,
			member: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			Self::mutate_group(&patient, group, |members| {
				let index =
					members.iter().position(|m| m == &member).ok_or(Error::<T>::NotFound)?;
				members.remove(index);
				Ok(())
			})?;
			Self::deposit_event(Event::GroupMemberRemoved { patient, group, member, by: who });
			Ok(())
		}

		/// Removes a viewer group that no grant names.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `GroupRemoved`. Errors: `NotAuthorized`, `NotFound`, `GroupInUse`.
		/// O(`MaxGroups` + `MaxGrants`).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_group())]
		pub fn remove_group(
			origin: OriginFor<T>,
			patient: T::AccountId,
			group: GroupId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			ensure!(
				!PatientToGrants::<T>::get(&patient)
					.iter()
					.any(|g| g.viewer == Viewer::Group(group)),
				Error::<T>::GroupInUse
			);
			PatientToGroups::<T>::try_mutate(&patient, |groups| {
				let index =
					groups.iter().position(|g| g.id == group).ok_or(Error::<T>::NotFound)?;
				groups.remove(index);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::GroupRemoved { patient, group, by: who });
			Ok(())
		}

		/// Names `proxy` to manage grants for the caller, within `categories`, until
		/// `expires`. Naming an existing proxy again replaces its limits.
		///
		/// - Origin: the patient. Proxies cannot name proxies.
		///
		/// Emits `ProxyAdded`. Errors: `NotAPatient`, `SelfReference`, `InvalidCategories`,
		/// `Expired`, `TooManyProxies`. O(`MaxProxies`).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::add_proxy())]
		pub fn add_proxy(
			origin: OriginFor<T>,
			proxy: T::AccountId,
			categories: Categories,
			expires: Moment,
		) -> DispatchResult {
			let patient = Self::ensure_patient(origin)?;
			ensure!(proxy != patient, Error::<T>::SelfReference);
			ensure!(categories.is_valid(), Error::<T>::InvalidCategories);
			ensure!(expires > Self::now(), Error::<T>::Expired);
			let entry = Proxy { who: proxy.clone(), categories, expires };
			PatientToProxies::<T>::try_mutate(&patient, |proxies| {
				match proxies.iter_mut().find(|p| p.who == proxy) {
					Some(existing) => *existing = entry,
					None => proxies.try_push(entry).map_err(|_| Error::<T>::TooManyProxies)?,
				}
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ProxyAdded { patient, proxy, categories, expires });
			Ok(())
		}

		/// Removes a proxy.
		///
		/// - Origin: the patient, or the proxy itself (resigning). Another proxy cannot.
		///
		/// Emits `ProxyRemoved`. Errors: `NotAuthorized`, `NotFound`. O(`MaxProxies`).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_proxy())]
		pub fn remove_proxy(
			origin: OriginFor<T>,
			patient: T::AccountId,
			proxy: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(who == patient || who == proxy, Error::<T>::NotAuthorized);
			PatientToProxies::<T>::try_mutate(&patient, |proxies| {
				let index =
					proxies.iter().position(|p| p.who == proxy).ok_or(Error::<T>::NotFound)?;
				proxies.remove(index);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ProxyRemoved { patient, proxy, by: who });
			Ok(())
		}

		/// Opts the caller in to, or out of, break-glass access by any provider.
		///
		/// - Origin: the patient.
		///
		/// Emits `BreakGlassSet`. Errors: `NotAPatient`. O(1).
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_break_glass())]
		pub fn set_break_glass(origin: OriginFor<T>, enabled: bool) -> DispatchResult {
			let patient = Self::ensure_patient(origin)?;
			if enabled {
				PatientToBreakGlass::<T>::insert(&patient, ());
			} else {
				PatientToBreakGlass::<T>::remove(&patient);
			}
			Self::deposit_event(Event::BreakGlassSet { patient, enabled });
			Ok(())
		}

		/// Breaks the glass: reads `patient`'s allergies, medications and conditions for
		/// `BreakGlassDuration`, with `justification` on the record.
		///
		/// - Origin: any registered provider.
		///
		/// Emits `EmergencyAccessUsed`, naming the proxies notified; raises "emergency access
		/// used". Errors: `NotAProvider`, `NotAPatient`, `BreakGlassDisabled`,
		/// `BadJustification`, `TooManyEmergencyAccesses`.
		/// O(`MaxEmergencyAccesses` + `MaxProxies`).
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::break_glass())]
		pub fn break_glass(
			origin: OriginFor<T>,
			patient: T::AccountId,
			justification: Vec<u8>,
		) -> DispatchResult {
			let provider = Self::ensure_provider(origin)?;
			ensure!(T::Registry::role(&patient) == Some(Role::Patient), Error::<T>::NotAPatient);
			ensure!(
				PatientToBreakGlass::<T>::contains_key(&patient),
				Error::<T>::BreakGlassDisabled
			);
			ensure!(!justification.is_empty(), Error::<T>::BadJustification);
			let justification: BoundedVec<u8, T::MaxJustificationLength> =
				justification.try_into().map_err(|_| Error::<T>::BadJustification)?;
			let now = Self::now();
			let expires = now.saturating_add(T::BreakGlassDuration::get());
			PatientToEmergencyAccesses::<T>::try_mutate(&patient, |accesses| {
				accesses.retain(|a| a.expires > now && a.provider != provider);
				accesses
					.try_push(EmergencyAccess { provider: provider.clone(), expires })
					.map_err(|_| Error::<T>::TooManyEmergencyAccesses)
			})?;
			T::Status::raise(&patient, Subject::Patient, StatusFlags::EMERGENCY_ACCESS_USED);
			let notified =
				PatientToProxies::<T>::get(&patient).into_iter().map(|p| p.who).collect();
			Self::deposit_event(Event::EmergencyAccessUsed {
				patient,
				provider,
				justification,
				expires,
				notified,
			});
			Ok(())
		}

		/// Sets the caller's dead-man switch: if they do not check in for `timeout` ms,
		/// `beneficiaries` may read `categories` of their records. Setting it counts as a
		/// check-in.
		///
		/// - Origin: the patient.
		///
		/// Emits `DeadManSwitchSet`. Errors: `NotAPatient`, `TimeoutTooShort`,
		/// `InvalidCategories`, `TooManyBeneficiaries`, `AlreadyExists` (a beneficiary twice),
		/// `SelfReference`. O(`MaxBeneficiaries`²).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::set_dead_man_switch(beneficiaries.len() as u32))]
		pub fn set_dead_man_switch(
			origin: OriginFor<T>,
			timeout: Moment,
			beneficiaries: Vec<T::AccountId>,
			categories: Categories,
		) -> DispatchResult {
			let patient = Self::ensure_patient(origin)?;
			ensure!(timeout >= T::MinDeadManTimeout::get(), Error::<T>::TimeoutTooShort);
			ensure!(categories.is_valid(), Error::<T>::InvalidCategories);
			let mut bounded = BoundedVec::<T::AccountId, T::MaxBeneficiaries>::new();
			for who in &beneficiaries {
				ensure!(who != &patient, Error::<T>::SelfReference);
				ensure!(!bounded.contains(who), Error::<T>::AlreadyExists);
				bounded.try_push(who.clone()).map_err(|_| Error::<T>::TooManyBeneficiaries)?;
			}
			PatientToDeadMan::<T>::insert(
				&patient,
				DeadManSwitch {
					timeout,
					last_check_in: Self::now(),
					beneficiaries: bounded,
					categories,
				},
			);
			Self::deposit_event(Event::DeadManSwitchSet {
				patient,
				timeout,
				beneficiaries,
				categories,
			});
			Ok(())
		}

		/// Resets the caller's dead-man switch timer. A switch that already fired closes again.
		///
		/// - Origin: the patient.
		///
		/// Emits `CheckedIn`. Errors: `NotFound`. O(1).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::check_in())]
		pub fn check_in(origin: OriginFor<T>) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let now = Self::now();
			PatientToDeadMan::<T>::try_mutate(&patient, |switch| {
				let switch = switch.as_mut().ok_or(Error::<T>::NotFound)?;
				switch.last_check_in = now;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::CheckedIn { patient, at: now });
			Ok(())
		}

		/// Removes the caller's dead-man switch.
		///
		/// - Origin: the patient.
		///
		/// Emits `DeadManSwitchCleared`. Errors: `NotFound`. O(1).
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::clear_dead_man_switch())]
		pub fn clear_dead_man_switch(origin: OriginFor<T>) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			PatientToDeadMan::<T>::take(&patient).ok_or(Error::<T>::NotFound)?;
			Self::deposit_event(Event::DeadManSwitchCleared { patient });
			Ok(())
		}

		/// Asks `patient` for access to `categories` in `scope`, for `purpose`, for
		/// `duration` ms once approved. One open request per requester and patient.
		///
		/// - Origin: any registered account other than the patient.
		///
		/// Emits `AccessRequested`; raises "access requested". Errors: `NotAuthorized`
		/// (unregistered), `NotAPatient`, `SelfReference`, `InvalidCategories`, `Expired`
		/// (zero duration), `NotFound` (relationship), `AlreadyExists`, `TooManyRequests`.
		/// O(`MaxRequests`).
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			patient: T::AccountId,
			scope: Scope,
			categories: Categories,
			purpose: Purpose,
			duration: Moment,
		) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			ensure!(T::Registry::role(&requester).is_some(), Error::<T>::NotAuthorized);
			ensure!(T::Registry::role(&patient) == Some(Role::Patient), Error::<T>::NotAPatient);
			ensure!(requester != patient, Error::<T>::SelfReference);
			ensure!(categories.is_valid(), Error::<T>::InvalidCategories);
			ensure!(duration > 0, Error::<T>::Expired);
			Self::ensure_scope(&patient, scope)?;
			let subject = match scope {
				Scope::Relationship(id) => Subject::Relationship(id),
				Scope::AllRelationships => Subject::Patient,
			};
			let mut requests = PatientToRequests::<T>::get(&patient);
			ensure!(!requests.iter().any(|r| r.requester == requester), Error::<T>::AlreadyExists);
			let id = Self::next_id(&patient, |c| &mut c.request);
			let request = AccessRequest { id, requester, scope, categories, purpose, duration };
			requests.try_push(request.clone()).map_err(|_| Error::<T>::TooManyRequests)?;
			PatientToRequests::<T>::insert(&patient, requests);
			T::Status::raise(&patient, subject, StatusFlags::ACCESS_REQUESTED);
			Self::deposit_event(Event::AccessRequested { patient, request });
			Ok(())
		}

		/// Approves a request: it becomes a grant from now for its duration.
		///
		/// - Origin: the patient, or a proxy whose categories cover the request's.
		///
		/// Emits `RequestApproved` and `Granted`. Errors: `NotAuthorized`,
		/// `OutsideProxyScope`, `NotFound`, and `grant`'s errors. O(`MaxRequests` +
		/// `MaxGrants`).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::approve_request())]
		pub fn approve_request(
			origin: OriginFor<T>,
			patient: T::AccountId,
			request: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			let req = Self::take_request(&patient, request)?;
			Self::ensure_controller(&who, &patient, Some(req.categories))?;
			let now = Self::now();
			let grant = Self::insert_grant(
				&patient,
				Viewer::Account(req.requester),
				req.scope,
				req.categories,
				req.purpose,
				now,
				now.saturating_add(req.duration),
				who.clone(),
			)?;
			Self::deposit_event(Event::RequestApproved { patient, request, grant, by: who });
			Ok(())
		}

		/// Declines a request.
		///
		/// - Origin: the patient, or a proxy of theirs.
		///
		/// Emits `RequestDeclined`. Errors: `NotAuthorized`, `NotFound`. O(`MaxRequests`).
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::decline_request())]
		pub fn decline_request(
			origin: OriginFor<T>,
			patient: T::AccountId,
			request: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_controller(&who, &patient, None)?;
			Self::take_request(&patient, request)?;
			Self::deposit_event(Event::RequestDeclined { patient, request, by: who });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Now, in ms since the epoch, as the block's timestamp says.
	pub fn now() -> Moment {
		T::Time::now().as_millis().try_into().unwrap_or(Moment::MAX)
	}

	fn ensure_provider(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		ensure!(T::Registry::is_provider(&who), Error::<T>::NotAProvider);
		Ok(who)
	}

	fn ensure_patient(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		ensure!(T::Registry::role(&who) == Some(Role::Patient), Error::<T>::NotAPatient);
		Ok(who)
	}

	/// Checks that `who` may act for `patient`: it is the patient, or a proxy in force whose
	/// categories cover `categories` (when the act concerns some).
	pub fn ensure_controller(
		who: &T::AccountId,
		patient: &T::AccountId,
		categories: Option<Categories>,
	) -> DispatchResult {
		if who == patient {
			return Ok(());
		}
		let now = Self::now();
		let proxy = PatientToProxies::<T>::get(patient)
			.into_iter()
			.find(|p| &p.who == who && p.expires > now)
			.ok_or(Error::<T>::NotAuthorized)?;
		if let Some(categories) = categories {
			ensure!(categories.is_subset_of(proxy.categories), Error::<T>::OutsideProxyScope);
		}
		Ok(())
	}

	fn ensure_scope(patient: &T::AccountId, scope: Scope) -> DispatchResult {
		if let Scope::Relationship(id) = scope {
			let rel = IdToRelationship::<T>::get(id).ok_or(Error::<T>::NotFound)?;
			ensure!(&rel.patient == patient, Error::<T>::NotFound);
		}
		Ok(())
	}

	fn next_id(patient: &T::AccountId, counter: impl FnOnce(&mut Counters) -> &mut u32) -> u32 {
		PatientToCounters::<T>::mutate(patient, |counters| {
			let slot = counter(counters);
			let id = *slot;
			*slot = slot.wrapping_add(1);
			id
		})
	}

	fn mutate_group(
		patient: &T::AccountId,
		group: GroupId,
		f: impl FnOnce(&mut BoundedVec<T::AccountId, T::MaxGroupMembers>) -> DispatchResult,
	) -> DispatchResult {
		PatientToGroups::<T>::try_mutate(patient, |groups| {
			let group = groups.iter_mut().find(|g| g.id == group).ok_or(Error::<T>::NotFound)?;
			f(&mut group.members)
		})
	}

	fn take_request(
		patient: &T::AccountId,
		request: RequestId,
	) -> Result<AccessRequest<T::AccountId>, DispatchError> {
		PatientToRequests::<T>::try_mutate(patient, |requests| {
			let index =
				requests.iter().position(|r| r.id == request).ok_or(Error::<T>::NotFound)?;
			Ok(requests.remove(index))
		})
	}

	/// Checks and stores a grant, pruning expired grants if the patient is at the limit.
	fn insert_grant(
		patient: &T::AccountId,
		viewer: ViewerOf<T>,
		scope: Scope,
		categories: Categories,
		purpose: Purpose,
		not_before: Moment,
		expires: Moment,
		by: T::AccountId,
	) -> Result<GrantId, DispatchError> {
		ensure!(categories.is_valid(), Error::<T>::InvalidCategories);
		let now = Self::now();
		ensure!(not_before < expires && expires > now, Error::<T>::Expired);
		Self::ensure_scope(patient, scope)?;
		match &viewer {
			Viewer::Account(account) => ensure!(account != patient, Error::<T>::SelfReference),
			Viewer::Group(group) => ensure!(
				PatientToGroups::<T>::get(patient).iter().any(|g| g.id == *group),
				Error::<T>::NotFound
			),
		}
		let mut grants = PatientToGrants::<T>::get(patient);
		if grants.len() as u32 >= T::MaxGrants::get() {
			let pruned: Vec<GrantId> =
				grants.iter().filter(|g| g.expires <= now).map(|g| g.id).collect();
			ensure!(!pruned.is_empty(), Error::<T>::TooManyGrants);
			grants.retain(|g| g.expires > now);
			Self::deposit_event(Event::GrantsPruned { patient: patient.clone(), grants: pruned });
		}
		let id = Self::next_id(patient, |c| &mut c.grant);
		let grant = Grant {
			id,
			viewer,
			scope,
			categories,
			purpose,
			not_before,
			expires,
			granted_by: by.clone(),
		};
		grants.try_push(grant.clone()).map_err(|_| Error::<T>::TooManyGrants)?;
		PatientToGrants::<T>::insert(patient, grants);
		Self::deposit_event(Event::Granted { patient: patient.clone(), grant, by });
		Ok(id)
	}

	/// Removes a relationship with its index entries, its grants and its summary status.
	fn remove_relationship(id: RelationshipId, rel: &RelationshipOf<T>) {
		IdToRelationship::<T>::remove(id);
		PatientAndProviderToRelationship::<T>::remove(&rel.patient, &rel.provider);
		PatientToRelationships::<T>::mutate(&rel.patient, |ids| ids.retain(|r| *r != id));
		PatientToGrants::<T>::mutate(&rel.patient, |grants| {
			grants.retain(|g| g.scope != Scope::Relationship(id))
		});
		PatientToRequests::<T>::mutate(&rel.patient, |requests| {
			requests.retain(|r| r.scope != Scope::Relationship(id))
		});
		T::Status::clear(&rel.patient, Subject::Relationship(id));
	}

	/// Checks the pallet's invariants:
	/// - each relationship is indexed both ways, and every index entry points at one;
	/// - ids are below the next id to hand out; pointers' record sets are unique;
	/// - grants, groups and requests have unique ids below their counters, and name only
	///   relationships of the same patient and groups that exist.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRelationshipId::<T>::get();
		for (id, rel) in IdToRelationship::<T>::iter() {
			ensure!(id < next, "relationship id not yet handed out");
			ensure!(
				PatientAndProviderToRelationship::<T>::get(&rel.patient, &rel.provider) == Some(id),
				"pair index does not point back"
			);
			ensure!(
				PatientToRelationships::<T>::get(&rel.patient).contains(&id),
				"patient index misses a relationship"
			);
			let mut sets: Vec<_> = rel.pointers.iter().map(|p| p.record_set).collect();
			sets.sort_unstable();
			sets.dedup();
			ensure!(sets.len() == rel.pointers.len(), "duplicate record set");
		}
		for (patient, provider, id) in PatientAndProviderToRelationship::<T>::iter() {
			let rel = IdToRelationship::<T>::get(id).ok_or("pair index points at nothing")?;
			ensure!(rel.patient == patient && rel.provider == provider, "pair index mismatch");
		}
		for (patient, ids) in PatientToRelationships::<T>::iter() {
			for id in ids {
				let rel =
					IdToRelationship::<T>::get(id).ok_or("patient index points at nothing")?;
				ensure!(rel.patient == patient, "patient index mismatch");
			}
		}
		for (patient, grants) in PatientToGrants::<T>::iter() {
			let counters = PatientToCounters::<T>::get(&patient);
			let groups = PatientToGroups::<T>::get(&patient);
			let mut ids: Vec<_> = grants.iter().map(|g| g.id).collect();
			ids.sort_unstable();
			ids.dedup();
			ensure!(ids.len() == grants.len(), "duplicate grant id");
			for grant in grants.iter() {
				ensure!(grant.id < counters.grant, "grant id not yet handed out");
				if let Scope::Relationship(id) = grant.scope {
					let rel =
						IdToRelationship::<T>::get(id).ok_or("grant on a missing relationship")?;
					ensure!(rel.patient == patient, "grant on another patient's relationship");
				}
				if let Viewer::Group(group) = grant.viewer {
					ensure!(groups.iter().any(|g| g.id == group), "grant to a missing group");
				}
			}
		}
		for (patient, groups) in PatientToGroups::<T>::iter() {
			let counters = PatientToCounters::<T>::get(&patient);
			ensure!(groups.iter().all(|g| g.id < counters.group), "group id not yet handed out");
		}
		for (patient, requests) in PatientToRequests::<T>::iter() {
			let counters = PatientToCounters::<T>::get(&patient);
			ensure!(
				requests.iter().all(|r| r.id < counters.request),
				"request id not yet handed out"
			);
		}
		Ok(())
	}
}

impl<T: Config> Controllers<T::AccountId> for Pallet<T> {
	fn may_act_for(who: &T::AccountId, patient: &T::AccountId) -> bool {
		Self::ensure_controller(who, patient, None).is_ok()
	}
}

impl<T: Config> ResearchCare<T::AccountId> for Pallet<T> {
	fn is_active(patient: &T::AccountId, provider: &T::AccountId) -> bool {
		PatientAndProviderToRelationship::<T>::get(patient, provider)
			.and_then(IdToRelationship::<T>::get)
			.is_some_and(|r| r.state == RelationshipState::Active)
	}

	fn may_act_within(who: &T::AccountId, patient: &T::AccountId, categories: Categories) -> bool {
		Self::ensure_controller(who, patient, Some(categories)).is_ok()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn make_active(patient: &T::AccountId, provider: &T::AccountId) {
		let id = NextRelationshipId::<T>::get();
		NextRelationshipId::<T>::put(id.saturating_add(1));
		IdToRelationship::<T>::insert(
			id,
			Relationship {
				patient: patient.clone(),
				provider: provider.clone(),
				state: RelationshipState::Active,
				pointers: Default::default(),
			},
		);
		PatientAndProviderToRelationship::<T>::insert(patient, provider, id);
	}
}

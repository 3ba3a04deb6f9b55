//! # MedRec Research
//!
//! Researchers get aggregate, noisy counts across providers; no researcher ever sees a record,
//! and every answer is spent from a privacy budget the chain keeps. This pallet holds what every
//! site and patient must be able to check:
//!
//! - **Consents.** A patient, or a proxy whose categories cover the consent's, records what
//!   research they accept in GA4GH DUO terms, the categories research may count (sensitive ones
//!   only when named), a validity window, and a *research home site*: the one provider with an
//!   active relationship that counts them, so that a patient with records at several providers
//!   is counted once ([`Pallet::set_consent`]). On top of it, a per-study opt-in or opt-out
//!   ([`Pallet::choose`]): dynamic consent. A withdrawal ([`Pallet::withdraw_consent`]) voids
//!   the consent and every choice made under it; gatekeepers count only patients eligible at the
//!   query's authorization block *and* at their finalized head, so it binds every answer computed
//!   once its block is final.
//! - **Studies.** A research organisation registers a study: its DUO purpose, categories, the
//!   digest of its ethics approval, its period, its minimum cell count and its privacy budget
//!   in milli-ε ([`Pallet::register_study`]). The registration opens a consortium proposal; a
//!   strict majority of the members approves it, half of them reject it, as admissions are
//!   decided ([`medrec_primitives::StudyVerdicts`]).
//! - **Queries.** A query is authorized on chain before any site answers it
//!   ([`Pallet::authorize_query`]): it must be canonical and within the study's categories, and
//!   its ε is debited from the study's budget in the same call, which fails with
//!   `BudgetExceeded { remaining }` rather than overspend. The same query again is the same
//!   authorization: it spends nothing, and sites return the answer they released for it.
//! - **Invitations.** When a study is approved, every patient whose consent could reach it is
//!   told through the summary pallet ([`StatusFlags::RESEARCH_INVITATION`] on
//!   [`Subject::Study`]), in idle block weight: the chain invites, so no invitation list made
//!   by a person hints at anyone's diagnosis.
//!
//! Eligibility itself is [`medrec_primitives::research::eligibility`], shared with the
//! gatekeepers; [`Pallet::cohort`] is what they ask the runtime API for.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

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
use frame_support::{
	pallet_prelude::*,
	traits::{EnsureOrigin, UnixTime},
};
use frame_system::pallet_prelude::*;
use medrec_primitives::{
	research::{
		eligibility, Choice, ChoiceRecord, ConsentTerms, Eligible, Ineligible, MilliEpsilon, Query,
		QueryId, QueryRecord, ResearchConsent, Study, StudyId, StudyState, StudyTerms,
		TermsProblem, MIN_CELL_COUNT,
	},
	Categories, Moment, OrganisationKind, Registry, ResearchCare, Role, StatusFlags, StatusSink,
	StudyDeliberation, StudyVerdicts, Subject,
};
use sp_core::H256;

pub use medrec_primitives::research;

/// Invitations still to be sent for an approved study, walked in idle block weight.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Sweep {
	pub study: StudyId,
	/// The raw storage key of the last consent looked at; `None` before the first.
	pub cursor: Option<BoundedVec<u8, ConstU32<MAX_RAW_KEY>>>,
	/// Patients invited so far.
	pub invited: u32,
}

/// A consent's raw storage key: pallet and item prefixes (32 bytes) and a `Blake2_128Concat`
/// account (16 + 32 bytes), with room to spare.
pub const MAX_RAW_KEY: u32 = 128;

pub type StudyOf<T> = Study<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
pub type ConsentOf<T> = ResearchConsent<<T as frame_system::Config>::AccountId>;
pub type TermsOf<T> = ConsentTerms<<T as frame_system::Config>::AccountId>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who is who: patients, providers (home sites) and research organisations.
		type Registry: Registry<Self::AccountId>;

		/// Patients' relationships and proxies: whether a home relationship is active, and
		/// whether a proxy's categories cover what it consents to.
		type Care: ResearchCare<Self::AccountId>;

		/// Where invitations go: the summary pallet.
		type Status: StatusSink<Self::AccountId>;

		/// Block time, for consent and study windows.
		type Time: UnixTime;

		/// The consortium, which votes on studies.
		type Deliberation: StudyDeliberation<Self::AccountId, BlockNumberFor<Self>>;

		/// Who may close any study: the consortium's majority, by motion.
		type CloseOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The largest total budget a study may have, in milli-ε; at most `u16::MAX`, so that
		/// `BudgetExceeded { remaining }` fits a module error.
		#[pallet::constant]
		type MaxStudyBudget: Get<MilliEpsilon>;

		/// The most one query may spend, in milli-ε.
		#[pallet::constant]
		type MaxQueryEpsilon: Get<MilliEpsilon>;

		/// The least one query may spend, in milli-ε; with the largest budget it bounds the
		/// queries a study can hold.
		#[pallet::constant]
		type MinQueryEpsilon: Get<MilliEpsilon>;

		/// The most studies waiting for the consortium at once, so that studies never take all
		/// of its proposal slots from admissions and motions.
		#[pallet::constant]
		type MaxPendingStudies: Get<u32>;

		/// The most approved studies whose invitations are still being sent.
		#[pallet::constant]
		type MaxSweeps: Get<u32>;

		/// Weight information for this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Patient to their research consent.
	#[pallet::storage]
	pub type PatientToConsent<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ConsentOf<T>, OptionQuery>;

	/// (home site, patient) for every consent: a site's cohort is one prefix scan.
	#[pallet::storage]
	pub type HomeAndPatient<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		(),
		OptionQuery,
	>;

	/// Patient to their consent epoch, moved on by each withdrawal.
	#[pallet::storage]
	pub type PatientToEpoch<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// (patient, study) to the patient's choice about the study.
	#[pallet::storage]
	pub type PatientAndStudyToChoice<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		StudyId,
		ChoiceRecord<T::AccountId>,
		OptionQuery,
	>;

	/// Study id to the study.
	#[pallet::storage]
	pub type Studies<T: Config> = StorageMap<_, Twox64Concat, StudyId, StudyOf<T>, OptionQuery>;

	/// The id the next study gets.
	#[pallet::storage]
	pub type NextStudyId<T: Config> = StorageValue<_, StudyId, ValueQuery>;

	/// How many studies are before the consortium.
	#[pallet::storage]
	pub type PendingStudies<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// (study, query id) to the authorized query.
	#[pallet::storage]
	pub type StudyAndQueryToRecord<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		StudyId,
		Twox64Concat,
		QueryId,
		QueryRecord<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// (study, query hash) to the query's id: how a repeat finds its authorization.
	#[pallet::storage]
	pub type StudyAndHashToQuery<T: Config> =
		StorageDoubleMap<_, Twox64Concat, StudyId, Identity, H256, QueryId, OptionQuery>;

	/// Approved studies whose invitations are still being sent, oldest first.
	#[pallet::storage]
	pub type Sweeps<T: Config> = StorageValue<_, BoundedVec<Sweep, T::MaxSweeps>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `by` recorded `patient`'s research consent, replacing any earlier one.
		ConsentGiven {
			patient: T::AccountId,
			terms: TermsOf<T>,
			by: T::AccountId,
		},
		/// `by` withdrew `patient`'s consent, and with it every choice made under it.
		ConsentWithdrawn {
			patient: T::AccountId,
			by: T::AccountId,
		},
		/// `by` opted `patient` into or out of `study`.
		ChoiceMade {
			study: StudyId,
			patient: T::AccountId,
			choice: Choice,
			by: T::AccountId,
		},
		/// A study was registered and is before the consortium as `proposal`.
		StudyRegistered {
			study: StudyId,
			researcher: T::AccountId,
			proposal: u32,
			expires: BlockNumberFor<T>,
		},
		StudyApproved {
			study: StudyId,
		},
		StudyRejected {
			study: StudyId,
		},
		/// The proposal expired or was withdrawn, or the researcher left before approval.
		StudyLapsed {
			study: StudyId,
		},
		StudyClosed {
			study: StudyId,
		},
		/// Query `query` of `study` was authorized: sites may answer it once this block is
		/// final. `remaining` is what is left of the budget.
		QueryAuthorized {
			study: StudyId,
			query: QueryId,
			hash: H256,
			epsilon: MilliEpsilon,
			remaining: MilliEpsilon,
		},
		/// The same query was asked again: it keeps its id and spends nothing.
		QueryRepeated {
			study: StudyId,
			query: QueryId,
		},
		/// Every patient whose consent could reach `study` has been invited: `count` of them.
		InvitationsSent {
			study: StudyId,
			count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such study, or no consent to withdraw.
		NotFound,
		/// The caller may not act for this patient, or on this study.
		NotAuthorized,
		/// The patient is not registered as a patient.
		NotAPatient,
		/// The home site is not a registered provider.
		NotAProvider,
		/// The caller is not a research organisation.
		NotAResearcher,
		/// The patient has no active relationship with the home site.
		NoActiveRelationship,
		/// The patient has no research consent: per-study choices need one (it names the home
		/// site).
		NoConsent,
		/// Categories empty, or naming bits that are no category.
		InvalidCategories,
		/// An empty window, or a study that has already ended.
		InvalidWindow,
		/// Malformed terms: unknown modifiers, a region without GS or GS without a region, a
		/// DS permission or disease purpose without well-formed ICD-10 codes, an empty title.
		InvalidTerms,
		/// The study's minimum cell count is below the chain's minimum.
		CellCountTooLow,
		/// The budget is zero or above `MaxStudyBudget`, or the per-query maximum is outside
		/// `MinQueryEpsilon..=MaxQueryEpsilon` or above the budget.
		InvalidBudget,
		/// `MaxPendingStudies` studies are before the consortium already.
		TooManyPendingStudies,
		/// The study is not in a state that allows this.
		WrongState,
		/// The study is not approved.
		StudyNotApproved,
		/// The study is approved but outside its period.
		StudyNotActive,
		/// The opt-in's categories do not cover the study's.
		CategoriesNotCovered,
		/// The query is malformed; `reason` is a [`QueryProblem`] code.
		InvalidQuery { reason: u8 },
		/// The query reads categories the study does not name.
		QueryOutsideStudyCategories,
		/// The query's ε is below `MinQueryEpsilon`.
		EpsilonTooLow,
		/// The query's ε is above the study's per-query maximum.
		EpsilonAboveQueryMax,
		/// The query's ε is more than the study has left, which is `remaining` milli-ε.
		BudgetExceeded { remaining: u16 },
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::sweep(remaining)
		}

		fn integrity_test() {
			assert!(
				T::MaxStudyBudget::get() <= u32::from(u16::MAX),
				"BudgetExceeded carries the remaining budget as a u16"
			);
			assert!(
				0 < T::MinQueryEpsilon::get()
					&& T::MinQueryEpsilon::get() <= T::MaxQueryEpsilon::get()
					&& T::MaxQueryEpsilon::get() <= T::MaxStudyBudget::get(),
				"query limits must fit within a study's budget"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Records `patient`'s research consent, replacing any earlier one. Choices made under
		/// the earlier consent stay.
		///
		/// - Origin: the patient, or a proxy in force whose categories cover `terms.categories`.
		/// - `terms.home`: a provider the patient has an active relationship with; only it
		///   counts the patient.
		///
		/// Emits `ConsentGiven`. Errors: `NotAPatient`, `NotAuthorized`, `InvalidCategories`,
		/// `InvalidWindow`, `InvalidTerms`, `NotAProvider`, `NoActiveRelationship`. O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_consent())]
		pub fn set_consent(
			origin: OriginFor<T>,
			patient: T::AccountId,
			terms: TermsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(T::Registry::role(&patient) == Some(Role::Patient), Error::<T>::NotAPatient);
			ensure!(
				T::Care::may_act_within(&who, &patient, terms.categories),
				Error::<T>::NotAuthorized
			);
			terms.validate().map_err(Error::<T>::from)?;
			ensure!(T::Registry::is_provider(&terms.home), Error::<T>::NotAProvider);
			ensure!(T::Care::is_active(&patient, &terms.home), Error::<T>::NoActiveRelationship);
			if let Some(old) = PatientToConsent::<T>::get(&patient) {
				HomeAndPatient::<T>::remove(&old.terms.home, &patient);
			}
			HomeAndPatient::<T>::insert(&terms.home, &patient, ());
			PatientToConsent::<T>::insert(
				&patient,
				ResearchConsent { terms: terms.clone(), given_by: who.clone() },
			);
			Self::deposit_event(Event::ConsentGiven { patient, terms, by: who });
			Ok(())
		}

		/// Withdraws `patient`'s research consent and every per-study choice made under it.
		/// Sites stop counting the patient in every answer computed once this block is final.
		///
		/// - Origin: the patient, or any proxy of theirs in force: withdrawing is always within
		///   a proxy's authority.
		///
		/// Emits `ConsentWithdrawn`. Errors: `NotAuthorized`, `NotFound`. O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_consent())]
		pub fn withdraw_consent(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(
				T::Care::may_act_within(&who, &patient, Categories::empty()),
				Error::<T>::NotAuthorized
			);
			let consent = PatientToConsent::<T>::take(&patient).ok_or(Error::<T>::NotFound)?;
			HomeAndPatient::<T>::remove(&consent.terms.home, &patient);
			PatientToEpoch::<T>::mutate(&patient, |epoch| *epoch = epoch.wrapping_add(1));
			Self::deposit_event(Event::ConsentWithdrawn { patient, by: who });
			Ok(())
		}

		/// Opts `patient` into or out of `study`, on top of their consent. An opt-in is the
		/// patient's specific consent to the study: it counts even where the broad terms would
		/// not reach it (a project-specific consent, a sensitive area).
		///
		/// - Origin: the patient or a proxy in force; to opt in, one whose categories cover the
		///   opt-in's.
		/// - `choice`: `OptIn { categories }` must cover the study's categories.
		///
		/// Emits `ChoiceMade`. Errors: `NotAuthorized`, `NotFound`, `NoConsent`,
		/// `StudyNotApproved`, `StudyNotActive`, `InvalidCategories`, `CategoriesNotCovered`.
		/// O(1).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::choose())]
		pub fn choose(
			origin: OriginFor<T>,
			patient: T::AccountId,
			study: StudyId,
			choice: Choice,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let scope = match choice {
				Choice::OptIn { categories } => categories,
				Choice::OptOut => Categories::empty(),
			};
			ensure!(T::Care::may_act_within(&who, &patient, scope), Error::<T>::NotAuthorized);
			let s = Studies::<T>::get(study).ok_or(Error::<T>::NotFound)?;
			ensure!(s.is_approved(), Error::<T>::StudyNotApproved);
			ensure!(Self::now() < s.terms.ends, Error::<T>::StudyNotActive);
			ensure!(PatientToConsent::<T>::contains_key(&patient), Error::<T>::NoConsent);
			if let Choice::OptIn { categories } = choice {
				ensure!(categories.is_valid(), Error::<T>::InvalidCategories);
				ensure!(
					s.terms.categories.is_subset_of(categories),
					Error::<T>::CategoriesNotCovered
				);
			}
			let epoch = PatientToEpoch::<T>::get(&patient);
			PatientAndStudyToChoice::<T>::insert(
				&patient,
				study,
				ChoiceRecord { choice, epoch, by: who.clone() },
			);
			Self::deposit_event(Event::ChoiceMade { study, patient, choice, by: who });
			Ok(())
		}

		/// Registers a study and puts it before the consortium.
		///
		/// - Origin: a research organisation.
		/// - `terms`: at least `MIN_CELL_COUNT` as minimum cell; a budget of at most
		///   `MaxStudyBudget` milli-ε, with a per-query maximum between `MinQueryEpsilon` and
		///   `MaxQueryEpsilon` and not above the budget; a period that has not ended.
		///
		/// Emits `StudyRegistered`. Errors: `NotAResearcher`, `InvalidCategories`,
		/// `InvalidWindow`, `InvalidTerms`, `CellCountTooLow`, `InvalidBudget`,
		/// `TooManyPendingStudies`, and the consortium's `AlreadyExists` (one open proposal per
		/// proposer) and `TooManyProposals`. O(1) here, O(MaxProposals) in the consortium.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register_study())]
		pub fn register_study(origin: OriginFor<T>, terms: StudyTerms) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			ensure!(
				T::Registry::role(&researcher)
					== Some(Role::Organisation(OrganisationKind::Research)),
				Error::<T>::NotAResearcher
			);
			terms.validate().map_err(Error::<T>::from)?;
			ensure!(terms.ends > Self::now(), Error::<T>::InvalidWindow);
			ensure!(terms.min_cell >= MIN_CELL_COUNT, Error::<T>::CellCountTooLow);
			ensure!(
				terms.budget <= T::MaxStudyBudget::get()
					&& T::MinQueryEpsilon::get() <= terms.max_per_query
					&& terms.max_per_query <= T::MaxQueryEpsilon::get()
					&& terms.max_per_query <= terms.budget,
				Error::<T>::InvalidBudget
			);
			let pending = PendingStudies::<T>::get();
			ensure!(pending < T::MaxPendingStudies::get(), Error::<T>::TooManyPendingStudies);
			let study = NextStudyId::<T>::get();
			let (proposal, expires) = T::Deliberation::open(&researcher, study)?;
			Studies::<T>::insert(
				study,
				Study {
					researcher: researcher.clone(),
					terms,
					state: StudyState::Proposed { proposal, expires },
					spent: 0,
					next_query: 0,
				},
			);
			NextStudyId::<T>::put(study.wrapping_add(1));
			PendingStudies::<T>::put(pending.saturating_add(1));
			Self::deposit_event(Event::StudyRegistered { study, researcher, proposal, expires });
			Ok(())
		}

		/// Withdraws a study the consortium has not decided on yet.
		///
		/// - Origin: the study's researcher.
		///
		/// Emits `StudyLapsed`. Errors: `NotFound`, `NotAuthorized`, `WrongState`.
		/// O(MaxProposals) in the consortium.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_study())]
		pub fn withdraw_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let s = Studies::<T>::get(study).ok_or(Error::<T>::NotFound)?;
			ensure!(s.researcher == who, Error::<T>::NotAuthorized);
			let StudyState::Proposed { proposal, .. } = s.state else {
				return Err(Error::<T>::WrongState.into());
			};
			T::Deliberation::withdraw(proposal);
			Self::conclude(study, StudyState::Lapsed);
			Ok(())
		}

		/// Closes an approved study: no query is authorized for it any more. Answers already
		/// released stay with their researcher.
		///
		/// - Origin: the study's researcher, or `CloseOrigin` (the consortium, by motion).
		///
		/// Emits `StudyClosed`. Errors: `NotFound`, `NotAuthorized`, `WrongState`. O(1).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_study())]
		pub fn close_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let s = Studies::<T>::get(study).ok_or(Error::<T>::NotFound)?;
			if let Err(origin) = T::CloseOrigin::try_origin(origin) {
				ensure!(ensure_signed(origin)? == s.researcher, Error::<T>::NotAuthorized);
			}
			ensure!(s.is_approved(), Error::<T>::WrongState);
			let at = frame_system::Pallet::<T>::block_number();
			Sweeps::<T>::mutate(|sweeps| sweeps.retain(|w| w.study != study));
			Studies::<T>::mutate(study, |s| {
				if let Some(s) = s {
					s.state = StudyState::Closed { at };
				}
			});
			Self::deposit_event(Event::StudyClosed { study });
			Ok(())
		}

		/// Authorizes `query` for `study`, debiting its ε from the study's budget in the same
		/// call. Sites answer an authorized query once its block is final, and only then. The
		/// same query again keeps its id and spends nothing (`QueryRepeated`).
		///
		/// - Origin: the study's researcher.
		/// - `query`: canonical ([`Query::canonicalize`]), within the study's categories, with
		///   an ε between `MinQueryEpsilon` and the study's per-query maximum.
		///
		/// Emits `QueryAuthorized` or `QueryRepeated`. Errors: `NotFound`, `NotAuthorized`,
		/// `StudyNotApproved`, `StudyNotActive`, `InvalidQuery { reason }`,
		/// `QueryOutsideStudyCategories`, `EpsilonTooLow`, `EpsilonAboveQueryMax`,
		/// `BudgetExceeded { remaining }`. O(size of the query).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::authorize_query())]
		pub fn authorize_query(
			origin: OriginFor<T>,
			study: StudyId,
			query: Query,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut s = Studies::<T>::get(study).ok_or(Error::<T>::NotFound)?;
			ensure!(s.researcher == who, Error::<T>::NotAuthorized);
			ensure!(s.is_approved(), Error::<T>::StudyNotApproved);
			let now = Self::now();
			ensure!(s.terms.starts <= now && now < s.terms.ends, Error::<T>::StudyNotActive);
			query.validate().map_err(|p| Error::<T>::InvalidQuery { reason: p as u8 })?;
			ensure!(
				query.categories().is_subset_of(s.terms.categories),
				Error::<T>::QueryOutsideStudyCategories
			);
			let hash = H256(sp_io::hashing::blake2_256(&query.encode()));
			if let Some(id) = StudyAndHashToQuery::<T>::get(study, hash) {
				Self::deposit_event(Event::QueryRepeated { study, query: id });
				return Ok(Some(T::WeightInfo::authorize_repeat()).into());
			}
			ensure!(query.epsilon >= T::MinQueryEpsilon::get(), Error::<T>::EpsilonTooLow);
			ensure!(query.epsilon <= s.terms.max_per_query, Error::<T>::EpsilonAboveQueryMax);
			let remaining = s.remaining();
			ensure!(
				query.epsilon <= remaining,
				Error::<T>::BudgetExceeded { remaining: remaining.try_into().unwrap_or(u16::MAX) }
			);
			let id = s.next_query;
			let epsilon = query.epsilon;
			s.spent = s.spent.saturating_add(epsilon);
			s.next_query = id.saturating_add(1);
			let remaining = s.remaining();
			StudyAndQueryToRecord::<T>::insert(
				study,
				id,
				QueryRecord {
					hash,
					query,
					authorized_at: frame_system::Pallet::<T>::block_number(),
					at_time: now,
				},
			);
			StudyAndHashToQuery::<T>::insert(study, hash, id);
			Studies::<T>::insert(study, s);
			Self::deposit_event(Event::QueryAuthorized {
				study,
				query: id,
				hash,
				epsilon,
				remaining,
			});
			Ok(().into())
		}
	}
}

impl<T: Config> From<TermsProblem> for Error<T> {
	fn from(problem: TermsProblem) -> Self {
		match problem {
			TermsProblem::Categories => Error::InvalidCategories,
			TermsProblem::Window => Error::InvalidWindow,
			TermsProblem::Terms => Error::InvalidTerms,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Now, in ms since the epoch, as the block's timestamp says.
	pub fn now() -> Moment {
		T::Time::now().as_millis().try_into().unwrap_or(Moment::MAX)
	}

	/// The choice `patient` made about `study` under their current consent, if any.
	pub fn choice(patient: &T::AccountId, study: StudyId) -> Option<Choice> {
		let record = PatientAndStudyToChoice::<T>::get(patient, study)?;
		(record.epoch == PatientToEpoch::<T>::get(patient)).then_some(record.choice)
	}

	/// Whether `patient` is counted in `study` now, and on what basis or why not.
	pub fn eligibility_of(patient: &T::AccountId, study: StudyId) -> Result<Eligible, Ineligible> {
		let s = Studies::<T>::get(study).ok_or(Ineligible::StudyNotActive)?;
		Self::eligibility_in(patient, study, &s)
	}

	fn eligibility_in(
		patient: &T::AccountId,
		study: StudyId,
		s: &StudyOf<T>,
	) -> Result<Eligible, Ineligible> {
		let consent = PatientToConsent::<T>::get(patient);
		let home_active =
			consent.as_ref().is_some_and(|c| T::Care::is_active(patient, &c.terms.home));
		eligibility(
			consent.as_ref().map(|c| &c.terms),
			Self::choice(patient, study),
			home_active,
			&s.terms,
			s.is_approved(),
			Self::now(),
		)
	}

	/// The patients homed at `site` who are counted in `study` now, in storage order, from
	/// after `after`, looking at no more than `limit` consents; and where to go on from, if
	/// the page was cut short. A gatekeeper pages through this at the authorization block and
	/// at its finalized head, and counts the patients in both.
	pub fn cohort(
		study: StudyId,
		site: &T::AccountId,
		after: Option<T::AccountId>,
		limit: u32,
	) -> (Vec<T::AccountId>, Option<T::AccountId>) {
		let Some(s) = Studies::<T>::get(study) else { return (Vec::new(), None) };
		let mut keys = match after {
			Some(after) => HomeAndPatient::<T>::iter_key_prefix_from(
				site,
				HomeAndPatient::<T>::hashed_key_for(site, after),
			),
			None => HomeAndPatient::<T>::iter_key_prefix(site),
		};
		let mut members = Vec::new();
		let mut last = None;
		for _ in 0..limit {
			let Some(patient) = keys.next() else { return (members, None) };
			if Self::eligibility_in(&patient, study, &s).is_ok() {
				members.push(patient.clone());
			}
			last = Some(patient);
		}
		// A full page: there may be more after the last one looked at.
		(members, last)
	}

	/// Up to `limit` studies from id `from` on.
	pub fn studies(from: StudyId, limit: u32) -> Vec<(StudyId, StudyOf<T>)> {
		(from..NextStudyId::<T>::get())
			.filter_map(|id| Studies::<T>::get(id).map(|s| (id, s)))
			.take(limit as usize)
			.collect()
	}

	/// `patient`'s choices that count: those made under their current consent.
	pub fn choices(patient: &T::AccountId) -> Vec<(StudyId, Choice)> {
		let epoch = PatientToEpoch::<T>::get(patient);
		PatientAndStudyToChoice::<T>::iter_prefix(patient)
			.filter(|(_, r)| r.epoch == epoch)
			.map(|(study, r)| (study, r.choice))
			.collect()
	}

	/// A study's authorized queries, oldest first.
	pub fn queries(study: StudyId) -> Vec<(QueryId, QueryRecord<BlockNumberFor<T>>)> {
		let mut queries: Vec<_> = StudyAndQueryToRecord::<T>::iter_prefix(study).collect();
		queries.sort_by_key(|(id, _)| *id);
		queries
	}

	/// Moves a proposed study to its verdict.
	fn conclude(study: StudyId, state: StudyState<BlockNumberFor<T>>) {
		let Some(mut s) = Studies::<T>::get(study) else { return };
		if !matches!(s.state, StudyState::Proposed { .. }) {
			return;
		}
		PendingStudies::<T>::mutate(|n| *n = n.saturating_sub(1));
		let event = match state {
			StudyState::Approved { .. } => Event::StudyApproved { study },
			StudyState::Rejected => Event::StudyRejected { study },
			_ => Event::StudyLapsed { study },
		};
		if matches!(state, StudyState::Approved { .. }) {
			let queued = Sweeps::<T>::try_mutate(|sweeps| {
				sweeps.try_push(Sweep { study, cursor: None, invited: 0 })
			});
			if queued.is_err() {
				// More approvals in flight than MaxSweeps: the study is approved, but its
				// invitations are not sent; patients still find it in their apps.
				log::warn!(target: "runtime::research", "no room to invite for study {study}");
			}
		}
		s.state = state;
		Studies::<T>::insert(study, s);
		Self::deposit_event(event);
	}

	/// Sends invitations in `remaining` weight: each step looks at one consent and tells its
	/// patient if their consent could reach the study (they are counted, or an opt-in would
	/// count them).
	fn sweep(remaining: Weight) -> Weight {
		// Reading the sweep list is all an idle block without invitations to send costs.
		let mut used = T::DbWeight::get().reads(1);
		let base = T::WeightInfo::sweep(0);
		let step = T::WeightInfo::sweep(1).saturating_sub(base);
		let finish = base.saturating_sub(used);
		if remaining.any_lt(base.saturating_add(step)) {
			return Weight::zero();
		}
		let mut sweeps = Sweeps::<T>::get();
		let Some(sweep) = sweeps.get_mut(0) else { return used };
		let study = sweep.study;
		let s = match Studies::<T>::get(study) {
			Some(s) if s.is_approved() => s,
			// Closed before everyone was invited: stop.
			_ => {
				sweeps.remove(0);
				Sweeps::<T>::put(sweeps);
				return used.saturating_add(finish);
			},
		};
		let mut consents = match &sweep.cursor {
			Some(key) => PatientToConsent::<T>::iter_from(key.to_vec()),
			None => PatientToConsent::<T>::iter(),
		};
		let mut done = false;
		while remaining.all_gte(used.saturating_add(step).saturating_add(finish)) {
			used = used.saturating_add(step);
			let Some((patient, _)) = consents.next() else {
				done = true;
				break;
			};
			if Self::invitable(Self::eligibility_in(&patient, study, &s)) {
				T::Status::raise(&patient, Subject::Study(study), StatusFlags::RESEARCH_INVITATION);
				sweep.invited = sweep.invited.saturating_add(1);
			}
		}
		if done {
			let count = sweep.invited;
			sweeps.remove(0);
			Self::deposit_event(Event::InvitationsSent { study, count });
		} else {
			// The key of a consent is far shorter than MAX_RAW_KEY.
			sweep.cursor = BoundedVec::try_from(consents.last_raw_key().to_vec()).ok();
		}
		Sweeps::<T>::put(sweeps);
		used.saturating_add(finish)
	}

	/// Whether a patient with this eligibility should hear of the study: they are counted, or
	/// only an opt-in (or naming more categories) stands between them and it. Patients whose
	/// terms refuse the study, or whose consent is not in force, are not bothered.
	fn invitable(eligibility: Result<Eligible, Ineligible>) -> bool {
		matches!(
			eligibility,
			Ok(_)
				| Err(Ineligible::AwaitingOptIn
					| Ineligible::ProjectSpecific
					| Ineligible::SensitiveArea
					| Ineligible::Categories)
		)
	}

	/// Checks the pallet's invariants:
	/// - every consent is indexed under its home site, and every index entry has its consent;
	/// - consents' terms are well formed;
	/// - no choice is from a future epoch;
	/// - studies' ids are below the next id, budgets are never overspent, and `spent` is the
	///   sum of their queries' ε; query ids are below `next_query`, and hashes and records
	///   index each other one to one;
	/// - `PendingStudies` counts the proposed studies; sweeps name approved studies.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (patient, consent) in PatientToConsent::<T>::iter() {
			ensure!(
				HomeAndPatient::<T>::contains_key(&consent.terms.home, &patient),
				"consent not indexed under its home"
			);
			ensure!(consent.terms.validate().is_ok(), "malformed consent");
		}
		for (home, patient, ()) in HomeAndPatient::<T>::iter() {
			let consent = PatientToConsent::<T>::get(&patient).ok_or("index without consent")?;
			ensure!(consent.terms.home == home, "indexed under another home");
		}
		for (patient, _, record) in PatientAndStudyToChoice::<T>::iter() {
			ensure!(record.epoch <= PatientToEpoch::<T>::get(&patient), "choice from the future");
		}
		let next = NextStudyId::<T>::get();
		let mut pending = 0;
		for (id, s) in Studies::<T>::iter() {
			ensure!(id < next, "study id not yet given");
			ensure!(s.spent <= s.terms.budget, "budget overspent");
			if matches!(s.state, StudyState::Proposed { .. }) {
				pending += 1;
			}
			let mut spent: MilliEpsilon = 0;
			let mut count = 0;
			for (qid, record) in StudyAndQueryToRecord::<T>::iter_prefix(id) {
				ensure!(qid < s.next_query, "query id not yet given");
				ensure!(
					StudyAndHashToQuery::<T>::get(id, record.hash) == Some(qid),
					"query not indexed by its hash"
				);
				spent = spent.saturating_add(record.query.epsilon);
				count += 1;
			}
			ensure!(spent == s.spent, "spent differs from the queries' sum");
			ensure!(
				StudyAndHashToQuery::<T>::iter_prefix(id).count() == count,
				"hash index and records differ"
			);
		}
		ensure!(pending == PendingStudies::<T>::get(), "pending count differs");
		for sweep in Sweeps::<T>::get() {
			ensure!(
				Studies::<T>::get(sweep.study).is_some_and(|s| s.is_approved()),
				"sweep for a study not approved"
			);
		}
		Ok(())
	}
}

impl<T: Config> StudyVerdicts for Pallet<T> {
	fn approved(study: StudyId) {
		let still_researcher = Studies::<T>::get(study).is_some_and(|s| {
			T::Registry::role(&s.researcher) == Some(Role::Organisation(OrganisationKind::Research))
		});
		let state = if still_researcher {
			StudyState::Approved { at: frame_system::Pallet::<T>::block_number() }
		} else {
			StudyState::Lapsed
		};
		Self::conclude(study, state);
	}

	fn rejected(study: StudyId) {
		Self::conclude(study, StudyState::Rejected);
	}

	fn lapsed(study: StudyId) {
		Self::conclude(study, StudyState::Lapsed);
	}

	fn weight() -> Weight {
		T::WeightInfo::verdict()
	}
}

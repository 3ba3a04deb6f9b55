//! Types shared by MedRec's pallets, runtime APIs, gatekeeper and apps.
//!
//! Everything that crosses a pallet boundary or leaves the runtime is defined here: identities'
//! roles, the categories of record a grant can name, purposes of use, grants and the
//! access-decision answer, summary status flags, and the small traits through which the pallets
//! talk to each other (each with a `()` implementation for tests).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::DispatchResult;

/// Milliseconds since the Unix epoch, as `pallet_timestamp` keeps time.
pub type Moment = u64;
/// A patient-provider relationship, numbered chain-wide.
pub type RelationshipId = u64;
/// A grant, numbered per patient.
pub type GrantId = u32;
/// A viewer group, numbered per patient.
pub type GroupId = u32;
/// An access request, numbered per patient.
pub type RequestId = u32;
/// A SHA-256 digest of a record set, or of the query that produces it.
pub type Digest = H256;
/// A provider's name for one set of records it holds for a patient (for example one per
/// category), unique within the relationship.
pub type RecordSetId = u32;

/// One day in milliseconds.
pub const DAY: Moment = 24 * 60 * 60 * 1000;

macro_rules! scale_type {
	($(#[$meta:meta])* $vis:vis $kind:ident $name:ident $($body:tt)*) => {
		$(#[$meta])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo,
			MaxEncodedLen,
		)]
		#[derive(serde::Serialize, serde::Deserialize)]
		$vis $kind $name $($body)*
	};
}

pub mod research;

scale_type! {
	/// What kind of organisation, other than a provider, an identity is.
	#[derive(Copy)]
	pub enum OrganisationKind {
		Pharmacy,
		Lab,
		Research,
		Payer,
	}
}

scale_type! {
	/// The role an identity holds. One account holds one role; a clinician who is also a
	/// patient uses two accounts, so that their professional and personal records never mix.
	#[derive(Copy)]
	pub enum Role {
		Patient,
		Provider,
		Organisation(OrganisationKind),
	}
}

scale_type! {
	/// A category of record, after the FHIR resources that hold it. The last three are
	/// sensitive: no grant covers them unless it names them.
	#[derive(Copy, PartialOrd, Ord)]
	pub enum Category {
		Demographics,
		Conditions,
		Medications,
		Allergies,
		Immunizations,
		Observations,
		Procedures,
		Encounters,
		ClinicalNotes,
		Imaging,
		MentalHealth,
		SubstanceUse,
		SexualReproductiveHealth,
	}
}

impl Category {
	/// Every category, in declaration order.
	pub const ALL: [Category; 13] = [
		Category::Demographics,
		Category::Conditions,
		Category::Medications,
		Category::Allergies,
		Category::Immunizations,
		Category::Observations,
		Category::Procedures,
		Category::Encounters,
		Category::ClinicalNotes,
		Category::Imaging,
		Category::MentalHealth,
		Category::SubstanceUse,
		Category::SexualReproductiveHealth,
	];

	/// Whether records of this category are shared only when a grant names it.
	pub fn is_sensitive(self) -> bool {
		matches!(
			self,
			Category::MentalHealth | Category::SubstanceUse | Category::SexualReproductiveHealth
		)
	}

	fn bit(self) -> u16 {
		1 << (self as u16)
	}
}

scale_type! {
	/// A set of categories, as a bit set over [`Category`]'s declaration order.
	#[derive(Copy, Default)]
	pub struct Categories(pub u16);
}

impl Categories {
	/// The bits that name a category; any other bit makes the set invalid.
	const VALID: u16 = (1 << Category::ALL.len()) - 1;

	pub const fn empty() -> Self {
		Self(0)
	}

	/// The set holding exactly `categories`.
	pub fn of(categories: &[Category]) -> Self {
		Self(categories.iter().fold(0, |bits, c| bits | c.bit()))
	}

	/// Every category that is not sensitive: what "all my records" means.
	pub fn standard() -> Self {
		Self(Category::ALL.iter().filter(|c| !c.is_sensitive()).fold(0, |bits, c| bits | c.bit()))
	}

	/// The small set a break-glass access opens: allergies, medications and conditions.
	pub fn emergency() -> Self {
		Self::of(&[Category::Allergies, Category::Medications, Category::Conditions])
	}

	pub fn contains(self, category: Category) -> bool {
		self.0 & category.bit() != 0
	}

	pub fn is_subset_of(self, other: Categories) -> bool {
		self.0 & !other.0 == 0
	}

	pub fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// Non-empty and naming only categories that exist.
	pub fn is_valid(self) -> bool {
		self.0 != 0 && self.0 & !Self::VALID == 0
	}

	pub fn iter(self) -> impl Iterator<Item = Category> {
		Category::ALL.into_iter().filter(move |c| self.contains(*c))
	}
}

scale_type! {
	/// Why a viewer reads records (after HL7's PurposeOfUse).
	#[derive(Copy)]
	pub enum Purpose {
		Treatment,
		Payment,
		Operations,
		Research,
		/// The patient's own use, or that of someone they chose to share with.
		Personal,
	}
}

scale_type! {
	/// Whom a grant is for: one account, or a group the patient keeps.
	pub enum Viewer<AccountId> {
		Account(AccountId),
		Group(GroupId),
	}
}

scale_type! {
	/// Which of the patient's records a grant reaches.
	#[derive(Copy)]
	pub enum Scope {
		/// The records one provider holds under one relationship.
		Relationship(RelationshipId),
		/// The named categories across every relationship, present and future.
		AllRelationships,
	}
}

scale_type! {
	/// A patient's permission for a viewer to read some of their records.
	pub struct Grant<AccountId> {
		pub id: GrantId,
		pub viewer: Viewer<AccountId>,
		pub scope: Scope,
		pub categories: Categories,
		pub purpose: Purpose,
		/// Valid from this moment...
		pub not_before: Moment,
		/// ...until (excluding) this one.
		pub expires: Moment,
		/// The patient, or the proxy who made the grant for them.
		pub granted_by: AccountId,
	}
}

scale_type! {
	/// What an access is allowed on.
	pub enum Basis {
		/// The viewer is the patient.
		Patient,
		/// The viewer is the provider that holds the records.
		RecordHolder,
		/// A grant of the patient's.
		Grant(GrantId),
		/// Break-glass emergency access the viewer invoked.
		Emergency,
		/// The patient's dead-man switch has fired and names the viewer.
		DeadManSwitch,
	}
}

scale_type! {
	/// Why an access is denied. The most specific reason found is given.
	#[derive(Copy)]
	pub enum DenyReason {
		/// The patient is not registered.
		UnknownPatient,
		/// The record holder is not a registered provider.
		UnknownProvider,
		/// The patient has no relationship with the record holder.
		NoRelationship,
		/// The relationship is not accepted, or has ended.
		RelationshipNotActive,
		/// No grant names this viewer.
		NoGrant,
		/// A grant names the viewer but not this category.
		CategoryNotGranted,
		/// A grant names the viewer and category but not this purpose.
		PurposeNotGranted,
		/// The matching grant is not valid yet.
		NotYetValid,
		/// The matching grant has expired.
		Expired,
	}
}

scale_type! {
	/// The answer to "may this viewer read this category of this patient's records held by
	/// this provider, for this purpose, now?".
	pub enum Decision {
		Allow {
			basis: Basis,
			/// When the permission lapses, in ms since the epoch; `None` if it does not.
			expires: Option<Moment>,
		},
		Deny(DenyReason),
	}
}

impl Decision {
	pub fn is_allowed(&self) -> bool {
		matches!(self, Decision::Allow { .. })
	}
}

scale_type! {
	/// What a patient should be told about one relationship, as a bit set.
	#[derive(Copy, Default)]
	pub struct StatusFlags(pub u8);
}

impl StatusFlags {
	/// The provider added or changed a data pointer.
	pub const NEW_CONTENT: Self = Self(1);
	/// The provider opened the relationship and the patient has not answered.
	pub const AWAITING_ACCEPTANCE: Self = Self(2);
	/// Someone asked the patient for access.
	pub const ACCESS_REQUESTED: Self = Self(4);
	/// Someone used break-glass access.
	pub const EMERGENCY_ACCESS_USED: Self = Self(8);
	/// An approved study the patient's research consent matches invites them (the seeds'
	/// "requests for participation").
	pub const RESEARCH_INVITATION: Self = Self(16);
	const VALID: u8 = 0b1_1111;

	pub fn contains(self, other: Self) -> bool {
		self.0 & other.0 == other.0
	}

	pub fn with(self, other: Self) -> Self {
		Self(self.0 | other.0)
	}

	pub fn without(self, other: Self) -> Self {
		Self(self.0 & !other.0)
	}

	pub fn is_empty(self) -> bool {
		self.0 == 0
	}

	pub fn is_valid(self) -> bool {
		self.0 & !Self::VALID == 0
	}
}

scale_type! {
	/// What a summary status is about: one relationship, the patient as a whole (an access
	/// request or emergency use that names no single provider), or a study.
	#[derive(Copy, PartialOrd, Ord)]
	pub enum Subject {
		Relationship(RelationshipId),
		Patient,
		/// Last, so that earlier variants' encodings and stored keys are unchanged.
		Study(research::StudyId),
	}
}

scale_type! {
	/// Where a relationship stands. A rejected or ended relationship is removed.
	#[derive(Copy)]
	pub enum RelationshipState {
		/// The provider opened it; the patient has not accepted yet.
		AwaitingAcceptance,
		Active,
	}
}

scale_type! {
	/// A data pointer: which record set a provider holds, what it digests to, and when it
	/// last changed.
	pub struct Pointer<BlockNumber> {
		pub record_set: RecordSetId,
		pub category: Category,
		/// SHA-256 over the record set's canonical serialization (see the gatekeeper).
		pub digest: Digest,
		pub updated_at: BlockNumber,
	}
}

scale_type! {
	/// Someone a patient named to manage grants for them, within limits.
	pub struct Proxy<AccountId> {
		pub who: AccountId,
		/// The categories this proxy may grant or approve.
		pub categories: Categories,
		/// The proxy's authority ends at this moment.
		pub expires: Moment,
	}
}

scale_type! {
	/// A viewer's request for access, waiting for the patient.
	pub struct AccessRequest<AccountId> {
		pub id: RequestId,
		pub requester: AccountId,
		pub scope: Scope,
		pub categories: Categories,
		pub purpose: Purpose,
		/// How long the grant lasts if approved, in ms.
		pub duration: Moment,
	}
}

/// One relationship as the runtime API shows it, with the patient's status flags on it.
#[derive(
	Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, serde::Serialize, serde::Deserialize,
)]
pub struct RelationshipView<AccountId, BlockNumber> {
	pub id: RelationshipId,
	pub patient: AccountId,
	pub provider: AccountId,
	pub state: RelationshipState,
	pub pointers: Vec<Pointer<BlockNumber>>,
	pub status: StatusFlags,
}

/// An identity as the registry API shows it.
#[derive(
	Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, serde::Serialize, serde::Deserialize,
)]
pub struct IdentityView {
	pub role: Role,
	/// X25519 public key records for this identity are encrypted to.
	pub encryption_key: Option<[u8; 32]>,
	/// Display name (providers and organisations only).
	pub name: Option<Vec<u8>>,
	/// Gatekeeper URL (providers only).
	pub gatekeeper: Option<Vec<u8>>,
	pub eth_address: Option<sp_core::H160>,
}

/// Who is who: implemented by the registrar, used by the other pallets.
pub trait Registry<AccountId> {
	/// The role `who` holds, if registered.
	fn role(who: &AccountId) -> Option<Role>;

	/// Registers `who` as a patient if it holds no role yet. Fails if it holds another role.
	fn ensure_patient(who: &AccountId) -> DispatchResult;

	fn is_provider(who: &AccountId) -> bool {
		matches!(Self::role(who), Some(Role::Provider))
	}

	/// Makes `who` a provider, for benchmarks' setup.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_provider(who: &AccountId);

	/// Makes `who` a research organisation, for benchmarks' setup.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_researcher(who: &AccountId);
}

impl<AccountId> Registry<AccountId> for () {
	fn role(_: &AccountId) -> Option<Role> {
		None
	}
	fn ensure_patient(_: &AccountId) -> DispatchResult {
		Ok(())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_provider(_: &AccountId) {}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_researcher(_: &AccountId) {}
}

/// Where status changes go: implemented by the summary pallet, called by the relationships
/// pallet.
pub trait StatusSink<AccountId> {
	/// Raises `flags` on `subject` of `patient`'s summary.
	fn raise(patient: &AccountId, subject: Subject, flags: StatusFlags);
	/// Drops everything the summary holds on `subject` (the relationship ended).
	fn clear(patient: &AccountId, subject: Subject);
}

impl<AccountId> StatusSink<AccountId> for () {
	fn raise(_: &AccountId, _: Subject, _: StatusFlags) {}
	fn clear(_: &AccountId, _: Subject) {}
}

/// Who may act for a patient: implemented by the relationships pallet, used by the summary.
pub trait Controllers<AccountId> {
	/// Whether `who` is `patient` or a proxy of theirs in force now.
	fn may_act_for(who: &AccountId, patient: &AccountId) -> bool;
}

impl<AccountId: PartialEq> Controllers<AccountId> for () {
	fn may_act_for(who: &AccountId, patient: &AccountId) -> bool {
		who == patient
	}
}

/// The registrar as the consortium sees it: providers enter and leave the registry only when
/// the consortium admits or removes them.
pub trait ProviderAdmission<AccountId> {
	/// Whether `who` could be registered as provider `name` with gatekeeper `gatekeeper`,
	/// checked when the proposal is made so that a passing vote does not fail on enactment.
	fn can_admit(who: &AccountId, name: &[u8], gatekeeper: &[u8]) -> DispatchResult;
	/// Registers `who` as a provider.
	fn admit(who: &AccountId, name: &[u8], gatekeeper: &[u8]) -> DispatchResult;
	/// Deregisters provider `who`.
	fn remove(who: &AccountId) -> DispatchResult;
}

impl<AccountId> ProviderAdmission<AccountId> for () {
	fn can_admit(_: &AccountId, _: &[u8], _: &[u8]) -> DispatchResult {
		Ok(())
	}
	fn admit(_: &AccountId, _: &[u8], _: &[u8]) -> DispatchResult {
		Ok(())
	}
	fn remove(_: &AccountId) -> DispatchResult {
		Ok(())
	}
}

/// What happens when the registrar links an Ethereum address to an identity: the runtime gives
/// the address its gas credit at once, so a wallet shows it can pay before its first
/// transaction.
pub trait OnEthLinked {
	/// Called once `address` is linked.
	fn linked(address: sp_core::H160);
	/// The most [`Self::linked`] weighs, added to the linking call's weight.
	fn weight() -> sp_runtime::Weight;
}

impl OnEthLinked for () {
	fn linked(_: sp_core::H160) {}
	fn weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

/// Calls an account the registrar does not know may make: implemented by the runtime, used by
/// the registrar's transaction extensions. A candidate provider's proposal to join is one.
pub trait OpenCalls<AccountId, Call> {
	/// `None` if `call` is not open to strangers; otherwise whether `who` may make it now, or
	/// the `InvalidTransaction::Custom` code saying why not.
	fn check(who: &AccountId, call: &Call) -> Option<Result<(), u8>>;
}

impl<AccountId, Call> OpenCalls<AccountId, Call> for () {
	fn check(_: &AccountId, _: &Call) -> Option<Result<(), u8>> {
		None
	}
}

/// What the research pallet needs to know of patients' relationships: implemented by the
/// relationships pallet.
pub trait ResearchCare<AccountId> {
	/// Whether `patient` has an active relationship with `provider`.
	fn is_active(patient: &AccountId, provider: &AccountId) -> bool;
	/// Whether `who` is `patient`, or a proxy of theirs in force whose categories cover
	/// `categories`.
	fn may_act_within(who: &AccountId, patient: &AccountId, categories: Categories) -> bool;
	/// Makes `patient`'s relationship with `provider` active, for benchmarks' setup.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_active(patient: &AccountId, provider: &AccountId);
}

/// Without a relationships pallet every relationship counts as active, and only patients act
/// for themselves.
impl<AccountId: PartialEq> ResearchCare<AccountId> for () {
	fn is_active(_: &AccountId, _: &AccountId) -> bool {
		true
	}
	fn may_act_within(who: &AccountId, patient: &AccountId, _: Categories) -> bool {
		who == patient
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_active(_: &AccountId, _: &AccountId) {}
}

/// How a study comes before the consortium: implemented by the consortium pallet, used by the
/// research pallet. The members vote on it as they vote on admissions.
pub trait StudyDeliberation<AccountId, BlockNumber> {
	/// Opens a proposal to approve `study`, registered by `researcher`; returns its index and
	/// the last block it can be voted on.
	fn open(
		researcher: &AccountId,
		study: research::StudyId,
	) -> Result<(u32, BlockNumber), sp_runtime::DispatchError>;
	/// Closes proposal `index` unanswered (the researcher withdrew the study).
	fn withdraw(index: u32);
}

impl<AccountId, BlockNumber: Default> StudyDeliberation<AccountId, BlockNumber> for () {
	fn open(
		_: &AccountId,
		_: research::StudyId,
	) -> Result<(u32, BlockNumber), sp_runtime::DispatchError> {
		Ok((0, BlockNumber::default()))
	}
	fn withdraw(_: u32) {}
}

/// What the consortium decided about a study: implemented by the research pallet, called by
/// the consortium pallet.
pub trait StudyVerdicts {
	/// A majority approved the study.
	fn approved(study: research::StudyId);
	/// Half or more of the members rejected it.
	fn rejected(study: research::StudyId);
	/// Its proposal closed undecided: expired, or rescinded by the researcher.
	fn lapsed(study: research::StudyId);
	/// The most any of the above weighs.
	fn weight() -> sp_runtime::Weight;
}

impl StudyVerdicts for () {
	fn approved(_: research::StudyId) {}
	fn rejected(_: research::StudyId) {}
	fn lapsed(_: research::StudyId) {}
	fn weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

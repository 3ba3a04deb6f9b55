//! Research: patients' consents, studies, and the typed queries researchers may ask.
//!
//! These types are shared by the research pallet (which stores and checks them), the gatekeeper
//! (which counts patients against them) and the researcher's client, so that "who is eligible"
//! and "what a query means" have one definition. The rules:
//!
//! - A consent states what research a patient accepts in the vocabulary of the GA4GH Data Use
//!   Ontology (DUO): a permission (GRU, HMB or DS-x) and modifiers (NCU, NPU, NMDS, NPOA, IRB,
//!   PUB, GS, PS), the record categories research may count (sensitive ones only if named), a
//!   validity window and a *research home site*: the one provider that counts the patient, so
//!   that nobody is counted twice across sites.
//! - [`duo_match`] decides whether a study's purpose is within a consent's terms, after DUOS's
//!   published matching rules with two differences a chain needs: there is no "abstain" (a study
//!   in an area DUOS abstains on is `sensitive_area`, which only an explicit opt-in reaches), and
//!   disease terms are ICD-10 codes matched by prefix rather than ontology subclasses.
//! - [`eligibility`] adds the per-study opt-in or opt-out (dynamic consent) and the windows.
//! - A [`Query`] is a small typed language: criteria on coded FHIR facts, age and sex, and a
//!   group-by of at most [`MAX_CELLS`] cells, each patient in exactly one cell, so that adding or
//!   removing one patient changes one cell by one (L1 sensitivity 1).

use crate::{Categories, Category, Moment};
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::BoundedVec;

/// A study, numbered chain-wide.
pub type StudyId = u32;
/// A query, numbered per study.
pub type QueryId = u32;
/// A privacy budget in thousandths of ε: budgets add as integers, so the chain debits them
/// exactly.
pub type MilliEpsilon = u32;

/// The most cells one query's group-by may produce.
pub const MAX_CELLS: u32 = 20;
/// No study may report a cell below this many patients; SHRINE reports "10 or fewer", PCORnet
/// uses 11.
pub const MIN_CELL_COUNT: u16 = 10;
/// The longest code in any supported system (SNOMED CT ids are at most 18 digits).
pub const MAX_CODE_LENGTH: u32 = 20;

/// Disease codes a DS permission or a disease-specific study may name.
pub type DiseaseCodes = BoundedVec<Code, ConstU32<4>>;

/// A code as written in its code system (`E11.9`, `44054006`, `4548-4`, `7804`), ASCII. It
/// reads and writes as a JSON string.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Code(pub BoundedVec<u8, ConstU32<MAX_CODE_LENGTH>>);

impl Code {
	/// The code `s`, if it fits.
	pub fn new(s: &str) -> Option<Self> {
		BoundedVec::try_from(s.as_bytes().to_vec()).ok().map(Self)
	}

	pub fn as_bytes(&self) -> &[u8] {
		&self.0
	}

	/// The code as text; codes are ASCII once [`CodeSystem::well_formed`] accepted them.
	pub fn as_str(&self) -> &str {
		core::str::from_utf8(&self.0).unwrap_or("")
	}

	/// Whether `self` is `other` or an ICD-10 descendant of it: `E11.9` is within `E11`.
	pub fn within(&self, other: &Code) -> bool {
		self.0.starts_with(&other.0)
	}
}

impl serde::Serialize for Code {
	fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
		match core::str::from_utf8(&self.0) {
			Ok(text) => s.serialize_str(text),
			Err(_) => Err(serde::ser::Error::custom("a code is ASCII")),
		}
	}
}

impl<'de> serde::Deserialize<'de> for Code {
	fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		let text = String::deserialize(d)?;
		Code::new(&text).ok_or_else(|| serde::de::Error::custom("a code is at most 20 bytes"))
	}
}

scale_type! {
	/// What research a patient permits (DUO's primary data-use permissions).
	pub enum DuoPermission {
		/// General research use (DUO:0000042), also what "no restriction" (NRES) is entered as.
		Gru,
		/// Health or medical or biomedical research (DUO:0000006), excluding population origins
		/// or ancestry research.
		Hmb,
		/// Disease-specific research (DUO:0000007): only research on these ICD-10 codes or their
		/// descendants.
		Ds(DiseaseCodes),
	}
}

scale_type! {
	/// DUO's data-use modifiers a consent may add, as a bit set.
	#[derive(Copy, Default)]
	pub struct DuoModifiers(pub u16);
}

impl DuoModifiers {
	/// Not for commercial use (DUO:0000046).
	pub const NCU: Self = Self(1);
	/// Not for use by for-profit organisations (DUO:0000045).
	pub const NPU: Self = Self(1 << 1);
	/// No methods development, such as new analysis methods (DUO:0000015).
	pub const NMDS: Self = Self(1 << 2);
	/// No population origins or ancestry research (DUO:0000044).
	pub const NPOA: Self = Self(1 << 3);
	/// Ethics approval required (DUO:0000021); every study carries its approval's digest.
	pub const IRB: Self = Self(1 << 4);
	/// The results must be published (DUO:0000019).
	pub const PUB: Self = Self(1 << 5);
	/// Only research in the consent's region (DUO:0000022).
	pub const GS: Self = Self(1 << 6);
	/// Only a specific project the patient approves (DUO:0000027): per-study opt-in only.
	pub const PS: Self = Self(1 << 7);
	const VALID: u16 = (1 << 8) - 1;

	pub fn contains(self, other: Self) -> bool {
		self.0 & other.0 == other.0
	}

	pub fn with(self, other: Self) -> Self {
		Self(self.0 | other.0)
	}

	pub fn is_valid(self) -> bool {
		self.0 & !Self::VALID == 0
	}
}

scale_type! {
	/// Whether a consent includes the patient in matching studies, or waits for a per-study
	/// opt-in.
	#[derive(Copy)]
	pub enum ConsentMode {
		/// Counted in every study the consent matches, unless the patient opts out of it.
		Broad,
		/// Counted only in studies the patient opts into.
		AskEachStudy,
	}
}

scale_type! {
	/// What a patient, or a proxy for them, agrees research may do with their records.
	pub struct ConsentTerms<AccountId> {
		pub permission: DuoPermission,
		pub modifiers: DuoModifiers,
		/// ISO 3166-1 alpha-2 region, required with the GS modifier and only then.
		pub region: Option<[u8; 2]>,
		/// The record categories research may count; sensitive ones only if named here.
		pub categories: Categories,
		/// In force from this moment...
		pub not_before: Moment,
		/// ...until (excluding) this one.
		pub expires: Moment,
		/// The research home site: the provider, with an active relationship, that alone
		/// counts this patient.
		pub home: AccountId,
		pub mode: ConsentMode,
	}
}

scale_type! {
	/// A consent on record, with who gave it.
	pub struct ResearchConsent<AccountId> {
		pub terms: ConsentTerms<AccountId>,
		/// The patient, or the proxy who consented for them.
		pub given_by: AccountId,
	}
}

scale_type! {
	/// A patient's decision about one study, on top of their consent.
	#[derive(Copy)]
	pub enum Choice {
		/// Count me in this study, over these categories (they must cover the study's).
		OptIn { categories: Categories },
		/// Never count me in this study.
		OptOut,
	}
}

scale_type! {
	/// What a study is for (DUO's purposes, as DUOS's matcher reads a research purpose).
	pub enum PrimaryPurpose {
		/// Any research question.
		General,
		/// Health, medical or biomedical research.
		Health,
		/// Research on these diseases (ICD-10 codes, prefix match).
		Disease(DiseaseCodes),
		/// Population origins or ancestry research.
		Ancestry,
	}
}

scale_type! {
	/// A study's purpose with the facts DUO modifiers are matched against.
	pub struct StudyPurpose {
		pub primary: PrimaryPurpose,
		/// Developing new methods (matched against NMDS).
		pub methods_development: bool,
		/// Commercial use of the results (NCU).
		pub commercial: bool,
		/// The organisation is for-profit (NPU).
		pub for_profit_org: bool,
		/// The results will be published (PUB).
		pub publishes: bool,
		/// Where the research is done, ISO 3166-1 alpha-2 (GS).
		pub region: [u8; 2],
		/// In an area DUOS abstains on (controls, vulnerable populations, stigmatizing
		/// diseases, ...): no broad consent reaches it, only an explicit opt-in.
		pub sensitive_area: bool,
	}
}

/// The longest study title.
pub type StudyTitle = BoundedVec<u8, ConstU32<128>>;
/// The longest protocol URL.
pub type ProtocolUrl = BoundedVec<u8, ConstU32<256>>;

scale_type! {
	/// What a research organisation registers and the consortium approves.
	pub struct StudyTerms {
		pub title: StudyTitle,
		/// Where the protocol is published, and its SHA-256, so every member votes on the same
		/// document.
		pub protocol_url: ProtocolUrl,
		pub protocol_sha256: [u8; 32],
		/// SHA-256 of the ethics committee's (IRB/ERB) approval.
		pub ethics_sha256: [u8; 32],
		pub purpose: StudyPurpose,
		/// The record categories the study's queries may count.
		pub categories: Categories,
		/// Queries may be authorized from this moment...
		pub starts: Moment,
		/// ...until (excluding) this one.
		pub ends: Moment,
		/// No answer reports a cell below this many patients; at least [`MIN_CELL_COUNT`].
		pub min_cell: u16,
		/// The study's total privacy budget.
		pub budget: MilliEpsilon,
		/// The most one query may spend.
		pub max_per_query: MilliEpsilon,
	}
}

scale_type! {
	/// Why a consent does not reach a study, or a patient is not counted in it.
	#[derive(Copy)]
	pub enum Ineligible {
		/// The patient has no research consent.
		NoConsent,
		/// The consent is not in force at this moment.
		ConsentNotInForce,
		/// The consent's home relationship is not active.
		HomeNotActive,
		/// The study is not approved or not in its period.
		StudyNotActive,
		/// The patient opted out of this study.
		OptedOut,
		/// The consent asks for a per-study opt-in, and there is none.
		AwaitingOptIn,
		/// The opt-in's categories do not cover the study's.
		OptInTooNarrow,
		/// The study counts categories the consent does not name.
		Categories,
		/// The study's primary purpose is outside the consent's permission.
		Permission,
		/// Commercial use on a consent with NCU.
		Commercial,
		/// A for-profit organisation on a consent with NPU.
		ForProfit,
		/// Methods development on a consent with NMDS, or outside a DS consent's diseases.
		MethodsDevelopment,
		/// Ancestry research on a consent with NPOA.
		Ancestry,
		/// The consent requires publication (PUB) and the study does not publish.
		Unpublished,
		/// The consent limits research to its region (GS) and the study is elsewhere.
		Region,
		/// The consent is for specific projects only (PS): an opt-in is needed.
		ProjectSpecific,
		/// The study is in a sensitive area: an opt-in is needed.
		SensitiveArea,
	}
}

scale_type! {
	/// Why a patient is counted in a study.
	#[derive(Copy)]
	pub enum Eligible {
		/// Their broad consent matches the study and they did not opt out.
		Broad,
		/// They opted into this study.
		OptIn,
	}
}

/// Whether disease `code` is within one of `codes`.
fn within_any(code: &Code, codes: &[Code]) -> bool {
	codes.iter().any(|c| code.within(c))
}

/// Whether a study's purpose is within a consent's terms (DUO matching, see the module doc).
/// The categories, windows and per-study choice are [`eligibility`]'s.
pub fn duo_match<AccountId>(
	consent: &ConsentTerms<AccountId>,
	purpose: &StudyPurpose,
) -> Result<(), Ineligible> {
	let m = consent.modifiers;
	// Permission against primary purpose: GRU reaches every purpose; HMB every health purpose
	// but not ancestry (DUO:0000006) nor a general one; DS-x only studies of x's descendants.
	match (&consent.permission, &purpose.primary) {
		(DuoPermission::Gru, _) => {},
		(DuoPermission::Hmb, PrimaryPurpose::Health | PrimaryPurpose::Disease(_)) => {},
		(DuoPermission::Ds(mine), PrimaryPurpose::Disease(theirs))
			if !theirs.is_empty() && theirs.iter().all(|y| within_any(y, mine)) => {},
		_ => return Err(Ineligible::Permission),
	}
	if purpose.methods_development {
		// DUOS's matchMDS: a DS consent allows methods development only within its diseases,
		// which the permission check above has already required.
		if m.contains(DuoModifiers::NMDS) {
			return Err(Ineligible::MethodsDevelopment);
		}
	}
	if m.contains(DuoModifiers::NCU) && purpose.commercial {
		return Err(Ineligible::Commercial);
	}
	if m.contains(DuoModifiers::NPU) && purpose.for_profit_org {
		return Err(Ineligible::ForProfit);
	}
	if m.contains(DuoModifiers::NPOA) && purpose.primary == PrimaryPurpose::Ancestry {
		return Err(Ineligible::Ancestry);
	}
	if m.contains(DuoModifiers::PUB) && !purpose.publishes {
		return Err(Ineligible::Unpublished);
	}
	if m.contains(DuoModifiers::GS) && consent.region != Some(purpose.region) {
		return Err(Ineligible::Region);
	}
	if m.contains(DuoModifiers::PS) {
		return Err(Ineligible::ProjectSpecific);
	}
	if purpose.sensitive_area {
		return Err(Ineligible::SensitiveArea);
	}
	Ok(())
}

/// Whether a patient is counted in a study at moment `now`, given their consent, their
/// choice for this study (only one made under the current consent), whether their home
/// relationship is active, and whether the study is approved.
///
/// An opt-in is the patient's specific consent to this study: it overrides the broad terms'
/// DUO matching, but needs a consent in force (it names the home site) whose categories, with
/// the opt-in's, cover the study's.
pub fn eligibility<AccountId>(
	consent: Option<&ConsentTerms<AccountId>>,
	choice: Option<Choice>,
	home_active: bool,
	study: &StudyTerms,
	study_approved: bool,
	now: Moment,
) -> Result<Eligible, Ineligible> {
	let consent = consent.ok_or(Ineligible::NoConsent)?;
	if !(consent.not_before <= now && now < consent.expires) {
		return Err(Ineligible::ConsentNotInForce);
	}
	if !home_active {
		return Err(Ineligible::HomeNotActive);
	}
	if !(study_approved && study.starts <= now && now < study.ends) {
		return Err(Ineligible::StudyNotActive);
	}
	match choice {
		Some(Choice::OptOut) => Err(Ineligible::OptedOut),
		Some(Choice::OptIn { categories }) => {
			if study.categories.is_subset_of(categories) {
				Ok(Eligible::OptIn)
			} else {
				Err(Ineligible::OptInTooNarrow)
			}
		},
		None => {
			duo_match(consent, &study.purpose)?;
			if consent.mode == ConsentMode::AskEachStudy {
				return Err(Ineligible::AwaitingOptIn);
			}
			if !study.categories.is_subset_of(consent.categories) {
				return Err(Ineligible::Categories);
			}
			Ok(Eligible::Broad)
		},
	}
}

/// What is wrong with consent terms or study terms, as the pallet reports it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TermsProblem {
	/// Categories empty or naming bits that are no category.
	Categories,
	/// An empty or inverted window.
	Window,
	/// Modifiers naming unknown bits, a region without GS or GS without a region, a DS
	/// permission or disease purpose without codes, or a malformed ICD-10 code.
	Terms,
}

impl<AccountId> ConsentTerms<AccountId> {
	/// Checks the terms are well formed (not whether they match anything).
	pub fn validate(&self) -> Result<(), TermsProblem> {
		if !self.categories.is_valid() {
			return Err(TermsProblem::Categories);
		}
		if self.not_before >= self.expires {
			return Err(TermsProblem::Window);
		}
		if !self.modifiers.is_valid()
			|| self.modifiers.contains(DuoModifiers::GS) != self.region.is_some()
			|| self.region.is_some_and(|r| !valid_region(r))
		{
			return Err(TermsProblem::Terms);
		}
		if let DuoPermission::Ds(codes) = &self.permission {
			if !valid_diseases(codes) {
				return Err(TermsProblem::Terms);
			}
		}
		Ok(())
	}
}

impl StudyTerms {
	/// Checks the terms are well formed; the pallet checks budgets and cell counts against its
	/// own limits.
	pub fn validate(&self) -> Result<(), TermsProblem> {
		if !self.categories.is_valid() {
			return Err(TermsProblem::Categories);
		}
		if self.starts >= self.ends {
			return Err(TermsProblem::Window);
		}
		if !valid_region(self.purpose.region) || self.title.is_empty() {
			return Err(TermsProblem::Terms);
		}
		if let PrimaryPurpose::Disease(codes) = &self.purpose.primary {
			if !valid_diseases(codes) {
				return Err(TermsProblem::Terms);
			}
		}
		Ok(())
	}
}

fn valid_region(region: [u8; 2]) -> bool {
	region.iter().all(u8::is_ascii_uppercase)
}

fn valid_diseases(codes: &[Code]) -> bool {
	!codes.is_empty() && codes.iter().all(|c| CodeSystem::Icd10.well_formed(c))
}

scale_type! {
	/// The kind of FHIR resource a clause is about.
	#[derive(Copy, PartialOrd, Ord)]
	pub enum ResourceKind {
		/// `Condition.code`, dated by `onsetDateTime` (else `recordedDate`).
		Condition,
		/// `MedicationRequest.medicationCodeableConcept`, dated by `authoredOn`.
		Medication,
		/// `Observation.code`, valued by `valueQuantity`, dated by `effectiveDateTime`.
		Observation,
		/// `Procedure.code`, dated by `performedDateTime`.
		Procedure,
		/// `Immunization.vaccineCode`, dated by `occurrenceDateTime`.
		Immunization,
		/// `Encounter.type`, dated by `period.start`.
		Encounter,
		/// `AllergyIntolerance.code`, dated by `recordedDate`.
		Allergy,
	}
}

impl ResourceKind {
	/// The category this kind's records fall in unless a security label makes them sensitive.
	pub fn category(self) -> Category {
		match self {
			ResourceKind::Condition => Category::Conditions,
			ResourceKind::Medication => Category::Medications,
			ResourceKind::Observation => Category::Observations,
			ResourceKind::Procedure => Category::Procedures,
			ResourceKind::Immunization => Category::Immunizations,
			ResourceKind::Encounter => Category::Encounters,
			ResourceKind::Allergy => Category::Allergies,
		}
	}

	/// The FHIR resource type holding this kind.
	pub fn resource_type(self) -> &'static str {
		match self {
			ResourceKind::Condition => "Condition",
			ResourceKind::Medication => "MedicationRequest",
			ResourceKind::Observation => "Observation",
			ResourceKind::Procedure => "Procedure",
			ResourceKind::Immunization => "Immunization",
			ResourceKind::Encounter => "Encounter",
			ResourceKind::Allergy => "AllergyIntolerance",
		}
	}

	/// Whether codes of `system` can describe this kind.
	pub fn accepts(self, system: CodeSystem) -> bool {
		use CodeSystem::*;
		match self {
			ResourceKind::Condition => matches!(system, Icd10 | Snomed),
			ResourceKind::Medication => matches!(system, RxNorm),
			ResourceKind::Observation => matches!(system, Loinc | Snomed),
			ResourceKind::Procedure | ResourceKind::Encounter => matches!(system, Snomed),
			ResourceKind::Immunization => matches!(system, Cvx),
			ResourceKind::Allergy => matches!(system, Snomed | RxNorm),
		}
	}
}

scale_type! {
	/// A code system a clause's codes are in.
	#[derive(Copy, PartialOrd, Ord)]
	pub enum CodeSystem {
		/// ICD-10 (and ICD-10-CM), matched exactly or by prefix.
		Icd10,
		Snomed,
		Loinc,
		RxNorm,
		Cvx,
	}
}

impl CodeSystem {
	/// The FHIR system URIs that carry this code system.
	pub fn uris(self) -> &'static [&'static str] {
		match self {
			CodeSystem::Icd10 => {
				&["http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10"]
			},
			CodeSystem::Snomed => &["http://snomed.info/sct"],
			CodeSystem::Loinc => &["http://loinc.org"],
			CodeSystem::RxNorm => &["http://www.nlm.nih.gov/research/umls/rxnorm"],
			CodeSystem::Cvx => &["http://hl7.org/fhir/sid/cvx"],
		}
	}

	/// The code system a FHIR system URI names, if supported.
	pub fn from_uri(uri: &str) -> Option<Self> {
		[Self::Icd10, Self::Snomed, Self::Loinc, Self::RxNorm, Self::Cvx]
			.into_iter()
			.find(|s| s.uris().contains(&uri))
	}

	/// Whether `code` has this system's shape. Besides catching typos, it keeps anything but
	/// letters, digits, `.` and `-` out of codes, so no code is ever a pattern.
	pub fn well_formed(self, code: &Code) -> bool {
		let c = code.as_bytes();
		let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
		match self {
			// A letter, two digits (the second may be a letter in a few chapters, as `C7A`),
			// then optionally a dot and 1-4 letters or digits.
			CodeSystem::Icd10 => {
				c.len() >= 3
					&& c[0].is_ascii_uppercase()
					&& c[1].is_ascii_digit()
					&& (c[2].is_ascii_digit() || c[2].is_ascii_uppercase())
					&& match &c[3..] {
						[] => true,
						[b'.', rest @ ..] => {
							(1..=4).contains(&rest.len())
								&& rest.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
						},
						_ => false,
					}
			},
			CodeSystem::Snomed => (6..=18).contains(&c.len()) && digits(c) && c[0] != b'0',
			CodeSystem::Loinc => match c.iter().position(|b| *b == b'-') {
				Some(dash) => c.len() <= 10 && digits(&c[..dash]) && digits(&c[dash + 1..]),
				None => false,
			},
			CodeSystem::RxNorm => c.len() <= 10 && digits(c),
			CodeSystem::Cvx => c.len() <= 3 && digits(c),
		}
	}
}

scale_type! {
	/// An observation's value range, `[min, max)` in thousandths of `unit`; either end open.
	pub struct ValueRange {
		pub min: Option<i64>,
		pub max: Option<i64>,
		/// The UCUM unit, matched exactly (`%`, `kg/m2`, `mm[Hg]`).
		pub unit: BoundedVec<u8, ConstU32<16>>,
	}
}

scale_type! {
	/// `[from, until)` in ms since the epoch; either end open.
	#[derive(Copy)]
	pub struct DateWindow {
		pub from: Option<Moment>,
		pub until: Option<Moment>,
	}
}

scale_type! {
	/// "The patient has a record of this kind with one of these codes".
	pub struct Clause {
		pub resource: ResourceKind,
		pub system: CodeSystem,
		/// Sorted and distinct; one match suffices.
		pub codes: BoundedVec<Code, ConstU32<16>>,
		/// Match descendants too (`E11` finds `E11.9`); ICD-10 only.
		pub prefix: bool,
		/// Observations only.
		pub value: Option<ValueRange>,
		pub window: Option<DateWindow>,
		/// Sensitive categories this clause may also search (an opioid use disorder is a
		/// `SubstanceUse` condition); only sensitive categories.
		pub sensitive: Categories,
	}
}

scale_type! {
	/// A set of FHIR administrative genders, as a bit set.
	#[derive(Copy)]
	pub struct SexSet(pub u8);
}

/// FHIR's administrative genders, in the order cells and bits use.
pub const SEXES: [&str; 4] = ["female", "male", "other", "unknown"];

impl SexSet {
	/// The bit of `gender` (a FHIR `AdministrativeGender` code); anything else is `unknown`.
	pub fn index_of(gender: Option<&str>) -> usize {
		gender.and_then(|g| SEXES.iter().position(|s| *s == g)).unwrap_or(3)
	}

	pub fn contains_index(self, index: usize) -> bool {
		index < 8 && self.0 & (1 << index) != 0
	}
}

scale_type! {
	/// One condition every counted patient meets.
	pub enum Criterion {
		Has(Clause),
		Lacks(Clause),
		/// Age in whole years at the query's index date, both ends included.
		Age { min: u8, max: u8 },
		Sex(SexSet),
	}
}

scale_type! {
	/// A way to split the counted patients into cells; each patient falls in exactly one.
	pub enum Dimension {
		/// Ascending boundaries `b1 < … < bn` give the cells `< b1`, `b1 to b2 − 1`, …,
		/// `≥ bn`: n + 1 cells.
		AgeBands(BoundedVec<u8, ConstU32<9>>),
		/// Female, male, other, unknown: 4 cells.
		Sex,
	}
}

impl Dimension {
	pub fn cells(&self) -> u32 {
		match self {
			Dimension::AgeBands(bounds) => bounds.len() as u32 + 1,
			Dimension::Sex => SEXES.len() as u32,
		}
	}

	/// The cell a patient of this age (in years) and gender index falls in.
	pub fn cell_of(&self, age: u32, sex: usize) -> u32 {
		match self {
			Dimension::AgeBands(bounds) => {
				bounds.iter().filter(|b| age >= u32::from(**b)).count() as u32
			},
			Dimension::Sex => sex as u32,
		}
	}

	/// A label for cell `index`, as reports show it (`40-64`, `65+`, `female`).
	pub fn label(&self, index: u32) -> String {
		match self {
			Dimension::AgeBands(bounds) => {
				let i = index as usize;
				match (i.checked_sub(1).and_then(|j| bounds.get(j)), bounds.get(i)) {
					(None, Some(hi)) => alloc::format!("<{hi}"),
					(Some(lo), Some(hi)) => alloc::format!("{lo}-{}", hi.saturating_sub(1)),
					(Some(lo), None) => alloc::format!("{lo}+"),
					(None, None) => String::from("all"),
				}
			},
			Dimension::Sex => String::from(SEXES.get(index as usize).copied().unwrap_or("?")),
		}
	}
}

scale_type! {
	/// A researcher's question: how many patients meet every criterion, per cell of the
	/// group-by, with this much of the study's budget spent on the noise.
	pub struct Query {
		pub epsilon: MilliEpsilon,
		/// Ages are computed at this moment.
		pub index_date: Moment,
		/// All must hold; sorted by encoding and distinct (see [`Query::canonicalize`]).
		pub criteria: BoundedVec<Criterion, ConstU32<8>>,
		pub group_by: BoundedVec<Dimension, ConstU32<2>>,
	}
}

/// What makes a query invalid, as a code the pallet's `InvalidQuery { reason }` carries.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[repr(u8)]
pub enum QueryProblem {
	/// Criteria or codes not sorted and distinct: the query is not canonical.
	NotCanonical = 1,
	/// A clause without codes.
	NoCodes = 2,
	/// A code not of its system's shape.
	MalformedCode = 3,
	/// A code system the resource kind cannot carry.
	WrongSystem = 4,
	/// Prefix matching outside ICD-10.
	PrefixNotIcd10 = 5,
	/// A value range outside observations, empty, or without a unit.
	BadValue = 6,
	/// An empty or inverted date window, or an inverted age range.
	BadRange = 7,
	/// `sensitive` names a category that is not sensitive.
	NotSensitive = 8,
	/// An empty sex set.
	NoSex = 9,
	/// Age bands not strictly ascending, empty, above 120, or a dimension given twice.
	BadDimension = 10,
	/// More than [`MAX_CELLS`] cells.
	TooManyCells = 11,
}

impl QueryProblem {
	/// The problem a code stands for.
	pub fn from_code(code: u8) -> Option<Self> {
		use QueryProblem::*;
		[
			NotCanonical,
			NoCodes,
			MalformedCode,
			WrongSystem,
			PrefixNotIcd10,
			BadValue,
			BadRange,
			NotSensitive,
			NoSex,
			BadDimension,
			TooManyCells,
		]
		.into_iter()
		.find(|p| *p as u8 == code)
	}
}

impl Clause {
	fn validate(&self) -> Result<(), QueryProblem> {
		if self.codes.is_empty() {
			return Err(QueryProblem::NoCodes);
		}
		if !self.codes.windows(2).all(|w| w[0] < w[1]) {
			return Err(QueryProblem::NotCanonical);
		}
		if !self.resource.accepts(self.system) {
			return Err(QueryProblem::WrongSystem);
		}
		if !self.codes.iter().all(|c| self.system.well_formed(c)) {
			return Err(QueryProblem::MalformedCode);
		}
		if self.prefix && self.system != CodeSystem::Icd10 {
			return Err(QueryProblem::PrefixNotIcd10);
		}
		if let Some(v) = &self.value {
			let empty = matches!((v.min, v.max), (Some(lo), Some(hi)) if lo >= hi);
			if self.resource != ResourceKind::Observation
				|| v.unit.is_empty()
				|| !v.unit.iter().all(|b| b.is_ascii_graphic())
				|| empty || (v.min.is_none() && v.max.is_none())
			{
				return Err(QueryProblem::BadValue);
			}
		}
		if let Some(w) = &self.window {
			if matches!((w.from, w.until), (Some(a), Some(b)) if a >= b)
				|| (w.from.is_none() && w.until.is_none())
			{
				return Err(QueryProblem::BadRange);
			}
		}
		if !self.sensitive.iter().all(Category::is_sensitive)
			|| !self.sensitive.is_empty() && !self.sensitive.is_valid()
		{
			return Err(QueryProblem::NotSensitive);
		}
		Ok(())
	}

	/// The categories this clause searches: its resource's, and the sensitive ones it names.
	pub fn categories(&self) -> Categories {
		Categories(Categories::of(&[self.resource.category()]).0 | self.sensitive.0)
	}
}

impl Query {
	/// Sorts criteria and codes into the one order [`Query::validate`] accepts, so that queries
	/// that mean the same encode (and hash) the same.
	pub fn canonicalize(&mut self) {
		for criterion in self.criteria.iter_mut() {
			if let Criterion::Has(c) | Criterion::Lacks(c) = criterion {
				let mut codes = core::mem::take(&mut c.codes).into_inner();
				codes.sort();
				codes.dedup();
				// Sorting and dropping repeats never lengthens the list.
				c.codes = BoundedVec::truncate_from(codes);
			}
		}
		let mut criteria = core::mem::take(&mut self.criteria).into_inner();
		criteria.sort_by_key(|c| c.encode());
		criteria.dedup();
		self.criteria = BoundedVec::truncate_from(criteria);
	}

	/// Checks the query is canonical and well formed; budgets are the pallet's.
	pub fn validate(&self) -> Result<(), QueryProblem> {
		let encoded: Vec<Vec<u8>> = self.criteria.iter().map(Encode::encode).collect();
		if !encoded.windows(2).all(|w| w[0] < w[1]) {
			return Err(QueryProblem::NotCanonical);
		}
		for criterion in self.criteria.iter() {
			match criterion {
				Criterion::Has(c) | Criterion::Lacks(c) => c.validate()?,
				Criterion::Age { min, max } => {
					if min > max {
						return Err(QueryProblem::BadRange);
					}
				},
				Criterion::Sex(set) => {
					if set.0 == 0 || set.0 >> SEXES.len() != 0 {
						return Err(QueryProblem::NoSex);
					}
				},
			}
		}
		let mut seen_age = false;
		let mut seen_sex = false;
		for dimension in self.group_by.iter() {
			let seen = match dimension {
				Dimension::AgeBands(bounds) => {
					if bounds.is_empty()
						|| !bounds.windows(2).all(|w| w[0] < w[1])
						|| bounds.iter().any(|b| *b > 120)
					{
						return Err(QueryProblem::BadDimension);
					}
					&mut seen_age
				},
				Dimension::Sex => &mut seen_sex,
			};
			if core::mem::replace(seen, true) {
				return Err(QueryProblem::BadDimension);
			}
		}
		if self.cells() > MAX_CELLS {
			return Err(QueryProblem::TooManyCells);
		}
		Ok(())
	}

	/// How many cells the answer has.
	pub fn cells(&self) -> u32 {
		self.group_by.iter().map(Dimension::cells).fold(1, u32::saturating_mul)
	}

	/// The cell a patient falls in: the row-major index over the group-by's dimensions.
	pub fn cell_of(&self, age: u32, sex: usize) -> u32 {
		self.group_by.iter().fold(0, |at, d| at * d.cells() + d.cell_of(age, sex))
	}

	/// The categories the query reads: every clause's, and demographics for age or sex.
	pub fn categories(&self) -> Categories {
		let demographics = Categories::of(&[Category::Demographics]);
		let mut bits = if self.group_by.is_empty() { 0 } else { demographics.0 };
		for criterion in self.criteria.iter() {
			bits |= match criterion {
				Criterion::Has(c) | Criterion::Lacks(c) => c.categories().0,
				Criterion::Age { .. } | Criterion::Sex(_) => demographics.0,
			};
		}
		Categories(bits)
	}
}

scale_type! {
	/// Where a study stands.
	pub enum StudyState<BlockNumber> {
		/// Before the consortium, as proposal `proposal`, open until `expires`.
		Proposed { proposal: u32, expires: BlockNumber },
		/// Approved at block `at`: queries may be authorized within the study's period.
		Approved { at: BlockNumber },
		/// Half or more of the members voted nay.
		Rejected,
		/// Its proposal expired or was withdrawn, or the researcher left the registry before
		/// it passed.
		Lapsed,
		/// Closed by its researcher or the consortium at block `at`; no more queries.
		Closed { at: BlockNumber },
	}
}

scale_type! {
	/// A study and its account of the budget.
	pub struct Study<AccountId, BlockNumber> {
		pub researcher: AccountId,
		pub terms: StudyTerms,
		pub state: StudyState<BlockNumber>,
		/// The milli-ε authorized so far; never above `terms.budget`.
		pub spent: MilliEpsilon,
		/// The id the next authorized query gets.
		pub next_query: QueryId,
	}
}

impl<AccountId, BlockNumber> Study<AccountId, BlockNumber> {
	/// What is left of the budget.
	pub fn remaining(&self) -> MilliEpsilon {
		self.terms.budget.saturating_sub(self.spent)
	}

	pub fn is_approved(&self) -> bool {
		matches!(self.state, StudyState::Approved { .. })
	}
}

scale_type! {
	/// An authorized query, as every site reads it before answering.
	pub struct QueryRecord<BlockNumber> {
		/// BLAKE2-256 of the query's SCALE encoding: the key a repeat is found by.
		pub hash: H256,
		pub query: Query,
		/// The authorization block B: sites count patients eligible at B and at their
		/// finalized head.
		pub authorized_at: BlockNumber,
		/// B's timestamp, ms since the epoch.
		pub at_time: Moment,
	}
}

scale_type! {
	/// A patient's choice about a study, with the consent it was made under.
	pub struct ChoiceRecord<AccountId> {
		pub choice: Choice,
		/// The patient's consent epoch when it was made: a withdrawal moves the epoch on, so
		/// choices made before it no longer count, without deleting them one by one.
		pub epoch: u32,
		/// The patient, or the proxy who chose for them.
		pub by: AccountId,
	}
}

//! The research rules: DUO matching as a table, eligibility, and what makes a query valid.

use medrec_primitives::{
	research::*,
	Categories,
	Category::{self, *},
};
use sp_runtime::BoundedVec;

fn code(s: &str) -> Code {
	Code::new(s).expect("short code")
}

fn codes<S: sp_core::Get<u32>>(list: &[&str]) -> BoundedVec<Code, S> {
	list.iter().map(|c| code(c)).collect::<Vec<_>>().try_into().expect("within bound")
}

fn consent(permission: DuoPermission, modifiers: DuoModifiers) -> ConsentTerms<u64> {
	ConsentTerms {
		permission,
		modifiers,
		region: modifiers.contains(DuoModifiers::GS).then_some(*b"NL"),
		categories: Categories::standard(),
		not_before: 100,
		expires: 1_000,
		home: 7,
		mode: ConsentMode::Broad,
	}
}

fn purpose(primary: PrimaryPurpose) -> StudyPurpose {
	StudyPurpose {
		primary,
		methods_development: false,
		commercial: false,
		for_profit_org: false,
		publishes: true,
		region: *b"NL",
		sensitive_area: false,
	}
}

fn study(purpose: StudyPurpose, categories: &[Category]) -> StudyTerms {
	StudyTerms {
		title: b"T2D and opioids".to_vec().try_into().expect("short"),
		protocol_url: b"https://example.org/p.pdf".to_vec().try_into().expect("short"),
		protocol_sha256: [1; 32],
		ethics_sha256: [2; 32],
		purpose,
		categories: Categories::of(categories),
		starts: 0,
		ends: 2_000,
		min_cell: 11,
		budget: 5_000,
		max_per_query: 1_000,
	}
}

#[test]
fn permissions_against_primary_purposes_follow_the_table() {
	use PrimaryPurpose::*;
	let gru = DuoPermission::Gru;
	let hmb = DuoPermission::Hmb;
	let ds_e11 = DuoPermission::Ds(codes(&["E11"]));
	let ds_e11_9 = DuoPermission::Ds(codes(&["E11.9"]));
	let e11_9 = Disease(codes(&["E11.9"]));
	let i10 = Disease(codes(&["I10"]));
	let both = Disease(codes(&["E11.9", "I10"]));
	// (consent, purpose, matches): the rows of docs/design/research.md section 2.3.
	let table: Vec<(&DuoPermission, PrimaryPurpose, bool)> = vec![
		(&gru, General, true),
		(&gru, Health, true),
		(&gru, e11_9.clone(), true),
		(&gru, Ancestry, true),
		(&hmb, General, false),
		(&hmb, Health, true),
		(&hmb, e11_9.clone(), true),
		(&hmb, Ancestry, false),
		(&ds_e11, General, false),
		(&ds_e11, Health, false),
		(&ds_e11, e11_9.clone(), true),
		(&ds_e11, Disease(codes(&["E11"])), true),
		(&ds_e11, i10, false),
		// Every disease of the study must be within the consent's.
		(&ds_e11, both, false),
		// A study of the parent is not within a consent to the child.
		(&ds_e11_9, Disease(codes(&["E11"])), false),
		(&ds_e11, Ancestry, false),
	];
	for (permission, primary, matches) in table {
		let c = consent(permission.clone(), DuoModifiers::default());
		let got = duo_match(&c, &purpose(primary.clone()));
		let expected = if matches { Ok(()) } else { Err(Ineligible::Permission) };
		assert_eq!(got, expected, "{permission:?} against {primary:?}");
	}
}

#[test]
fn each_modifier_refuses_exactly_the_studies_it_names() {
	let base = purpose(PrimaryPurpose::Health);
	let cases: Vec<(DuoModifiers, Box<dyn Fn(&mut StudyPurpose)>, Ineligible)> = vec![
		(DuoModifiers::NCU, Box::new(|p| p.commercial = true), Ineligible::Commercial),
		(DuoModifiers::NPU, Box::new(|p| p.for_profit_org = true), Ineligible::ForProfit),
		(
			DuoModifiers::NMDS,
			Box::new(|p| p.methods_development = true),
			Ineligible::MethodsDevelopment,
		),
		(
			DuoModifiers::NPOA,
			Box::new(|p| p.primary = PrimaryPurpose::Ancestry),
			Ineligible::Ancestry,
		),
		(DuoModifiers::PUB, Box::new(|p| p.publishes = false), Ineligible::Unpublished),
		(DuoModifiers::GS, Box::new(|p| p.region = *b"DE"), Ineligible::Region),
	];
	for (modifier, change, reason) in cases {
		// GRU, so that only the modifier can refuse.
		let with = consent(DuoPermission::Gru, modifier);
		let without = consent(DuoPermission::Gru, DuoModifiers::default());
		let mut changed = base.clone();
		change(&mut changed);
		assert_eq!(duo_match(&with, &base), Ok(()), "{modifier:?} refuses a plain study");
		assert_eq!(duo_match(&with, &changed), Err(reason), "{modifier:?}");
		assert_eq!(duo_match(&without, &changed), Ok(()), "{reason:?} without {modifier:?}");
	}
	// IRB always holds: every study carries its ethics approval's digest.
	assert_eq!(duo_match(&consent(DuoPermission::Gru, DuoModifiers::IRB), &base), Ok(()));
	// PS and sensitive areas are reached by opt-in only.
	assert_eq!(
		duo_match(&consent(DuoPermission::Gru, DuoModifiers::PS), &base),
		Err(Ineligible::ProjectSpecific)
	);
	let mut sensitive = base.clone();
	sensitive.sensitive_area = true;
	assert_eq!(
		duo_match(&consent(DuoPermission::Gru, DuoModifiers::default()), &sensitive),
		Err(Ineligible::SensitiveArea)
	);
}

#[test]
fn eligibility_needs_consent_windows_home_and_approval() {
	let c = consent(DuoPermission::Hmb, DuoModifiers::default());
	let s = study(purpose(PrimaryPurpose::Health), &[Conditions, Medications]);
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 500), Ok(Eligible::Broad));
	assert_eq!(eligibility::<u64>(None, None, true, &s, true, 500), Err(Ineligible::NoConsent));
	// The consent's window: from not_before, up to but excluding expires.
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 100), Ok(Eligible::Broad));
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 99), Err(Ineligible::ConsentNotInForce));
	assert_eq!(
		eligibility(Some(&c), None, true, &s, true, 1_000),
		Err(Ineligible::ConsentNotInForce)
	);
	assert_eq!(eligibility(Some(&c), None, false, &s, true, 500), Err(Ineligible::HomeNotActive));
	assert_eq!(eligibility(Some(&c), None, true, &s, false, 500), Err(Ineligible::StudyNotActive));
	let mut ended = s.clone();
	ended.ends = 500;
	assert_eq!(
		eligibility(Some(&c), None, true, &ended, true, 500),
		Err(Ineligible::StudyNotActive)
	);
}

#[test]
fn sensitive_categories_count_only_when_the_consent_names_them() {
	let c = consent(DuoPermission::Gru, DuoModifiers::default());
	let s = study(purpose(PrimaryPurpose::Health), &[Conditions, SubstanceUse]);
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 500), Err(Ineligible::Categories));
	let mut named = c.clone();
	named.categories = Categories(Categories::standard().0 | Categories::of(&[SubstanceUse]).0);
	assert_eq!(eligibility(Some(&named), None, true, &s, true, 500), Ok(Eligible::Broad));
}

#[test]
fn per_study_choices_override_broad_terms() {
	let mut c = consent(DuoPermission::Hmb, DuoModifiers::PS);
	let s = study(purpose(PrimaryPurpose::Health), &[Conditions]);
	let opt_in = Choice::OptIn { categories: Categories::of(&[Conditions, Medications]) };
	// PS: nothing without an opt-in, everything the opt-in covers with one.
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 500), Err(Ineligible::ProjectSpecific));
	assert_eq!(eligibility(Some(&c), Some(opt_in), true, &s, true, 500), Ok(Eligible::OptIn));
	// An opt-out beats a matching broad consent.
	c.modifiers = DuoModifiers::default();
	assert_eq!(
		eligibility(Some(&c), Some(Choice::OptOut), true, &s, true, 500),
		Err(Ineligible::OptedOut)
	);
	// Ask-each-study: matching terms wait for the opt-in.
	c.mode = ConsentMode::AskEachStudy;
	assert_eq!(eligibility(Some(&c), None, true, &s, true, 500), Err(Ineligible::AwaitingOptIn));
	// An opt-in narrower than the study does not count.
	let narrow = Choice::OptIn { categories: Categories::of(&[Medications]) };
	assert_eq!(
		eligibility(Some(&c), Some(narrow), true, &s, true, 500),
		Err(Ineligible::OptInTooNarrow)
	);
	// Even an opt-in needs the consent in force (it names the home site).
	assert_eq!(
		eligibility(Some(&c), Some(opt_in), true, &s, true, 5_000),
		Err(Ineligible::ConsentNotInForce)
	);
}

#[test]
fn terms_are_checked_for_shape() {
	let good = consent(DuoPermission::Gru, DuoModifiers::default());
	assert_eq!(good.validate(), Ok(()));
	let mut bad = good.clone();
	bad.categories = Categories(0);
	assert_eq!(bad.validate(), Err(TermsProblem::Categories));
	let mut bad = good.clone();
	bad.expires = bad.not_before;
	assert_eq!(bad.validate(), Err(TermsProblem::Window));
	let mut bad = good.clone();
	bad.region = Some(*b"NL"); // a region without GS
	assert_eq!(bad.validate(), Err(TermsProblem::Terms));
	let mut bad = good.clone();
	bad.permission = DuoPermission::Ds(codes(&["diabetes"]));
	assert_eq!(bad.validate(), Err(TermsProblem::Terms));
	let mut bad = good;
	bad.modifiers = DuoModifiers(1 << 9);
	assert_eq!(bad.validate(), Err(TermsProblem::Terms));

	let s = study(purpose(PrimaryPurpose::Health), &[Conditions]);
	assert_eq!(s.validate(), Ok(()));
	let mut bad = s.clone();
	bad.ends = bad.starts;
	assert_eq!(bad.validate(), Err(TermsProblem::Window));
	let mut bad = s;
	bad.purpose.region = *b"nl";
	assert_eq!(bad.validate(), Err(TermsProblem::Terms));
}

fn clause(resource: ResourceKind, system: CodeSystem, list: &[&str]) -> Clause {
	Clause {
		resource,
		system,
		codes: codes(list),
		prefix: false,
		value: None,
		window: None,
		sensitive: Categories(0),
	}
}

fn query(criteria: Vec<Criterion>, group_by: Vec<Dimension>) -> Query {
	Query {
		epsilon: 500,
		index_date: 0,
		criteria: criteria.try_into().expect("at most 8"),
		group_by: group_by.try_into().expect("at most 2"),
	}
}

#[test]
fn codes_have_their_systems_shape() {
	use CodeSystem::*;
	for (system, good, bad) in [
		(
			Icd10,
			&["E11", "E11.9", "C7A", "S72.001A", "F11.20"][..],
			&["e11", "E1", "E11.", "E11.12345", "E11%", "11.9"][..],
		),
		(Snomed, &["44054006", "38341003"], &["123", "0123456", "4405400a"]),
		(Loinc, &["4548-4", "39156-5"], &["45484", "-4", "4548-", "4548-4x"]),
		(RxNorm, &["6809", "7804"], &["68O9", ""]),
		(Cvx, &["141", "115"], &["1415", "14a"]),
	] {
		for c in good {
			assert!(system.well_formed(&code(c)), "{system:?} {c}");
		}
		for c in bad {
			assert!(!system.well_formed(&code(c)), "{system:?} {c} accepted");
		}
	}
	assert_eq!(CodeSystem::from_uri("http://loinc.org"), Some(Loinc));
	assert_eq!(CodeSystem::from_uri("http://example.org"), None);
}

#[test]
fn queries_must_be_canonical_and_well_formed() {
	use ResourceKind::*;
	let diabetes =
		Criterion::Has(Clause { prefix: true, ..clause(Condition, CodeSystem::Icd10, &["E11"]) });
	let opioids = Criterion::Has(clause(Medication, CodeSystem::RxNorm, &["5489", "7804"]));
	let mut q = query(vec![opioids.clone(), diabetes.clone()], vec![Dimension::Sex]);
	q.canonicalize();
	assert_eq!(q.validate(), Ok(()));
	// The same question asked in another order canonicalizes to the same bytes.
	let mut other = query(vec![diabetes.clone(), opioids.clone()], vec![Dimension::Sex]);
	other.canonicalize();
	assert_eq!(codec::Encode::encode(&q), codec::Encode::encode(&other));
	// Not canonical: reversed criteria, unsorted codes.
	let mut reversed = q.clone();
	let mut criteria = reversed.criteria.into_inner();
	criteria.reverse();
	reversed.criteria = criteria.try_into().expect("same length");
	assert_eq!(reversed.validate(), Err(QueryProblem::NotCanonical));
	let unsorted = query(
		vec![Criterion::Has(clause(Medication, CodeSystem::RxNorm, &["7804", "5489"]))],
		vec![],
	);
	assert_eq!(unsorted.validate(), Err(QueryProblem::NotCanonical));

	let bad = |c: Clause| query(vec![Criterion::Has(c)], vec![]).validate();
	assert_eq!(bad(clause(Condition, CodeSystem::Icd10, &[])), Err(QueryProblem::NoCodes));
	assert_eq!(
		bad(clause(Condition, CodeSystem::Loinc, &["4548-4"])),
		Err(QueryProblem::WrongSystem)
	);
	assert_eq!(
		bad(clause(Condition, CodeSystem::Icd10, &["E11%"])),
		Err(QueryProblem::MalformedCode)
	);
	assert_eq!(
		bad(Clause { prefix: true, ..clause(Condition, CodeSystem::Snomed, &["44054006"]) }),
		Err(QueryProblem::PrefixNotIcd10)
	);
	let range = |min, max, unit: &str| ValueRange {
		min,
		max,
		unit: unit.as_bytes().to_vec().try_into().expect("short"),
	};
	let hba1c = clause(Observation, CodeSystem::Loinc, &["4548-4"]);
	assert_eq!(bad(Clause { value: Some(range(Some(6_500), None, "%")), ..hba1c.clone() }), Ok(()));
	for v in
		[range(Some(7_000), Some(6_500), "%"), range(None, None, "%"), range(Some(1), None, "")]
	{
		assert_eq!(bad(Clause { value: Some(v), ..hba1c.clone() }), Err(QueryProblem::BadValue));
	}
	assert_eq!(
		bad(Clause {
			value: Some(range(Some(1), None, "%")),
			..clause(Condition, CodeSystem::Icd10, &["E11"])
		}),
		Err(QueryProblem::BadValue)
	);
	assert_eq!(
		bad(Clause { window: Some(DateWindow { from: Some(5), until: Some(5) }), ..hba1c.clone() }),
		Err(QueryProblem::BadRange)
	);
	assert_eq!(
		bad(Clause { sensitive: Categories::of(&[Medications]), ..hba1c.clone() }),
		Err(QueryProblem::NotSensitive)
	);
	assert_eq!(bad(Clause { sensitive: Categories::of(&[SubstanceUse]), ..hba1c }), Ok(()));
	assert_eq!(query(vec![Criterion::Sex(SexSet(0))], vec![]).validate(), Err(QueryProblem::NoSex));
	assert_eq!(
		query(vec![Criterion::Age { min: 40, max: 18 }], vec![]).validate(),
		Err(QueryProblem::BadRange)
	);
}

fn bands(list: &[u8]) -> Dimension {
	Dimension::AgeBands(list.to_vec().try_into().expect("at most 9"))
}

#[test]
fn group_by_has_at_most_twenty_cells_and_puts_everyone_in_one() {
	let q = query(vec![], vec![bands(&[18, 40, 65, 80]), Dimension::Sex]);
	assert_eq!(q.cells(), 20);
	assert_eq!(q.validate(), Ok(()));
	let q = query(vec![], vec![bands(&[18, 30, 40, 50, 65]), Dimension::Sex]);
	assert_eq!(q.validate(), Err(QueryProblem::TooManyCells));
	assert_eq!(query(vec![], vec![bands(&[40, 18])]).validate(), Err(QueryProblem::BadDimension));
	assert_eq!(
		query(vec![], vec![Dimension::Sex, Dimension::Sex]).validate(),
		Err(QueryProblem::BadDimension)
	);
	// Every (age, sex) lands in exactly one cell, and all cells are reachable.
	let q = query(vec![], vec![bands(&[18, 40, 65]), Dimension::Sex]);
	let mut hit = vec![0u32; q.cells() as usize];
	for age in 0..110 {
		for sex in 0..4 {
			hit[q.cell_of(age, sex) as usize] += 1;
		}
	}
	assert!(hit.iter().all(|n| *n > 0), "{hit:?}");
	assert_eq!(hit.iter().sum::<u32>(), 110 * 4);
	assert_eq!(q.cell_of(17, 0), 0);
	assert_eq!(q.cell_of(18, 1), 5);
	assert_eq!(q.cell_of(70, 3), 15);
	let d = bands(&[18, 40, 65]);
	let labels: Vec<_> = (0..4).map(|i| d.label(i)).collect();
	assert_eq!(labels, ["<18", "18-39", "40-64", "65+"]);
}

#[test]
fn a_query_reads_the_categories_its_clauses_and_dimensions_name() {
	let oud = Clause {
		prefix: true,
		sensitive: Categories::of(&[SubstanceUse]),
		..clause(ResourceKind::Condition, CodeSystem::Icd10, &["F11"])
	};
	let q = query(vec![Criterion::Has(oud)], vec![Dimension::Sex]);
	assert_eq!(q.categories(), Categories::of(&[Demographics, Conditions, SubstanceUse]));
	let q = query(
		vec![Criterion::Lacks(clause(ResourceKind::Immunization, CodeSystem::Cvx, &["141"]))],
		vec![],
	);
	assert_eq!(q.categories(), Categories::of(&[Immunizations]));
}

#[test]
fn codes_read_and_write_as_json_strings() {
	let q = query(
		vec![Criterion::Has(clause(ResourceKind::Condition, CodeSystem::Icd10, &["E11.9"]))],
		vec![Dimension::Sex],
	);
	let json = serde_json::to_string(&q).expect("serializes");
	assert!(json.contains("\"codes\":[\"E11.9\"]"), "{json}");
	let back: Query = serde_json::from_str(&json).expect("parses");
	assert_eq!(back, q);
	assert!(serde_json::from_str::<Code>("\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"").is_err());
}

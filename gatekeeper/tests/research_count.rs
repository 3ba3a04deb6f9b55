//! Research counts over records ingested the real way: which patients a query counts, in which
//! cell, what sensitivity labels and the cohort hide, and that facts follow re-ingests and are
//! derived for stores made before they existed. On SQLite, or on PostgreSQL when
//! `GATEKEEPER_TEST_POSTGRES` names a server (see `common::database`).

mod common;

use medrec_gatekeeper::{
	fhir::{self, ACCOUNT_SYSTEM, ACT_CODE},
	research::{self, age_at, fhir_moment, milli_of, Answer},
	store::Store,
};
use medrec_primitives::{
	research::{
		Clause, Code, CodeSystem, Criterion, DateWindow, Dimension, Query, ResourceKind, SexSet,
		ValueRange,
	},
	Categories, Category,
};
use serde_json::{json, Value};
use sp_core::crypto::{AccountId32, Ss58Codec};
use sp_runtime::BoundedVec;
use sqlx::Row;

type Result<T = ()> = medrec_e2e::Result<T>;

const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
const SNOMED: &str = "http://snomed.info/sct";
const LOINC: &str = "http://loinc.org";
const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";

/// 2026-01-01T00:00:00Z, the queries' index date.
const INDEX: u64 = 1_767_225_600_000;

fn account(n: u8) -> String {
	AccountId32::new([n; 32]).to_ss58check()
}

fn patient(n: u8, gender: Option<&str>, birth: Option<&str>) -> Value {
	let mut p = json!({ "resourceType": "Patient", "id": format!("p{n}"),
		"identifier": [{ "system": ACCOUNT_SYSTEM, "value": account(n) }] });
	if let Some(g) = gender {
		p["gender"] = json!(g);
	}
	if let Some(b) = birth {
		p["birthDate"] = json!(b);
	}
	p
}

fn codings(list: &[(&str, &str)]) -> Value {
	json!({ "coding": list.iter().map(|(s, c)| json!({ "system": s, "code": c })).collect::<Vec<_>>() })
}

fn condition(id: &str, n: u8, list: &[(&str, &str)], onset: Option<&str>) -> Value {
	let mut c = json!({ "resourceType": "Condition", "id": id,
		"subject": { "reference": format!("Patient/p{n}") }, "code": codings(list) });
	if let Some(o) = onset {
		c["onsetDateTime"] = json!(o);
	}
	c
}

fn labelled(mut resource: Value, label: &str) -> Value {
	resource["meta"] = json!({ "security": [{ "system": ACT_CODE, "code": label }] });
	resource
}

fn medication(id: &str, n: u8, rxnorm: &str, authored: &str) -> Value {
	json!({ "resourceType": "MedicationRequest", "id": id, "status": "active", "intent": "order",
		"subject": { "reference": format!("Patient/p{n}") }, "authoredOn": authored,
		"medicationCodeableConcept": codings(&[(RXNORM, rxnorm)]) })
}

fn observation(id: &str, n: u8, loinc: &str, value: Value, unit: &str, at: &str) -> Value {
	json!({ "resourceType": "Observation", "id": id, "status": "final",
		"subject": { "reference": format!("Patient/p{n}") }, "code": codings(&[(LOINC, loinc)]),
		"effectiveDateTime": at,
		"valueQuantity": { "value": value, "unit": unit,
			"system": "http://unitsofmeasure.org", "code": unit } })
}

async fn ingest(store: &Store, resources: Vec<Value>) -> Result {
	let bundle = json!({ "resourceType": "Bundle", "type": "transaction",
		"entry": resources.into_iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() });
	let checked = fhir::check_ingest(&bundle).map_err(|e| format!("{e:?}"))?;
	store.ingest(&checked).await?;
	Ok(())
}

/// p1-p6 are in the cohort, p7 is not, and account 8 is in the cohort but not held here.
async fn populate(store: &Store) -> Result {
	ingest(
		store,
		vec![
			patient(1, Some("female"), Some("1980-06-15")),
			condition("c1", 1, &[(ICD10CM, "E11.9"), (SNOMED, "44054006")], Some("2020-03-01")),
			observation("o1", 1, "4548-4", json!(7.25), "%", "2025-06-01T09:30:00+02:00"),
			medication("m1", 1, "860975", "2021-04-02"),
			patient(2, Some("male"), Some("1950-01-01")),
			condition("c2", 2, &[(ICD10CM, "E11.65")], Some("2015")),
			observation("o2", 2, "4548-4", json!(6.4), "%", "2024-05-01"),
			patient(3, Some("female"), Some("2010-12-31")),
			condition("c3", 3, &[(ICD10CM, "J45.909")], None),
			observation("o3", 3, "4548-4", json!(7), "mmol/mol", "2025-01-01"),
			patient(4, Some("other"), Some("1990")),
			condition("c4", 4, &[(ICD10CM, "E11.9")], Some("2019")),
			patient(5, None, None),
			labelled(condition("c5", 5, &[(ICD10CM, "F11.20")], Some("2022-07")), "OPIOIDUD"),
			patient(6, Some("male"), Some("1970-02-28")),
			condition("c6", 6, &[(ICD10CM, "E110"), (SNOMED, "38341003")], None),
			medication("m6", 6, "860975", "2019-12-31T23:30:00-01:00"),
			patient(7, Some("female"), Some("1975-05-05")),
			condition("c7", 7, &[(ICD10CM, "E11.9")], Some("2020-01-01")),
			medication("m7", 7, "860975", "2021-01-01"),
		],
	)
	.await
}

fn cohort() -> Vec<String> {
	[1, 2, 3, 4, 5, 6, 8].into_iter().map(account).collect()
}

fn accounts(list: &[u8]) -> Vec<String> {
	let mut out: Vec<String> = list.iter().copied().map(account).collect();
	out.sort();
	out
}

fn clause(resource: ResourceKind, system: CodeSystem, codes: &[&str]) -> Clause {
	Clause {
		resource,
		system,
		codes: BoundedVec::truncate_from(
			codes.iter().map(|c| Code::new(c).expect("a short code")).collect(),
		),
		prefix: false,
		value: None,
		window: None,
		sensitive: Categories::empty(),
	}
}

fn icd(codes: &[&str]) -> Clause {
	clause(ResourceKind::Condition, CodeSystem::Icd10, codes)
}

fn icd_prefix(codes: &[&str]) -> Clause {
	Clause { prefix: true, ..icd(codes) }
}

fn hba1c(min: Option<i64>, max: Option<i64>, unit: &str) -> Clause {
	Clause {
		value: Some(ValueRange {
			min,
			max,
			unit: BoundedVec::truncate_from(unit.as_bytes().to_vec()),
		}),
		..clause(ResourceKind::Observation, CodeSystem::Loinc, &["4548-4"])
	}
}

fn query(criteria: Vec<Criterion>, group_by: Vec<Dimension>) -> Query {
	let mut q = Query {
		epsilon: 1000,
		index_date: INDEX,
		criteria: BoundedVec::truncate_from(criteria),
		group_by: BoundedVec::truncate_from(group_by),
	};
	q.canonicalize();
	q.validate().expect("a valid query");
	q
}

fn study() -> Categories {
	Categories::standard()
}

fn with(categories: Categories, extra: Category) -> Categories {
	Categories(categories.0 | Categories::of(&[extra]).0)
}

async fn answer(store: &Store, q: &Query, study: Categories) -> Result<Answer> {
	let answer = research::evaluate(store, &cohort(), q, study).await?;
	assert_eq!(answer.counts.len(), q.cells() as usize);
	assert_eq!(answer.counts.iter().sum::<u64>(), answer.included.len() as u64);
	assert!(!answer.included.contains(&account(7)), "p7 is outside the cohort");
	assert_eq!(research::count(store, &cohort(), q, study).await?, answer.counts);
	Ok(answer)
}

/// Who one criterion, ungrouped, counts.
async fn who(store: &Store, criterion: Criterion, study: Categories) -> Result<Vec<String>> {
	Ok(answer(store, &query(vec![criterion], vec![]), study).await?.included)
}

async fn facts(store: &Store) -> Result<i64> {
	Ok(sqlx::query("SELECT COUNT(*) FROM research_facts")
		.fetch_one(store.pool())
		.await?
		.try_get::<i64, _>(0)?)
}

async fn open(dir: &tempfile::TempDir) -> Result<(Store, String)> {
	let url = common::database(dir.path()).await?;
	Ok((Store::open(&url, 4).await?, url))
}

#[tokio::test]
async fn codes_match_exactly_or_by_prefix() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	assert_eq!(who(&store, Criterion::Has(icd(&["E11.9"])), study()).await?, accounts(&[1, 4]));
	assert_eq!(who(&store, Criterion::Has(icd(&["E11"])), study()).await?, accounts(&[]));
	assert_eq!(
		who(&store, Criterion::Has(icd_prefix(&["E11"])), study()).await?,
		accounts(&[1, 2, 4, 6])
	);
	assert_eq!(
		who(&store, Criterion::Has(icd_prefix(&["E11.6", "J45"])), study()).await?,
		accounts(&[2, 3])
	);
	// The same condition through its SNOMED coding.
	let snomed = clause(ResourceKind::Condition, CodeSystem::Snomed, &["38341003", "44054006"]);
	assert_eq!(who(&store, Criterion::Has(snomed), study()).await?, accounts(&[1, 6]));
	// A code of another kind of record does not match.
	let wrong_kind = clause(ResourceKind::Procedure, CodeSystem::Snomed, &["44054006"]);
	assert_eq!(who(&store, Criterion::Has(wrong_kind), study()).await?, accounts(&[]));
	let metformin = clause(ResourceKind::Medication, CodeSystem::RxNorm, &["860975"]);
	assert_eq!(who(&store, Criterion::Has(metformin), study()).await?, accounts(&[1, 6]));
	Ok(())
}

#[tokio::test]
async fn values_windows_and_lacks() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	// 7.25 %, 6.4 % and 7 mmol/mol: [min, max) in thousandths, the unit exactly.
	let has = |c| Criterion::Has(c);
	assert_eq!(who(&store, has(hba1c(Some(6500), None, "%")), study()).await?, accounts(&[1]));
	assert_eq!(who(&store, has(hba1c(Some(6400), None, "%")), study()).await?, accounts(&[1, 2]));
	assert_eq!(
		who(&store, has(hba1c(Some(6400), Some(7250), "%")), study()).await?,
		accounts(&[2])
	);
	assert_eq!(who(&store, has(hba1c(None, Some(7251), "%")), study()).await?, accounts(&[1, 2]));
	assert_eq!(
		who(&store, has(hba1c(Some(7000), Some(7001), "mmol/mol")), study()).await?,
		accounts(&[3])
	);
	assert_eq!(who(&store, has(hba1c(Some(0), None, "mmol/L")), study()).await?, accounts(&[]));

	// Onsets 2020-03-01 (p1), 2015 (p2), 2019 (p4, the start of the year), none (p6).
	let window = |from: &str, until: &str| Clause {
		window: Some(DateWindow {
			from: fhir_moment(from).map(|m| m as u64),
			until: fhir_moment(until).map(|m| m as u64),
		}),
		..icd_prefix(&["E11"])
	};
	assert_eq!(
		who(&store, has(window("2019-01-01", "2020-03-01")), study()).await?,
		accounts(&[4])
	);
	assert_eq!(
		who(&store, has(window("2019-01-01", "2020-03-01T00:00:00.001Z")), study()).await?,
		accounts(&[1, 4])
	);
	assert_eq!(who(&store, has(window("2000", "2019-01-01")), study()).await?, accounts(&[2]));
	// A dateTime with an offset is its UTC instant: p6's 2019-12-31T23:30-01:00 is in 2020.
	let metformin_2020 = Clause {
		window: Some(DateWindow { from: fhir_moment("2020").map(|m| m as u64), until: None }),
		..clause(ResourceKind::Medication, CodeSystem::RxNorm, &["860975"])
	};
	assert_eq!(who(&store, has(metformin_2020), study()).await?, accounts(&[1, 6]));

	// Lacks: every cohort patient held here without the condition; p7 and account 8 never.
	assert_eq!(
		who(&store, Criterion::Lacks(icd_prefix(&["E11"])), study()).await?,
		accounts(&[3, 5])
	);
	let both = query(
		vec![Criterion::Has(icd_prefix(&["E11"])), Criterion::Lacks(icd(&["E11.9"]))],
		vec![],
	);
	assert_eq!(answer(&store, &both, study()).await?.included, accounts(&[2, 6]));
	Ok(())
}

#[tokio::test]
async fn ages_sexes_and_cells() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	// At 2026-01-01: p1 45, p2 76, p3 15, p4 born "1990" (35 or 36: unknown), p5 no birth date,
	// p6 55.
	let age = |min, max| Criterion::Age { min, max };
	assert_eq!(who(&store, age(18, 65), study()).await?, accounts(&[1, 6]));
	assert_eq!(who(&store, age(15, 45), study()).await?, accounts(&[1, 3]));
	assert_eq!(who(&store, age(0, 120), study()).await?, accounts(&[1, 2, 3, 6]));
	let sex = |bits| Criterion::Sex(SexSet(bits));
	assert_eq!(who(&store, sex(0b0011), study()).await?, accounts(&[1, 2, 3, 6]));
	assert_eq!(who(&store, sex(0b1100), study()).await?, accounts(&[4, 5]));

	// Age bands × sex: those without a known age are in no cell.
	let bands = Dimension::AgeBands(BoundedVec::truncate_from(vec![18, 65]));
	let grouped = query(vec![], vec![bands.clone(), Dimension::Sex]);
	let a = answer(&store, &grouped, study()).await?;
	let mut expected = vec![0u64; 12];
	for (age, sex) in [(45, 0), (76, 1), (15, 0), (55, 1)] {
		expected[grouped.cell_of(age, sex) as usize] += 1;
	}
	assert_eq!(a.counts, expected);
	assert_eq!(a.counts[4], 1, "18-64 female: p1");
	assert_eq!(a.counts[5], 1, "18-64 male: p6");
	assert_eq!(a.included, accounts(&[1, 2, 3, 6]));

	// By sex alone every patient held in the cohort has a cell; no gender is `unknown`.
	let by_sex = query(vec![], vec![Dimension::Sex]);
	assert_eq!(answer(&store, &by_sex, study()).await?.counts, vec![2, 2, 1, 1]);

	// With criteria and both dimensions.
	let diabetics = query(vec![Criterion::Has(icd_prefix(&["E11"]))], vec![Dimension::Sex, bands]);
	let a = answer(&store, &diabetics, study()).await?;
	assert_eq!(a.included, accounts(&[1, 2, 6]));
	assert_eq!(a.counts.iter().sum::<u64>(), 3);
	assert_eq!(a.counts[diabetics.cell_of(45, 0) as usize], 1);
	assert_eq!(a.counts[diabetics.cell_of(55, 1) as usize], 1);
	assert_eq!(a.counts[diabetics.cell_of(76, 1) as usize], 1);

	// A study without Demographics reads no birth dates or genders.
	let no_demographics = Categories(study().0 & !Categories::of(&[Category::Demographics]).0);
	assert_eq!(who(&store, age(0, 120), no_demographics).await?, accounts(&[]));
	assert_eq!(answer(&store, &by_sex, no_demographics).await?.counts, vec![0, 0, 0, 6]);
	Ok(())
}

#[tokio::test]
async fn only_the_cohort_is_counted() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	let e11 = query(vec![Criterion::Has(icd(&["E11.9"]))], vec![]);
	let everyone: Vec<String> = (1..=8).map(account).collect();
	let all = research::evaluate(&store, &everyone, &e11, study()).await?;
	assert_eq!(all.included, accounts(&[1, 4, 7]));
	let some = research::evaluate(&store, &[account(4), account(7)], &e11, study()).await?;
	assert_eq!(some.included, accounts(&[4, 7]));
	// Repeats in the cohort count once.
	let twice = research::evaluate(&store, &[account(1), account(1)], &e11, study()).await?;
	assert_eq!(twice.counts, vec![1]);
	assert_eq!(research::count(&store, &[], &e11, study()).await?, vec![0]);
	assert_eq!(research::count(&store, &[account(9)], &e11, study()).await?, vec![0]);
	// Lacks is within the cohort too.
	let lacks = query(vec![Criterion::Lacks(icd(&["E11.9"]))], vec![]);
	assert_eq!(
		research::evaluate(&store, &[account(3), account(7), account(9)], &lacks, study())
			.await?
			.included,
		accounts(&[3])
	);
	// One evaluation's cohort does not linger on its connection for the next.
	assert_eq!(research::count(&store, &[account(2)], &lacks, study()).await?, vec![1]);
	Ok(())
}

#[tokio::test]
async fn sensitive_records_count_only_when_the_clause_and_the_study_name_them() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	let oud = icd_prefix(&["F11"]);
	let oud_named = Clause { sensitive: Categories::of(&[Category::SubstanceUse]), ..oud.clone() };
	let sud_study = with(study(), Category::SubstanceUse);
	assert_eq!(who(&store, Criterion::Has(oud.clone()), study()).await?, accounts(&[]));
	assert_eq!(who(&store, Criterion::Has(oud.clone()), sud_study).await?, accounts(&[]));
	assert_eq!(who(&store, Criterion::Has(oud_named.clone()), study()).await?, accounts(&[]));
	assert_eq!(who(&store, Criterion::Has(oud_named.clone()), sud_study).await?, accounts(&[5]));
	let mh_study = with(study(), Category::MentalHealth);
	let oud_mh = Clause { sensitive: Categories::of(&[Category::MentalHealth]), ..oud.clone() };
	assert_eq!(who(&store, Criterion::Has(oud_mh), mh_study).await?, accounts(&[]));
	// Lacks cannot see it either: p5 lacks what is hidden from the clause.
	assert!(who(&store, Criterion::Lacks(oud.clone()), sud_study).await?.contains(&account(5)));
	assert!(!who(&store, Criterion::Lacks(oud_named), sud_study).await?.contains(&account(5)));
	// A study without Conditions sees no conditions at all.
	let no_conditions = Categories(study().0 & !Categories::of(&[Category::Conditions]).0);
	assert_eq!(
		who(&store, Criterion::Has(icd_prefix(&["E11"])), no_conditions).await?,
		accounts(&[])
	);

	// Relabelled as an ordinary condition, it counts without naming SubstanceUse.
	ingest(&store, vec![condition("c5", 5, &[(ICD10CM, "F11.20")], Some("2022-07"))]).await?;
	assert_eq!(who(&store, Criterion::Has(oud), study()).await?, accounts(&[5]));
	Ok(())
}

#[tokio::test]
async fn a_reingested_resource_replaces_its_facts() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, _) = open(&dir).await?;
	populate(&store).await?;
	let before = facts(&store).await?;
	ingest(
		&store,
		vec![
			condition("c2", 2, &[(ICD10CM, "I10")], Some("2016-01-01")),
			observation("o1", 1, "4548-4", json!(6.0), "%", "2025-06-01"),
			patient(4, Some("other"), Some("1990-01-01")),
		],
	)
	.await?;
	assert_eq!(facts(&store).await?, before, "one fact replaced by one, per resource");
	let e11 = Criterion::Has(icd_prefix(&["E11"]));
	assert_eq!(who(&store, e11, study()).await?, accounts(&[1, 4, 6]));
	assert_eq!(who(&store, Criterion::Has(icd(&["I10"])), study()).await?, accounts(&[2]));
	let high = Criterion::Has(hba1c(Some(6500), None, "%"));
	assert_eq!(who(&store, high, study()).await?, accounts(&[]));
	let six = Criterion::Has(hba1c(Some(6000), Some(6001), "%"));
	assert_eq!(who(&store, six, study()).await?, accounts(&[1]));
	// p4's full birth date now gives an age: 36.
	let age = Criterion::Age { min: 36, max: 36 };
	assert_eq!(who(&store, age, study()).await?, accounts(&[4]));
	// A resource that loses its codes loses its facts.
	ingest(
		&store,
		vec![json!({ "resourceType": "Condition", "id": "c3",
		"subject": { "reference": "Patient/p3" }, "code": { "text": "wheeze" } })],
	)
	.await?;
	assert_eq!(facts(&store).await?, before - 1);
	assert_eq!(who(&store, Criterion::Has(icd_prefix(&["J45"])), study()).await?, accounts(&[]));
	Ok(())
}

#[tokio::test]
async fn a_store_made_before_facts_derives_them_once_when_opened() -> Result {
	let dir = tempfile::tempdir()?;
	let (store, url) = open(&dir).await?;
	populate(&store).await?;
	let derived = facts(&store).await?;
	let q = query(
		vec![Criterion::Has(icd_prefix(&["E11"])), Criterion::Age { min: 18, max: 120 }],
		vec![Dimension::Sex],
	);
	let expected = answer(&store, &q, study()).await?;
	assert_eq!(expected.included, accounts(&[1, 2, 6]));
	// What a store of the previous schema has: no research tables, no record of the step.
	for table in ["research_facts", "research_patients", "schema_steps"] {
		sqlx::query(&format!("DROP TABLE {table}")).execute(store.pool()).await?;
	}
	store.close().await;

	let store = Store::open(&url, 4).await?;
	assert_eq!(facts(&store).await?, derived);
	assert_eq!(answer(&store, &q, study()).await?, expected);
	store.close().await;
	// Once: a second open derives nothing again (a fact deleted by hand stays deleted).
	let store = Store::open(&url, 4).await?;
	sqlx::query("DELETE FROM research_facts WHERE resource_id = 'c1'")
		.execute(store.pool())
		.await?;
	store.close().await;
	let store = Store::open(&url, 4).await?;
	assert_eq!(facts(&store).await?, derived - 2);
	// Deriving again on purpose restores them, and is idempotent.
	research::rederive(&store).await?;
	research::rederive(&store).await?;
	assert_eq!(facts(&store).await?, derived);
	assert_eq!(answer(&store, &q, study()).await?, expected);
	Ok(())
}

#[test]
fn fhir_dates_map_to_their_first_instant_in_utc() {
	let day = 86_400_000;
	assert_eq!(fhir_moment("1970-01-01"), Some(0));
	assert_eq!(fhir_moment("1970"), Some(0));
	assert_eq!(fhir_moment("1970-02"), Some(31 * day));
	assert_eq!(fhir_moment("2026-01-01"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2026"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2026-01-01T00:00:00Z"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2026-01-01T00:00:00"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2026-01-01T01:30:00+01:30"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2025-12-31T22:00:00-02:00"), Some(INDEX as i64));
	assert_eq!(fhir_moment("2026-01-01T00:00:00.1234Z"), Some(INDEX as i64 + 123));
	assert_eq!(fhir_moment("2024-02-29"), Some(19_782 * day));
	assert_eq!(fhir_moment("1969-12-31"), Some(-day));
	for bad in [
		"",
		"20",
		"2023-02-29",
		"2024-13",
		"2024-1-01",
		"2024-01-01T25:00:00Z",
		"2024-01T10:00:00Z",
		"2024-01-01T10:00:00+1:00",
		"garbage",
	] {
		assert_eq!(fhir_moment(bad), None, "{bad}");
	}
}

#[test]
fn values_scale_to_thousandths_exactly_rounding_down() {
	for (text, milli) in [
		("7.25", Some(7250)),
		("0.1", Some(100)),
		("120", Some(120_000)),
		("-0.5", Some(-500)),
		("1.0005", Some(1000)),
		("-1.0005", Some(-1001)),
		("1e-3", Some(1)),
		("1.5E2", Some(150_000)),
		("12.3e-1", Some(1230)),
		("0.0001", Some(0)),
		("-0.0001", Some(-1)),
		("0", Some(0)),
		("9223372036854775.807", Some(i64::MAX)),
		("9223372036854775.808", None),
		("1e300", None),
		("1e-300", Some(0)),
		("abc", None),
		("", None),
	] {
		assert_eq!(milli_of(text), milli, "{text}");
	}
	// What serde_json gives for numbers it parsed into f64.
	let parsed: Value = serde_json::from_str("[0.3, 7.1, 1e-7, 98.6]").unwrap();
	let texts: Vec<Option<i64>> =
		parsed.as_array().unwrap().iter().map(|v| milli_of(&v.to_string())).collect();
	assert_eq!(texts, vec![Some(300), Some(7100), Some(0), Some(98_600)]);
}

#[test]
fn ages_are_whole_years_and_unknown_when_partial_dates_are_ambiguous() {
	let at = |date: &str| fhir_moment(date).unwrap();
	assert_eq!(age_at("1980-06-15", at("2026-06-14")), Some(45));
	assert_eq!(age_at("1980-06-15", at("2026-06-15")), Some(46));
	assert_eq!(age_at("2000-02-29", at("2026-02-28")), Some(25));
	assert_eq!(age_at("2000-02-29", at("2026-03-01")), Some(26));
	assert_eq!(age_at("1980-06", at("2026-05-31")), Some(45));
	assert_eq!(age_at("1980-06", at("2026-06-10")), None);
	assert_eq!(age_at("1980-06", at("2026-07-01")), Some(46));
	assert_eq!(age_at("1980", at("2026-06-10")), None);
	assert_eq!(age_at("1980", at("2026-12-31")), Some(46));
	assert_eq!(age_at("2026-01-02", at("2026-01-01")), None);
	assert_eq!(age_at("2026-01-01", at("2026-01-01")), Some(0));
	assert_eq!(age_at("not a date", at("2026-01-01")), None);
}

#[test]
fn facts_come_from_supported_codings_only() {
	let c = condition(
		"c",
		1,
		&[
			(ICD10CM, "E11.9"),
			("http://hl7.org/fhir/sid/icd-10", "E11.9"),
			("urn:local", "X"),
			(SNOMED, "44054006"),
		],
		Some("2020"),
	);
	let facts = research::facts("Condition", &c);
	let codes: Vec<(CodeSystem, &str)> =
		facts.iter().map(|f| (f.system, f.code.as_str())).collect();
	assert_eq!(codes, vec![(CodeSystem::Icd10, "E11.9"), (CodeSystem::Snomed, "44054006")]);
	assert!(facts.iter().all(|f| f.at == fhir_moment("2020") && f.value_milli.is_none()));
	let encounter = json!({ "resourceType": "Encounter", "id": "e", "status": "finished",
		"subject": { "reference": "Patient/p1" }, "period": { "start": "2024-05-01T10:00:00Z" },
		"type": [codings(&[(SNOMED, "185349003")]), codings(&[(SNOMED, "390906007")])] });
	let facts = research::facts("Encounter", &encounter);
	assert_eq!(facts.len(), 2);
	assert!(facts.iter().all(|f| f.kind == ResourceKind::Encounter));
	let o = observation("o", 1, "8867-4", json!(72), "/min", "2024-05-01");
	let facts = research::facts("Observation", &o);
	assert_eq!((facts[0].value_milli, facts[0].unit.as_deref()), (Some(72_000), Some("/min")));
	let mut local = o.clone();
	local["valueQuantity"]["system"] = json!("urn:local:units");
	assert_eq!(research::facts("Observation", &local)[0].unit, None);
	assert!(research::facts("DocumentReference", &o).is_empty());
}

/// Not a timed test: prints the evaluator's p50 and p99 over 100 000 synthetic patients on SQLite,
/// held by one site and split across three (each site counts its own third at once, as three
/// gatekeepers would; the slowest site is the answer's latency). `RESEARCH_N` and
/// `RESEARCH_RUNS` change the size and the number of runs.
/// `cargo test --release --workspace --test research_count -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn timing_over_100k_patients() -> Result {
	use std::time::{Duration, Instant};
	let n: u32 = std::env::var("RESEARCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
	let runs: usize =
		std::env::var("RESEARCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
	for sites in [1usize, 3] {
		let dir = tempfile::tempdir()?;
		let mut stores = Vec::new();
		for s in 0..sites {
			let file = dir.path().join(format!("site{s}.sqlite"));
			stores.push(Store::open(&format!("sqlite://{}?mode=rwc", file.display()), 4).await?);
		}
		let started = Instant::now();
		fill(&stores, n).await?;
		let mut held = 0;
		for store in &stores {
			held += facts(store).await?;
		}
		println!(
			"{sites} site(s): ingested {n} patients ({held} facts) in {:?}",
			started.elapsed()
		);
		// Site `s` holds patients s, s + sites, s + 2 sites, ...; a shape's cohort is every
		// `step`-th patient.
		let cohorts = |step: u32| -> Vec<Vec<String>> {
			(0..sites)
				.map(|s| (s as u32..n).step_by(sites).filter(|i| i % step == 0).map(acct).collect())
				.collect()
		};
		for (name, q, step) in shapes() {
			let cohorts = cohorts(step);
			let mut times: Vec<Duration> = Vec::with_capacity(runs);
			let mut counted = 0;
			for _ in 0..runs {
				let t = Instant::now();
				let answers = futures::future::try_join_all(
					stores
						.iter()
						.zip(&cohorts)
						.map(|(store, c)| research::evaluate(store, c, &q, sud())),
				)
				.await?;
				times.push(t.elapsed());
				counted = answers.iter().map(|a| a.included.len()).sum();
			}
			times.sort();
			// Nearest rank: the p-th percentile is the ceil(p/100 * runs)-th smallest.
			let rank = |p: usize| times[(p * runs).div_ceil(100).max(1) - 1];
			println!(
				"  {name}: p50 {:?}, p99 {:?} over {runs} runs, {counted} counted",
				rank(50),
				rank(99)
			);
		}
	}
	Ok(())
}

fn acct(i: u32) -> String {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	AccountId32::new(bytes).to_ss58check()
}

fn sud() -> Categories {
	Categories(study().0 | Categories::of(&[Category::SubstanceUse]).0)
}

/// The query shapes timed, each with the share of patients in its cohort (1 in `step`).
fn shapes() -> Vec<(&'static str, Query, u32)> {
	let bands = Dimension::AgeBands(BoundedVec::truncate_from(vec![18, 40, 65]));
	let shapes: Vec<(&str, Query, u32)> = vec![
		("Has E11.9 (exact)", query(vec![Criterion::Has(icd(&["E11.9"]))], vec![]), 1),
		("Has E11* (prefix)", query(vec![Criterion::Has(icd_prefix(&["E11"]))], vec![]), 1),
		(
			"HbA1c >= 6.5 % in 2021-2022, by age x sex",
			query(
				vec![Criterion::Has(Clause {
					window: Some(DateWindow {
						from: fhir_moment("2021").map(|m| m as u64),
						until: fhir_moment("2023").map(|m| m as u64),
					}),
					..hba1c(Some(6500), None, "%")
				})],
				vec![bands.clone(), Dimension::Sex],
			),
			1,
		),
		(
			"Has E11* Lacks I10, age 40-80, female|male, by age",
			query(
				vec![
					Criterion::Has(icd_prefix(&["E11"])),
					Criterion::Lacks(icd(&["I10"])),
					Criterion::Age { min: 40, max: 80 },
					Criterion::Sex(SexSet(0b11)),
				],
				vec![bands.clone()],
			),
			1,
		),
		(
			"Has F11* (SubstanceUse named), by sex",
			query(
				vec![Criterion::Has(Clause {
					sensitive: Categories::of(&[Category::SubstanceUse]),
					..icd_prefix(&["F11"])
				})],
				vec![Dimension::Sex],
			),
			1,
		),
		("no criteria, by age x sex", query(vec![], vec![bands.clone(), Dimension::Sex]), 1),
		(
			"Has E11* (prefix), cohort of 10%",
			query(vec![Criterion::Has(icd_prefix(&["E11"]))], vec![]),
			10,
		),
	];
	shapes
}

/// Synthetic patients 0..n, patient i held by site i % stores.len(): a Patient, two Conditions,
/// a MedicationRequest, three HbA1c results and, for one in fifty, a labelled opioid use disorder.
async fn fill(stores: &[Store], n: u32) -> Result {
	use medrec_gatekeeper::fhir::Checked;
	let checked = |resource: Value, patient: &str, account: Option<String>| Checked {
		resource_type: resource["resourceType"].as_str().unwrap().to_string(),
		id: resource["id"].as_str().unwrap().to_string(),
		patient: patient.to_string(),
		category: fhir::sensitivity(&resource)
			.or_else(|| fhir::default_category(resource["resourceType"].as_str().unwrap()))
			.unwrap(),
		account,
		body: resource,
	};
	let diagnoses = ["E11.9", "E11.65", "I10", "J45.909", "E78.5", "F32.9", "N18.3", "E66.9"];
	let mut batches: Vec<Vec<Checked>> = stores.iter().map(|_| Vec::new()).collect();
	for i in 0..n {
		let site = i as usize % stores.len();
		let batch = &mut batches[site];
		let id = format!("s{i}");
		let subject = json!({ "reference": format!("Patient/{id}") });
		let gender = ["female", "male", "other", "unknown"][(i % 7 % 4) as usize];
		let birth = format!("{}-{:02}-{:02}", 1930 + i % 90, 1 + i % 12, 1 + i % 28);
		batch.push(checked(
			json!({ "resourceType": "Patient", "id": id, "gender": gender, "birthDate": birth,
				"identifier": [{ "system": ACCOUNT_SYSTEM, "value": acct(i) }] }),
			&id,
			Some(acct(i)),
		));
		for k in 0..2u32 {
			let code = diagnoses[((i * 7 + k * 3) % 8) as usize];
			batch.push(checked(
				json!({ "resourceType": "Condition", "id": format!("{id}-c{k}"), "subject": subject,
					"onsetDateTime": format!("{}-06-01", 2000 + (i + k) % 25),
					"code": codings(&[(ICD10CM, code), (SNOMED, &format!("{}", 100000 + (i + k) % 500))]) }),
				&id,
				None,
			));
		}
		batch.push(checked(
			json!({ "resourceType": "MedicationRequest", "id": format!("{id}-m"), "status": "active",
				"intent": "order", "subject": subject, "authoredOn": "2022-01-01",
				"medicationCodeableConcept": codings(&[(RXNORM, &format!("{}", 860000 + i % 50))]) }),
			&id,
			None,
		));
		for k in 0..3u32 {
			batch.push(checked(
				json!({ "resourceType": "Observation", "id": format!("{id}-o{k}"), "status": "final",
					"subject": subject, "code": codings(&[(LOINC, "4548-4")]),
					"effectiveDateTime": format!("{}-03-01", 2020 + k),
					"valueQuantity": { "value": 4.0 + f64::from((i + k) % 80) / 10.0, "unit": "%",
						"system": "http://unitsofmeasure.org", "code": "%" } }),
				&id,
				None,
			));
		}
		if i % 50 == 0 {
			let oud = json!({ "resourceType": "Condition", "id": format!("{id}-oud"),
				"subject": subject, "code": codings(&[(ICD10CM, "F11.20")]) });
			batch.push(checked(labelled(oud, "OPIOIDUD"), &id, None));
		}
		if batch.len() >= 5000 {
			stores[site].ingest(batch).await?;
			batch.clear();
		}
	}
	for (store, batch) in stores.iter().zip(&batches) {
		if !batch.is_empty() {
			store.ingest(batch).await?;
		}
	}
	Ok(())
}

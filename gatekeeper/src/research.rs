//! Research counts: the facts a query is evaluated on, and the evaluator.
//!
//! A researcher's query ([`Query`]) is asked of coded facts, not of FHIR documents, so that
//! counting 100 000 patients is a few indexed set operations rather than 100 000 JSON parses.
//!
//! - **Facts.** Each ingest derives, in its own transaction, one row of `research_facts` per
//!   supported coding of a held resource (its kind, code system, code, value, date and the
//!   category it is stored under, so security labels count), and one row of `research_patients`
//!   per Patient (birth date and gender). Re-ingesting a resource replaces its rows. A store made
//!   before facts existed derives them once when opened ([`backfill_once`]).
//! - **Evaluation.** [`evaluate`] loads the cohort (the accounts the chain says may be counted)
//!   into a temporary table on one connection, and answers one SQL statement in which each
//!   `Has` is a semi-join and each `Lacks` an anti-join against the facts, restricted to the
//!   cohort. Age and sex are applied to the rows that statement returns, in Rust, because date
//!   arithmetic is the one thing SQLite and PostgreSQL spell differently.
//!
//! Decisions a reader of the numbers needs:
//! - A fact is visible to a clause only if its category is in the clause's categories (its
//!   resource's and the sensitive ones it names) *and* in the study's. Birth date and gender are
//!   read only when the study names Demographics; otherwise every patient's age is unknown and
//!   their sex is `unknown`.
//! - Dates ([`fhir_moment`]): a partial date (`2020`, `2020-05`) stands for the first instant of
//!   its period, a date without a time for midnight UTC, a dateTime is converted from its
//!   offset to UTC (without one, UTC is assumed). A resource without its kind's date has facts
//!   that no dated clause matches.
//! - Values ([`milli_of`]): the number's decimal text is scaled by 1000 exactly and rounded
//!   down, which keeps `[min, max)` comparisons against thousandth bounds exact.
//! - Ages ([`age_at`]) are whole years at the index date (in UTC). A partial birth date gives
//!   an age only when every day it could stand for gives the same one. A patient with no known
//!   age fails every `Age` criterion and, when the query groups by age, is not counted at all:
//!   each counted patient is in exactly one cell.

use std::collections::BTreeSet;

use medrec_primitives::{
	research::{Clause, CodeSystem, Criterion, Dimension, Query, ResourceKind, SexSet},
	Categories, Category,
};
use serde_json::Value;
use sqlx::{AnyConnection, Connection, Row};

use crate::{
	fhir::Checked,
	store::{category_code, Result, Store, StoreError},
};

/// Every kind of record a clause can be about.
const KINDS: [ResourceKind; 7] = [
	ResourceKind::Condition,
	ResourceKind::Medication,
	ResourceKind::Observation,
	ResourceKind::Procedure,
	ResourceKind::Immunization,
	ResourceKind::Encounter,
	ResourceKind::Allergy,
];

const UCUM: &str = "http://unitsofmeasure.org";

/// The name under which [`backfill_once`] records that a store's facts were derived. A change
/// to what facts are derived from a resource takes a new name, so stores derive them again.
const BACKFILL_STEP: &str = "research_facts_v1";

/// How many cohort accounts go in one INSERT: well below SQLite's 32 766 and PostgreSQL's
/// 65 535 parameters.
const COHORT_CHUNK: usize = 1000;

/// How many resources a backfill reads at a time, so a large store is never all in memory.
const BACKFILL_PAGE: i64 = 500;

/// One coded fact about a patient, as `research_facts` holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
	pub kind: ResourceKind,
	pub system: CodeSystem,
	pub code: String,
	/// `valueQuantity.value` × 1000, rounded down; observations only.
	pub value_milli: Option<i64>,
	/// `valueQuantity.code`, when its system is UCUM.
	pub unit: Option<String>,
	/// Ms since the epoch (see [`fhir_moment`]).
	pub at: Option<i64>,
}

/// The kind of record a FHIR resource type holds, if queries can ask about it.
pub fn kind_of(resource_type: &str) -> Option<ResourceKind> {
	KINDS.into_iter().find(|k| k.resource_type() == resource_type)
}

/// The facts a resource of `resource_type` states: one per distinct (system, code) among its
/// codings in a supported system.
pub fn facts(resource_type: &str, body: &Value) -> Vec<Fact> {
	let Some(kind) = kind_of(resource_type) else { return Vec::new() };
	let text = |v: Option<&Value>| v.and_then(Value::as_str).and_then(fhir_moment);
	let (concepts, at): (Vec<&Value>, Option<i64>) = match kind {
		ResourceKind::Condition => (
			body.get("code").into_iter().collect(),
			text(body.get("onsetDateTime")).or_else(|| text(body.get("recordedDate"))),
		),
		ResourceKind::Medication => (
			body.get("medicationCodeableConcept").into_iter().collect(),
			text(body.get("authoredOn")),
		),
		ResourceKind::Observation => {
			(body.get("code").into_iter().collect(), text(body.get("effectiveDateTime")))
		},
		ResourceKind::Procedure => {
			(body.get("code").into_iter().collect(), text(body.get("performedDateTime")))
		},
		ResourceKind::Immunization => {
			(body.get("vaccineCode").into_iter().collect(), text(body.get("occurrenceDateTime")))
		},
		ResourceKind::Encounter => (
			body.get("type")
				.and_then(Value::as_array)
				.map(|t| t.iter().collect())
				.unwrap_or_default(),
			text(body.get("period").and_then(|p| p.get("start"))),
		),
		ResourceKind::Allergy => {
			(body.get("code").into_iter().collect(), text(body.get("recordedDate")))
		},
	};
	let (value_milli, unit) = match (kind, body.get("valueQuantity")) {
		(ResourceKind::Observation, Some(q)) => {
			let value = match q.get("value") {
				Some(Value::Number(n)) => milli_of(&n.to_string()),
				_ => None,
			};
			// A unit from another system than UCUM could spell a UCUM unit by accident.
			let unit = match q.get("system").and_then(Value::as_str) {
				Some(UCUM) => q.get("code").and_then(Value::as_str).map(str::to_string),
				_ => None,
			};
			(value, unit)
		},
		_ => (None, None),
	};
	let mut seen = BTreeSet::new();
	let mut out = Vec::new();
	for coding in
		concepts.into_iter().filter_map(|c| c.get("coding").and_then(Value::as_array)).flatten()
	{
		let system = coding.get("system").and_then(Value::as_str).and_then(CodeSystem::from_uri);
		let code = coding.get("code").and_then(Value::as_str).filter(|c| !c.is_empty());
		let (Some(system), Some(code)) = (system, code) else { continue };
		if seen.insert((system, code)) {
			out.push(Fact {
				kind,
				system,
				code: code.to_string(),
				value_milli,
				unit: unit.clone(),
				at,
			});
		}
	}
	out
}

/// A JSON number's text (`7.25`, `-1e-3`, `120`) × 1000, rounded down; `None` if it is not a
/// number or does not fit.
///
/// serde_json here holds non-integers as `f64`, but prints them in their shortest round-trip
/// form, which is the text the provider sent for any value of up to 15 significant digits (and
/// what the canonical body stores): scaling that text as a decimal never meets binary
/// rounding.
pub fn milli_of(text: &str) -> Option<i64> {
	let (negative, rest) = match text.strip_prefix('-') {
		Some(r) => (true, r),
		None => (false, text),
	};
	let (mantissa, exponent) = match rest.find(['e', 'E']) {
		Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
		None => (rest, 0),
	};
	let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
	if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
		return None;
	}
	let digits: String = format!("{int}{frac}");
	let digits = digits.trim_start_matches('0');
	// value × 1000 = digits × 10^shift
	let shift = i64::from(exponent) - frac.len() as i64 + 3;
	let (whole, inexact) = if shift >= 0 {
		if digits.is_empty() {
			("", false)
		} else if digits.len() as i64 + shift > 19 {
			return None;
		} else {
			(digits, false)
		}
	} else {
		let cut = usize::try_from(-shift).ok()?;
		if cut >= digits.len() {
			("", !digits.is_empty())
		} else {
			let (w, dropped) = digits.split_at(digits.len() - cut);
			(w, dropped.bytes().any(|b| b != b'0'))
		}
	};
	let mut value: i128 = 0;
	for b in whole.bytes() {
		value = value.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
	}
	if shift > 0 && !whole.is_empty() {
		value = value.checked_mul(10i128.checked_pow(u32::try_from(shift).ok()?)?)?;
	}
	if negative {
		value = -value - i128::from(inexact);
	}
	i64::try_from(value).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
	let y = if month <= 2 { year - 1 } else { year };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
	era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The (year, month, day) of a day since 1970-01-01, proleptic Gregorian.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	(yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
	match month {
		2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
		2 => 28,
		4 | 6 | 9 | 11 => 30,
		_ => 31,
	}
}

/// A FHIR date's parts: the year, and the month and day when given.
fn date_parts(text: &str) -> Option<(i64, Option<i64>, Option<i64>)> {
	let b = text.as_bytes();
	let number = |at: usize, len: usize| -> Option<i64> {
		let digits = b.get(at..at + len)?;
		digits
			.iter()
			.all(u8::is_ascii_digit)
			.then(|| digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
	};
	let year = number(0, 4)?;
	let (month, day) = match b.len() {
		4 => (None, None),
		7 if b[4] == b'-' => (Some(number(5, 2)?), None),
		10 if b[4] == b'-' && b[7] == b'-' => (Some(number(5, 2)?), Some(number(8, 2)?)),
		_ => return None,
	};
	if month.is_some_and(|m| !(1..=12).contains(&m))
		|| day.is_some_and(|d| d < 1 || d > days_in_month(year, month.unwrap_or(1)))
	{
		return None;
	}
	Some((year, month, day))
}

/// Ms since the epoch of a FHIR `date` or `dateTime`: a partial date is the first instant of
/// its period, a date midnight UTC, a dateTime its instant (UTC when it names no offset).
pub fn fhir_moment(text: &str) -> Option<i64> {
	let (date, time) = match text.split_once('T') {
		Some((d, t)) => (d, Some(t)),
		None => (text, None),
	};
	let (year, month, day) = date_parts(date)?;
	let days = days_from_civil(year, month.unwrap_or(1), day.unwrap_or(1));
	let mut ms = days.checked_mul(86_400_000)?;
	if let Some(time) = time {
		// A time needs a full date (FHIR's dateTime regex).
		day?;
		let b = time.as_bytes();
		let number = |at: usize| -> Option<i64> {
			let d = b.get(at..at + 2)?;
			d.iter()
				.all(u8::is_ascii_digit)
				.then(|| i64::from(d[0] - b'0') * 10 + i64::from(d[1] - b'0'))
		};
		let (h, m, s) = (number(0)?, number(3)?, number(6)?);
		if b.get(2) != Some(&b':') || b.get(5) != Some(&b':') || h > 23 || m > 59 || s > 60 {
			return None;
		}
		let mut rest = &time[8..];
		let mut fraction = 0;
		if let Some(f) = rest.strip_prefix('.') {
			let n = f.bytes().take_while(u8::is_ascii_digit).count();
			if n == 0 {
				return None;
			}
			// Milliseconds: further digits are dropped.
			fraction = f[..n]
				.bytes()
				.chain(std::iter::repeat(b'0'))
				.take(3)
				.fold(0, |a, d| a * 10 + i64::from(d - b'0'));
			rest = &f[n..];
		}
		let offset = match rest.as_bytes() {
			[] | [b'Z'] => 0,
			[sign @ (b'+' | b'-'), ..] if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
				let number = |at: usize| rest.get(at..at + 2)?.parse::<i64>().ok();
				let (oh, om) = (number(1)?, number(4)?);
				if oh > 14 || om > 59 {
					return None;
				}
				let minutes = oh * 60 + om;
				if *sign == b'+' {
					minutes
				} else {
					-minutes
				}
			},
			_ => return None,
		};
		ms += ((h * 60 + m - offset) * 60 + s) * 1000 + fraction;
	}
	Some(ms)
}

/// Whole years from `birth_date` (a FHIR date, maybe partial) to `index` (ms since the epoch,
/// read in UTC). `None` when the birth date is malformed, after the index date, or too
/// partial to give one answer.
pub fn age_at(birth_date: &str, index: i64) -> Option<u32> {
	let (year, month, day) = date_parts(birth_date)?;
	let (iy, im, id) = civil_from_days(index.div_euclid(86_400_000));
	let age = |m: i64, d: i64| iy - year - i64::from((im, id) < (m, d));
	// Age only falls as the birth date moves later, so the period's ends bound every answer.
	let earliest = age(month.unwrap_or(1), day.unwrap_or(1));
	let last_month = month.unwrap_or(12);
	let latest = age(last_month, day.unwrap_or_else(|| days_in_month(year, last_month)));
	if earliest != latest {
		return None;
	}
	u32::try_from(latest).ok()
}

/// Replaces the facts of `resource` with those it states now; for a Patient, its
/// demographics. Runs inside the ingest's transaction.
pub(crate) async fn replace_facts(conn: &mut AnyConnection, resource: &Checked) -> Result<()> {
	if resource.resource_type == "Patient" {
		return store_patient(conn, &resource.id, &resource.body).await;
	}
	let Some(kind) = kind_of(&resource.resource_type) else { return Ok(()) };
	sqlx::query("DELETE FROM research_facts WHERE kind = $1 AND resource_id = $2")
		.bind(kind as i64)
		.bind(&resource.id)
		.execute(&mut *conn)
		.await?;
	let facts = facts(&resource.resource_type, &resource.body);
	insert_facts(conn, &resource.patient, category_code(resource.category), &resource.id, &facts)
		.await
}

async fn store_patient(conn: &mut AnyConnection, id: &str, body: &Value) -> Result<()> {
	let field = |name: &str| body.get(name).and_then(Value::as_str).map(str::to_string);
	sqlx::query(
		"INSERT INTO research_patients (patient, birth_date, gender) VALUES ($1, $2, $3)
		 ON CONFLICT (patient) DO UPDATE SET birth_date = excluded.birth_date,
		 gender = excluded.gender",
	)
	.bind(id)
	.bind(field("birthDate"))
	.bind(field("gender"))
	.execute(&mut *conn)
	.await?;
	Ok(())
}

async fn insert_facts(
	conn: &mut AnyConnection,
	patient: &str,
	category: i64,
	resource_id: &str,
	facts: &[Fact],
) -> Result<()> {
	for fact in facts {
		sqlx::query(
			"INSERT INTO research_facts
			 (patient, category, kind, system, code, value_milli, unit, at, resource_id)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
		)
		.bind(patient)
		.bind(category)
		.bind(fact.kind as i64)
		.bind(fact.system as i64)
		.bind(&fact.code)
		.bind(fact.value_milli)
		.bind(&fact.unit)
		.bind(fact.at)
		.bind(resource_id)
		.execute(&mut *conn)
		.await?;
	}
	Ok(())
}

/// Derives every stored resource's facts afresh, in one transaction: what a store made before
/// facts existed needs, and what a change to their derivation needs. Returns how many resources
/// were read.
pub async fn rederive(store: &Store) -> Result<u64> {
	let mut tx = store.pool().begin().await?;
	let read = derive_all(&mut tx).await?;
	mark_done(&mut tx).await?;
	tx.commit().await?;
	Ok(read)
}

/// Derives every stored resource's facts unless this store already has; called when a store is
/// opened. Returns how many resources were read, if it ran.
pub(crate) async fn backfill_once(pool: &sqlx::AnyPool) -> Result<Option<u64>> {
	let mut tx = pool.begin().await?;
	// Claiming the step first makes a second process opening the same database wait for the
	// first one's transaction, then find the step done.
	if mark_done(&mut tx).await? == 0 {
		return Ok(None);
	}
	let read = derive_all(&mut tx).await?;
	tx.commit().await?;
	Ok(Some(read))
}

async fn mark_done(conn: &mut AnyConnection) -> Result<u64> {
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as i64)
		.unwrap_or_default();
	Ok(sqlx::query(
		"INSERT INTO schema_steps (name, done_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
	)
	.bind(BACKFILL_STEP)
	.bind(now)
	.execute(&mut *conn)
	.await?
	.rows_affected())
}

async fn derive_all(conn: &mut AnyConnection) -> Result<u64> {
	sqlx::query("DELETE FROM research_facts").execute(&mut *conn).await?;
	sqlx::query("DELETE FROM research_patients").execute(&mut *conn).await?;
	let (mut after_type, mut after_id) = (String::new(), String::new());
	let mut read = 0;
	loop {
		// Only the types facts come from: notes and images can be large.
		let rows = sqlx::query(
			"SELECT resource_type, id, patient, category, body FROM resources
			 WHERE resource_type IN ('Patient', 'Condition', 'MedicationRequest', 'Observation',
			 'Procedure', 'Immunization', 'Encounter', 'AllergyIntolerance')
			 AND (resource_type > $1 OR (resource_type = $1 AND id > $2))
			 ORDER BY resource_type, id LIMIT $3",
		)
		.bind(&after_type)
		.bind(&after_id)
		.bind(BACKFILL_PAGE)
		.fetch_all(&mut *conn)
		.await?;
		let Some(last) = rows.last() else { break };
		(after_type, after_id) = (last.try_get(0)?, last.try_get(1)?);
		for row in &rows {
			let (resource_type, id, patient, category, body): (
				String,
				String,
				String,
				i64,
				String,
			) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?, row.try_get(3)?, row.try_get(4)?);
			let body: Value = serde_json::from_str(&body)
				.map_err(|e| StoreError::Db(format!("{resource_type}/{id} is not JSON: {e}")))?;
			if resource_type == "Patient" {
				store_patient(conn, &id, &body).await?;
			} else {
				insert_facts(conn, &patient, category, &id, &facts(&resource_type, &body)).await?;
			}
			read += 1;
		}
	}
	Ok(read)
}

/// A query's answer at this site, before noise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
	/// One count per cell, row-major as [`Query::cell_of`].
	pub counts: Vec<u64>,
	/// The accounts counted, sorted: each is in exactly one cell.
	pub included: Vec<String>,
}

/// How many of `cohort` (accounts, as the chain names them) meet `query`, per cell, reading
/// only records in `study_categories`; patients this site does not hold are not counted.
pub async fn count(
	store: &Store,
	cohort: &[String],
	query: &Query,
	study_categories: Categories,
) -> Result<Vec<u64>> {
	Ok(evaluate(store, cohort, query, study_categories).await?.counts)
}

/// [`count`], with the accounts counted, for the audit log.
pub async fn evaluate(
	store: &Store,
	cohort: &[String],
	query: &Query,
	study_categories: Categories,
) -> Result<Answer> {
	query
		.validate()
		.map_err(|problem| StoreError::Conflict(format!("not a valid query: {problem:?}")))?;
	let mut counts = vec![0u64; query.cells() as usize];
	let mut included = Vec::new();
	if cohort.is_empty() {
		return Ok(Answer { counts, included });
	}

	let mut sql = Sql::default();
	sql.text.push_str(
		"SELECT p.account, r.birth_date, r.gender FROM research_cohort c
		 JOIN patients p ON p.account = c.account
		 LEFT JOIN research_patients r ON r.patient = p.id WHERE 1 = 1",
	);
	for criterion in query.criteria.iter() {
		match criterion {
			Criterion::Has(clause) => match sql.clause(clause, study_categories) {
				Some(matching) => {
					sql.text
						.push_str(" AND p.id IN (SELECT f.patient FROM research_facts f WHERE ");
					sql.text.push_str(&matching);
					sql.text.push(')');
				},
				None => sql.text.push_str(" AND 1 = 0"),
			},
			// NOT EXISTS rather than NOT IN: PostgreSQL plans it as an anti-join at any size.
			Criterion::Lacks(clause) => {
				if let Some(matching) = sql.clause(clause, study_categories) {
					sql.text.push_str(
						" AND NOT EXISTS (SELECT 1 FROM research_facts f WHERE f.patient = p.id AND ",
					);
					sql.text.push_str(&matching);
					sql.text.push(')');
				}
			},
			Criterion::Age { .. } | Criterion::Sex(_) => {},
		}
	}

	// One connection throughout: the cohort table exists only on it. Rolling the transaction
	// back drops that table on both backends, even if evaluation stops half way.
	let mut conn = store.pool().acquire().await?;
	let mut tx = conn.begin().await?;
	sqlx::query("CREATE TEMPORARY TABLE IF NOT EXISTS research_cohort (account TEXT PRIMARY KEY)")
		.execute(&mut *tx)
		.await?;
	sqlx::query("DELETE FROM research_cohort").execute(&mut *tx).await?;
	for chunk in cohort.chunks(COHORT_CHUNK) {
		let values: Vec<String> = (1..=chunk.len()).map(|i| format!("(${i})")).collect();
		let statement = format!(
			"INSERT INTO research_cohort (account) VALUES {} ON CONFLICT (account) DO NOTHING",
			values.join(", ")
		);
		let mut insert = sqlx::query(&statement);
		for account in chunk {
			insert = insert.bind(account);
		}
		insert.execute(&mut *tx).await?;
	}
	let mut select = sqlx::query(&sql.text);
	for bind in &sql.binds {
		select = match bind {
			Bind::Int(n) => select.bind(*n),
			Bind::Text(s) => select.bind(s.as_str()),
		};
	}
	let rows = select.fetch_all(&mut *tx).await?;
	tx.rollback().await?;

	let demographics = study_categories.contains(Category::Demographics);
	let by_age = query.group_by.iter().any(|d| matches!(d, Dimension::AgeBands(_)));
	for row in &rows {
		let account: String = row.try_get(0)?;
		let (birth_date, gender): (Option<String>, Option<String>) =
			if demographics { (row.try_get(1)?, row.try_get(2)?) } else { (None, None) };
		let age = birth_date.as_deref().and_then(|b| age_at(b, moment_i64(query.index_date)));
		let sex = SexSet::index_of(gender.as_deref());
		let meets = query.criteria.iter().all(|c| match c {
			Criterion::Age { min, max } => {
				age.is_some_and(|a| u32::from(*min) <= a && a <= u32::from(*max))
			},
			Criterion::Sex(set) => set.contains_index(sex),
			Criterion::Has(_) | Criterion::Lacks(_) => true,
		});
		if !meets || (by_age && age.is_none()) {
			continue;
		}
		let cell = query.cell_of(age.unwrap_or(0), sex) as usize;
		let slot = counts
			.get_mut(cell)
			.ok_or_else(|| StoreError::Db(format!("cell {cell} is outside the answer")))?;
		*slot += 1;
		included.push(account);
	}
	included.sort();
	Ok(Answer { counts, included })
}

fn moment_i64(moment: u64) -> i64 {
	i64::try_from(moment).unwrap_or(i64::MAX)
}

enum Bind {
	Int(i64),
	Text(String),
}

/// SQL text and its parameters, numbered as they are added: values never enter the text.
#[derive(Default)]
struct Sql {
	text: String,
	binds: Vec<Bind>,
}

impl Sql {
	fn param(&mut self, bind: Bind) -> String {
		self.binds.push(bind);
		format!("${}", self.binds.len())
	}

	/// The condition on a fact `f` that it matches `clause`, or `None` if no category the
	/// clause may search is in the study's, so nothing matches.
	fn clause(&mut self, clause: &Clause, study: Categories) -> Option<String> {
		let categories: Vec<i64> =
			Categories(clause.categories().0 & study.0).iter().map(category_code).collect();
		if categories.is_empty() {
			return None;
		}
		let mut parts = vec![
			format!("f.kind = {}", self.param(Bind::Int(clause.resource as i64))),
			format!("f.system = {}", self.param(Bind::Int(clause.system as i64))),
		];
		let codes: Vec<String> = clause
			.codes
			.iter()
			.map(|code| {
				let text = code.as_str().to_string();
				if clause.prefix {
					let length = self.param(Bind::Text(text.clone()));
					let prefix = self.param(Bind::Text(text));
					format!("substr(f.code, 1, length({length})) = {prefix}")
				} else {
					format!("f.code = {}", self.param(Bind::Text(text)))
				}
			})
			.collect();
		parts.push(format!("({})", codes.join(" OR ")));
		let categories: Vec<String> =
			categories.into_iter().map(|c| self.param(Bind::Int(c))).collect();
		parts.push(format!("f.category IN ({})", categories.join(", ")));
		if let Some(value) = &clause.value {
			let unit = String::from_utf8_lossy(&value.unit).into_owned();
			parts.push(format!("f.unit = {}", self.param(Bind::Text(unit))));
			if let Some(min) = value.min {
				parts.push(format!("f.value_milli >= {}", self.param(Bind::Int(min))));
			}
			if let Some(max) = value.max {
				parts.push(format!("f.value_milli < {}", self.param(Bind::Int(max))));
			}
		}
		if let Some(window) = &clause.window {
			if let Some(from) = window.from {
				parts.push(format!("f.at >= {}", self.param(Bind::Int(moment_i64(from)))));
			}
			if let Some(until) = window.until {
				parts.push(format!("f.at < {}", self.param(Bind::Int(moment_i64(until)))));
			}
		}
		Some(parts.join(" AND "))
	}
}

//! What this site releases for research queries the chain authorized, and to whom.
//!
//! A query is answered only once the block that authorized it (B) is final, and only to the
//! study's researcher. The patients counted are those the chain says are eligible and homed
//! here both at B and at the finalized head when the answer is computed, so a withdrawal binds
//! every answer computed once it is final. Each cell gets discrete Laplace noise at the query's
//! ε from the OS's secure source ([`medrec_dp`]), is rounded to a multiple of 5 and reported as
//! "< k" below the study's minimum cell count.
//!
//! Each site releases **one** answer per query, ever: it is stored under (study, query) in the
//! same transaction as the true counts and the patients counted, in append-only tables, and a
//! repeated request (or the researcher's repeat of the query, which the chain maps to the same
//! id) gets those very bytes again. Nothing is spent twice and averaging repeats learns
//! nothing. The true counts never leave the gatekeeper; a patient's own view says in how many
//! queries of which study they were counted ([`inclusions`]).

use std::collections::BTreeSet;

use medrec_dp::{NoiseFigures, Reported, ROUNDING};
use medrec_primitives::research::{QueryId, QueryRecord, StudyId};
use medrec_research_report::{measure_report, Cell, SiteAnswer};
use medrec_runtime::{AccountId, BlockNumber, Hash};
use serde::Serialize;
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;
use sqlx::Row;

use crate::{
	research,
	service::{not_final_yet, now_ms, Gatekeeper, Head, Refusal},
	store::{AuditEntry, Store},
};

/// How many consents one runtime API call looks at: large pages, few round trips.
const COHORT_PAGE: u32 = 2_000;

/// The tables research answers are kept in; `research_answers` and `research_inclusions` only
/// grow, as the audit log.
pub const SCHEMA: &[&str] = &[
	"CREATE TABLE IF NOT EXISTS research_answers (
		study BIGINT NOT NULL,
		query BIGINT NOT NULL,
		researcher TEXT NOT NULL,
		authorized_at BIGINT NOT NULL,
		computed_at BIGINT NOT NULL,
		cohort BIGINT NOT NULL,
		raw TEXT NOT NULL,
		report TEXT NOT NULL,
		PRIMARY KEY (study, query))",
	"CREATE TABLE IF NOT EXISTS research_inclusions (
		account TEXT NOT NULL,
		study BIGINT NOT NULL,
		query BIGINT NOT NULL,
		at BIGINT NOT NULL,
		PRIMARY KEY (account, study, query))",
];

/// Append-only, as the audit log: a released answer can be neither changed nor taken back.
pub const SQLITE_APPEND_ONLY: &[&str] = &[
	"CREATE TRIGGER IF NOT EXISTS research_answers_no_update BEFORE UPDATE ON research_answers
		BEGIN SELECT RAISE(ABORT, 'research answers are append-only'); END",
	"CREATE TRIGGER IF NOT EXISTS research_answers_no_delete BEFORE DELETE ON research_answers
		BEGIN SELECT RAISE(ABORT, 'research answers are append-only'); END",
	"CREATE TRIGGER IF NOT EXISTS research_inclusions_no_update BEFORE UPDATE ON research_inclusions
		BEGIN SELECT RAISE(ABORT, 'research inclusions are append-only'); END",
	"CREATE TRIGGER IF NOT EXISTS research_inclusions_no_delete BEFORE DELETE ON research_inclusions
		BEGIN SELECT RAISE(ABORT, 'research inclusions are append-only'); END",
];

/// The same for PostgreSQL (the function is the audit log's).
pub const POSTGRES_APPEND_ONLY: &[&str] = &[
	"CREATE OR REPLACE TRIGGER research_answers_append_only BEFORE UPDATE OR DELETE
		ON research_answers FOR EACH ROW EXECUTE FUNCTION medrec_audit_append_only()",
	"CREATE OR REPLACE TRIGGER research_inclusions_append_only BEFORE UPDATE OR DELETE
		ON research_inclusions FOR EACH ROW EXECUTE FUNCTION medrec_audit_append_only()",
];

/// What the site keeps beside the released report: the truth and the noise, for its auditors.
#[derive(Serialize)]
struct Raw<'a> {
	counts: &'a [u64],
	noise: Vec<i64>,
	epsilon: u32,
	k: u32,
}

/// One study's share of a patient's inclusions.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Inclusion {
	pub study: StudyId,
	/// How many of the study's queries counted the patient here.
	pub queries: u32,
	/// When the first and last of those answers were computed, ms since the epoch.
	pub first: i64,
	pub last: i64,
}

/// The released answer to query `query` of `study`, as a MeasureReport, for `researcher`:
/// the stored one if this site answered it before, else computed now.
pub async fn answer(
	gk: &Gatekeeper,
	researcher: &AccountId,
	study: StudyId,
	query: QueryId,
) -> Result<Value, Refusal> {
	let head = gk.head().ok_or_else(|| {
		Refusal::new(503, "transient", "no recent finalized block; nothing is served")
	})?;
	let s = gk
		.chain
		.study(study, Some(head.hash))
		.await?
		.ok_or_else(|| Refusal::new(404, "not-found", format!("there is no study {study}")))?;
	if &s.researcher != researcher {
		return Err(Refusal::new(
			403,
			"forbidden",
			format!("only study {study}'s researcher reads its answers"),
		));
	}
	if let Some(report) = stored(&gk.store, study, query).await? {
		return Ok(report);
	}
	let record = match gk.chain.query(study, query, Some(head.hash)).await? {
		Some(record) => record,
		None if gk.chain.query(study, query, None).await?.is_some() => {
			return Err(not_final_yet("the query's authorization", &head))
		},
		None => {
			return Err(Refusal::new(
				403,
				"forbidden",
				format!("query {query} of study {study} is not authorized on chain"),
			))
		},
	};
	compute(gk, &head, researcher, study, query, &s.terms, &record).await
}

/// The patients homed here counted in `study` at block `at`.
async fn cohort_at(
	gk: &Gatekeeper,
	study: StudyId,
	at: Hash,
) -> Result<BTreeSet<AccountId>, Refusal> {
	let mut members = BTreeSet::new();
	let mut after = None;
	loop {
		let (page, next) =
			gk.chain.cohort(study, &gk.provider_id, after.as_ref(), COHORT_PAGE, Some(at)).await?;
		members.extend(page);
		match next {
			Some(next) => after = Some(next),
			None => return Ok(members),
		}
	}
}

async fn compute(
	gk: &Gatekeeper,
	head: &Head,
	researcher: &AccountId,
	study: StudyId,
	query: QueryId,
	terms: &medrec_primitives::research::StudyTerms,
	record: &QueryRecord<BlockNumber>,
) -> Result<Value, Refusal> {
	let gone = |e: crate::chain::ChainError| {
		Refusal::new(
			410,
			"expired",
			format!(
				"this site can no longer read the chain's state at block #{} that authorized the \
				 query, so it cannot answer it: {e}",
				record.authorized_at
			),
		)
	};
	let at_b = gk.chain.block_hash(record.authorized_at).await?;
	let at_b_cohort = cohort_at(gk, study, at_b).await.map_err(|r| {
		if r.status == 503 {
			gone(crate::chain::ChainError::Refused(r.issue.diagnostics))
		} else {
			r
		}
	})?;
	let at_head_cohort = cohort_at(gk, study, head.hash).await?;
	let cohort: Vec<String> =
		at_b_cohort.intersection(&at_head_cohort).map(|a| a.to_ss58check()).collect();
	let counted = research::evaluate(&gk.store, &cohort, &record.query, terms.categories).await?;

	let epsilon = record.query.epsilon;
	let k = u32::from(terms.min_cell);
	let mut rng = medrec_dp::secure_rng();
	let releases: Vec<_> = counted
		.counts
		.iter()
		.map(|count| medrec_dp::release_with_noise(&mut rng, *count, epsilon, k))
		.collect();
	let figures = NoiseFigures::new(epsilon);
	let now = now_ms();
	let released = SiteAnswer {
		study,
		query,
		site: gk.provider_id.to_ss58check(),
		authorized_at: record.authorized_at,
		computed_at: instant(now),
		epsilon,
		k,
		rounding: ROUNDING,
		scale: figures.scale,
		sigma: figures.sigma,
		cells: releases
			.iter()
			.map(|r| match r.reported {
				Reported::Count(n) => Cell::Count(n),
				Reported::Below(k) => Cell::Below(k),
			})
			.collect(),
	};
	let report = measure_report(
		&released,
		&record.query,
		(&instant(terms.starts as i64), &instant(terms.ends as i64)),
	);
	let raw = Raw {
		counts: &counted.counts,
		noise: releases.iter().map(|r| r.noise).collect(),
		epsilon,
		k,
	};
	let raw =
		serde_json::to_string(&raw).map_err(|e| Refusal::new(500, "exception", e.to_string()))?;
	let text = report.to_string();
	let kept = keep(
		&gk.store,
		Kept {
			study,
			query,
			researcher: &researcher.to_ss58check(),
			authorized_at: record.authorized_at,
			computed_at: now,
			cohort: cohort.len(),
			raw: &raw,
			report: &text,
			included: &counted.included,
		},
	)
	.await?;
	// The audit log names the researcher and what was released; the raw counts are in
	// `research_answers` beside it.
	let entry = AuditEntry {
		at: now,
		viewer: researcher.to_ss58check(),
		patient: None,
		action: format!("research study {study} query {query}"),
		outcome: if kept.is_none() {
			format!("released: cohort {} counted {}", cohort.len(), counted.included.len())
		} else {
			"released earlier".into()
		},
		basis: Some(format!("authorized at #{}", record.authorized_at)),
		categories: format!("{:?}", record.query.categories().iter().collect::<Vec<_>>()),
		block: Some(format!("{:?}", head.hash)),
	};
	if let Err(e) = gk.store.append_audit(entry, None).await {
		tracing::warn!(error = %e, study, query, "research answer released without its audit entry");
	}
	match kept {
		// Another request computed it first: that one is the answer, ours is discarded unsent.
		Some(earlier) => Ok(earlier),
		None => Ok(report),
	}
}

struct Kept<'a> {
	study: StudyId,
	query: QueryId,
	researcher: &'a str,
	authorized_at: BlockNumber,
	computed_at: i64,
	cohort: usize,
	raw: &'a str,
	report: &'a str,
	included: &'a [String],
}

/// Stores a computed answer with the patients it counted, in one transaction; if another
/// computation stored one first, returns that one instead and stores nothing.
async fn keep(store: &Store, k: Kept<'_>) -> Result<Option<Value>, Refusal> {
	let mut tx = store.pool().begin().await.map_err(crate::store::StoreError::from)?;
	// Both backends: the loser of a race inserts nothing and learns so from the row count.
	let inserted = sqlx::query(
		"INSERT INTO research_answers (study, query, researcher, authorized_at, computed_at, cohort,
		 raw, report) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (study, query) DO NOTHING",
	)
	.bind(i64::from(k.study))
	.bind(i64::from(k.query))
	.bind(k.researcher)
	.bind(i64::from(k.authorized_at))
	.bind(k.computed_at)
	.bind(k.cohort as i64)
	.bind(k.raw)
	.bind(k.report)
	.execute(&mut *tx)
	.await
	.map_err(crate::store::StoreError::from)?
	.rows_affected();
	if inserted == 0 {
		drop(tx);
		return Ok(stored(store, k.study, k.query).await?);
	}
	for account in k.included {
		sqlx::query(
			"INSERT INTO research_inclusions (account, study, query, at) VALUES ($1, $2, $3, $4)",
		)
		.bind(account)
		.bind(i64::from(k.study))
		.bind(i64::from(k.query))
		.bind(k.computed_at)
		.execute(&mut *tx)
		.await
		.map_err(crate::store::StoreError::from)?;
	}
	tx.commit().await.map_err(crate::store::StoreError::from)?;
	Ok(None)
}

/// The report released for (study, query), if any.
pub async fn stored(
	store: &Store,
	study: StudyId,
	query: QueryId,
) -> Result<Option<Value>, crate::store::StoreError> {
	let row = sqlx::query("SELECT report FROM research_answers WHERE study = $1 AND query = $2")
		.bind(i64::from(study))
		.bind(i64::from(query))
		.fetch_optional(store.pool())
		.await?;
	let Some(row) = row else { return Ok(None) };
	let text: String = row.try_get(0)?;
	serde_json::from_str(&text).map(Some).map_err(|e| crate::store::StoreError::Db(e.to_string()))
}

/// In how many queries of each study this site counted `account`.
pub async fn inclusions(
	store: &Store,
	account: &str,
) -> Result<Vec<Inclusion>, crate::store::StoreError> {
	let rows = sqlx::query(
		"SELECT study, COUNT(*), MIN(at), MAX(at) FROM research_inclusions WHERE account = $1
		 GROUP BY study ORDER BY study",
	)
	.bind(account)
	.fetch_all(store.pool())
	.await?;
	rows.iter()
		.map(|row| {
			Ok(Inclusion {
				study: row.try_get::<i64, _>(0)? as StudyId,
				queries: row.try_get::<i64, _>(1)? as u32,
				first: row.try_get(2)?,
				last: row.try_get(3)?,
			})
		})
		.collect::<Result<_, sqlx::Error>>()
		.map_err(Into::into)
}

/// `ms` since the epoch as an RFC 3339 instant (UTC, whole seconds), as FHIR's `dateTime`.
pub fn instant(ms: i64) -> String {
	let secs = ms.div_euclid(1000);
	let (year, month, day) = research::civil_from_days(secs.div_euclid(86_400));
	let rest = secs.rem_euclid(86_400);
	format!(
		"{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
		rest / 3600,
		rest % 3600 / 60,
		rest % 60
	)
}

/// The answer for a patient's own inclusions view.
pub fn inclusions_json(site: &AccountId, inclusions: &[Inclusion]) -> Value {
	json!({ "site": site.to_ss58check(), "inclusions": inclusions })
}

//! The database on its own: a full disk refuses an ingest without losing what was there, and
//! the audit log cannot be rewritten.

mod common;

use medrec_gatekeeper::{
	demo, fhir,
	store::{AuditEntry, Nonce, Store, StoreError},
};
use medrec_runtime::AccountId;
use sp_core::Pair;
use sqlx::Row;

type Result<T = ()> = medrec_e2e::Result<T>;

fn eve() -> AccountId {
	AccountId::from(common::pair("//Eve").public())
}

async fn count(store: &Store, table: &str) -> Result<i64> {
	let row = sqlx::query(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(store.pool()).await?;
	Ok(row.try_get::<i64, _>(0)?)
}

#[tokio::test]
async fn a_full_database_refuses_an_ingest_and_keeps_what_it_had() -> Result {
	let dir = tempfile::tempdir()?;
	let url = format!("sqlite://{}?mode=rwc", dir.path().join("full.sqlite").display());
	// One connection, so the page limit below holds for every statement.
	let store = Store::open(&url, 1).await?;
	let first = fhir::check_ingest(&demo::patient_bundle("eve", &eve(), ("Eve", "Example"), 1))
		.map_err(|e| format!("{e:?}"))?;
	store.ingest(&first).await?;
	let (resources, outbox) =
		(count(&store, "resources").await?, count(&store, "pointer_outbox").await?);

	// SQLite reports a database at its page limit exactly as a full disk: SQLITE_FULL.
	let pages: i64 = sqlx::query("PRAGMA page_count").fetch_one(store.pool()).await?.try_get(0)?;
	sqlx::query(&format!("PRAGMA max_page_count = {}", pages + 2)).execute(store.pool()).await?;
	let big = fhir::check_ingest(&demo::patient_bundle("eve", &eve(), ("Eve", "Example"), 400))
		.map_err(|e| format!("{e:?}"))?;
	match store.ingest(&big).await {
		Err(StoreError::Full(_)) => {},
		other => return Err(format!("expected a full database, got {other:?}").into()),
	}
	assert_eq!(count(&store, "resources").await?, resources);
	assert_eq!(count(&store, "pointer_outbox").await?, outbox);
	// Once there is room again, the same ingest goes through.
	sqlx::query("PRAGMA max_page_count = 1073741823").execute(store.pool()).await?;
	store.ingest(&big).await?;
	assert_eq!(count(&store, "resources").await?, resources + 399);
	Ok(())
}

#[tokio::test]
async fn the_audit_log_only_grows_and_its_hashes_chain() -> Result {
	let dir = tempfile::tempdir()?;
	let url = common::database(dir.path()).await?;
	let store = Store::open(&url, 2).await?;
	let entry = |outcome: &str| AuditEntry {
		at: 1,
		viewer: "viewer".into(),
		patient: Some("patient".into()),
		action: "GET /fhir/Patient/p".into(),
		outcome: outcome.into(),
		basis: None,
		categories: "Demographics".into(),
		block: None,
	};
	for outcome in ["allowed", "denied: NoGrant", "allowed"] {
		store.append_audit(entry(outcome), None).await?;
	}
	assert_eq!(store.verify_audit().await?, None);

	let update = sqlx::query("UPDATE audit SET outcome = 'allowed' WHERE seq = 2")
		.execute(store.pool())
		.await;
	assert!(update.is_err_and(|e| e.to_string().contains("append-only")));
	let delete = sqlx::query("DELETE FROM audit").execute(store.pool()).await;
	assert!(delete.is_err_and(|e| e.to_string().contains("append-only")));
	assert_eq!(count(&store, "audit").await?, 3);

	// A reopened store continues the chain.
	store.close().await;
	let store = Store::open(&url, 2).await?;
	let fourth = store.append_audit(entry("allowed"), None).await?;
	assert_eq!(fourth.seq, 4);

	// A request's nonce is spent with its entry; the same nonce again records nothing.
	let nonce = Nonce { keyid: "viewer".into(), nonce: "n".repeat(24), expires_at: i64::MAX };
	store.append_audit(entry("allowed"), Some(&nonce)).await?;
	let again = store.append_audit(entry("allowed"), Some(&nonce)).await;
	assert!(matches!(again, Err(StoreError::Replayed)), "{again:?}");
	assert!(!store.use_nonce(&nonce).await?);
	assert_eq!(count(&store, "audit").await?, 5);
	assert_eq!(store.verify_audit().await?, None);
	assert_eq!(store.audit_for("patient").await?.len(), 5);
	assert!(store.audit_for("someone else").await?.is_empty());
	Ok(())
}

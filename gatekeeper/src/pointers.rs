//! The pointer worker: takes the outbox's queued digests to the chain with
//! `relationships.set_pointer`, signed by the provider, and removes each only once a finalized
//! block holds it. A failure (node down, transaction dropped, no relationship yet) is recorded
//! on the row and retried with backoff; nothing is dropped.

use std::{sync::Arc, time::Duration};

use medrec_runtime::{Hash, RuntimeCall};
use pallet_medrec_relationships::Call as Rel;

use crate::{
	chain::{parse_account, ChainError},
	digest::from_hex,
	service::{now_ms, Gatekeeper},
	store::Outbox,
};

/// How long a submitted update may take to reach a finalized block before the attempt counts
/// as failed.
const FINALITY_TIMEOUT: Duration = Duration::from_secs(45);
/// The longest wait between attempts.
const MAX_BACKOFF_MS: i64 = 30_000;

fn backoff(attempts: i64) -> i64 {
	(1_000i64 << attempts.clamp(0, 5)).min(MAX_BACKOFF_MS)
}

/// Whether the chain's finalized state holds `digest` for `row`'s record set.
async fn on_chain(gk: &Gatekeeper, row: &Outbox, at: Hash) -> Result<bool, ChainError> {
	let Some(patient) = parse_account(&row.account) else { return Ok(false) };
	let wanted = from_hex(&row.digest).map(Hash::from);
	let relationships = gk.chain.relationships(&patient, Some(at)).await?;
	Ok(relationships.iter().filter(|r| r.provider == gk.provider_id).any(|r| {
		r.pointers.iter().any(|p| p.record_set == row.category as u32 && Some(p.digest) == wanted)
	}))
}

/// Submits `row`'s update, unless the finalized state already has it. `Ok(true)` when done.
async fn submit(gk: &Gatekeeper, row: &Outbox, finalized: Hash) -> Result<bool, String> {
	if on_chain(gk, row, finalized).await.map_err(|e| e.to_string())? {
		return Ok(true);
	}
	let patient = parse_account(&row.account).ok_or("stored account is not SS58")?;
	let relationship = gk
		.chain
		.relationship_between(&patient, &gk.provider_id, None)
		.await
		.map_err(|e| e.to_string())?
		.ok_or("no relationship between the patient and this provider on chain yet")?;
	let digest = from_hex(&row.digest).ok_or("bad digest in outbox")?;
	let call = RuntimeCall::Relationships(Rel::set_pointer {
		relationship,
		record_set: row.category as u32,
		category: row.category,
		digest: Hash::from(digest),
	});
	let xt = gk.chain.sign(&gk.provider, call).await.map_err(|e| e.to_string())?;
	gk.chain.submit_raw(&codec::Encode::encode(&xt)).await.map_err(|e| e.to_string())?;
	Ok(false)
}

/// One pass over the due rows: submit each, then wait for the submitted ones to be final.
pub async fn pass(gk: &Gatekeeper) -> Result<(), String> {
	let now = now_ms();
	let rows: Vec<Outbox> = gk
		.store
		.outbox()
		.await
		.map_err(|e| e.to_string())?
		.into_iter()
		.filter(|r| r.next_attempt <= now)
		.collect();
	gk.metrics.outbox.set(rows.len() as i64);
	if rows.is_empty() {
		return Ok(());
	}
	let finalized = match decision_block(gk) {
		Ok(hash) => hash,
		Err(e) => {
			for row in &rows {
				fail(gk, row, &e).await;
			}
			return Err(e);
		},
	};
	let mut waiting = Vec::new();
	for row in rows {
		match submit(gk, &row, finalized).await {
			Ok(true) => done(gk, &row).await,
			Ok(false) => waiting.push(row),
			Err(e) => fail(gk, &row, &e).await,
		}
	}
	let deadline = tokio::time::Instant::now() + FINALITY_TIMEOUT;
	while !waiting.is_empty() && tokio::time::Instant::now() < deadline {
		tokio::time::sleep(Duration::from_secs(1)).await;
		let Ok(finalized) = decision_block(gk) else { continue };
		let mut still = Vec::new();
		for row in waiting {
			match on_chain(gk, &row, finalized).await {
				Ok(true) => done(gk, &row).await,
				_ => still.push(row),
			}
		}
		waiting = still;
	}
	for row in &waiting {
		fail(gk, row, "submitted, but not in a finalized block in time (dropped or slow)").await;
	}
	Ok(())
}

/// The finalized block the gatekeeper decides at (its head, refreshed every half second), not
/// the node's newest finalized block: a row is done only once the block reads are answered at
/// holds its pointer, so an answer made after the outbox empties checks against the chain.
fn decision_block(gk: &Gatekeeper) -> Result<Hash, String> {
	gk.head().map(|head| head.hash).ok_or_else(|| "no recent finalized block".to_string())
}

async fn done(gk: &Gatekeeper, row: &Outbox) {
	gk.metrics.pointers_confirmed.inc();
	tracing::info!(
		target: "gatekeeper::pointers",
		patient = %row.patient, category = ?row.category, digest = %row.digest,
		"pointer final on chain"
	);
	if let Err(e) = gk.store.pointer_done(&row.patient, row.category, &row.digest).await {
		tracing::error!(target: "gatekeeper::pointers", error = %e, "cannot clear outbox row");
	}
}

async fn fail(gk: &Gatekeeper, row: &Outbox, error: &str) {
	gk.metrics.pointer_failures.inc();
	let next = now_ms() + backoff(row.attempts);
	tracing::warn!(
		target: "gatekeeper::pointers",
		patient = %row.patient, category = ?row.category, attempts = row.attempts + 1, error,
		"pointer update failed; will retry"
	);
	if let Err(e) = gk.store.pointer_failed(&row.patient, row.category, error, next).await {
		tracing::error!(target: "gatekeeper::pointers", error = %e, "cannot record the failure");
	}
}

/// Runs passes until `stop` fires: after each ingest, and every two seconds for retries.
pub async fn run(gk: Arc<Gatekeeper>, mut stop: tokio::sync::watch::Receiver<bool>) {
	loop {
		// A pass cut short leaves its rows queued, so stopping mid-pass loses nothing.
		tokio::select! {
			result = pass(&gk) => if let Err(e) = result {
				tracing::debug!(target: "gatekeeper::pointers", error = %e, "pass ended early");
			},
			_ = stop.changed() => return,
		}
		tokio::select! {
			_ = gk.pointer_wake.notified() => {},
			_ = tokio::time::sleep(Duration::from_secs(2)) => {},
			_ = stop.changed() => return,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn backoff_doubles_up_to_a_ceiling() {
		assert_eq!(backoff(0), 1_000);
		assert_eq!(backoff(1), 2_000);
		assert_eq!(backoff(4), 16_000);
		assert_eq!(backoff(5), 30_000);
		assert_eq!(backoff(50), 30_000);
	}
}

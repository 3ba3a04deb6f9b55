//! The permission flow end to end, on a real `--dev` node, signing with real sr25519 keys:
//! a provider onboards a patient, adds a pointer; the patient sees "new content", grants a
//! second provider medications for 30 days, and revokes; the decision API follows each step.

use std::time::{SystemTime, UNIX_EPOCH};

use medrec_e2e::{Node, Result};
use medrec_primitives::{
	Basis, Category, Decision, DenyReason, Purpose, RelationshipId, Scope, StatusFlags, Subject,
	Viewer, DAY,
};
use medrec_runtime::{AccountId, RuntimeCall, RuntimeEvent};
use pallet_medrec_relationships::{Call as Rel, Event as RelEvent};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;

fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or_default()
}

async fn decide(
	node: &Node,
	viewer: &AccountId,
	patient: &AccountId,
	provider: &AccountId,
	at: Option<H256>,
) -> Result<Decision> {
	node.chain
		.runtime_api(
			"AccessApi_decide",
			(viewer, patient, provider, Category::Medications, Purpose::Treatment),
			at,
		)
		.await
		.map_err(Into::into)
}

#[tokio::test(flavor = "multi_thread")]
async fn onboard_point_grant_revoke() -> Result<()> {
	let node = Node::dev("dev").await?;
	let alice = Sr25519Keyring::Alice.pair(); // Alice General Hospital
	let bob = Sr25519Keyring::Bob.to_account_id(); // Bob Family Clinic
	let hospital = Sr25519Keyring::Alice.to_account_id();
	let (patient_key, _) = sr25519::Pair::generate();
	let patient = AccountId::from(patient_key.public());

	// 1. The provider onboards the patient.
	let opened = node
		.chain
		.execute(
			&alice,
			RuntimeCall::Relationships(Rel::open_relationship { patient: patient.clone() }),
		)
		.await?;
	let relationship: RelationshipId = opened
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::Relationships(RelEvent::RelationshipOpened { relationship, .. }) => {
				Some(*relationship)
			},
			_ => None,
		})
		.ok_or("no RelationshipOpened event")?;
	assert!(opened.has(|e| matches!(e,
		RuntimeEvent::Registrar(pallet_medrec_registrar::Event::PatientRegistered { who }) if *who == patient)));

	// 2. The patient accepts; the provider adds a pointer.
	node.chain
		.execute(
			&patient_key,
			RuntimeCall::Relationships(Rel::accept_relationship { relationship }),
		)
		.await?;
	let digest = H256::repeat_byte(0xab);
	let pointed = node
		.chain
		.execute(
			&alice,
			RuntimeCall::Relationships(Rel::set_pointer {
				relationship,
				record_set: 1,
				category: Category::Medications,
				digest,
			}),
		)
		.await?;

	// 3. The patient sees "new content" in that very block...
	let pending: Vec<(Subject, StatusFlags)> =
		node.chain.runtime_api("AccessApi_notifications", &patient, Some(pointed.block)).await?;
	let status = pending
		.iter()
		.find(|(s, _)| *s == Subject::Relationship(relationship))
		.map(|(_, f)| *f)
		.ok_or("no status on the relationship")?;
	assert!(status.contains(StatusFlags::NEW_CONTENT), "status {status:?}");
	assert!(pointed.has(|e| matches!(e,
		RuntimeEvent::Summary(pallet_medrec_summary::Event::StatusRaised { patient: p, flags, .. })
			if *p == patient && flags.contains(StatusFlags::NEW_CONTENT))));

	// ...grants the second provider medications for 30 days, and the decision API allows.
	assert_eq!(
		decide(&node, &bob, &patient, &hospital, None).await?,
		Decision::Deny(DenyReason::NoGrant)
	);
	let start = now_ms().saturating_sub(60_000);
	let granted = node
		.chain
		.execute(
			&patient_key,
			RuntimeCall::Relationships(Rel::grant {
				patient: patient.clone(),
				viewer: Viewer::Account(bob.clone()),
				scope: Scope::Relationship(relationship),
				categories: medrec_primitives::Categories::of(&[Category::Medications]),
				purpose: Purpose::Treatment,
				not_before: start,
				expires: start + 30 * DAY,
			}),
		)
		.await?;
	let decision = decide(&node, &bob, &patient, &hospital, Some(granted.block)).await?;
	assert_eq!(
		decision,
		Decision::Allow { basis: Basis::Grant(0), expires: Some(start + 30 * DAY) }
	);

	// 4. The patient revokes; from that block on, the answer is deny.
	let revoked = node
		.chain
		.execute(
			&patient_key,
			RuntimeCall::Relationships(Rel::revoke { patient: patient.clone(), grant: 0 }),
		)
		.await?;
	assert_eq!(
		decide(&node, &bob, &patient, &hospital, Some(revoked.block)).await?,
		Decision::Deny(DenyReason::NoGrant)
	);
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn strangers_extrinsics_never_enter_the_pool() -> Result<()> {
	let node = Node::dev("dev").await?;
	let (stranger, _) = sr25519::Pair::generate();
	let call = RuntimeCall::System(frame_system::Call::remark { remark: b"spam".to_vec() });
	let xt = codec::Encode::encode(&node.chain.sign(&stranger, call).await?);
	let refusal =
		node.chain.submit_raw(&xt).await.err().ok_or("the pool accepted a stranger's extrinsic")?;
	// Custom code 100 is `pallet_medrec_registrar::NOT_REGISTERED`.
	let refusal = refusal.to_string();
	assert!(refusal.contains("Custom error: 100"), "unexpected refusal: {refusal}");
	let pending =
		node.call("author_pendingExtrinsics", jsonrpsee::core::params::ArrayParams::new()).await?;
	assert_eq!(pending.as_array().map(Vec::len), Some(0));
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_extrinsics_are_refused_with_a_clear_error() -> Result<()> {
	let node = Node::dev("dev").await?;
	let alice = Sr25519Keyring::Alice.pair();
	let call = RuntimeCall::System(frame_system::Call::remark { remark: b"x".to_vec() });
	let mut xt = codec::Encode::encode(&node.chain.sign(&alice, call).await?);
	// Truncated bytes do not decode.
	let truncated =
		node.chain.submit_raw(&xt[..xt.len() / 2]).await.err().ok_or("truncated bytes accepted")?;
	assert!(
		truncated.to_string().to_lowercase().contains("decode")
			|| truncated.to_string().contains("1002"),
		"unexpected: {truncated}"
	);
	// Changing the signed call (its last byte, the remark) leaves a signature that no longer
	// matches: a bad signature, refused by the pool.
	let last = xt.len() - 1;
	xt[last] ^= 0xff;
	let forged = node.chain.submit_raw(&xt).await.err().ok_or("tampered extrinsic accepted")?;
	assert!(forged.to_string().contains("bad signature"), "unexpected: {forged}");
	Ok(())
}

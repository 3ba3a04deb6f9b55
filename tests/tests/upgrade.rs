//! A runtime upgrade end to end, on a real node, with real runtime blobs: a dev chain running
//! this build's runtime is upgraded by the consortium (Alice General Hospital, a consortium of
//! one on the dev chain, so her proposals pass as she makes them) to the upgrade rehearsal's
//! runtime: the same code one spec version later, with a deliberate migration that gives open
//! proposals a day more (`scripts/rehearsal-runtime.sh` builds it).
//!
//! It checks what an operator needs of an upgrade: a blob that is not the version voted for is
//! refused and voids the vote; other code never enters the pool; the authorized code goes
//! through the pool and into a block (it fits); blocks go on across it with no gap of more
//! than two slots, and are finalized; state written before reads the same after; the migration
//! ran on a proposal left open across the upgrade; transactions signed for the new version are
//! accepted and those for the old refused.

use std::{path::PathBuf, time::Duration};

use codec::{Decode, Encode};
use medrec_e2e::{hex_decode, Node, Result};
use medrec_primitives::{Category, Purpose};
use medrec_runtime::{Runtime, RuntimeCall, RuntimeEvent, UncheckedExtrinsic, VERSION};
use pallet_medrec_consortium::{Call as Consortium, Event as ConsortiumEvent, Proposal};
use pallet_medrec_relationships::Call as Rel;
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::DigestItem,
	traits::{BlakeTwo256, Hash},
};

/// The rehearsal's compressed runtime: `$MEDREC_REHEARSAL_RUNTIME`, or where
/// `scripts/rehearsal-runtime.sh` writes it.
fn rehearsal_runtime() -> Result<Vec<u8>> {
	let path = match std::env::var_os("MEDREC_REHEARSAL_RUNTIME") {
		Some(path) => PathBuf::from(path),
		None => medrec_e2e::node_binary()
			.parent()
			.and_then(|release| release.parent())
			.ok_or("no target directory")?
			.join("rehearsal/medrec_runtime.compact.compressed.wasm"),
	};
	std::fs::read(&path).map_err(|e| {
		format!("{}: {e} (scripts/rehearsal-runtime.sh builds it)", path.display()).into()
	})
}

async fn spec_version(node: &Node) -> Result<u64> {
	let version = node.call("state_getRuntimeVersion", Default::default()).await?;
	version["specVersion"].as_u64().ok_or_else(|| "no specVersion".into())
}

/// `call` signed by `signer` for runtime `spec_version`, as a wallet that has not seen the
/// upgrade would sign it.
async fn signed_for(
	node: &Node,
	signer: &sr25519::Pair,
	spec_version: u32,
	call: RuntimeCall,
) -> Result<UncheckedExtrinsic> {
	let who = medrec_runtime::AccountId::from(signer.public());
	let nonce = node.chain.next_nonce(&who).await?;
	let genesis = node.chain.block_hash(0).await?;
	Ok(medrec_chain_client::sign_for(
		signer,
		call,
		nonce,
		spec_version,
		VERSION.transaction_version,
		genesis,
	))
}

/// The Aura slot of block `number`, from its header's pre-runtime digest.
async fn slot(node: &Node, number: u64) -> Result<u64> {
	let hash = node.block_hash(number).await?;
	let mut params = jsonrpsee::core::params::ArrayParams::new();
	params.insert(hash)?;
	let header = node.call("chain_getHeader", params).await?;
	let logs = header["digest"]["logs"].as_array().cloned().unwrap_or_default();
	for log in logs {
		let bytes = hex_decode(log.as_str().unwrap_or_default())?;
		if let DigestItem::PreRuntime(engine, data) = DigestItem::decode(&mut &bytes[..])? {
			if engine == *b"aura" {
				return Ok(u64::decode(&mut &data[..])?);
			}
		}
	}
	Err(format!("block #{number} has no Aura slot").into())
}

/// The code hash `frame_system` is authorized to take at the best block (its storage is
/// private: read raw, a hash and a flag).
async fn authorized_hash(node: &Node) -> Result<Option<sp_core::H256>> {
	let key = frame_support::storage::storage_prefix(b"System", b"AuthorizedUpgrade");
	let mut params = jsonrpsee::core::params::ArrayParams::new();
	params.insert(format!("0x{}", medrec_e2e::hex_encode(&key)))?;
	let raw = node.call("state_getStorage", params).await?;
	let Some(hex) = raw.as_str() else { return Ok(None) };
	let (hash, _check): (sp_core::H256, bool) = Decode::decode(&mut &hex_decode(hex)?[..])?;
	Ok(Some(hash))
}

/// The consortium's proposal `index` in the best block, decoded with this build's layout.
async fn proposal(node: &Node, index: u32) -> Result<Option<Proposal<Runtime>>> {
	let key = pallet_medrec_consortium::Proposals::<Runtime>::hashed_key_for(index);
	let mut params = jsonrpsee::core::params::ArrayParams::new();
	params.insert(format!("0x{}", medrec_e2e::hex_encode(&key)))?;
	let raw = node.call("state_getStorage", params).await?;
	let Some(hex) = raw.as_str() else { return Ok(None) };
	let bytes = hex_decode(hex)?;
	let mut input = &bytes[..];
	let proposal = Proposal::<Runtime>::decode(&mut input)?;
	if !input.is_empty() {
		return Err(format!("proposal {index}: {} bytes left over", input.len()).into());
	}
	Ok(Some(proposal))
}

// Run alone, after the other suites (scripts/test.sh does): the validator compiles the new
// runtime when it builds its first block, and beside a full test run on 2 cores that once
// took 3 slots, which measures the machine's load, not the chain.
#[ignore = "run alone: cargo test --release --workspace --test upgrade -- --ignored"]
#[tokio::test(flavor = "multi_thread")]
async fn the_consortium_upgrades_a_running_chain() -> Result<()> {
	let code = rehearsal_runtime()?;
	let node = Node::dev("upgrade").await?;
	let old = VERSION.spec_version;
	assert_eq!(spec_version(&node).await?, u64::from(old));

	// State written by the running runtime: a patient's relationship, and a candidate's
	// proposal to join, which stays open across the upgrade (Alice has not voted on it).
	let alice = Sr25519Keyring::Alice.pair();
	let hospital = Sr25519Keyring::Alice.to_account_id();
	let (patient_key, _) = sr25519::Pair::generate();
	let patient = medrec_runtime::AccountId::from(patient_key.public());
	let opened = node
		.chain
		.execute(
			&alice,
			RuntimeCall::Relationships(Rel::open_relationship { patient: patient.clone() }),
		)
		.await?;
	let relationship =
		node.chain.relationship_between(&patient, &hospital, Some(opened.block)).await?;
	assert!(relationship.is_some());
	let decide = |at| {
		node.chain.decide(
			&hospital,
			&patient,
			&hospital,
			Category::Medications,
			Purpose::Treatment,
			at,
		)
	};
	let decided_before = decide(opened.block).await?;
	let candidate = Sr25519Keyring::Ferdie.pair();
	// Session keys and their proof of possession, from the node's keystore, as a candidate's
	// own node makes them.
	let mut owner = jsonrpsee::core::params::ArrayParams::new();
	owner.insert(format!(
		"0x{}",
		medrec_e2e::hex_encode(&Sr25519Keyring::Ferdie.to_account_id().encode())
	))?;
	let generated = node.call("author_rotateKeysWithOwner", owner).await?;
	let field = |name: &str| -> Result<Vec<u8>> {
		hex_decode(generated[name].as_str().ok_or("author_rotateKeysWithOwner answered no keys")?)
	};
	let join = RuntimeCall::Consortium(Consortium::propose_join {
		name: b"Ferdie Clinic".to_vec(),
		gatekeeper: b"https://gatekeeper.ferdie.example".to_vec(),
		keys: medrec_runtime::SessionKeys::decode(&mut &field("keys")?[..])?,
		proof: field("proof")?,
		evidence_url: b"https://registry.example/ferdie.pdf".to_vec(),
		evidence_sha256: [7; 32],
	});
	let joined = node.chain.execute(&candidate, join).await?;
	let (index, expires) = joined
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::Consortium(ConsortiumEvent::JoinProposed { index, expires, .. }) => {
				Some((*index, *expires))
			},
			_ => None,
		})
		.ok_or("the candidate's proposal was not opened")?;

	let code_hash = BlakeTwo256::hash(&code);
	let propose = |spec_version| {
		RuntimeCall::Consortium(Consortium::propose_upgrade {
			code_hash,
			spec_name: b"medrec".to_vec(),
			spec_version,
		})
	};
	let apply = |code| RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code });
	let authorized = |included: &medrec_e2e::Included| {
		included.has(|e| matches!(
			e,
			RuntimeEvent::Consortium(ConsortiumEvent::UpgradeAuthorized { code_hash: h, .. }) if *h == code_hash
		))
	};

	// A vote for the wrong version: the real blob is refused when applied, and the vote void.
	// The blob is the same runtime compressed at another level, so that its extrinsic is not
	// the one applied below (the pool would take that for a repeat of an included one).
	let limit = sp_maybe_compressed_blob::CODE_BLOB_BOMB_LIMIT;
	let same_runtime = sp_maybe_compressed_blob::compress_weakly(
		&sp_maybe_compressed_blob::decompress(&code, limit)?,
		limit,
	)
	.ok_or("the runtime does not compress")?;
	assert_ne!(same_runtime, code);
	let same_hash = BlakeTwo256::hash(&same_runtime);
	let wrong = RuntimeCall::Consortium(Consortium::propose_upgrade {
		code_hash: same_hash,
		spec_name: b"medrec".to_vec(),
		spec_version: old + 2,
	});
	node.chain.execute(&alice, wrong).await?;
	assert_eq!(authorized_hash(&node).await?, Some(same_hash));
	let refused = node.chain.submit_unsigned(apply(same_runtime)).await?;
	assert!(
		refused.has(|e| matches!(
			e,
			RuntimeEvent::Consortium(ConsortiumEvent::UpgradeRefused { voted, found, .. })
				if *voted == old + 2 && *found == Some(old + 1)
		)),
		"{:?}",
		refused.events
	);
	assert_eq!(spec_version(&node).await?, u64::from(old));
	assert_eq!(authorized_hash(&node).await?, None, "the vote is void");

	// The consortium authorizes the rehearsal runtime at its own version.
	assert!(authorized(&node.chain.execute(&alice, propose(old + 1)).await?));
	assert_eq!(authorized_hash(&node).await?, Some(code_hash));

	// Other code never enters the pool; the authorized code, unsigned, from anyone, does.
	let mut other = code.clone();
	other.push(0);
	let refused = node.chain.submit_unsigned(apply(other)).await.map(|_| ());
	assert!(
		matches!(&refused, Err(e) if e.to_string().contains("Invalid Transaction")),
		"{refused:?}"
	);
	let applied = node.chain.submit_unsigned(apply(code)).await?;
	assert!(
		applied.has(|e| matches!(e, RuntimeEvent::System(frame_system::Event::CodeUpdated { .. }))),
		"{:?}",
		applied.events
	);
	let upgraded_at = u64::from(node.chain.number_of(applied.block).await?);
	node.wait_for("the new runtime", Duration::from_secs(60), || async {
		Ok(spec_version(&node).await? == u64::from(old + 1))
	})
	.await?;

	// Blocks go on, finalized, with no gap of more than two slots around the upgrade.
	node.wait_for("five blocks after the upgrade", Duration::from_secs(120), || async {
		Ok(node.finalized().await?.0 >= upgraded_at + 5)
	})
	.await?;
	for number in upgraded_at.saturating_sub(2)..upgraded_at + 5 {
		let gap = slot(&node, number + 1).await? - slot(&node, number).await?;
		assert!(gap <= 2, "{gap} slots between blocks #{number} and #{}", number + 1);
	}

	// State from before reads the same; the migration filled in the open proposal.
	let best = node.chain.best_hash().await?;
	assert_eq!(
		node.chain.relationship_between(&patient, &hospital, Some(best)).await?,
		relationship
	);
	assert_eq!(decide(best).await?, decided_before);
	let open = proposal(&node, index).await?.ok_or("the proposal was lost")?;
	assert_eq!(open.expires, expires + medrec_runtime::DAYS, "the migration did not run");
	let key = frame_support::traits::StorageVersion::storage_key::<medrec_runtime::Consortium>();
	let mut params = jsonrpsee::core::params::ArrayParams::new();
	params.insert(format!("0x{}", medrec_e2e::hex_encode(&key)))?;
	let version = node.call("state_getStorage", params).await?;
	assert_eq!(version.as_str(), Some("0x0100"), "the consortium's storage version");

	// Signed for the old version: refused. For the new one (the client reads it): accepted.
	let remark = || RuntimeCall::System(frame_system::Call::remark { remark: b"after".to_vec() });
	let stale = signed_for(&node, &alice, old, remark()).await?;
	let refused = node.chain.submit_raw(&stale.encode()).await;
	assert!(matches!(&refused, Err(e) if e.to_string().contains("bad signature")), "{refused:?}");
	node.chain.execute(&alice, remark()).await?;
	Ok(())
}

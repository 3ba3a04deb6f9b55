//! A real network: `medrec-node` processes on loopback, driven over JSON-RPC.

use std::time::Duration;

use codec::Decode;
use medrec_e2e::{start_local_validators, Node, Result};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Blocks are 3 s apart; GRANDPA needs a few rounds to get going on a loaded 2-core machine.
const PROGRESS_TIMEOUT: Duration = Duration::from_secs(120);

/// Waits until `node`'s best and finalized block numbers both pass `margin` blocks beyond
/// where they were when called.
async fn assert_advances(node: &Node, margin: u64) -> Result<()> {
	let best0 = node.best_number().await?;
	let (fin0, _) = node.finalized().await?;
	node.wait_for("best and finalized blocks to advance", PROGRESS_TIMEOUT, || async {
		let best = node.best_number().await?;
		let (fin, _) = node.finalized().await?;
		Ok(best >= best0 + margin && fin >= fin0 + margin)
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn three_local_validators_author_and_finalize() -> Result<()> {
	let nodes = start_local_validators(&["alice", "bob", "charlie"]).await?;
	let alice = &nodes[0];

	// The authority sets are exactly the three configured providers, in genesis order.
	let aura =
		Vec::<[u8; 32]>::decode(&mut &alice.state_call("AuraApi_authorities", &[]).await?[..])?;
	let expected_aura: Vec<[u8; 32]> =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.iter()
			.map(|k| k.public().0)
			.collect();
	assert_eq!(aura, expected_aura, "Aura authorities");

	let grandpa = Vec::<([u8; 32], u64)>::decode(
		&mut &alice.state_call("GrandpaApi_grandpa_authorities", &[]).await?[..],
	)?;
	let expected_grandpa: Vec<([u8; 32], u64)> =
		[Ed25519Keyring::Alice, Ed25519Keyring::Bob, Ed25519Keyring::Charlie]
			.iter()
			.map(|k| (k.public().0, 1))
			.collect();
	assert_eq!(grandpa, expected_grandpa, "GRANDPA authorities");

	// Every node sees the chain grow and finalize.
	for node in &nodes {
		assert_advances(node, 3).await?;
	}

	// They agree on what is final: the last block Alice finalized is on Charlie's chain too.
	let (number, hash) = alice.finalized().await?;
	let charlie = &nodes[2];
	charlie
		.wait_for("charlie to finalize alice's block", PROGRESS_TIMEOUT, || async {
			Ok(charlie.finalized().await?.0 >= number)
		})
		.await?;
	assert_eq!(charlie.block_hash(number).await?, hash, "finalized block {number} differs");

	// More than one provider authors: the chain is not just Alice's.
	let authors = distinct_authors(alice, number).await?;
	assert!(authors >= 2, "only {authors} distinct Aura slot owners in the first {number} blocks");
	Ok(())
}

/// How many different authorities authored blocks 1..=`upto`, judged by the Aura slot in each
/// header's pre-runtime digest (the author of slot s is authority s mod n).
async fn distinct_authors(node: &Node, upto: u64) -> Result<usize> {
	let mut owners = std::collections::BTreeSet::new();
	for number in 1..=upto {
		let hash = node.block_hash(number).await?;
		let mut params = jsonrpsee::core::params::ArrayParams::new();
		params.insert(hash)?;
		let header = node.call("chain_getHeader", params).await?;
		for log in header["digest"]["logs"].as_array().cloned().unwrap_or_default() {
			let bytes = medrec_e2e::hex_decode(log.as_str().unwrap_or_default())?;
			// PreRuntime digest item: 0x06, engine id "aura", compact length, u64 slot.
			if bytes.len() >= 14 && bytes[0] == 6 && &bytes[1..5] == b"aura" {
				let slot = u64::decode(&mut &bytes[6..14])?;
				owners.insert(slot % 3);
			}
		}
	}
	Ok(owners.len())
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_chain_finalizes_alone() -> Result<()> {
	let node = Node::dev("dev").await?;
	assert_advances(&node, 2).await?;
	let aura =
		Vec::<[u8; 32]>::decode(&mut &node.state_call("AuraApi_authorities", &[]).await?[..])?;
	assert_eq!(aura, vec![Sr25519Keyring::Alice.public().0]);
	Ok(())
}

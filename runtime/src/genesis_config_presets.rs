//! Genesis presets: `development` (Alice alone) and `local_testnet` (Alice, Bob and Charlie).
//!
//! Neither preset has sudo. The consortium governs itself by vote; a dev chain with a root key
//! would exercise code paths a real network never has.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{AccountId, RuntimeGenesisConfig, SessionConfig, SessionKeys};

/// One initial provider: the account it acts with, and its session keys.
pub struct InitialProvider {
	pub account: AccountId,
	pub aura: AuraId,
	pub grandpa: GrandpaId,
}

impl InitialProvider {
	/// A well-known development provider (Alice, Bob, ...) from the keyring.
	pub fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring) -> Self {
		Self { account: sr.to_account_id(), aura: sr.public().into(), grandpa: ed.public().into() }
	}
}

/// The genesis of a MedRec chain whose validators are `providers`.
pub fn medrec_genesis(providers: Vec<InitialProvider>) -> Value {
	let keys = providers
		.into_iter()
		.map(|p| (p.account.clone(), p.account, SessionKeys { aura: p.aura, grandpa: p.grandpa }))
		.collect::<Vec<_>>();
	build_struct_json_patch!(RuntimeGenesisConfig { session: SessionConfig { keys } })
}

fn development() -> Value {
	medrec_genesis(vec![InitialProvider::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)])
}

fn local_testnet() -> Value {
	medrec_genesis(vec![
		InitialProvider::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		InitialProvider::dev(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		InitialProvider::dev(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
	])
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serializing a serde_json::Value cannot fail; qed")
			.into_bytes(),
	)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

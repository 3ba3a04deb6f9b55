//! The runtime's genesis presets, consensus parameters and call filter.

mod common;

use common::preset_ext;

use frame_support::{assert_noop, assert_ok};
use medrec_runtime::{
	genesis_config_presets, Aura, Grandpa, Runtime, RuntimeCall, RuntimeGenesisConfig,
	RuntimeOrigin, Session, SLOT_DURATION,
};
use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{traits::Dispatchable, DispatchError};

fn assert_authorities(sr: &[Sr25519Keyring], ed: &[Ed25519Keyring]) {
	let accounts: Vec<_> = sr.iter().map(|k| k.to_account_id()).collect();
	assert_eq!(Session::validators(), accounts);
	// The founding members are the validators (kept sorted by the consortium).
	let mut sorted = accounts.clone();
	sorted.sort();
	assert_eq!(pallet_medrec_consortium::Members::<Runtime>::get().into_inner(), sorted);
	assert_eq!(
		pallet_medrec_consortium::SessionLengthBlocks::<Runtime>::get(),
		medrec_runtime::SESSION_LENGTH
	);
	let aura: Vec<[u8; 32]> = pallet_aura::Authorities::<Runtime>::get()
		.iter()
		.map(|a| a.clone().into_inner().0)
		.collect();
	assert_eq!(aura, sr.iter().map(|k| k.public().0).collect::<Vec<_>>());
	let grandpa: Vec<([u8; 32], u64)> =
		Grandpa::grandpa_authorities().into_iter().map(|(id, w)| (id.into_inner().0, w)).collect();
	assert_eq!(grandpa, ed.iter().map(|k| (k.public().0, 1)).collect::<Vec<_>>());
}

#[test]
fn presets_are_named_and_unknown_ones_refused() {
	let names: Vec<String> = genesis_config_presets::preset_names()
		.into_iter()
		.map(|id| String::from_utf8(AsRef::<[u8]>::as_ref(&id).to_vec()).expect("utf8"))
		.collect();
	assert_eq!(names, ["development", "local_testnet"]);
	assert!(genesis_config_presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn development_has_alice_alone() {
	preset_ext("development").execute_with(|| {
		assert_authorities(&[Sr25519Keyring::Alice], &[Ed25519Keyring::Alice]);
	});
}

#[test]
fn local_testnet_has_three_providers() {
	preset_ext("local_testnet").execute_with(|| {
		assert_authorities(
			&[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie],
			&[Ed25519Keyring::Alice, Ed25519Keyring::Bob, Ed25519Keyring::Charlie],
		);
	});
}

#[test]
fn no_preset_has_sudo() {
	// A root key would let one party override the consortium's votes.
	for name in ["development", "local_testnet"] {
		let patch = genesis_config_presets::get_preset(&PresetId::from(name)).expect("exists");
		let patch: Value = serde_json::from_slice(&patch).expect("json");
		assert!(patch.get("sudo").is_none(), "{name} configures sudo");
	}
	let defaults = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	assert!(defaults.get("sudo").is_none(), "the runtime includes pallet-sudo");
}

#[test]
fn slots_are_three_seconds() {
	preset_ext("development").execute_with(|| {
		assert_eq!(SLOT_DURATION, 3000);
		assert_eq!(Aura::slot_duration(), 3000);
	});
}

#[test]
fn coin_calls_are_filtered_but_others_pass() {
	preset_ext("local_testnet").execute_with(|| {
		let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		assert_noop!(
			transfer.dispatch(alice.clone()).map_err(|e| e.error),
			DispatchError::from(frame_system::Error::<Runtime>::CallFiltered)
		);
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: b"hi".to_vec() });
		assert_ok!(remark.dispatch(alice));
	});
}

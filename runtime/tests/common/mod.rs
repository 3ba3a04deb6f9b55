//! Helpers shared by the runtime's integration tests.
#![allow(dead_code)]

pub mod eth;
pub mod research;

use codec::Encode;
use medrec_runtime::{
	genesis_config_presets, Address, Nonce, RuntimeCall, RuntimeGenesisConfig, SignedPayload,
	System, TxExtension, UncheckedExtrinsic, VERSION,
};
use serde_json::Value;
use sp_core::{sr25519, Pair};
use sp_genesis_builder::PresetId;
use sp_runtime::{BuildStorage, MultiSignature};

/// Applies a JSON merge patch (RFC 7386), as the node does with a preset over the defaults.
pub fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The externalities of a chain started from preset `name`, at block 1.
pub fn preset_ext(name: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&PresetId::from(name))
		.unwrap_or_else(|| panic!("preset {name} exists"));
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	merge(&mut config, serde_json::from_slice(&patch).expect("preset is JSON"));
	let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("preset is valid");
	let mut ext: sp_io::TestExternalities = config.build_storage().expect("builds").into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

pub fn default_extension() -> TxExtension {
	medrec_runtime::tx_extension(0)
}

/// `call` signed by `signer` with `nonce`, as a wallet would sign it for this chain.
pub fn signed(signer: &sr25519::Pair, nonce: Nonce, call: RuntimeCall) -> UncheckedExtrinsic {
	let genesis = System::block_hash(0);
	let extension = medrec_runtime::tx_extension(nonce);
	let implicit =
		medrec_runtime::tx_implicit(VERSION.spec_version, VERSION.transaction_version, genesis);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	medrec_runtime::signed_extrinsic(
		call,
		Address::Id(signer.public().into()),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

pub fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: b"hello".to_vec() })
}

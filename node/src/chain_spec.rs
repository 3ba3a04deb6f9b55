//! The chain specifications the node knows by name, and loading others from a file.

use medrec_runtime::WASM_BINARY;
use sc_service::ChainType;

/// MedRec's chain specification type. It needs no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> sc_chain_spec::Properties {
	// MedRec has no coin; the token fields only stop polkadot.js from inventing one.
	serde_json::json!({ "ss58Format": 42, "tokenSymbol": "NONE", "tokenDecimals": 0 })
		.as_object()
		.cloned()
		.unwrap_or_default()
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm =
		WASM_BINARY.ok_or_else(|| "the runtime's WASM binary is not available".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// A single-provider chain for development: Alice authors and finalizes alone.
pub fn development() -> Result<ChainSpec, String> {
	from_preset(
		"MedRec Development",
		"medrec_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// Three providers (Alice, Bob, Charlie) on one machine.
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"MedRec Local Testnet",
		"medrec_local",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// Resolves `--chain`: a built-in name, or the path of a chain spec file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" | "development" => Box::new(development()?),
		"" | "local" | "local_testnet" => Box::new(local_testnet()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}

//! The node's operator commands, run as an operator would run them.

use std::process::Command;

use medrec_e2e::{node_binary, Result};
use serde_json::Value;

fn run(args: &[&str]) -> Result<String> {
	let out = Command::new(node_binary()).args(args).output()?;
	if !out.status.success() {
		return Err(format!("{args:?} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
	}
	Ok(String::from_utf8(out.stdout)?)
}

#[test]
fn export_chain_spec_gives_plain_and_raw_specs_of_the_shipped_chains() -> Result<()> {
	let plain: Value = serde_json::from_str(&run(&["export-chain-spec", "--chain", "local"])?)?;
	assert_eq!(plain["id"], "medrec_local");
	assert_eq!(
		plain["genesis"]["runtimeGenesis"]["patch"]["session"]["keys"].as_array().map(Vec::len),
		Some(3)
	);
	let raw: Value =
		serde_json::from_str(&run(&["export-chain-spec", "--chain", "dev", "--raw"])?)?;
	assert_eq!(raw["id"], "medrec_dev");
	let top = raw["genesis"]["raw"]["top"].as_object().ok_or("raw spec without storage")?;
	// The runtime code is in genesis storage under the well-known `:code` key.
	assert!(top.contains_key("0x3a636f6465"), "raw spec has no :code");
	Ok(())
}

#[test]
fn key_generate_and_inspect_agree() -> Result<()> {
	let generated: Value =
		serde_json::from_str(&run(&["key", "generate", "--output-type", "json"])?)?;
	let phrase = generated["secretPhrase"].as_str().ok_or("no secret phrase")?;
	let inspected: Value =
		serde_json::from_str(&run(&["key", "inspect", "--output-type", "json", phrase])?)?;
	assert_eq!(inspected["ss58Address"], generated["ss58Address"]);
	Ok(())
}

#[test]
fn an_unknown_chain_is_refused_with_a_clear_error() -> Result<()> {
	let out = Command::new(node_binary())
		.args(["export-chain-spec", "--chain", "/no/such/spec.json"])
		.output()?;
	assert!(!out.status.success());
	let err = String::from_utf8_lossy(&out.stderr);
	assert!(err.contains("No such file") || err.contains("spec.json"), "unexpected: {err}");
	Ok(())
}

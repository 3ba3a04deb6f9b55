//! The precompiles' ABI against the published one.
//!
//! `evm-compat/solidity/abi/*.json` is what solc makes of the Solidity interfaces (written by
//! `node evm-compat/e2e/abi.mjs`; the EVM suite fails if it is stale). The precompiles decode
//! their input with the types `sol!` generates from the same `.sol` files. These tests fail if
//! the two readings disagree, or if an interface changed without its published ABI: every
//! function and event solc lists must be one the Rust side dispatches, with the same selector
//! and signature, and none more.

use medrec_precompiles::{IMedRecAccess, IMedRecRegistry};
use serde_json::Value;
use std::collections::BTreeMap;

fn published(name: &str) -> Vec<Value> {
	// Relative to the package, where cargo runs tests (the build cache is shared between
	// checkouts, so a compile-time path may name another one).
	let path = format!("../solidity/abi/{name}.json");
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
	serde_json::from_str(&text).expect("an ABI is a JSON array")
}

/// A parameter's canonical type, tuples spelled out as Solidity signatures spell them.
fn canonical(param: &Value) -> String {
	let ty = param["type"].as_str().expect("a type");
	match ty.strip_prefix("tuple") {
		Some(suffix) => {
			let inner: Vec<String> = param["components"]
				.as_array()
				.expect("a tuple has components")
				.iter()
				.map(canonical)
				.collect();
			format!("({}){suffix}", inner.join(","))
		},
		None => ty.to_owned(),
	}
}

/// `kind` entries ("function" or "event") of `abi` as signature → 4-byte selector or 32-byte
/// topic, both computed from the JSON alone.
fn entries(abi: &[Value], kind: &str) -> BTreeMap<String, Vec<u8>> {
	abi.iter()
		.filter(|e| e["type"] == kind)
		.map(|e| {
			let inputs: Vec<String> =
				e["inputs"].as_array().expect("inputs").iter().map(canonical).collect();
			let signature =
				format!("{}({})", e["name"].as_str().expect("a name"), inputs.join(","));
			let hash = sp_crypto_hashing::keccak_256(signature.as_bytes());
			let id = if kind == "function" { hash[..4].to_vec() } else { hash.to_vec() };
			(signature, id)
		})
		.collect()
}

fn rust_side(signatures: &[&str], ids: impl Iterator<Item = Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
	signatures.iter().map(|s| s.to_string()).zip(ids).collect()
}

#[test]
fn the_registry_decodes_exactly_the_published_abi() {
	use IMedRecRegistry::IMedRecRegistryCalls as Calls;
	let abi = published("IMedRecRegistry");
	let rust = rust_side(Calls::SIGNATURES, Calls::SELECTORS.iter().map(|s| s.to_vec()));
	assert_eq!(entries(&abi, "function"), rust);
	assert!(entries(&abi, "event").is_empty(), "the registry only reads: no events");
}

#[test]
fn access_decodes_exactly_the_published_abi() {
	use IMedRecAccess::{IMedRecAccessCalls as Calls, IMedRecAccessEvents as Events};
	let abi = published("IMedRecAccess");
	let rust = rust_side(Calls::SIGNATURES, Calls::SELECTORS.iter().map(|s| s.to_vec()));
	assert_eq!(entries(&abi, "function"), rust);
	let events = rust_side(Events::SIGNATURES, Events::SELECTORS.iter().map(|s| s.to_vec()));
	assert_eq!(entries(&abi, "event"), events);
}

#[test]
fn a_changed_signature_is_caught() {
	// The check itself: the published ABI with one parameter's type changed no longer matches.
	use IMedRecAccess::IMedRecAccessCalls as Calls;
	let mut abi = published("IMedRecAccess");
	let revoke = abi.iter_mut().find(|e| e["name"] == "revoke").expect("revoke is published");
	revoke["inputs"][1]["type"] = Value::from("uint64");
	let rust = rust_side(Calls::SIGNATURES, Calls::SELECTORS.iter().map(|s| s.to_vec()));
	assert_ne!(entries(&abi, "function"), rust);
}

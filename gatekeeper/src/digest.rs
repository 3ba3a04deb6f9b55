//! Record-set digests: what the chain's pointers commit to.
//!
//! - A resource's **canonical form** is its JSON with object keys sorted by code point, no
//!   insignificant whitespace, strings escaped as `serde_json` does (only `"`, `\` and control
//!   characters), and numbers in their shortest round-trip form. For the values FHIR JSON uses this
//!   is RFC 8785 (JCS).
//! - A resource's **leaf** is SHA-256 of its canonical form.
//! - A record set (one category of one patient at one gatekeeper) **digests** to SHA-256 over its
//!   leaves, sorted ascending and concatenated (32 bytes each). Order of ingest does not matter,
//!   and a reader given the leaves can check any subset of the set against the chain.

use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// A 32-byte SHA-256 digest.
pub type Hash = [u8; 32];

/// `value`'s canonical form.
pub fn canonical(value: &Value) -> String {
	let mut out = String::new();
	write_canonical(value, &mut out);
	out
}

// Sorts keys itself rather than relying on serde_json's map order, which a dependency's
// `preserve_order` feature would change for the whole build.
fn write_canonical(value: &Value, out: &mut String) {
	match value {
		Value::Object(map) => {
			let mut keys: Vec<&String> = map.keys().collect();
			keys.sort_unstable();
			out.push('{');
			for (i, key) in keys.into_iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				out.push_str(&Value::String(key.clone()).to_string());
				out.push(':');
				write_canonical(&map[key], out);
			}
			out.push('}');
		},
		Value::Array(items) => {
			out.push('[');
			for (i, item) in items.iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				write_canonical(item, out);
			}
			out.push(']');
		},
		scalar => out.push_str(&scalar.to_string()),
	}
}

/// SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> Hash {
	Sha256::digest(bytes).into()
}

/// A resource's leaf: SHA-256 of its canonical form.
pub fn leaf(resource: &Value) -> Hash {
	sha256(canonical(resource).as_bytes())
}

/// The record-set digest over `leaves`, in any order.
pub fn record_set(leaves: impl IntoIterator<Item = Hash>) -> Hash {
	let mut leaves: Vec<Hash> = leaves.into_iter().collect();
	leaves.sort_unstable();
	let mut hasher = Sha256::new();
	for leaf in &leaves {
		hasher.update(leaf);
	}
	hasher.finalize().into()
}

pub use crate::chain::{from_hex, to_hex};

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn canonical_form_sorts_keys_and_drops_whitespace() {
		let a: Value =
			serde_json::from_str(r#"{ "b": 1, "a": { "d": [1, 2.5], "c": "x" } }"#).expect("json");
		assert_eq!(canonical(&a), r#"{"a":{"c":"x","d":[1,2.5]},"b":1}"#);
		let b = json!({ "a": { "c": "x", "d": [1, 2.5] }, "b": 1 });
		assert_eq!(leaf(&a), leaf(&b));
	}

	#[test]
	fn a_record_set_digest_ignores_order_but_not_content() {
		let x = sha256(b"x");
		let y = sha256(b"y");
		assert_eq!(record_set([x, y]), record_set([y, x]));
		assert_ne!(record_set([x, y]), record_set([x]));
		// A known answer, so another implementation can check itself against this one.
		assert_eq!(
			to_hex(&record_set([])),
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
		);
	}

	#[test]
	fn hex_round_trips() {
		let h = sha256(b"medrec");
		assert_eq!(from_hex(&to_hex(&h)), Some(h));
		assert_eq!(from_hex(&format!("0x{}", to_hex(&h))), Some(h));
		assert_eq!(from_hex("zz"), None);
	}
}

//! The apps' TypeScript client against this crate: a request it signed, a message it sealed,
//! and the canonical forms and digests it computes (`apps/client/test/vectors/ts-made.json`,
//! made by the TS client and checked in) must verify, open and match here. The TS suite checks
//! the other direction against what the Rust binaries produce, so neither side can drift.

use medrec_gatekeeper::{
	auth::{self, Key},
	client::encryption_secret,
	digest, seal,
};
use medrec_primitives::Purpose;
use serde_json::Value;
use sp_core::crypto::Ss58Codec;
use sp_keyring::Sr25519Keyring;

fn vectors() -> Value {
	// Relative to the package, where cargo runs tests (the build cache is shared between
	// checkouts, so a compile-time path may name another one).
	let path = "../apps/client/test/vectors/ts-made.json";
	let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
	serde_json::from_str(&text).expect("the vectors are JSON")
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
	value[field].as_str().unwrap_or_else(|| panic!("no string {field}"))
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> [u8; 32] {
	let bytes: Vec<u8> = (0..text.len() / 2)
		.map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).expect("hex"))
		.collect();
	bytes.try_into().expect("32 bytes")
}

#[test]
fn a_request_the_ts_client_signed_verifies() {
	let v = &vectors()["signedRequest"];
	let headers = &v["headers"];
	let lookup = |name: &str| headers[name].as_str();
	let gatekeeper =
		medrec_runtime::AccountId::from_ss58check(text(v, "gatekeeper")).expect("SS58");
	let request = auth::Request {
		method: text(v, "method"),
		path: text(v, "path"),
		query: Some(text(v, "query")),
		body: text(v, "body").as_bytes(),
	};
	let now = v["now"].as_u64().expect("now");
	let verified = auth::verify(&request, lookup, &gatekeeper, now, 60).expect("verifies");
	assert_eq!(verified.signer, Key::Account(Sr25519Keyring::Dave.to_account_id()));
	assert_eq!(text(v, "signerAccount"), Sr25519Keyring::Dave.to_account_id().to_ss58check());
	assert_eq!(verified.purpose, Purpose::Treatment);
	assert_eq!(verified.created, now);
	// The base both sides sign, byte for byte.
	let params = text(headers, "signature-input").strip_prefix("medrec=").expect("label");
	let base = auth::signature_base(
		&request,
		text(headers, "content-digest"),
		text(headers, "medrec-gatekeeper"),
		text(headers, "medrec-purpose"),
		params,
	);
	assert_eq!(base, text(v, "signatureBase"));
	// One character of the path changed: the signature no longer covers the request.
	let path = format!("{}x", text(v, "path"));
	let tampered = auth::Request { path: &path, ..request };
	assert!(matches!(
		auth::verify(&tampered, lookup, &gatekeeper, now, 60),
		Err(auth::AuthError::BadSignature(_))
	));
}

#[test]
fn a_message_the_ts_client_sealed_opens() {
	let v = &vectors()["sealed"];
	assert_eq!(text(v, "recipientUri"), "//Bob");
	let secret = encryption_secret(&Sr25519Keyring::Bob.pair());
	// Pins the X25519 key both sides derive from the account's sr25519 secret.
	assert_eq!(hex(&seal::public_key(&secret).expect("a key")), text(v, "recipientPublic"));
	let envelope: seal::Envelope =
		serde_json::from_value(v["envelope"].clone()).expect("an envelope");
	let opened = seal::open(&secret, &envelope, text(v, "aad").as_bytes()).expect("opens");
	assert_eq!(opened, text(v, "plaintext").as_bytes());
	assert!(seal::open(&secret, &envelope, b"another request's signature").is_err());
}

#[test]
fn canonical_forms_and_digests_match() {
	let v = vectors();
	let cases = v["canonical"].as_array().expect("cases");
	assert!(cases.len() >= 3);
	for case in cases {
		let value: Value = serde_json::from_str(text(case, "text")).expect("JSON");
		assert_eq!(digest::canonical(&value), text(case, "canonical"));
		assert_eq!(hex(&digest::leaf(&value)), text(case, "leaf"));
	}
	let set = &v["recordSet"];
	let leaves =
		set["leaves"].as_array().expect("leaves").iter().map(|l| unhex(l.as_str().expect("hex")));
	assert_eq!(hex(&digest::record_set(leaves)), text(set, "digest"));
}

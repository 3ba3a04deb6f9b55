//! Signed requests: HTTP Message Signatures (RFC 9421) with the requester's MedRec account key.
//!
//! A request carries four headers:
//!
//! ```text
//! Content-Digest: sha-256=:<base64 SHA-256 of the body, empty for GET>:       (RFC 9530)
//! MedRec-Gatekeeper: <the gatekeeper's provider account, SS58>
//! MedRec-Purpose: treatment | payment | operations | research | personal
//! Signature-Input: medrec=("@method" "@path" "@query" "content-digest" "medrec-gatekeeper" "medrec-purpose");created=<unix s>;nonce="<16+ random bytes, base64>";keyid="<requester account, SS58>";alg="sr25519"
//! Signature: medrec=:<base64 sr25519 signature over the signature base>:
//! ```
//!
//! The signature base is RFC 9421's: one line per covered component, `"<name>": <value>`,
//! then `"@signature-params": <the Signature-Input value after "medrec=">`, joined by `\n`
//! with no newline at the end. `@query` is `?` plus the raw query, or `?` alone. The signature
//! is sr25519 with the `substrate` signing context, as `sp_core` and `@polkadot/util-crypto`'s
//! `sr25519Sign` make it, over the base's UTF-8 bytes.
//!
//! An Ethereum key linked to a MedRec identity in the registrar may sign instead, as the 2018
//! DatabaseManager's clients did: `keyid="0x<its address, 40 hex>"`, `alg="eip191"`, and a
//! 65-byte `r ‖ s ‖ v` signature made with `personal_sign` (EIP-191: Keccak-256 over
//! `"\x19Ethereum Signed Message:\n" ++ <length> ++ <base>`), as ethers' `signMessage` makes
//! it over the same signature base. The gatekeeper recovers the address, requires it to be
//! the `keyid`, and then acts for the identity the address is linked to at its finalized
//! block; an unlinked address is refused.
//!
//! A gatekeeper accepts a request whose `created` is within its window of its own clock
//! (60 s by default), whose nonce it has not seen from that key, whose `MedRec-Gatekeeper` is
//! itself, and whose body matches its digest.

use base64::{engine::general_purpose::STANDARD as B64, Engine};
use medrec_primitives::Purpose;
use medrec_runtime::AccountId;
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H160};

use crate::digest::sha256;

/// The signature label.
pub const LABEL: &str = "medrec";
/// The signature algorithms a gatekeeper accepts.
pub const ALGORITHMS: [&str; 2] = ["sr25519", "eip191"];
/// The components every signature covers, in this order.
pub const COMPONENTS: [&str; 6] =
	["@method", "@path", "@query", "content-digest", "medrec-gatekeeper", "medrec-purpose"];
pub const GATEKEEPER_HEADER: &str = "medrec-gatekeeper";
pub const PURPOSE_HEADER: &str = "medrec-purpose";

/// Why a request's signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
	#[error("missing {0} header")]
	Missing(&'static str),
	#[error("malformed {0}")]
	Malformed(&'static str),
	#[error("the signature must cover exactly {COMPONENTS:?}")]
	WrongComponents,
	#[error("the body does not match Content-Digest")]
	DigestMismatch,
	#[error("the request was signed {0} s ago, outside the accepted window")]
	Expired(u64),
	#[error("the request is dated {0} s in the future, outside the accepted window")]
	FromTheFuture(u64),
	#[error("the request is addressed to gatekeeper {0}, not this one")]
	Misdirected(String),
	#[error("the signature does not verify for {0}")]
	BadSignature(String),
	#[error("this nonce was already used by this key")]
	Replayed,
}

/// Who signed a request: a MedRec account, or an Ethereum address that stands for the identity
/// it is linked to (resolved against the chain by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
	Account(AccountId),
	Eth(H160),
}

/// A request signer's secret key.
#[derive(Clone)]
pub enum Signer {
	Sr25519(sr25519::Pair),
	/// A secp256k1 key that signs with `personal_sign` (EIP-191).
	Eth(k256::ecdsa::SigningKey),
}

impl Signer {
	/// The `keyid` it signs as: an SS58 account, or `0x` and the Ethereum address in hex.
	pub fn keyid(&self) -> String {
		match self {
			Signer::Sr25519(pair) => AccountId::from(pair.public()).to_ss58check(),
			Signer::Eth(key) => format!("0x{}", hex(eth_address(key.verifying_key()).as_bytes())),
		}
	}

	fn alg(&self) -> &'static str {
		match self {
			Signer::Sr25519(_) => "sr25519",
			Signer::Eth(_) => "eip191",
		}
	}

	fn sign(&self, base: &[u8]) -> Vec<u8> {
		match self {
			Signer::Sr25519(pair) => AsRef::<[u8]>::as_ref(&pair.sign(base)).to_vec(),
			Signer::Eth(key) => {
				let digest = personal_sign_digest(base);
				// Signing a 32-byte prehash with a valid key cannot fail; an empty signature
				// would only be refused by the gatekeeper.
				match key.sign_prehash_recoverable(&digest) {
					Ok((signature, recovery)) => {
						let mut bytes = signature.to_bytes().to_vec();
						bytes.push(recovery.to_byte() + 27);
						bytes
					},
					Err(_) => Vec::new(),
				}
			},
		}
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Keccak-256 of the EIP-191 `personal_sign` envelope of `message`.
fn personal_sign_digest(message: &[u8]) -> [u8; 32] {
	let mut prefixed = format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend_from_slice(message);
	sp_crypto_hashing::keccak_256(&prefixed)
}

/// The Ethereum address of a secp256k1 public key.
pub fn eth_address(key: &k256::ecdsa::VerifyingKey) -> H160 {
	let point = key.to_encoded_point(false);
	H160::from_slice(&sp_crypto_hashing::keccak_256(&point.as_bytes()[1..])[12..])
}

/// The address whose key made the `personal_sign` `signature` (`r ‖ s ‖ v`, `v` in 0, 1, 27
/// or 28) over `message`.
pub fn recover_personal_sign(message: &[u8], signature: &[u8]) -> Option<H160> {
	use k256::ecdsa::{RecoveryId, Signature, VerifyingKey};
	let (rs, v) = (signature.get(..64)?, *signature.get(64)?);
	if signature.len() != 65 {
		return None;
	}
	let v = match v {
		0 | 1 => v,
		27 | 28 => v - 27,
		_ => return None,
	};
	let signature = Signature::from_slice(rs).ok()?;
	let key = VerifyingKey::recover_from_prehash(
		&personal_sign_digest(message),
		&signature,
		RecoveryId::from_byte(v)?,
	)
	.ok()?;
	Some(eth_address(&key))
}

fn parse_eth_keyid(keyid: &str) -> Option<H160> {
	let hex = keyid.strip_prefix("0x")?;
	if hex.len() != 40 {
		return None;
	}
	let mut bytes = [0u8; 20];
	for (i, byte) in bytes.iter_mut().enumerate() {
		*byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
	}
	Some(H160(bytes))
}

/// A request whose signature verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
	pub signer: Key,
	/// The `keyid` as signed: nonces are unique per key.
	pub keyid: String,
	pub purpose: Purpose,
	pub created: u64,
	pub nonce: String,
}

/// What is signed, besides the headers the scheme adds.
pub struct Request<'a> {
	pub method: &'a str,
	pub path: &'a str,
	/// The raw query, without `?`.
	pub query: Option<&'a str>,
	pub body: &'a [u8],
}

/// RFC 9530 `Content-Digest` of `body`.
pub fn content_digest(body: &[u8]) -> String {
	format!("sha-256=:{}:", B64.encode(sha256(body)))
}

pub fn purpose_name(purpose: Purpose) -> &'static str {
	match purpose {
		Purpose::Treatment => "treatment",
		Purpose::Payment => "payment",
		Purpose::Operations => "operations",
		Purpose::Research => "research",
		Purpose::Personal => "personal",
	}
}

pub fn parse_purpose(name: &str) -> Option<Purpose> {
	Some(match name {
		"treatment" => Purpose::Treatment,
		"payment" => Purpose::Payment,
		"operations" => Purpose::Operations,
		"research" => Purpose::Research,
		"personal" => Purpose::Personal,
		_ => return None,
	})
}

/// RFC 9421's signature base for `request` with these header values and `params` (the
/// Signature-Input value after `medrec=`): what the signer signs. Public so that other
/// implementations (the apps' TypeScript client) can be checked against it byte for byte.
pub fn signature_base(
	request: &Request,
	digest: &str,
	gatekeeper: &str,
	purpose: &str,
	params: &str,
) -> String {
	let query = format!("?{}", request.query.unwrap_or_default());
	let values = [request.method, request.path, &query, digest, gatekeeper, purpose];
	let mut base = String::new();
	for (name, value) in COMPONENTS.iter().zip(values) {
		base.push_str(&format!("\"{name}\": {value}\n"));
	}
	base.push_str(&format!("\"@signature-params\": {params}"));
	base
}

/// The headers that sign `request` for `gatekeeper` as `signer`, created at `now` (unix
/// seconds) with `nonce`.
pub fn sign(
	signer: &Signer,
	request: &Request,
	gatekeeper: &AccountId,
	purpose: Purpose,
	now: u64,
	nonce: &str,
) -> Vec<(&'static str, String)> {
	let digest = content_digest(request.body);
	let gatekeeper = gatekeeper.to_ss58check();
	let list = COMPONENTS.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" ");
	let params = format!(
		"({list});created={now};nonce=\"{nonce}\";keyid=\"{}\";alg=\"{}\"",
		signer.keyid(),
		signer.alg()
	);
	let purpose = purpose_name(purpose);
	let base = signature_base(request, &digest, &gatekeeper, purpose, &params);
	let signature = signer.sign(base.as_bytes());
	vec![
		("content-digest", digest),
		(GATEKEEPER_HEADER, gatekeeper),
		(PURPOSE_HEADER, purpose.to_string()),
		("signature-input", format!("{LABEL}={params}")),
		("signature", format!("{LABEL}=:{}:", B64.encode(signature))),
	]
}

/// A fresh random nonce.
pub fn new_nonce() -> String {
	B64.encode(rand::random::<[u8; 18]>())
}

/// Checks `request`'s signature headers (looked up by lower-case name with `header`) for the
/// gatekeeper `me` at `now`, accepting `window` seconds of age or clock skew. The nonce is
/// the caller's to check for reuse.
pub fn verify<'h>(
	request: &Request,
	header: impl Fn(&str) -> Option<&'h str>,
	me: &AccountId,
	now: u64,
	window: u64,
) -> Result<Verified, AuthError> {
	let input = header("signature-input").ok_or(AuthError::Missing("Signature-Input"))?;
	let signature = header("signature").ok_or(AuthError::Missing("Signature"))?;
	let digest = header("content-digest").ok_or(AuthError::Missing("Content-Digest"))?;
	let gatekeeper = header(GATEKEEPER_HEADER).ok_or(AuthError::Missing("MedRec-Gatekeeper"))?;
	let purpose_text = header(PURPOSE_HEADER).ok_or(AuthError::Missing("MedRec-Purpose"))?;

	let params = input
		.strip_prefix(LABEL)
		.and_then(|s| s.strip_prefix('='))
		.ok_or(AuthError::Malformed("Signature-Input: no medrec label"))?;
	let (list, rest) = params
		.strip_prefix('(')
		.and_then(|s| s.split_once(')'))
		.ok_or(AuthError::Malformed("Signature-Input: no component list"))?;
	let covered: Vec<&str> = list.split_whitespace().map(|c| c.trim_matches('"')).collect();
	if covered != COMPONENTS {
		return Err(AuthError::WrongComponents);
	}
	let mut created = None;
	let mut nonce = None;
	let mut keyid = None;
	let mut alg = None;
	for param in rest.split(';').filter(|p| !p.is_empty()) {
		let (key, value) =
			param.split_once('=').ok_or(AuthError::Malformed("Signature-Input parameter"))?;
		let unquoted = value.trim_matches('"');
		match key {
			"created" => created = unquoted.parse::<u64>().ok(),
			"nonce" => nonce = Some(unquoted),
			"keyid" => keyid = Some(unquoted),
			"alg" => alg = Some(unquoted),
			_ => return Err(AuthError::Malformed("Signature-Input: unknown parameter")),
		}
	}
	let created = created.ok_or(AuthError::Malformed("Signature-Input: created"))?;
	let nonce = nonce
		.filter(|n| (16..=64).contains(&n.len()))
		.ok_or(AuthError::Malformed("Signature-Input: nonce (16 to 64 characters)"))?;
	let keyid = keyid.ok_or(AuthError::Malformed("Signature-Input: keyid"))?;
	let purpose = parse_purpose(purpose_text).ok_or(AuthError::Malformed("MedRec-Purpose"))?;
	let raw = signature
		.strip_prefix(LABEL)
		.and_then(|s| s.strip_prefix("=:"))
		.and_then(|s| s.strip_suffix(':'))
		.and_then(|s| B64.decode(s).ok())
		.ok_or(AuthError::Malformed("Signature"))?;
	let base = signature_base(request, digest, gatekeeper, purpose_text, params);
	let signer = match alg {
		Some("sr25519") => {
			let account = AccountId::from_ss58check(keyid).map_err(|_| {
				AuthError::Malformed("Signature-Input: keyid is not an SS58 account")
			})?;
			let raw = <[u8; 64]>::try_from(raw).map_err(|_| AuthError::Malformed("Signature"))?;
			let public = sr25519::Public::from_raw(*account.as_ref());
			if !sr25519::Pair::verify(&sr25519::Signature::from_raw(raw), base.as_bytes(), &public)
			{
				return Err(AuthError::BadSignature(keyid.to_string()));
			}
			Key::Account(account)
		},
		Some("eip191") => {
			let address = parse_eth_keyid(keyid).ok_or(AuthError::Malformed(
				"Signature-Input: keyid is not an Ethereum address (0x and 40 hex digits)",
			))?;
			if raw.len() != 65 {
				return Err(AuthError::Malformed("Signature (65 bytes r, s, v for eip191)"));
			}
			if recover_personal_sign(base.as_bytes(), &raw) != Some(address) {
				return Err(AuthError::BadSignature(keyid.to_string()));
			}
			Key::Eth(address)
		},
		_ => return Err(AuthError::Malformed("Signature-Input: alg must be sr25519 or eip191")),
	};
	// Checked after the signature, so nobody learns anything from an unsigned request.
	if gatekeeper != me.to_ss58check() {
		return Err(AuthError::Misdirected(gatekeeper.to_string()));
	}
	if digest != content_digest(request.body) {
		return Err(AuthError::DigestMismatch);
	}
	// Saturating: `created` is whatever the signer wrote, up to u64::MAX (found by fuzzing).
	if created.saturating_add(window) < now {
		return Err(AuthError::Expired(now - created));
	}
	if created > now.saturating_add(window) {
		return Err(AuthError::FromTheFuture(created - now));
	}
	Ok(Verified { signer, keyid: keyid.to_string(), purpose, created, nonce: nonce.to_string() })
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keyring::Sr25519Keyring;

	const NOW: u64 = 1_800_000_000;

	fn signed(body: &'static [u8]) -> (Request<'static>, Vec<(&'static str, String)>) {
		let request =
			Request { method: "GET", path: "/fhir/Observation", query: Some("patient=p1"), body };
		let headers = sign(
			&Signer::Sr25519(Sr25519Keyring::Bob.pair()),
			&request,
			&Sr25519Keyring::Alice.to_account_id(),
			Purpose::Treatment,
			NOW,
			"AAAAAAAAAAAAAAAAAAAAAAAA",
		);
		(request, headers)
	}

	fn check(
		request: &Request,
		headers: &[(&'static str, String)],
		now: u64,
	) -> Result<Verified, AuthError> {
		verify(
			request,
			|name| headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str()),
			&Sr25519Keyring::Alice.to_account_id(),
			now,
			60,
		)
	}

	#[test]
	fn a_signed_request_verifies_for_its_gatekeeper_only() {
		let (request, headers) = signed(b"");
		let ok = check(&request, &headers, NOW + 5).expect("verifies");
		assert_eq!(ok.signer, Key::Account(Sr25519Keyring::Bob.to_account_id()));
		assert_eq!(ok.purpose, Purpose::Treatment);
		let elsewhere = verify(
			&request,
			|name| headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str()),
			&Sr25519Keyring::Charlie.to_account_id(),
			NOW,
			60,
		);
		assert!(matches!(elsewhere, Err(AuthError::Misdirected(_))));
	}

	#[test]
	fn old_future_tampered_and_forged_requests_fail() {
		let (request, headers) = signed(b"");
		assert_eq!(check(&request, &headers, NOW + 61), Err(AuthError::Expired(61)));
		assert_eq!(check(&request, &headers, NOW - 61), Err(AuthError::FromTheFuture(61)));

		let other_query = Request { query: Some("patient=p2"), ..request };
		assert!(matches!(check(&other_query, &headers, NOW), Err(AuthError::BadSignature(_))));

		let (request, mut headers) = signed(b"{}");
		let tampered_body = Request { body: b"{ }", ..request };
		assert_eq!(check(&tampered_body, &headers, NOW), Err(AuthError::DigestMismatch));

		// Claiming to be Charlie with Bob's signature.
		let charlie = Sr25519Keyring::Charlie.to_account_id().to_ss58check();
		let bob = Sr25519Keyring::Bob.to_account_id().to_ss58check();
		headers[3].1 = headers[3].1.replace(&bob, &charlie);
		let request = Request { body: b"{}", ..tampered_body };
		assert!(matches!(check(&request, &headers, NOW), Err(AuthError::BadSignature(_))));
	}

	#[test]
	fn unsigned_or_partly_signed_requests_fail() {
		let (request, headers) = signed(b"");
		assert_eq!(check(&request, &headers[..4], NOW), Err(AuthError::Missing("Signature")));
		let mut fewer = headers.clone();
		fewer[3].1 = fewer[3].1.replace(" \"medrec-purpose\"", "");
		assert_eq!(check(&request, &fewer, NOW), Err(AuthError::WrongComponents));
	}

	fn eth_key(seed: u8) -> k256::ecdsa::SigningKey {
		k256::ecdsa::SigningKey::from_slice(&[seed; 32]).expect("a valid secret")
	}

	#[test]
	fn an_ethereum_key_signs_with_personal_sign() {
		let request = Request { method: "GET", path: "/audit", query: None, body: b"" };
		let key = eth_key(7);
		let signer = Signer::Eth(key.clone());
		let alice = Sr25519Keyring::Alice.to_account_id();
		let headers =
			sign(&signer, &request, &alice, Purpose::Personal, NOW, "BBBBBBBBBBBBBBBBBBBBBBBB");
		assert!(headers[3].1.ends_with("alg=\"eip191\""), "{}", headers[3].1);
		let ok = check(&request, &headers, NOW).expect("verifies");
		assert_eq!(ok.signer, Key::Eth(eth_address(key.verifying_key())));
		assert_eq!(ok.keyid, signer.keyid());

		// Another key's signature under this keyid, and a keyid that is no address.
		let forged = sign(
			&Signer::Eth(eth_key(8)),
			&request,
			&alice,
			Purpose::Personal,
			NOW,
			"BBBBBBBBBBBBBBBBBBBBBBBB",
		);
		let mut claimed = forged.clone();
		claimed[3].1 = forged[3].1.replace(&Signer::Eth(eth_key(8)).keyid(), &signer.keyid());
		assert!(matches!(check(&request, &claimed, NOW), Err(AuthError::BadSignature(_))));
		let mut not_an_address = headers.clone();
		not_an_address[3].1 = headers[3].1.replace(&signer.keyid(), "0x1234");
		assert!(matches!(check(&request, &not_an_address, NOW), Err(AuthError::Malformed(_))));
		// Expiry and tampering are checked as for sr25519.
		assert_eq!(check(&request, &headers, NOW + 61), Err(AuthError::Expired(61)));
		let other = Request { path: "/fhir/Observation", ..request };
		assert!(matches!(check(&other, &headers, NOW), Err(AuthError::BadSignature(_))));
	}

	#[test]
	fn personal_sign_matches_ethers() {
		// Made by ethers v6.17: `new Wallet("0x" + "07".repeat(32)).signMessage(message)`.
		let message = "\"@method\": GET\n\"@path\": /audit";
		let by_ethers = "4955702c2645acf7ec4bbf656cff1ce351d2d3cb82c5aa3263a58f17c58160ca\
			756c488594ad108a43e7a954a0027741661117cc5ba9b3137b31a414a3ccc97b1b";
		let by_ethers: Vec<u8> = (0..65)
			.map(|i| u8::from_str_radix(&by_ethers[2 * i..2 * i + 2], 16).expect("hex"))
			.collect();
		let address = parse_eth_keyid("0x4a62316623ad457f02cdc5d997ded67a383ec569").expect("hex");
		assert_eq!(eth_address(eth_key(7).verifying_key()), address);
		assert_eq!(recover_personal_sign(message.as_bytes(), &by_ethers), Some(address));
		// And ethers would accept ours: RFC 6979 makes it the same signature.
		assert_eq!(Signer::Eth(eth_key(7)).sign(message.as_bytes()), by_ethers);
		assert_ne!(recover_personal_sign(b"tampered", &by_ethers), Some(address));
	}
}

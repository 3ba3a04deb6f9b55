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
//! A gatekeeper accepts a request whose `created` is within its window of its own clock
//! (60 s by default), whose nonce it has not seen from that key, whose `MedRec-Gatekeeper` is
//! itself, and whose body matches its digest.

use base64::{engine::general_purpose::STANDARD as B64, Engine};
use medrec_primitives::Purpose;
use medrec_runtime::AccountId;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};

use crate::digest::sha256;

/// The signature label.
pub const LABEL: &str = "medrec";
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

/// A request whose signature verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
	pub signer: AccountId,
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

fn signature_base(
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
	signer: &sr25519::Pair,
	request: &Request,
	gatekeeper: &AccountId,
	purpose: Purpose,
	now: u64,
	nonce: &str,
) -> Vec<(&'static str, String)> {
	let digest = content_digest(request.body);
	let gatekeeper = gatekeeper.to_ss58check();
	let keyid = AccountId::from(signer.public()).to_ss58check();
	let list = COMPONENTS.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" ");
	let params =
		format!("({list});created={now};nonce=\"{nonce}\";keyid=\"{keyid}\";alg=\"sr25519\"");
	let purpose = purpose_name(purpose);
	let base = signature_base(request, &digest, &gatekeeper, purpose, &params);
	let signature = signer.sign(base.as_bytes());
	vec![
		("content-digest", digest),
		(GATEKEEPER_HEADER, gatekeeper),
		(PURPOSE_HEADER, purpose.to_string()),
		("signature-input", format!("{LABEL}={params}")),
		("signature", format!("{LABEL}=:{}:", B64.encode(AsRef::<[u8]>::as_ref(&signature)))),
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
	if alg != Some("sr25519") {
		return Err(AuthError::Malformed("Signature-Input: alg must be sr25519"));
	}
	let signer = AccountId::from_ss58check(keyid)
		.map_err(|_| AuthError::Malformed("Signature-Input: keyid is not an SS58 account"))?;
	let purpose = parse_purpose(purpose_text).ok_or(AuthError::Malformed("MedRec-Purpose"))?;

	let raw = signature
		.strip_prefix(LABEL)
		.and_then(|s| s.strip_prefix("=:"))
		.and_then(|s| s.strip_suffix(':'))
		.and_then(|s| B64.decode(s).ok())
		.and_then(|b| <[u8; 64]>::try_from(b).ok())
		.ok_or(AuthError::Malformed("Signature"))?;
	let base = signature_base(request, digest, gatekeeper, purpose_text, params);
	let public = sr25519::Public::from_raw(*signer.as_ref());
	if !sr25519::Pair::verify(&sr25519::Signature::from_raw(raw), base.as_bytes(), &public) {
		return Err(AuthError::BadSignature(keyid.to_string()));
	}
	// Checked after the signature, so nobody learns anything from an unsigned request.
	if gatekeeper != me.to_ss58check() {
		return Err(AuthError::Misdirected(gatekeeper.to_string()));
	}
	if digest != content_digest(request.body) {
		return Err(AuthError::DigestMismatch);
	}
	if created + window < now {
		return Err(AuthError::Expired(now - created));
	}
	if created > now + window {
		return Err(AuthError::FromTheFuture(created - now));
	}
	Ok(Verified { signer, purpose, created, nonce: nonce.to_string() })
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
			&Sr25519Keyring::Bob.pair(),
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
		assert_eq!(ok.signer, Sr25519Keyring::Bob.to_account_id());
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
}

//! End-to-end encryption of responses: HPKE (RFC 9180), base mode, with
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and ChaCha20-Poly1305, to the reader's X25519 key
//! as published in the registrar.
//!
//! The `info` string names the scheme's version; the additional data is the request's
//! `Signature` header, so a sealed response opens only as the answer to the request that
//! asked for it.

use base64::{engine::general_purpose::STANDARD as B64, Engine};
use hpke::{
	aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem as _,
	OpModeR, OpModeS, Serializable,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

type Kem = X25519HkdfSha256;

/// The HPKE `info`: binds ciphertexts to this scheme and version.
pub const INFO: &[u8] = b"medrec-gatekeeper/v1 response";
/// The HPKE `info` of research answers: a different one, so that an answer of one kind never
/// opens as the other.
pub const RESEARCH_INFO: &[u8] = b"medrec-gatekeeper/v1 research";
/// The suite, as RFC 9180 names its parts, for the envelope.
pub const SUITE: &str = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305";

/// A sealed response body.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Envelope {
	pub suite: String,
	/// The recipient's X25519 public key, hex, so a reader with several keys picks the right
	/// one.
	pub recipient: String,
	/// HPKE's encapsulated key, base64.
	pub enc: String,
	/// The ciphertext, base64.
	pub ciphertext: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SealError {
	#[error("not an X25519 public key")]
	BadKey,
	#[error("the envelope does not decode")]
	Malformed,
	#[error("the envelope is for another key")]
	WrongRecipient,
	#[error("HPKE: {0}")]
	Hpke(String),
}

/// Seals `plaintext` to `recipient` (a 32-byte X25519 public key) with `aad`.
pub fn seal(recipient: &[u8; 32], plaintext: &[u8], aad: &[u8]) -> Result<Envelope, SealError> {
	seal_for(INFO, recipient, plaintext, aad)
}

/// Opens `envelope` with the X25519 secret key `secret`.
pub fn open(secret: &[u8; 32], envelope: &Envelope, aad: &[u8]) -> Result<Vec<u8>, SealError> {
	open_for(INFO, secret, envelope, aad)
}

/// [`seal`] with the HPKE `info` of another kind of answer ([`RESEARCH_INFO`]).
pub fn seal_for(
	info: &[u8],
	recipient: &[u8; 32],
	plaintext: &[u8],
	aad: &[u8],
) -> Result<Envelope, SealError> {
	let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(recipient).map_err(|_| SealError::BadKey)?;
	let (enc, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem, _>(
		&OpModeS::Base,
		&pk,
		info,
		plaintext,
		aad,
		&mut rand::rng(),
	)
	.map_err(|e| SealError::Hpke(e.to_string()))?;
	Ok(Envelope {
		suite: SUITE.into(),
		recipient: crate::digest::to_hex(recipient),
		enc: B64.encode(enc.to_bytes()),
		ciphertext: B64.encode(ciphertext),
	})
}

/// [`open`] for an answer sealed with [`seal_for`] and `info`.
pub fn open_for(
	info: &[u8],
	secret: &[u8; 32],
	envelope: &Envelope,
	aad: &[u8],
) -> Result<Vec<u8>, SealError> {
	let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(secret).map_err(|_| SealError::BadKey)?;
	if envelope.recipient != crate::digest::to_hex(&public_key(secret)?) {
		return Err(SealError::WrongRecipient);
	}
	let enc = B64.decode(&envelope.enc).map_err(|_| SealError::Malformed)?;
	let enc =
		<Kem as hpke::Kem>::EncappedKey::from_bytes(&enc).map_err(|_| SealError::Malformed)?;
	let ciphertext = B64.decode(&envelope.ciphertext).map_err(|_| SealError::Malformed)?;
	hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
		&OpModeR::Base,
		&sk,
		&enc,
		info,
		&ciphertext,
		aad,
	)
	.map_err(|e| SealError::Hpke(e.to_string()))
}

/// The X25519 public key of `secret`.
pub fn public_key(secret: &[u8; 32]) -> Result<[u8; 32], SealError> {
	let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(secret).map_err(|_| SealError::BadKey)?;
	let pk = Kem::sk_to_pk(&sk).to_bytes();
	let mut out = [0u8; 32];
	out.copy_from_slice(&pk);
	Ok(out)
}

/// An account's X25519 secret, derived from its signing key's secret bytes, so that one
/// secret URI is all a reader keeps. (A reader may also hold a separate X25519 key and
/// publish that instead.)
pub fn derive_secret(signing_secret: &[u8]) -> [u8; 32] {
	let mut hasher = Sha256::new();
	hasher.update(b"medrec/x25519/v1");
	hasher.update(signing_secret);
	hasher.finalize().into()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_sealed_response_opens_only_with_its_key_and_aad() {
		let secret = derive_secret(b"reader");
		let public = public_key(&secret).expect("key");
		let envelope = seal(&public, b"records", b"sig").expect("seal");
		assert_eq!(open(&secret, &envelope, b"sig").expect("open"), b"records");
		assert!(open(&secret, &envelope, b"other request").is_err());
		let other = derive_secret(b"someone else");
		assert!(matches!(open(&other, &envelope, b"sig"), Err(SealError::WrongRecipient)));
		let mut tampered = envelope.clone();
		tampered.ciphertext = B64.encode(b"not the ciphertext at all");
		assert!(open(&secret, &tampered, b"sig").is_err());
	}

	#[test]
	fn a_research_answer_never_opens_as_a_record_answer() {
		let secret = derive_secret(b"researcher");
		let public = public_key(&secret).expect("key");
		let envelope = seal_for(RESEARCH_INFO, &public, b"counts", b"sig").expect("seal");
		assert_eq!(open_for(RESEARCH_INFO, &secret, &envelope, b"sig").expect("open"), b"counts");
		assert!(open(&secret, &envelope, b"sig").is_err());
	}
}

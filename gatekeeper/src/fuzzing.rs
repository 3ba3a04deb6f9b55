//! The gatekeeper's fuzz target `signature_input`: the properties it checks of request
//! signatures, as functions of arbitrary bytes that panic only when a property breaks.
//! `fuzz/` runs them under libFuzzer; `tests/fuzz_corpus.rs` replays the committed corpus
//! (`fuzz/corpus/signature_input/`) in CI.
//!
//! The first byte picks the mode:
//! - 0: the rest is five header values (Signature-Input, Signature, Content-Digest,
//!   MedRec-Gatekeeper, MedRec-Purpose) separated by newlines. Nobody signed them, so they never
//!   verify.
//! - 1: a request Alice really signed, with the header the second byte picks replaced by the rest.
//!   It verifies only if the replacement is the original.
//! - 2: Alice signs with the `created` time (8 bytes) and nonce the input gives. It verifies
//!   exactly when `created` is within the window of the gatekeeper's clock and the nonce is 16 to
//!   64 bytes (for nonces with no `"` or `;`, which would end the value early), and is otherwise
//!   refused as expired or as from the future, with the right age.

use medrec_runtime::AccountId;
use sp_core::{sr25519, Pair};

use crate::auth::{self, AuthError, Request, Signer};

/// The gatekeeper's clock and window in every mode.
const NOW: u64 = 1_800_000_000;
const WINDOW: u64 = 60;

fn request() -> Request<'static> {
	Request { method: "GET", path: "/fhir/Observation", query: Some("patient=x"), body: b"" }
}

/// A development key.
fn dev(path: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(path, None).expect("a valid development key path")
}

/// Runs one input. Panics if a property breaks.
pub fn signature_input(data: &[u8]) {
	let Some((&mode, rest)) = data.split_first() else { return };
	let me = AccountId::from(dev("//Bob").public());
	let alice = Signer::Sr25519(dev("//Alice"));
	let purpose = medrec_primitives::Purpose::Treatment;
	match mode % 3 {
		0 => {
			let Ok(text) = std::str::from_utf8(rest) else { return };
			let values: Vec<&str> = text.splitn(5, '\n').collect();
			let header = |name: &str| {
				let i = ["signature-input", "signature", "content-digest"]
					.iter()
					.chain([auth::GATEKEEPER_HEADER, auth::PURPOSE_HEADER].iter())
					.position(|h| *h == name)?;
				values.get(i).copied()
			};
			let verdict = auth::verify(&request(), header, &me, NOW, WINDOW);
			assert!(verdict.is_err(), "unsigned headers verified: {verdict:?}");
		},
		1 => {
			let Some((&which, replacement)) = rest.split_first() else { return };
			let Ok(replacement) = std::str::from_utf8(replacement) else { return };
			let nonce = "AAAAAAAAAAAAAAAAAAAAAAAA";
			let headers = auth::sign(&alice, &request(), &me, purpose, NOW, nonce);
			let replaced = usize::from(which) % headers.len();
			let header = |name: &str| {
				let i = headers.iter().position(|(h, _)| *h == name)?;
				Some(if i == replaced { replacement } else { headers[i].1.as_str() })
			};
			let verdict = auth::verify(&request(), header, &me, NOW, WINDOW);
			if verdict.is_ok() {
				assert_eq!(
					replacement, headers[replaced].1,
					"{} was altered and the request still verified",
					headers[replaced].0
				);
			}
		},
		_ => {
			let Some((created, nonce)) = rest.split_first_chunk::<8>() else { return };
			let created = u64::from_le_bytes(*created);
			let Ok(nonce) = std::str::from_utf8(nonce) else { return };
			let headers = auth::sign(&alice, &request(), &me, purpose, created, nonce);
			let header =
				|name: &str| headers.iter().find(|(h, _)| *h == name).map(|(_, v)| v.as_str());
			let verdict = auth::verify(&request(), header, &me, NOW, WINDOW);
			if well_formed(nonce) && (16..=64).contains(&nonce.len()) {
				// Refused for being old exactly when it is, for being early exactly when it is.
				let expected = if created < NOW - WINDOW {
					Err(AuthError::Expired(NOW - created))
				} else if created > NOW + WINDOW {
					Err(AuthError::FromTheFuture(created - NOW))
				} else {
					Ok(created)
				};
				assert_eq!(verdict.map(|v| v.created), expected, "created {created}");
			} else if well_formed(nonce) {
				assert!(verdict.is_err(), "a nonce of {} bytes was accepted", nonce.len());
			}
		},
	}
}

/// Whether `nonce` reads back as itself from `nonce="…"`: a `"` or `;` in it would end the
/// value early, which is the signer's mistake (the params are still what they signed, so the
/// outcome can go either way), not a property of the gatekeeper.
fn well_formed(nonce: &str) -> bool {
	!nonce.contains(['"', ';'])
}

//! Proof of control of an Ethereum address, as existing MedRec users' wallets can give it.
//!
//! The user signs [`link_message`] with `personal_sign` (EIP-191): the wallet hashes
//! `"\x19Ethereum Signed Message:\n" ++ len ++ message` with Keccak-256 and signs that with the
//! address's secp256k1 key. The message names the MedRec account and the chain's genesis hash,
//! so a signature can neither link the address to another account nor be replayed on another
//! MedRec network.

use alloc::{format, string::String, vec::Vec};
use sp_core::H160;

/// The text a user signs to link their Ethereum address to MedRec `account` (SCALE-encoded
/// account id) on the chain with genesis hash `genesis`.
pub fn link_message(account: &[u8], genesis: &[u8]) -> Vec<u8> {
	format!(
		"MedRec: link this Ethereum address to account 0x{} on chain 0x{}",
		hex(account),
		hex(genesis)
	)
	.into_bytes()
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The address whose key made the `personal_sign` `signature` (r ‖ s ‖ v, v in {0, 1, 27,
/// 28}) over `message`, if it is a valid signature.
pub(crate) fn recover_personal_sign(message: &[u8], signature: &[u8; 65]) -> Option<H160> {
	let mut prefixed = format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend_from_slice(message);
	let digest = sp_io::hashing::keccak_256(&prefixed);
	let mut sig = *signature;
	sig[64] = match sig[64] {
		v @ (0 | 1) => v,
		v @ (27 | 28) => v - 27,
		_ => return None,
	};
	let public = sp_io::crypto::secp256k1_ecdsa_recover(&sig, &digest).ok()?;
	Some(H160::from_slice(&sp_io::hashing::keccak_256(&public)[12..]))
}

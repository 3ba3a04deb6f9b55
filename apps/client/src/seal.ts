// HPKE (RFC 9180) as gatekeeper/src/seal.rs uses it: base mode, DHKEM(X25519, HKDF-SHA256),
// HKDF-SHA256, ChaCha20-Poly1305; `info` names the scheme's version and the kind of answer
// (record and audit answers `INFO`, research answers `RESEARCH_INFO`, so neither opens as the
// other), and the additional data is the request's `Signature` header, so an answer opens only as
// the reply to its own request.

import { CipherSuite, HkdfSha256 } from '@hpke/core';
import { Chacha20Poly1305 } from '@hpke/chacha20poly1305';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { x25519 } from '@noble/curves/ed25519';
import { base64Decode, base64Encode, sha256AsU8a } from '@polkadot/util-crypto';
import { u8aConcat } from '@polkadot/util';
import { fromHex, hex } from './digest.js';

/** The `info` of record answers, audit views and research inclusions (`seal::INFO`). */
export const INFO = new TextEncoder().encode('medrec-gatekeeper/v1 response');
/** The `info` of research answers, a site's released counts (`seal::RESEARCH_INFO`). */
export const RESEARCH_INFO = new TextEncoder().encode('medrec-gatekeeper/v1 research');
export const SUITE = 'DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305';

/** A sealed response body (`application/medrec-sealed+json`). */
export interface Envelope {
	suite: string;
	/** The recipient's X25519 public key, hex. */
	recipient: string;
	/** HPKE's encapsulated key, base64. */
	enc: string;
	/** The ciphertext, base64. */
	ciphertext: string;
}

const suite = new CipherSuite({
	kem: new DhkemX25519HkdfSha256(),
	kdf: new HkdfSha256(),
	aead: new Chacha20Poly1305(),
});

function ab(bytes: Uint8Array): ArrayBuffer {
	return bytes.slice().buffer as ArrayBuffer;
}

/** The X25519 public key of `secret`. */
export function x25519Public(secret: Uint8Array): Uint8Array {
	return x25519.getPublicKey(secret);
}

/** An account's X25519 secret from its signing secret bytes (as `sp_core` holds them; see
 * keys.ts `substrateSecret`): SHA-256("medrec/x25519/v1" || secret). */
export function deriveX25519Secret(signingSecret: Uint8Array): Uint8Array {
	return sha256AsU8a(u8aConcat(new TextEncoder().encode('medrec/x25519/v1'), signingSecret));
}

export class SealError extends Error {}

/** Opens a record answer's `envelope` with the X25519 secret `secret` and additional data `aad`. */
export function open(secret: Uint8Array, envelope: Envelope, aad: Uint8Array): Promise<Uint8Array> {
	return openFor(INFO, secret, envelope, aad);
}

/** `open` for an answer sealed under another `info` (`seal::open_for`): `RESEARCH_INFO`. */
export async function openFor(info: Uint8Array, secret: Uint8Array, envelope: Envelope, aad: Uint8Array): Promise<Uint8Array> {
	if (envelope.suite !== SUITE) throw new SealError(`unknown suite ${envelope.suite}`);
	if (envelope.recipient !== hex(x25519Public(secret))) throw new SealError('the envelope is for another key');
	const recipientKey = await suite.kem.importKey('raw', ab(secret), false);
	try {
		const plaintext = await suite.open(
			{ recipientKey, enc: ab(base64Decode(envelope.enc)), info: ab(info) },
			ab(base64Decode(envelope.ciphertext)),
			ab(aad),
		);
		return new Uint8Array(plaintext);
	} catch (e) {
		throw new SealError(`HPKE: ${(e as Error).message}`);
	}
}

/** Seals `plaintext` to the X25519 public key `recipient`: what a gatekeeper does, here for the
 * TS-made vectors the Rust side re-opens. */
export function seal(recipient: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Envelope> {
	return sealFor(INFO, recipient, plaintext, aad);
}

/** `seal` under another `info` (`seal::seal_for`); the tests seal research answers with it. */
export async function sealFor(info: Uint8Array, recipient: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Envelope> {
	const recipientPublicKey = await suite.kem.importKey('raw', ab(recipient), true);
	const { enc, ct } = await suite.seal({ recipientPublicKey, info: ab(info) }, ab(plaintext), ab(aad));
	return {
		suite: SUITE,
		recipient: hex(recipient),
		enc: base64Encode(new Uint8Array(enc)),
		ciphertext: base64Encode(new Uint8Array(ct)),
	};
}

export function parseKey(text: string): Uint8Array | null {
	const k = fromHex(text);
	return k && k.length === 32 ? k : null;
}

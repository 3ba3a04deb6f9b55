import { describe, expect, test } from 'vitest';
import { deriveX25519Secret, INFO, open, openFor, RESEARCH_INFO, seal, sealFor, SealError, x25519Public } from '../src/seal.js';
import { edFormToCanonical } from '../src/keys.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('HPKE', () => {
	test('a sealed response opens only with its key and additional data', async () => {
		const secret = deriveX25519Secret(enc('reader'));
		const envelope = await seal(x25519Public(secret), enc('records'), enc('sig'));
		expect(new TextDecoder().decode(await open(secret, envelope, enc('sig')))).toBe('records');
		await expect(open(secret, envelope, enc('other request'))).rejects.toThrow(SealError);
		const other = deriveX25519Secret(enc('someone else'));
		await expect(open(other, envelope, enc('sig'))).rejects.toThrow(/another key/);
		const tampered = { ...envelope, ciphertext: btoa('not the ciphertext at all') };
		await expect(open(secret, tampered, enc('sig'))).rejects.toThrow(SealError);
	});

	test('research answers are sealed under their own info, and neither kind opens as the other', async () => {
		// gatekeeper/src/seal.rs: INFO = "medrec-gatekeeper/v1 response", RESEARCH_INFO = "… research".
		expect(new TextDecoder().decode(INFO)).toBe('medrec-gatekeeper/v1 response');
		expect(new TextDecoder().decode(RESEARCH_INFO)).toBe('medrec-gatekeeper/v1 research');
		const secret = deriveX25519Secret(enc('researcher'));
		const research = await sealFor(RESEARCH_INFO, x25519Public(secret), enc('counts'), enc('sig'));
		expect(new TextDecoder().decode(await openFor(RESEARCH_INFO, secret, research, enc('sig')))).toBe('counts');
		await expect(open(secret, research, enc('sig'))).rejects.toThrow(SealError);
		const record = await seal(x25519Public(secret), enc('records'), enc('sig'));
		await expect(openFor(RESEARCH_INFO, secret, record, enc('sig'))).rejects.toThrow(SealError);
		expect(new TextDecoder().decode(await openFor(INFO, secret, record, enc('sig')))).toBe('records');
	});

	test('two seals of the same message differ (fresh ephemeral keys)', async () => {
		const pub = x25519Public(deriveX25519Secret(enc('reader')));
		const [a, b] = [await seal(pub, enc('m'), enc('')), await seal(pub, enc('m'), enc(''))];
		expect(a.enc).not.toBe(b.enc);
	});
});

describe('secret forms', () => {
	test('the ed25519 form is the canonical scalar times eight', () => {
		// A canonical scalar below 2^253 and a nonce; multiply by 8 as schnorrkel's
		// to_ed25519_bytes does, and expect the conversion to undo it.
		const canonical = new Uint8Array(64);
		for (let i = 0; i < 64; i++) canonical[i] = (i * 37 + 11) & 0xff;
		canonical[31] = 0x0f;
		const edForm = canonical.slice();
		let carry = 0;
		for (let i = 0; i < 32; i++) {
			const v = canonical[i]! * 8 + carry;
			edForm[i] = v & 0xff;
			carry = v >> 8;
		}
		expect(edFormToCanonical(edForm)).toEqual(canonical);
	});
});

import { beforeAll, describe, expect, test } from 'vitest';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { KeyringPair } from '@polkadot/keyring/types';
import { contentDigest, signRequest, verifyRequest, type RequestParts } from '../src/auth.js';

const NOW = 1_800_000_000;
let bob: KeyringPair;
let alice: KeyringPair;
let charlie: KeyringPair;

beforeAll(async () => {
	await cryptoWaitReady();
	const k = new Keyring({ type: 'sr25519' });
	bob = k.addFromUri('//Bob');
	alice = k.addFromUri('//Alice');
	charlie = k.addFromUri('//Charlie');
});

const request: RequestParts = { method: 'GET', path: '/fhir/Observation', query: 'patient=p1' };

describe('signed requests', () => {
	test('verify for their gatekeeper only', () => {
		const h = signRequest(bob, request, alice.address, 'treatment', NOW, 'AAAAAAAAAAAAAAAAAAAAAAAA');
		const ok = verifyRequest(request, h, alice.address, NOW + 5);
		expect(ok.signer).toBe(bob.address);
		expect(ok.purpose).toBe('treatment');
		expect(() => verifyRequest(request, h, charlie.address, NOW)).toThrow(/addressed to/);
	});

	test('the signature base is RFC 9421\'s, as the README spells it', () => {
		const h = signRequest(bob, request, alice.address, 'treatment', NOW, 'AAAAAAAAAAAAAAAAAAAAAAAA');
		const { base } = verifyRequest(request, h, alice.address, NOW);
		expect(base).toBe([
			'"@method": GET',
			'"@path": /fhir/Observation',
			'"@query": ?patient=p1',
			'"content-digest": sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:',
			`"medrec-gatekeeper": ${alice.address}`,
			'"medrec-purpose": treatment',
			`"@signature-params": ("@method" "@path" "@query" "content-digest" "medrec-gatekeeper" "medrec-purpose");created=${NOW};nonce="AAAAAAAAAAAAAAAAAAAAAAAA";keyid="${bob.address}";alg="sr25519"`,
		].join('\n'));
	});

	test('old, future, tampered and forged requests fail', () => {
		const h = signRequest(bob, request, alice.address, 'treatment', NOW, 'AAAAAAAAAAAAAAAAAAAAAAAA');
		expect(() => verifyRequest(request, h, alice.address, NOW + 61)).toThrow(/expired/);
		expect(() => verifyRequest(request, h, alice.address, NOW - 61)).toThrow(/future/);
		expect(() => verifyRequest({ ...request, query: 'patient=p2' }, h, alice.address, NOW)).toThrow(/does not verify/);
		const body = new TextEncoder().encode('{}');
		const hb = signRequest(bob, { ...request, body }, alice.address, 'treatment', NOW, 'AAAAAAAAAAAAAAAAAAAAAAAA');
		expect(() => verifyRequest({ ...request, body: new TextEncoder().encode('{ }') }, hb, alice.address, NOW)).toThrow(/does not verify|Content-Digest/);
		const forged = { ...h, 'signature-input': h['signature-input'].replace(bob.address, charlie.address) };
		expect(() => verifyRequest(request, forged, alice.address, NOW)).toThrow(/does not verify/);
	});

	test('unsigned or partly signed requests fail', () => {
		const h = signRequest(bob, request, alice.address, 'treatment', NOW, 'AAAAAAAAAAAAAAAAAAAAAAAA');
		const { signature: _dropped, ...unsigned } = h;
		expect(() => verifyRequest(request, unsigned, alice.address, NOW)).toThrow(/missing signature/);
		const fewer = { ...h, 'signature-input': h['signature-input'].replace(' "medrec-purpose"', '') };
		expect(() => verifyRequest(request, fewer, alice.address, NOW)).toThrow(/components/);
	});

	test('fresh nonces are 24 base64 characters and differ', () => {
		const a = signRequest(bob, request, alice.address, 'personal');
		const b = signRequest(bob, request, alice.address, 'personal');
		const nonce = (h: typeof a) => /nonce="([^"]+)"/.exec(h['signature-input'])![1]!;
		expect(nonce(a)).toHaveLength(24);
		expect(nonce(a)).not.toBe(nonce(b));
	});

	test('Content-Digest of an empty body is SHA-256 of nothing', () => {
		expect(contentDigest()).toBe('sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:');
	});
});

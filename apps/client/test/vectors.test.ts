// The Rust side's vectors (vectors/rust-made.json, made by the real binaries: capture.mjs) and
// ours (vectors/ts-made.json, which the Rust side re-checks: apps/NEEDS.md). Set WRITE_VECTORS=1
// to write ts-made.json afresh; otherwise the checked-in file is checked here too, so a change in
// this client that the Rust side would refuse shows up on both sides.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import type { KeyringPair } from '@polkadot/keyring/types';
import { signRequest, verifyRequest } from '../src/auth.js';
import { canonical, hex, leaf, parseRaw, recordSet, toValue } from '../src/digest.js';
import { parseAnswer, served } from '../src/gatekeeper.js';
import { encryptionPublic, encryptionSecret } from '../src/keys.js';
import { open, seal, type Envelope } from '../src/seal.js';

const here = dirname(fileURLToPath(import.meta.url));
const rust = JSON.parse(readFileSync(join(here, 'vectors', 'rust-made.json'), 'utf8')) as RustVectors;
const tsPath = join(here, 'vectors', 'ts-made.json');

interface RustCase {
	name: string;
	signer: string;
	gatekeeper: string;
	request: { method: string; path: string; query: string | null; headers: Record<string, string> };
	response: { status: number; contentType: string; body: string };
	rustOutput: unknown;
}
interface RustVectors {
	chain: { finalized: string; eve: string; relationshipsScale: `0x${string}`; relationshipsType: string; bobEncryptionKey: string };
	observationText: string;
	cases: RustCase[];
}

let keyring: Keyring;
const pair = (uri: string): KeyringPair => keyring.addFromUri(uri);
const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
	await cryptoWaitReady();
	keyring = new Keyring({ type: 'sr25519' });
});

function created(c: RustCase): number {
	return Number(/created=(\d+)/.exec(c.request.headers['signature-input']!)![1]);
}

describe('vectors made by the Rust binaries', () => {
	test('the X25519 key derived here from //Bob is the one the Rust client published', () => {
		expect(u8aToHex(encryptionPublic(pair('//Bob')))).toBe(rust.chain.bobEncryptionKey);
	});

	test.each(rust.cases.map((c) => [c.name, c] as const))('%s: the Rust-signed request verifies here', (_, c) => {
		const { path, query, method } = c.request;
		const v = verifyRequest({ method, path, query: query ?? undefined }, c.request.headers, c.gatekeeper, created(c));
		expect(v.signer).toBe(pair(c.signer).address);
		// Any change to what was signed must break it.
		expect(() => verifyRequest({ method, path: `${path}x`, query: query ?? undefined }, c.request.headers, c.gatekeeper, created(c))).toThrow();
	});

	test.each(rust.cases.map((c) => [c.name, c] as const))('%s: the Rust-sealed answer opens here to what the Rust client printed', async (_, c) => {
		expect(c.response.status).toBe(200);
		const envelope = JSON.parse(c.response.body) as Envelope;
		const aad = utf8(c.request.headers.signature!);
		const plaintext = new TextDecoder().decode(await open(encryptionSecret(pair(c.signer)), envelope, aad));
		if (c.name.includes('audit')) {
			expect(JSON.parse(plaintext).entries).toEqual(c.rustOutput);
		} else {
			expect(toValue(parseAnswer(plaintext).fhir)).toEqual(c.rustOutput);
		}
		// The same answer does not open as the reply to another request.
		await expect(open(encryptionSecret(pair(c.signer)), envelope, utf8(`${c.request.headers.signature}x`))).rejects.toThrow();
	});

	test('the answers\' records digest to the chain\'s pointers', async () => {
		const registry = new TypeRegistry();
		const meta = JSON.parse(readFileSync(join(here, '..', 'metadata', 'medrec.json'), 'utf8')) as { result: `0x${string}` };
		registry.setMetadata(new Metadata(registry, meta.result));
		const views = registry.createType(rust.chain.relationshipsType, rust.chain.relationshipsScale).toJSON() as { provider: string; pointers: { recordSet: number; digest: string }[] }[];
		let checked = 0;
		for (const c of rust.cases.filter((x) => !x.name.includes('audit'))) {
			const plaintext = new TextDecoder().decode(await open(encryptionSecret(pair(c.signer)), JSON.parse(c.response.body) as Envelope, utf8(c.request.headers.signature!)));
			const answer = parseAnswer(plaintext);
			const relationship = views.find((v) => v.provider === c.gatekeeper)!;
			const leaves = new Set<string>();
			for (const proof of answer.proofs) {
				const set = hex(recordSet(proof.leaves.map((l) => Uint8Array.from(l.match(/../g)!, (b) => parseInt(b, 16)))));
				expect(set).toBe(proof.digest);
				expect(relationship.pointers.find((p) => p.recordSet === proof.recordSet)!.digest).toBe(`0x${set}`);
				proof.leaves.forEach((l) => leaves.add(l));
			}
			for (const r of served(answer)) {
				expect(leaves.has(hex(leaf(r)))).toBe(true);
				checked++;
			}
		}
		// Both reads served records (medications, observations with the capture's vector).
		expect(checked).toBeGreaterThanOrEqual(3);
	});

	test('JSON.parse would lose the canonical form, the raw parser does not', () => {
		const raw = parseRaw(rust.observationText);
		expect(canonical(raw)).toContain('"value":98.60');
		expect(JSON.stringify(JSON.parse(rust.observationText))).not.toContain('98.60');
	});
});

// --- Vectors made here, for the Rust side --------------------------------------------------

interface TsVectors {
	about: string;
	signedRequest: {
		signer: string;
		signerAccount: string;
		gatekeeper: string;
		method: string;
		path: string;
		query: string;
		body: string;
		now: number;
		headers: Record<string, string>;
		signatureBase: string;
	};
	sealed: { recipientUri: string; recipientPublic: string; plaintext: string; aad: string; envelope: Envelope };
	canonical: { text: string; canonical: string; leaf: string }[];
	recordSet: { leaves: string[]; digest: string };
}

async function makeTsVectors(): Promise<TsVectors> {
	const dave = pair('//Dave');
	const bob = pair('//Bob');
	const body = '{"resourceType":"Parameters"}';
	const request = { method: 'POST', path: '/fhir/Patient/eve/$everything', query: 'patient=eve&_count=10', body: utf8(body) };
	const now = 1_800_000_000;
	const headers = signRequest(dave, request, bob.address, 'treatment', now, 'dHMtbWFkZS12ZWN0b3Itbm9uY2U=');
	const signatureBase = verifyRequest(request, headers, bob.address, now).base;
	const plaintext = JSON.stringify({ fhir: { resourceType: 'Bundle', type: 'searchset', entry: [] }, note: 'sealed by the TS client' });
	const envelope = await seal(encryptionPublic(bob), utf8(plaintext), utf8(headers.signature));
	const texts = [
		'{"b":1,"a":{"d":[1,2.50,-0.5],"c":"x"}}',
		'{"😀":"smile","！":"bang","a":"tab\\there \\"q\\" \\u0007 é"}',
		rust.observationText,
	];
	const canonicals = texts.map((text) => ({ text, canonical: canonical(parseRaw(text)), leaf: hex(leaf(parseRaw(text))) }));
	const leaves = canonicals.map((c) => c.leaf);
	return {
		about: 'Made by the TS client (apps/client/test/vectors.test.ts with WRITE_VECTORS=1); the Rust side re-checks them (apps/NEEDS.md). Do not edit.',
		signedRequest: { signer: '//Dave', signerAccount: dave.address, gatekeeper: bob.address, method: request.method, path: request.path, query: request.query, body, now, headers: { ...headers }, signatureBase },
		sealed: { recipientUri: '//Bob', recipientPublic: hex(encryptionPublic(bob)), plaintext, aad: headers.signature, envelope },
		canonical: canonicals,
		recordSet: { leaves, digest: hex(recordSet(leaves.map((l) => Uint8Array.from(l.match(/../g)!, (b) => parseInt(b, 16))))) },
	};
}

describe('vectors made here', () => {
	test.runIf(process.env.WRITE_VECTORS === '1')('write ts-made.json', async () => {
		writeFileSync(tsPath, `${JSON.stringify(await makeTsVectors(), null, 2)}\n`);
	});

	test('the checked-in file still verifies and opens with this client', async () => {
		const v = JSON.parse(readFileSync(tsPath, 'utf8')) as TsVectors;
		const s = v.signedRequest;
		const ok = verifyRequest({ method: s.method, path: s.path, query: s.query, body: utf8(s.body) }, s.headers, s.gatekeeper, s.now);
		expect(ok.signer).toBe(pair(s.signer).address);
		expect(ok.base).toBe(s.signatureBase);
		const opened = await open(encryptionSecret(pair(v.sealed.recipientUri)), v.sealed.envelope, utf8(v.sealed.aad));
		expect(new TextDecoder().decode(opened)).toBe(v.sealed.plaintext);
		for (const c of v.canonical) {
			expect(canonical(parseRaw(c.text))).toBe(c.canonical);
			expect(hex(leaf(parseRaw(c.text)))).toBe(c.leaf);
		}
	});
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { declareExtensions, extensionList, MEDREC_EXTENSIONS } from '../src/extensions.js';

const here = dirname(fileURLToPath(import.meta.url));

function runtimeExtensions() {
	const registry = new TypeRegistry();
	const hex = (JSON.parse(readFileSync(join(here, '..', 'metadata', 'medrec.json'), 'utf8')) as { result: `0x${string}` }).result;
	const metadata = new Metadata(registry, hex);
	registry.setMetadata(metadata);
	return { list: extensionList(metadata) };
}

describe('transaction extensions', () => {
	test('the runtime\'s metadata lists CheckMember as empty and CheckNonce as not', () => {
		const { list } = runtimeExtensions();
		expect(list.map((e) => e.identifier)).toContain('CheckMember');
		expect(list.find((e) => e.identifier === 'CheckMember')).toMatchObject({ explicitEmpty: true, implicitEmpty: true });
		expect(list.find((e) => e.identifier === 'CheckNonce')!.explicitEmpty).toBe(false);
		expect(list.find((e) => e.identifier === 'CheckGenesis')!.implicitEmpty).toBe(false);
	});

	test('are declared for the runtime as it is', () => {
		const declared = declareExtensions(runtimeExtensions().list);
		expect(declared.CheckMember).toEqual(MEDREC_EXTENSIONS.CheckMember);
		expect(declared.CheckNonce).toEqual({ extrinsic: { nonce: 'Compact<Index>' }, payload: {} });
	});

	test('a new zero-sized extension is declared empty by itself; an unknown sized one is refused', () => {
		const { list } = runtimeExtensions();
		const withRevive = [...list, { identifier: 'CheckEvm', explicitEmpty: true, implicitEmpty: true }, { identifier: 'SetOrigin', explicitEmpty: true, implicitEmpty: true }];
		const declared = declareExtensions(withRevive);
		expect(declared.CheckEvm).toEqual({ extrinsic: {}, payload: {} });
		expect(declared.SetOrigin).toEqual({ extrinsic: {}, payload: {} });
		expect(() => declareExtensions([...list, { identifier: 'ChargeSomething', explicitEmpty: false, implicitEmpty: true }])).toThrow(/ChargeSomething/);
	});

	test('a signed payload carries the nonce once, compact, and nothing for CheckMember', () => {
		const registry = new TypeRegistry();
		const hex = (JSON.parse(readFileSync(join(here, '..', 'metadata', 'medrec.json'), 'utf8')) as { result: `0x${string}` }).result;
		const metadata = new Metadata(registry, hex);
		registry.setMetadata(metadata, undefined, declareExtensions(runtimeExtensions().list));
		const common = { method: '0x0a03' + '00'.repeat(32), era: '0x00', genesisHash: '0x' + '11'.repeat(32), blockHash: '0x' + '11'.repeat(32), specVersion: 100, transactionVersion: 1 };
		const small = registry.createType('ExtrinsicPayload', { ...common, nonce: 1 }, { version: 4 }).toU8a({ method: true });
		const big = registry.createType('ExtrinsicPayload', { ...common, nonce: 70000 }, { version: 4 }).toU8a({ method: true });
		// Compact: 1 encodes in one byte, 70000 in four; no other field depends on the nonce.
		expect(big.length - small.length).toBe(3);
		expect(registry.signedExtensions).toContain('CheckMember');
	});
});

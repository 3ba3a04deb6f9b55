import { describe, expect, test } from 'vitest';
import { canonical, fromHex, hex, leaf, parseRaw, recordSet, toValue } from '../src/digest.js';
import { sha256AsU8a } from '@polkadot/util-crypto';

describe('canonical form', () => {
	test('sorts keys, drops whitespace, keeps number lexemes', () => {
		const raw = parseRaw('{ "b": 1, "a": { "d": [1, 2.50, 1.0e+2], "c": "x" } }');
		expect(canonical(raw)).toBe('{"a":{"c":"x","d":[1,2.50,1.0e+2]},"b":1}');
	});

	test('sorts keys by code point, not UTF-16 unit', () => {
		// U+1F600 (surrogates D83D DE00) sorts after U+FF01 by code point, before it by UTF-16.
		const raw = parseRaw('{"😀":1,"！":2,"a":3}');
		expect(canonical(raw)).toBe('{"a":3,"！":2,"😀":1}');
	});

	test('escapes only quotes, backslashes and control characters, as serde_json', () => {
		const raw = parseRaw('"a\\u002fb / \\" \\\\ \\t \\u0007 é ✓"');
		expect(canonical(raw)).toBe('"a/b / \\" \\\\ \\t \\u0007 é ✓"');
	});

	test('keeps the last of duplicate keys, as serde_json', () => {
		expect(canonical(parseRaw('{"a":1,"a":2}'))).toBe('{"a":2}');
	});

	test('refuses what is not JSON', () => {
		expect(() => parseRaw('{"a":}')).toThrow();
		expect(() => parseRaw('[1,]')).toThrow();
		expect(() => parseRaw('{"a":1} x')).toThrow();
	});

	test('toValue gives the plain value back', () => {
		expect(toValue(parseRaw('{"a":[1,2.5,"x",null,true]}'))).toEqual({ a: [1, 2.5, 'x', null, true] });
	});
});

describe('record-set digests', () => {
	test('the empty set digests to SHA-256 of nothing (the Rust side\'s known answer)', () => {
		expect(hex(recordSet([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	test('ignore order but not content', () => {
		const x = sha256AsU8a(new TextEncoder().encode('x'));
		const y = sha256AsU8a(new TextEncoder().encode('y'));
		expect(hex(recordSet([x, y]))).toBe(hex(recordSet([y, x])));
		expect(hex(recordSet([x, y]))).not.toBe(hex(recordSet([x])));
	});

	test('a leaf is SHA-256 of the canonical form', () => {
		const a = parseRaw('{ "b": 1, "a": "x" }');
		expect(hex(leaf(a))).toBe(hex(sha256AsU8a(new TextEncoder().encode('{"a":"x","b":1}'))));
	});

	test('hex round-trips, with or without 0x', () => {
		const h = sha256AsU8a(new TextEncoder().encode('medrec'));
		expect(fromHex(hex(h))).toEqual(h);
		expect(fromHex(`0x${hex(h)}`)).toEqual(h);
		expect(fromHex('zz')).toBeNull();
	});
});

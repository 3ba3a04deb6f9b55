// Record-set digests, computed as the gatekeeper computes them (gatekeeper/src/digest.rs): a
// resource's leaf is SHA-256 of its canonical JSON (keys sorted by code point, no whitespace,
// strings escaped as serde_json does); a record set digests to SHA-256 over its leaves sorted
// ascending.
//
// Numbers are the subtle part. The gatekeeper stores each resource in canonical form and serves
// that text, so the leaf is over the numbers *as served*: we keep each number's lexeme from the
// answer's text and print it verbatim. `JSON.parse` cannot be used: it turns `98.60` into 98.6
// and `1.0e+2` into 100, and the leaf would no longer match (apps/NEEDS.md has the details and
// the vector that shows it).

import { sha256AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

/** A JSON value whose numbers keep their source text. */
export type RawJson =
	| { kind: 'null' }
	| { kind: 'bool'; value: boolean }
	| { kind: 'number'; text: string }
	| { kind: 'string'; value: string }
	| { kind: 'array'; items: RawJson[] }
	| { kind: 'object'; entries: [string, RawJson][] };

class Parser {
	private at = 0;
	constructor(private readonly text: string) {}

	parse(): RawJson {
		const value = this.value();
		this.space();
		if (this.at !== this.text.length) this.fail('trailing characters');
		return value;
	}

	private fail(what: string): never {
		throw new SyntaxError(`JSON: ${what} at ${this.at}`);
	}

	private space(): void {
		while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at++;
	}

	private value(): RawJson {
		this.space();
		const c = this.text[this.at];
		if (c === '{') return this.object();
		if (c === '[') return this.array();
		if (c === '"') return { kind: 'string', value: this.string() };
		if (this.text.startsWith('true', this.at)) { this.at += 4; return { kind: 'bool', value: true }; }
		if (this.text.startsWith('false', this.at)) { this.at += 5; return { kind: 'bool', value: false }; }
		if (this.text.startsWith('null', this.at)) { this.at += 4; return { kind: 'null' }; }
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
		if (!m) this.fail('unexpected character');
		this.at += m[0].length;
		return { kind: 'number', text: m[0] };
	}

	private object(): RawJson {
		this.at++;
		const entries: [string, RawJson][] = [];
		this.space();
		if (this.text[this.at] === '}') { this.at++; return { kind: 'object', entries }; }
		for (;;) {
			this.space();
			if (this.text[this.at] !== '"') this.fail('expected a key');
			const key = this.string();
			this.space();
			if (this.text[this.at++] !== ':') this.fail('expected ":"');
			const value = this.value();
			// serde_json keeps the last of duplicate keys.
			const i = entries.findIndex(([k]) => k === key);
			if (i >= 0) entries.splice(i, 1);
			entries.push([key, value]);
			this.space();
			const sep = this.text[this.at++];
			if (sep === '}') return { kind: 'object', entries };
			if (sep !== ',') this.fail('expected "," or "}"');
		}
	}

	private array(): RawJson {
		this.at++;
		const items: RawJson[] = [];
		this.space();
		if (this.text[this.at] === ']') { this.at++; return { kind: 'array', items }; }
		for (;;) {
			items.push(this.value());
			this.space();
			const sep = this.text[this.at++];
			if (sep === ']') return { kind: 'array', items };
			if (sep !== ',') this.fail('expected "," or "]"');
		}
	}

	private string(): string {
		// The lexeme is valid JSON on its own, so JSON.parse decodes escapes exactly.
		const start = this.at++;
		while (this.at < this.text.length) {
			const c = this.text[this.at++];
			if (c === '\\') this.at++;
			else if (c === '"') return JSON.parse(this.text.slice(start, this.at)) as string;
		}
		return this.fail('unterminated string');
	}
}

export function parseRaw(text: string): RawJson {
	return new Parser(text).parse();
}

/** A parsed (plain) JSON value as RawJson, for values that never went through text. */
export function fromValue(value: unknown): RawJson {
	if (value === null || value === undefined) return { kind: 'null' };
	if (typeof value === 'boolean') return { kind: 'bool', value };
	if (typeof value === 'number') return { kind: 'number', text: JSON.stringify(value) };
	if (typeof value === 'string') return { kind: 'string', value };
	if (Array.isArray(value)) return { kind: 'array', items: value.map(fromValue) };
	return { kind: 'object', entries: Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromValue(v)]) };
}

/** Back to a plain value (numbers as JS numbers), for display. */
export function toValue(raw: RawJson): unknown {
	switch (raw.kind) {
		case 'null': return null;
		case 'bool': return raw.value;
		case 'number': return Number(raw.text);
		case 'string': return raw.value;
		case 'array': return raw.items.map(toValue);
		case 'object': return Object.fromEntries(raw.entries.map(([k, v]) => [k, toValue(v)]));
	}
}

// Rust sorts `String`s by their UTF-8 bytes, which is code point order; JS compares UTF-16 code
// units, which differs for characters above U+FFFF against U+E000..U+FFFF.
function byCodePoint(a: string, b: string): number {
	const x = Array.from(a);
	const y = Array.from(b);
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
		if (d !== 0) return d;
	}
	return x.length - y.length;
}

// serde_json escapes `"`, `\` and control characters only (\b \f \n \r \t or \u00xx, lower-case
// hex); JSON.stringify does the same for well-formed strings.
function quote(s: string): string {
	return JSON.stringify(s);
}

export function canonical(raw: RawJson): string {
	switch (raw.kind) {
		case 'null': return 'null';
		case 'bool': return raw.value ? 'true' : 'false';
		case 'number': return raw.text;
		case 'string': return quote(raw.value);
		case 'array': return `[${raw.items.map(canonical).join(',')}]`;
		case 'object': {
			const entries = [...raw.entries].sort(([a], [b]) => byCodePoint(a, b));
			return `{${entries.map(([k, v]) => `${quote(k)}:${canonical(v)}`).join(',')}}`;
		}
	}
}

const utf8 = new TextEncoder();

/** A resource's leaf: SHA-256 of its canonical form. */
export function leaf(raw: RawJson): Uint8Array {
	return sha256AsU8a(utf8.encode(canonical(raw)));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

/** The record-set digest over `leaves`, in any order. */
export function recordSet(leaves: Uint8Array[]): Uint8Array {
	const sorted = [...leaves].sort(compareBytes);
	const all = new Uint8Array(32 * sorted.length);
	sorted.forEach((l, i) => all.set(l, 32 * i));
	return sha256AsU8a(all);
}

/** Lower-case hex without `0x`, as the gatekeeper writes digests. */
export function hex(bytes: Uint8Array): string {
	return u8aToHex(bytes).slice(2);
}

export function fromHex(text: string): Uint8Array | null {
	const t = text.startsWith('0x') ? text.slice(2) : text;
	if (!/^([0-9a-fA-F]{2})*$/.test(t)) return null;
	return Uint8Array.from(t.match(/../g) ?? [], (b) => parseInt(b, 16));
}

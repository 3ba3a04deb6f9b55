// Signed gatekeeper requests: HTTP Message Signatures (RFC 9421) as gatekeeper/src/auth.rs
// makes and verifies them. The signature base is built in one place, here, for both signing and
// verifying, so that the two cannot disagree with each other; the vectors under test/vectors tie
// them to the Rust side.

import { base64Decode, base64Encode, decodeAddress, encodeAddress, sha256AsU8a, sr25519Verify } from '@polkadot/util-crypto';

export const LABEL = 'medrec';
export const COMPONENTS = ['@method', '@path', '@query', 'content-digest', 'medrec-gatekeeper', 'medrec-purpose'] as const;
export const PURPOSES = ['treatment', 'payment', 'operations', 'research', 'personal'] as const;
export type PurposeName = (typeof PURPOSES)[number];

/** Anything that makes a plain sr25519 signature (substrate context) over raw bytes: a
 * KeyringPair does; polkadot.js `signRaw` does not (it wraps the bytes), see README. */
export interface RawSigner {
	address: string;
	sign(message: Uint8Array): Uint8Array;
}

export interface RequestParts {
	method: string;
	path: string;
	/** The raw query, without `?`; empty or undefined for none. */
	query?: string;
	body?: Uint8Array;
}

export type SignedHeaders = {
	'content-digest': string;
	'medrec-gatekeeper': string;
	'medrec-purpose': PurposeName;
	'signature-input': string;
	signature: string;
};

const utf8 = new TextEncoder();

/** RFC 9530 `Content-Digest` of `body`. */
export function contentDigest(body: Uint8Array = new Uint8Array()): string {
	return `sha-256=:${base64Encode(sha256AsU8a(body))}:`;
}

export function signatureParams(created: number, nonce: string, keyid: string): string {
	const list = COMPONENTS.map((c) => `"${c}"`).join(' ');
	return `(${list});created=${created};nonce="${nonce}";keyid="${keyid}";alg="sr25519"`;
}

export function signatureBase(request: RequestParts, digest: string, gatekeeper: string, purpose: string, params: string): string {
	const values = [request.method, request.path, `?${request.query ?? ''}`, digest, gatekeeper, purpose];
	const lines = COMPONENTS.map((name, i) => `"${name}": ${values[i]}`);
	lines.push(`"@signature-params": ${params}`);
	return lines.join('\n');
}

/** A fresh nonce: 18 random bytes, base64 (24 characters), as the Rust client makes them. */
export function newNonce(): string {
	return base64Encode(crypto.getRandomValues(new Uint8Array(18)));
}

/** The headers that sign `request` for the gatekeeper run by provider `gatekeeper` (SS58). */
export function signRequest(
	signer: RawSigner,
	request: RequestParts,
	gatekeeper: string,
	purpose: PurposeName,
	created: number = Math.floor(Date.now() / 1000),
	nonce: string = newNonce(),
): SignedHeaders {
	const digest = contentDigest(request.body);
	// The gatekeeper compares names as SS58 strings with the generic prefix 42.
	const gk = encodeAddress(decodeAddress(gatekeeper), 42);
	const keyid = encodeAddress(decodeAddress(signer.address), 42);
	const params = signatureParams(created, nonce, keyid);
	const base = signatureBase(request, digest, gk, purpose, params);
	const signature = signer.sign(utf8.encode(base));
	return {
		'content-digest': digest,
		'medrec-gatekeeper': gk,
		'medrec-purpose': purpose,
		'signature-input': `${LABEL}=${params}`,
		signature: `${LABEL}=:${base64Encode(signature)}:`,
	};
}

export interface VerifiedRequest {
	signer: string;
	purpose: PurposeName;
	created: number;
	nonce: string;
	base: string;
}

/** Verifies signature headers as the gatekeeper does (minus the nonce store), throwing on any
 * fault; used by the tests and the vectors. */
export function verifyRequest(
	request: RequestParts,
	headers: Record<string, string>,
	me: string,
	now: number,
	window = 60,
): VerifiedRequest {
	const h = (name: string): string => {
		const v = headers[name] ?? headers[name.toLowerCase()];
		if (v === undefined) throw new Error(`missing ${name}`);
		return v;
	};
	const input = h('signature-input');
	const signature = h('signature');
	const digest = h('content-digest');
	const gatekeeper = h('medrec-gatekeeper');
	const purpose = h('medrec-purpose');
	if (!input.startsWith(`${LABEL}=`)) throw new Error('Signature-Input: no medrec label');
	const params = input.slice(LABEL.length + 1);
	const m = /^\(([^)]*)\)(.*)$/.exec(params);
	if (!m) throw new Error('Signature-Input: no component list');
	const covered = m[1]!.split(/\s+/).filter(Boolean).map((c) => c.replace(/^"|"$/g, ''));
	if (covered.join(' ') !== COMPONENTS.join(' ')) throw new Error('wrong components');
	const fields: Record<string, string> = {};
	for (const p of m[2]!.split(';').filter(Boolean)) {
		const eq = p.indexOf('=');
		if (eq < 0) throw new Error('Signature-Input parameter');
		const key = p.slice(0, eq);
		if (!['created', 'nonce', 'keyid', 'alg'].includes(key)) throw new Error('Signature-Input: unknown parameter');
		fields[key] = p.slice(eq + 1).replace(/^"+|"+$/g, '');
	}
	const created = Number(fields.created);
	if (!Number.isInteger(created)) throw new Error('Signature-Input: created');
	const nonce = fields.nonce ?? '';
	if (nonce.length < 16 || nonce.length > 64) throw new Error('Signature-Input: nonce');
	if (fields.alg !== 'sr25519') throw new Error('alg must be sr25519');
	const keyid = fields.keyid ?? '';
	if (!(PURPOSES as readonly string[]).includes(purpose)) throw new Error('MedRec-Purpose');
	const sm = /^medrec=:([A-Za-z0-9+/=]+):$/.exec(signature);
	if (!sm) throw new Error('Signature');
	const raw = base64Decode(sm[1]!);
	if (raw.length !== 64) throw new Error('Signature');
	const base = signatureBase(request, digest, gatekeeper, purpose, params);
	if (!sr25519Verify(utf8.encode(base), raw, decodeAddress(keyid))) throw new Error(`the signature does not verify for ${keyid}`);
	if (gatekeeper !== encodeAddress(decodeAddress(me), 42)) throw new Error(`addressed to ${gatekeeper}`);
	if (digest !== contentDigest(request.body)) throw new Error('the body does not match Content-Digest');
	if (created + window < now) throw new Error('expired');
	if (created > now + window) throw new Error('from the future');
	return { signer: keyid, purpose: purpose as PurposeName, created, nonce, base };
}

/** Splits `/path?query` as the gatekeeper sees it. */
export function splitPathAndQuery(pathAndQuery: string): { path: string; query: string | undefined } {
	const i = pathAndQuery.indexOf('?');
	return i < 0 ? { path: pathAndQuery, query: undefined } : { path: pathAndQuery.slice(0, i), query: pathAndQuery.slice(i + 1) };
}

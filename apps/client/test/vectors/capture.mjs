// Captures vectors made by the real Rust binaries, for the TS client's tests (rust-made.json):
// the `gatekeeper client` signs a request and a running gatekeeper seals its answer; a
// recording proxy between them keeps both as they crossed the wire, and the chain's pointers are
// read at the finalized block. Run against a `--dev` chain with Alice's gatekeeper seeded by
// `gatekeeper demo` (apps/e2e/stack.mjs starts one):
//
//   node test/vectors/capture.mjs --node ws://127.0.0.1:19944 --gatekeeper http://127.0.0.1:18080 \
//     --admin http://127.0.0.1:18081 --bin /tmp/medrec-bin
//
// It ingests one extra Observation for Eve whose numbers and strings exercise the canonical
// form (a decimal JavaScript prints differently, escapes, non-ASCII text). Floats in exponent
// form are left out: the Rust client itself fails to verify them today (apps/NEEDS.md).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const node = args.node ?? 'ws://127.0.0.1:9944';
const gatekeeper = args.gatekeeper ?? 'http://127.0.0.1:8080';
const admin = args.admin ?? 'http://127.0.0.1:8081';
const bin = args.bin ?? process.env.MEDREC_BIN ?? '/tmp/medrec-bin';
const here = dirname(fileURLToPath(import.meta.url));

// The numbers are written as text on purpose: `98.60` keeps its trailing zero through the
// gatekeeper's canonical form, which JSON.parse would drop.
const observation = `{"resourceType":"Observation","id":"eve-vector-1","status":"final",
 "subject":{"reference":"Patient/eve"},
 "code":{"coding":[{"system":"http://loinc.org","code":"8310-5","display":"Body temperature"}],"text":"Body temperature"},
 "effectiveDateTime":"2026-11-20T09:30:00Z",
 "valueQuantity":{"value":98.60,"unit":"degF","system":"http://unitsofmeasure.org","code":"[degF]"},
 "component":[
  {"code":{"text":"systolic"},"valueQuantity":{"value":120}},
  {"code":{"text":"ratio"},"valueQuantity":{"value":0.25}}],
 "note":[{"text":"naïve \\"quoted\\" tab\\t bell\\u0007 slash/ ✓ 😀 \\u00e9"}]}`;

async function ingest() {
	const r = await fetch(`${admin}/admin/ingest`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: observation });
	if (r.status !== 200) throw new Error(`ingest: ${r.status} ${await r.text()}`);
	for (let i = 0; i < 120; i++) {
		const p = await (await fetch(`${admin}/admin/pointers`)).json();
		if (p.pending.length === 0) return;
		await new Promise((res) => setTimeout(res, 500));
	}
	throw new Error('pointers did not settle');
}

// A proxy that records each exchange.
const exchanges = [];
const upstream = new URL(gatekeeper);
const proxy = http.createServer((req, res) => {
	const out = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
		const chunks = [];
		up.on('data', (c) => chunks.push(c));
		up.on('end', () => {
			const body = Buffer.concat(chunks);
			exchanges.push({ request: { method: req.method, url: req.url, headers: req.headers }, response: { status: up.statusCode, headers: up.headers, body: body.toString('utf8') } });
			res.writeHead(up.statusCode, up.headers);
			res.end(body);
		});
	});
	req.pipe(out);
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
const proxyUrl = `http://127.0.0.1:${proxy.address().port}`;

// Asynchronously: the proxy runs in this process's event loop.
async function client(key, ...command) {
	const { stdout } = await promisify(execFile)(join(bin, 'gatekeeper'), ['client', '--url', proxyUrl, '--node', node, '--key', key, ...command], { encoding: 'utf8' });
	return JSON.parse(stdout);
}

await ingest();
const api = await ApiPromise.create({ provider: new WsProvider(node), noInitWarn: true });
const well = await (await fetch(`${gatekeeper}/.well-known/medrec`)).json();
const cases = [];
for (const [name, key, command] of [
	['bob-reads-eve-medications', '//Bob', ['get', '/fhir/MedicationRequest?patient=eve']],
	['eve-reads-her-observations', '//Eve', ['get', '/fhir/Observation?patient=eve', '--purpose', 'personal']],
	['eve-reads-her-audit', '//Eve', ['audit']],
]) {
	const rustOutput = await client(key, ...command);
	await new Promise((r) => setTimeout(r, 50));
	const { request, response } = exchanges.at(-1);
	const [path, query] = request.url.split('?');
	const pick = (h) => Object.fromEntries(['content-digest', 'medrec-gatekeeper', 'medrec-purpose', 'signature-input', 'signature'].map((k) => [k, h[k]]));
	cases.push({
		name,
		signer: key,
		gatekeeper: well.provider,
		request: { method: request.method, path, query: query ?? null, headers: pick(request.headers) },
		response: { status: response.status, contentType: response.headers['content-type'], body: response.body },
		rustOutput,
	});
}
// The chain's pointers for Eve, as SCALE, at the finalized block after the reads: no pointer
// changed in between (the ingest settled first), so the answers' digests must match them.
const head = await api.rpc.chain.getFinalizedHead();
const eve = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';
const at = await api.at(head);
const relationships = await at.call.accessApi.relationships(eve);
const bobIdentity = await at.call.registryApi.identity('5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty');
const vectors = {
	about: 'Made by the Rust gatekeeper binaries (see capture.mjs); checked by client/test/vectors.test.ts. Do not edit.',
	capturedAt: new Date().toISOString(),
	chain: {
		finalized: head.toHex(),
		eve,
		relationshipsScale: relationships.toHex(),
		relationshipsType: 'Vec<MedrecPrimitivesRelationshipView>',
		bobEncryptionKey: bobIdentity.unwrap().encryptionKey.unwrap().toHex(),
	},
	observationText: observation,
	cases,
};
writeFileSync(join(here, 'rust-made.json'), JSON.stringify(vectors, null, 2) + '\n');
console.log(`wrote ${cases.length} cases to rust-made.json`);
await api.disconnect();
proxy.close();

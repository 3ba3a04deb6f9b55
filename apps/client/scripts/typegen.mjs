// Regenerates src/interfaces from metadata/medrec.json (the runtime's v15 metadata, which carries
// the runtime APIs), so api.call / api.query / api.tx are typed by MedRec's runtime.
// `node scripts/typegen.mjs [ws://node]` refreshes the metadata file from a running node first.
//
// polkadot-types-from-chain does not import the lookup types it names when the lookup lives in
// this package rather than in @polkadot/types, so the last step adds those imports.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, '..', 'node_modules', '.bin');
const out = join(root, 'src', 'interfaces');
const metadata = join(root, 'metadata', 'medrec.json');

const node = process.argv[2];
if (node) {
	const url = node.replace(/^ws/, 'http');
	const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'state_call', params: ['Metadata_metadata_at_version', '0x0f000000'] }) });
	const bytes = hexToU8a((await r.json()).result);
	if (bytes[0] !== 1) throw new Error('the node has no v15 metadata');
	const [offset, len] = compactFromU8a(bytes.subarray(1));
	writeFileSync(metadata, JSON.stringify({ jsonrpc: '2.0', result: u8aToHex(bytes.subarray(1 + offset, 1 + offset + len.toNumber())), id: 1 }));
}

for (const f of readdirSync(out)) if (f !== 'definitions.ts') rmSync(join(out, f));
const run = (tool, args) => execFileSync(join(bin, tool), args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
run('polkadot-types-from-defs', ['--package', '@medrec/client/interfaces', '--input', './src/interfaces', '--endpoint', './metadata/medrec.json']);
run('polkadot-types-from-chain', ['--package', '@medrec/client/interfaces', '--endpoint', './metadata/medrec.json', '--output', './src/interfaces']);

const lookup = readFileSync(join(out, 'types-lookup.ts'), 'utf8');
const names = new Set([...lookup.matchAll(/^\s*(?:interface|type) (\w+)/gm)].map((m) => m[1]));
for (const f of readdirSync(out).filter((f) => f.startsWith('augment-api-'))) {
	const path = join(out, f);
	let text = readFileSync(path, 'utf8');
	const used = [...names].filter((n) => new RegExp(`\\b${n}\\b`).test(text)).sort();
	if (used.length === 0) continue;
	text = text.replace(/^(import type .*\n)/m, `import type { ${used.join(', ')} } from '@polkadot/types/lookup';\n$1`);
	writeFileSync(path, text);
}
console.log(`src/interfaces regenerated from ${metadata}`);

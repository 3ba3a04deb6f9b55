// Prints each built app's size (raw and gzip, the JS and CSS a browser downloads) and writes
// them to e2e/bundle-size.json, for the README's figures.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const apps = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = {};
for (const app of ['patient', 'provider']) {
	const dir = join(apps, app, 'dist', 'assets');
	let raw = 0, gzip = 0;
	for (const f of readdirSync(dir)) {
		const bytes = readFileSync(join(dir, f));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	out[app] = { rawKiB: Math.round(raw / 1024), gzipKiB: Math.round(gzip / 1024) };
	console.log(`[apps] ${app} app bundle: ${out[app].rawKiB} KiB, ${out[app].gzipKiB} KiB gzipped`);
}
writeFileSync(join(apps, 'e2e', 'bundle-size.json'), `${JSON.stringify(out, null, 2)}\n`);

// Serves the built apps (patient/dist, provider/dist) on loopback ports, each with a
// config.json telling it where the chain and the gatekeepers are (client/src/config.ts).
//
//   node serve.mjs --patient-port 5173 --provider-port 5174 --node ws://127.0.0.1:9944 \
//     [--gatekeeper ACCOUNT=URL]... [--admin ACCOUNT=URL]... [--patient-id PATIENT:PROVIDER=ID]...
//
// Static files only, no caching headers beyond `no-cache` on index.html and config.json so a
// rebuilt app is picked up on reload. Runs until SIGINT/SIGTERM.

import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon' };

export function parseArgs(argv) {
	const opts = { patientPort: 5173, providerPort: 5174, host: '127.0.0.1', node: 'ws://127.0.0.1:9944', gatekeepers: {}, admin: {}, patientIds: {} };
	for (let i = 0; i < argv.length; i += 2) {
		const [k, v] = [argv[i], argv[i + 1] ?? ''];
		if (k === '--patient-port') opts.patientPort = Number(v);
		else if (k === '--provider-port') opts.providerPort = Number(v);
		else if (k === '--host') opts.host = v;
		else if (k === '--node') opts.node = v;
		else if (k === '--gatekeeper' || k === '--admin') { const [a, u] = v.split(/=(.*)/s); opts[k === '--gatekeeper' ? 'gatekeepers' : 'admin'][a] = u; }
		else if (k === '--patient-id') { const [who, id] = v.split(/=(.*)/s); const [patient, provider] = who.split(':'); (opts.patientIds[patient] ??= {})[provider] = id; }
		else throw new Error(`unknown option ${k}`);
	}
	return opts;
}

// The provider app uploads through its provider's admin API, which is private and answers no
// browser origin. The app's own server, on the provider's network, forwards
// /admin-api/<provider account>/... there, so the page stays same-origin.
function proxyAdmin(req, res, admin) {
	const m = /^\/admin-api\/([^/]+)(\/admin\/(?:ingest|pointers))$/.exec(new URL(req.url, 'http://x').pathname);
	const base = m && admin[m[1]];
	if (!base) { res.writeHead(404); return res.end(); }
	const target = new URL(m[2], base);
	const out = http.request(target, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' } }, (up) => {
		res.writeHead(up.statusCode, { 'content-type': up.headers['content-type'] ?? 'application/json' });
		up.pipe(res);
	});
	out.on('error', (e) => { res.writeHead(502, { 'content-type': 'text/plain' }); res.end(`admin API unreachable: ${e.message}`); });
	req.pipe(out);
}

/** Serves `dist` with `config` at /config.json; resolves with the server once listening. */
export function serveApp(dist, port, host, config, { admin = null } = {}) {
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the apps first (npm run build)`);
	const body = JSON.stringify(config);
	const server = http.createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		if (admin && path.startsWith('/admin-api/')) return proxyAdmin(req, res, admin);
		if (path === '/config.json') {
			res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
			return res.end(body);
		}
		let file = normalize(join(dist, path));
		if (!file.startsWith(dist)) { res.writeHead(403); return res.end(); }
		if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		res.writeHead(200, { 'content-type': type, 'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable' });
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, host, () => resolve(server)); });
}

export async function serveBoth(opts) {
	const config = { node: opts.node, gatekeepers: opts.gatekeepers, admin: {}, patientIds: opts.patientIds };
	const patient = await serveApp(join(here, 'patient', 'dist'), opts.patientPort, opts.host, config);
	// The provider app sees its admin APIs only through its own server's forwarder.
	const providerConfig = { ...config, admin: Object.fromEntries(Object.keys(opts.admin).map((a) => [a, `./admin-api/${a}`])) };
	const provider = await serveApp(join(here, 'provider', 'dist'), opts.providerPort, opts.host, providerConfig, { admin: opts.admin });
	return { patient, provider, urls: { patient: `http://${opts.host}:${patient.address().port}`, provider: `http://${opts.host}:${provider.address().port}` } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const opts = parseArgs(process.argv.slice(2));
	const { urls, patient, provider } = await serveBoth(opts);
	console.log(`patient app   ${urls.patient}`);
	console.log(`provider app  ${urls.provider}`);
	const quit = () => { patient.close(); provider.close(); process.exit(0); };
	process.on('SIGINT', quit);
	process.on('SIGTERM', quit);
}

// A local MedRec network for the browser suite, the vector capture and apps/serve.sh: a `--dev`
// node, Alice General Hospital's and Bob Family Clinic's gatekeepers, all on free loopback
// ports, seeded with `gatekeeper demo` (Eve and Ferdie at Alice's, Eve's grant to Bob).
//
//   node e2e/stack.mjs [--origins http://127.0.0.1:5173,...]   # prints the endpoints as JSON,
//                                                              # runs until SIGINT/SIGTERM
//
// Binaries come from $MEDREC_BIN (default /tmp/medrec-bin). The gatekeepers are given the apps'
// origins for CORS when the binary has `--cors-origin`.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
export const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
export const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
export const EVE = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';

export function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

// A start fails at once when its process exits, else only after a generous ceiling: on a loaded
// 2-core machine (zombienet beside this suite) a node compiling its runtime is silent for a
// minute, and a short fixed deadline failed there although the node was fine.
async function waitFor(what, probe, child, seconds = 600) {
	const deadline = Date.now() + seconds * 1000;
	for (;;) {
		try {
			if (await probe()) return;
		} catch { /* not up yet */ }
		if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before it answered`);
		if (Date.now() > deadline) throw new Error(`${what} did not start within ${seconds} s`);
		await new Promise((r) => setTimeout(r, 300));
	}
}

/** Whether this gatekeeper binary can answer browser origins. */
export function supportsCors(bin) {
	return execFileSync(join(bin, 'gatekeeper'), ['--help'], { encoding: 'utf8' }).includes('--cors-origin');
}

/** Starts the network; resolves once the demo data is final and both gatekeepers see it. */
export async function startStack({ bin = process.env.MEDREC_BIN ?? '/tmp/medrec-bin', origins = [], dir = mkdtempSync(join(tmpdir(), 'medrec-apps-')), demo = true } = {}) {
	const children = [];
	const log = (name) => openSync(join(dir, `${name}.log`), 'a');
	const start = (name, args) => {
		const child = spawn(join(bin, args[0]), args.slice(1), { stdio: ['ignore', log(name), log(name)] });
		children.push(child);
		return child;
	};
	const stop = async () => {
		for (const c of children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
		await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => { c.once('exit', r); setTimeout(() => { c.kill('SIGKILL'); r(); }, 5000); }))));
	};
	try {
		const [rpc, p2p] = [await freePort(), await freePort()];
		const nodeProcess = start('node', ['medrec-node', '--dev', '--rpc-port', String(rpc), '--port', String(p2p), '--no-mdns', '--no-prometheus', '--base-path', join(dir, 'chain')]);
		const node = `ws://127.0.0.1:${rpc}`;
		await waitFor('the node', async () => (await fetch(`http://127.0.0.1:${rpc}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' })).ok, nodeProcess);
		const cors = origins.length > 0 && supportsCors(bin) ? origins.flatMap((o) => ['--cors-origin', o]) : [];
		const gatekeeper = async (name, key) => {
			const [port, admin] = [await freePort(), await freePort()];
			const child = start(name, ['gatekeeper', '--dev', '--provider-key', key, '--node', node, '--database', `sqlite://${join(dir, `${name}.sqlite`)}?mode=rwc`,
				'--listen', `127.0.0.1:${port}`, '--admin-listen', `127.0.0.1:${admin}`, '--log-format', 'text', ...cors]);
			const url = `http://127.0.0.1:${port}`;
			await waitFor(`${name}'s gatekeeper`, async () => (await fetch(`${url}/healthz`)).ok, child);
			return { url, admin: `http://127.0.0.1:${admin}` };
		};
		const alice = { account: ALICE, ...(await gatekeeper('alice', '//Alice')) };
		const bob = { account: BOB, ...(await gatekeeper('bob', '//Bob')) };
		if (demo) {
			execFileSync(join(bin, 'gatekeeper'), ['demo', '--node', node, '--admin', alice.admin], { stdio: ['ignore', log('demo'), log('demo')], timeout: 180_000 });
		}
		return { dir, node, alice, bob, cors: cors.length > 0, stop };
	} catch (e) {
		await stop();
		throw new Error(`${e.message} (logs in ${dir})`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const i = process.argv.indexOf('--origins');
	const origins = i > 0 ? process.argv[i + 1].split(',').filter(Boolean) : [];
	const stack = await startStack({ origins });
	const { stop, ...endpoints } = stack;
	console.log(JSON.stringify(endpoints));
	const quit = async () => { await stop(); process.exit(0); };
	process.on('SIGINT', quit);
	process.on('SIGTERM', quit);
}

// Staying signed in (signin.ts): a resumed session is the same account, the database holds no
// secret in clear, and a session ends when its bounds pass, when the tab's half is missing
// (another tab, a closed one) or when it is signed out.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { u8aToHex } from '@polkadot/util';
import { signatureVerify } from '@polkadot/util-crypto';
import { keyFromSecret, ready, SessionStore, type SessionBounds } from '../src/index.js';

const bounds: SessionBounds = { maxMs: 10_000, idleMs: 3_000 };

function tab() {
	const items = new Map<string, string>();
	return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

async function dump(factory: IDBFactory): Promise<string> {
	return new Promise((resolve) => {
		const open = factory.open('medrec-keys');
		open.onsuccess = () => {
			const req = open.result.transaction('sessions').objectStore('sessions').getAll();
			req.onsuccess = () => { resolve(JSON.stringify(req.result)); open.result.close(); };
		};
	});
}

describe('a session', () => {
	test('resumes as the same account, which signs what the original verifies', async () => {
		await ready();
		const factory = new IDBFactory();
		const storage = tab();
		let now = 1_000;
		const store = new SessionStore('patient', bounds, factory, storage, () => now);
		const pair = keyFromSecret('//Eve', 'Eve');
		await store.start(pair);
		now += 2_000;
		const resumed = await store.resume();
		expect(resumed?.address).toBe(pair.address);
		expect(resumed?.meta.name).toBe('Eve');
		const message = new TextEncoder().encode('a grant');
		expect(signatureVerify(message, resumed!.sign(message), pair.address).isValid).toBe(true);
	});

	test('is ciphertext at rest: the database holds neither the secret nor the tab\'s key', async () => {
		const factory = new IDBFactory();
		const storage = tab();
		const store = new SessionStore('patient', bounds, factory, storage);
		const pair = keyFromSecret('//Eve', 'Eve');
		await store.start(pair);
		const stored = await dump(factory);
		const secret = u8aToHex(pair.encodePkcs8().slice(16, 80)).slice(2);
		expect(stored).toContain('ciphertext');
		expect(stored).not.toContain(secret.slice(0, 32));
		const tabKey = [...storage.items.values()][0]!.slice(2);
		expect(tabKey).toHaveLength(64);
		expect(stored).not.toContain(tabKey);
	});

	test('ends after its bounds, idle or in all, and leaves nothing behind', async () => {
		const factory = new IDBFactory();
		const storage = tab();
		let now = 0;
		const store = new SessionStore('patient', bounds, factory, storage, () => now);
		await store.start(keyFromSecret('//Eve', 'Eve'));
		now = bounds.idleMs + 1;
		expect(await store.resume()).toBeNull();
		expect(storage.items.size).toBe(0);
		expect(await dump(factory)).toBe('[]');

		now = 0;
		await store.start(keyFromSecret('//Eve', 'Eve'));
		// Used every 2 s, it outlives the idle bound but not the hard one.
		for (now = 2_000; now <= bounds.maxMs; now += 2_000) await store.touch(true);
		expect(await store.resume()).toBeNull();
	});

	test('needs the tab\'s half: another tab, another app or a signed-out one resumes nothing', async () => {
		const factory = new IDBFactory();
		const storage = tab();
		const store = new SessionStore('patient', bounds, factory, storage);
		await store.start(keyFromSecret('//Eve', 'Eve'));
		expect(await new SessionStore('patient', bounds, factory, tab()).resume()).toBeNull();
		await store.start(keyFromSecret('//Eve', 'Eve'));
		expect(await new SessionStore('provider', bounds, factory, storage).resume()).toBeNull();
		expect((await store.resume())?.meta.name).toBe('Eve');
		await store.end();
		expect(await store.resume()).toBeNull();
	});

	test('refuses a tab key that does not open it', async () => {
		const factory = new IDBFactory();
		const storage = tab();
		const store = new SessionStore('patient', bounds, factory, storage);
		await store.start(keyFromSecret('//Eve', 'Eve'));
		storage.setItem('medrec-session:patient', `0x${'11'.repeat(32)}`);
		expect(await store.resume()).toBeNull();
		expect(await dump(factory)).toBe('[]');
	});
});

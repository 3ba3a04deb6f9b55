// Staying signed in across a reload, for a bounded time, with the key encrypted at rest.
//
// A signed-in tab keeps its account's secret in IndexedDB only as AES-GCM ciphertext; the key
// that opens it is drawn at sign-in and kept in the tab's sessionStorage, which the browser
// drops when the tab closes and never shares with another tab. So a reload or a followed link
// stays signed in, a closed tab does not, and the disk never holds the secret in clear. Two
// bounds apply on top: a session ends `maxMs` after sign-in and after `idleMs` without use.
//
// Rejected: the secret itself in sessionStorage (in clear on disk where the browser persists
// session state); a non-extractable CryptoKey in IndexedDB (it would outlive the tab and a
// browser restart); the polkadot.js JSON with a random passphrase (scrypt on every reload).

import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex, hexToU8a } from '@polkadot/util';
import { openKeyDb, run, SESSIONS } from './keys.js';

/** How long a session lasts: in all, and without a click or a key press. */
export interface SessionBounds {
	maxMs: number;
	idleMs: number;
}

export const PATIENT_SESSION: SessionBounds = { maxMs: 12 * 60 * 60 * 1000, idleMs: 30 * 60 * 1000 };
export const PROVIDER_SESSION: SessionBounds = { maxMs: 10 * 60 * 60 * 1000, idleMs: 15 * 60 * 1000 };

interface StoredSession {
	app: string;
	address: string;
	name: string;
	iv: string;
	ciphertext: string;
	expires: number;
	idleUntil: number;
}

/** A copy in a plain ArrayBuffer, as WebCrypto's types ask. */
const bytes = (u: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(u);

// polkadot.js's PKCS#8 body: a 16-byte header, then the 64-byte sr25519 secret (keys.ts).
const SECRET = [16, 80] as const;

/** One request on the sessions' store. */
function request<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return run(db, mode, op, SESSIONS);
}

export class SessionStore {
	constructor(
		private readonly app: string,
		private readonly bounds: SessionBounds,
		private readonly factory: IDBFactory = indexedDB,
		private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = sessionStorage,
		private readonly now: () => number = Date.now,
	) {}

	private get slot(): string {
		return `medrec-session:${this.app}`;
	}

	private aad(s: Pick<StoredSession, 'address' | 'expires'>): Uint8Array<ArrayBuffer> {
		return new TextEncoder().encode(`${this.app}|${s.address}|${s.expires}`);
	}

	private async use<T>(f: (db: IDBDatabase) => Promise<T>): Promise<T> {
		const db = await openKeyDb(this.factory);
		try {
			return await f(db);
		} finally {
			db.close();
		}
	}

	/** Starts a session for `pair` (replacing this app's last one). */
	async start(pair: KeyringPair): Promise<void> {
		const raw = crypto.getRandomValues(new Uint8Array(32));
		const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
		const iv = crypto.getRandomValues(new Uint8Array(12));
		const now = this.now();
		const base = { app: this.app, address: pair.address, name: (pair.meta.name as string | undefined) ?? 'MedRec account', expires: now + this.bounds.maxMs, idleUntil: now + this.bounds.idleMs };
		const secret = bytes(pair.encodePkcs8().slice(...SECRET));
		const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: this.aad(base) }, key, secret));
		secret.fill(0);
		await this.use((db) => request(db, 'readwrite', (s) => s.put({ ...base, iv: u8aToHex(iv), ciphertext: u8aToHex(ciphertext) } satisfies StoredSession)));
		this.storage.setItem(this.slot, u8aToHex(raw));
		raw.fill(0);
	}

	/** The signed-in account, if this tab has a session that has not run out; else null, and
	 * whatever was left of one is gone. */
	async resume(): Promise<KeyringPair | null> {
		const hex = this.storage.getItem(this.slot);
		const stored = await this.use((db) => request(db, 'readonly', (s) => s.get(this.app) as IDBRequest<StoredSession | undefined>));
		const now = this.now();
		if (!hex || !stored || now > stored.expires || now > stored.idleUntil) {
			await this.end();
			return null;
		}
		try {
			const key = await crypto.subtle.importKey('raw', bytes(hexToU8a(hex)), 'AES-GCM', false, ['decrypt']);
			const secret = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(hexToU8a(stored.iv)), additionalData: this.aad(stored) }, key, bytes(hexToU8a(stored.ciphertext))));
			const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
			// The pair keeps `secret` itself: it is not to be wiped here.
			const pair = keyring.addFromPair({ publicKey: keyring.decodeAddress(stored.address), secretKey: secret }, { name: stored.name });
			await this.touch(true);
			return pair;
		} catch {
			// Another tab's key, or a damaged record: start again.
			await this.end();
			return null;
		}
	}

	private lastTouch = 0;

	/** Pushes the idle bound back; at most once a minute unless `force`. */
	async touch(force = false): Promise<void> {
		const now = this.now();
		if (!force && now - this.lastTouch < 60_000) return;
		this.lastTouch = now;
		await this.use(async (db) => {
			const stored = await request(db, 'readonly', (s) => s.get(this.app) as IDBRequest<StoredSession | undefined>);
			if (stored) await request(db, 'readwrite', (s) => s.put({ ...stored, idleUntil: now + this.bounds.idleMs }));
		});
	}

	/** Signs out: forgets both halves. */
	async end(): Promise<void> {
		this.storage.removeItem(this.slot);
		await this.use((db) => request(db, 'readwrite', (s) => s.delete(this.app)));
	}
}

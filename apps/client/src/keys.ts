// Keys in the browser: polkadot.js encrypted JSON (scrypt + xsalsa20-poly1305, what
// `pair.toJson(passphrase)` makes and polkadot.js Apps and the extension import) kept in
// IndexedDB, so a passphrase is needed to use a key and a backup is one file. An unlocked key
// stays in memory, and for a bounded time encrypted in the tab's session (signin.ts).

import { Keyring } from '@polkadot/keyring';
import type { KeyringPair, KeyringPair$Json } from '@polkadot/keyring/types';
import { cryptoWaitReady, mnemonicGenerate, mnemonicValidate } from '@polkadot/util-crypto';
import { deriveX25519Secret, x25519Public } from './seal.js';

export type { KeyringPair, KeyringPair$Json };

const keyring = (): Keyring => new Keyring({ type: 'sr25519', ss58Format: 42 });

export async function ready(): Promise<void> {
	await cryptoWaitReady();
}

/** A new key from a fresh 12-word mnemonic. Shown once to the user as a second backup. */
export function createKey(name: string): { pair: KeyringPair; mnemonic: string } {
	const mnemonic = mnemonicGenerate(12);
	return { pair: keyring().addFromUri(mnemonic, { name }), mnemonic };
}

/** A key from a mnemonic or a secret URI (`//Eve` for the dev chain's demo accounts). */
export function keyFromSecret(secret: string, name: string): KeyringPair {
	const s = secret.trim();
	if (!s.startsWith('//') && !s.startsWith('0x') && !mnemonicValidate(s.split(/[/]/)[0]!.trim())) {
		throw new Error('not a valid 12 or 24 word recovery phrase, hex seed or //dev path');
	}
	return keyring().addFromUri(s, { name });
}

/** Unlocks an encrypted JSON backup with its passphrase. */
export function unlock(json: KeyringPair$Json, passphrase: string): KeyringPair {
	const pair = keyring().addFromJson(json);
	pair.decodePkcs8(passphrase); // throws on a wrong passphrase
	return pair;
}

export function lock(pair: KeyringPair, passphrase: string): KeyringPair$Json {
	return pair.toJson(passphrase);
}

// polkadot.js keeps sr25519 secrets as schnorrkel's "ed25519 form" (the scalar times the
// cofactor 8, then the nonce); sp_core's `Pair::to_raw_vec`, which the gatekeeper's X25519
// derivation hashes, is the canonical scalar, then the nonce. The PKCS#8 body polkadot.js makes
// is a 16-byte header, the 64-byte secret, a 5-byte divider and the public key.
const PKCS8_HEADER = 16;

/** The account's 64-byte secret as `sp_core::sr25519::Pair::to_raw_vec` gives it. */
export function substrateSecret(pair: KeyringPair): Uint8Array {
	if (pair.type !== 'sr25519') throw new Error('MedRec accounts are sr25519');
	const pkcs8 = pair.encodePkcs8();
	const secret = pkcs8.slice(PKCS8_HEADER, PKCS8_HEADER + 64);
	return edFormToCanonical(secret);
}

/** Divides the 32-byte little-endian scalar by 8 (exact: it is a multiple of 8), leaving the
 * nonce half as it is. */
export function edFormToCanonical(secret: Uint8Array): Uint8Array {
	const out = secret.slice();
	let carry = 0;
	for (let i = 31; i >= 0; i--) {
		const b = out[i]!;
		out[i] = (b >> 3) | carry;
		carry = (b & 7) << 5;
	}
	return out;
}

/** The X25519 secret a reader holds for its account (client.rs `encryption_secret`). */
export function encryptionSecret(pair: KeyringPair): Uint8Array {
	return deriveX25519Secret(substrateSecret(pair));
}

/** The X25519 public key to publish with `registrar.set_encryption_key`. */
export function encryptionPublic(pair: KeyringPair): Uint8Array {
	return x25519Public(encryptionSecret(pair));
}

// --- IndexedDB ---------------------------------------------------------------------------

export interface StoredKey {
	address: string;
	name: string;
	json: KeyringPair$Json;
	created: number;
	/** A dev chain's demo account, saved under a fixed passphrase: it signs in without one. */
	demo?: boolean;
}

/** The passphrase demo accounts are saved under. They are public keys of the dev chain. */
export const DEMO_PASSPHRASE = 'medrec-demo';

const DB = 'medrec-keys';
const STORE = 'accounts';
/** The signed-in sessions (signin.ts), one per app, in the same database. */
export const SESSIONS = 'sessions';

/** Opens the apps' key database, creating what an older version of it lacks. */
export function openKeyDb(factory: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = factory.open(DB, 2);
		req.onupgradeneeded = () => {
			const db = req.result;
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'address' });
			if (!db.objectStoreNames.contains(SESSIONS)) db.createObjectStore(SESSIONS, { keyPath: 'app' });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

const openDb = openKeyDb;

/** Runs one request on `store` (the accounts by default) and resolves once its transaction
 * has committed. */
export function run<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>, store: string = STORE): Promise<T> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, mode);
		const req = op(tx.objectStore(store));
		tx.oncomplete = () => resolve(req.result);
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

/** Encrypted keys in IndexedDB. `factory` is the browser's `indexedDB` (a fake one in tests). */
export class KeyStore {
	constructor(private readonly factory: IDBFactory = indexedDB) {}

	async list(): Promise<StoredKey[]> {
		const db = await openDb(this.factory);
		try {
			return (await run(db, 'readonly', (s) => s.getAll() as IDBRequest<StoredKey[]>)).sort((a, b) => a.created - b.created);
		} finally {
			db.close();
		}
	}

	async save(pair: KeyringPair, passphrase: string, demo = false): Promise<StoredKey> {
		if (passphrase.length < 8) throw new Error('Choose a passphrase of at least 8 characters.');
		const name = (pair.meta.name as string | undefined) ?? 'MedRec account';
		const entry: StoredKey = { address: pair.address, name, json: lock(pair, passphrase), created: Date.now(), ...(demo ? { demo } : {}) };
		const db = await openDb(this.factory);
		try {
			await run(db, 'readwrite', (s) => s.put(entry));
		} finally {
			db.close();
		}
		return entry;
	}

	/** Adds a backup file's key as it is (still encrypted with its own passphrase). */
	async import(json: KeyringPair$Json, passphrase: string): Promise<StoredKey> {
		const pair = unlock(json, passphrase);
		return this.save(pair, passphrase);
	}

	async get(address: string): Promise<StoredKey | undefined> {
		const db = await openDb(this.factory);
		try {
			return await run(db, 'readonly', (s) => s.get(address) as IDBRequest<StoredKey | undefined>);
		} finally {
			db.close();
		}
	}

	async remove(address: string): Promise<void> {
		const db = await openDb(this.factory);
		try {
			await run(db, 'readwrite', (s) => s.delete(address));
		} finally {
			db.close();
		}
	}

	/** The backup file for `address`: the encrypted JSON as stored. */
	async export(address: string): Promise<string> {
		const entry = await this.get(address);
		if (!entry) throw new Error('no such key');
		return JSON.stringify(entry.json, null, 2);
	}
}

import { beforeAll, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { u8aToHex } from '@polkadot/util';
import { createKey, encryptionPublic, keyFromSecret, KeyStore, ready, unlock } from '../src/keys.js';

beforeAll(ready);

describe('keys in IndexedDB', () => {
	test('are stored encrypted, listed, exported and imported again', async () => {
		const store = new KeyStore(new IDBFactory());
		const { pair, mnemonic } = createKey('Eve');
		expect(mnemonic.split(' ')).toHaveLength(12);
		await store.save(pair, 'correct horse');
		const [entry] = await store.list();
		expect(entry!.address).toBe(pair.address);
		// Encrypted: the stored JSON names its scheme and holds no mnemonic or plain secret.
		expect(entry!.json.encoding.type).toEqual(['scrypt', 'xsalsa20-poly1305']);
		expect(JSON.stringify(entry)).not.toContain(mnemonic.split(' ')[0]! + ' ');

		const backup = await store.export(pair.address);
		const elsewhere = new KeyStore(new IDBFactory());
		await expect(elsewhere.import(JSON.parse(backup), 'wrong passphrase')).rejects.toThrow();
		await elsewhere.import(JSON.parse(backup), 'correct horse');
		const restored = unlock((await elsewhere.get(pair.address))!.json, 'correct horse');
		// The restored key signs as the original.
		const msg = new TextEncoder().encode('medrec');
		expect(pair.verify(msg, restored.sign(msg), pair.publicKey)).toBe(true);
		await elsewhere.remove(pair.address);
		expect(await elsewhere.list()).toEqual([]);
	});

	test('a short passphrase is refused', async () => {
		const store = new KeyStore(new IDBFactory());
		await expect(store.save(createKey('x').pair, 'short')).rejects.toThrow(/8 characters/);
	});

	test('secret URIs and recovery phrases import; nonsense does not', () => {
		expect(keyFromSecret('//Eve', 'Eve').address).toBe('5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw');
		const { mnemonic, pair } = createKey('a');
		expect(keyFromSecret(mnemonic, 'a').address).toBe(pair.address);
		expect(() => keyFromSecret('not a phrase', 'x')).toThrow();
	});

	test('the encryption key is the same after a backup round trip', () => {
		const { pair } = createKey('a');
		const again = unlock(pair.toJson('passphrase1'), 'passphrase1');
		expect(u8aToHex(encryptionPublic(again))).toBe(u8aToHex(encryptionPublic(pair)));
	});
});

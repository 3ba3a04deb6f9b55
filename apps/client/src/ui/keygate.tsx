// The door to both apps: pick a stored key and unlock it, create one, or import a backup, a
// recovery phrase or (on the dev chain) a demo account. Keys are saved encrypted (keys.ts).

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createKey, DEMO_PASSPHRASE, keyFromSecret, KeyStore, unlock, type KeyringPair, type KeyringPair$Json, type StoredKey } from '../keys.js';
import { ErrorText, readFile } from './index.js';

export interface DemoAccount {
	label: string;
	uri: string;
}

export function KeyGate(props: { app: string; demo: DemoAccount[]; onUnlocked: (pair: KeyringPair) => void; notice?: string | null; intro?: string }): JSX.Element {
	const store = new KeyStore();
	const [keys, setKeys] = useState<StoredKey[] | null>(null);
	const [mode, setMode] = useState<'unlock' | 'create' | 'import'>('unlock');
	const [error, setError] = useState<string | null>(null);
	const [selected, setSelected] = useState('');
	const [passphrase, setPassphrase] = useState('');
	const [name, setName] = useState('');
	const [secret, setSecret] = useState('');
	const [mnemonic, setMnemonic] = useState<{ words: string; pair: KeyringPair } | null>(null);
	// After "I have written it down", two of the words are asked back: a phrase nobody wrote
	// down is found out now, while the account can still be made again, not when it is lost.
	const [checking, setChecking] = useState<[number, number] | null>(null);
	const [answers, setAnswers] = useState<[string, string]>(['', '']);
	const [busy, setBusy] = useState(false);

	useEffect(() => {
		void store.list().then((k) => {
			setKeys(k);
			if (k.length === 0) setMode('create');
			else setSelected(k[0]!.address);
		}, (e: Error) => setError(e.message));
	}, []);

	const act = async (f: () => Promise<void>): Promise<void> => {
		setBusy(true);
		setError(null);
		try {
			await f();
		} catch (e) {
			setError((e as Error).message);
		} finally {
			setBusy(false);
		}
	};

	const doUnlock = () => act(async () => {
		const entry = keys?.find((k) => k.address === selected);
		if (!entry) throw new Error('Choose an account.');
		let pair: KeyringPair;
		try {
			pair = unlock(entry.json, entry.demo ? DEMO_PASSPHRASE : passphrase);
		} catch {
			throw new Error('That passphrase does not open this account. Try again.');
		}
		props.onUnlocked(pair);
	});

	const doCreate = () => act(async () => {
		const { pair, mnemonic: words } = createKey(name || 'My MedRec account');
		await store.save(pair, passphrase);
		setMnemonic({ words, pair });
	});

	const doImportSecret = () => act(async () => {
		const pair = keyFromSecret(secret, name || 'Imported account');
		await store.save(pair, passphrase);
		props.onUnlocked(pair);
	});

	const doImportFile = (input: HTMLInputElement) => act(async () => {
		const json = JSON.parse(await readFile(input)) as KeyringPair$Json;
		const entry = await store.import(json, passphrase);
		props.onUnlocked(unlock(entry.json, passphrase));
	});

	const doDemo = (d: DemoAccount) => act(async () => {
		const pair = keyFromSecret(d.uri, d.label);
		// Demo keys are saved too, under a fixed passphrase, so that they sign in again without one.
		await store.save(pair, DEMO_PASSPHRASE, true);
		props.onUnlocked(pair);
	});

	if (mnemonic && checking) {
		const words = mnemonic.words.split(' ');
		const check = (): void => {
			const ok = checking.every((n, i) => answers[i]!.trim().toLowerCase() === words[n]);
			if (ok) props.onUnlocked(mnemonic.pair);
			else setError('That is not what the phrase says. Look at what you wrote down, or go back to see the phrase again.');
		};
		return (
			<form class="card" aria-labelledby="check-h" onSubmit={(e) => { e.preventDefault(); check(); }}>
				<h2 id="check-h">Check your recovery phrase</h2>
				<p>Type two of its words from what you wrote down.</p>
				{checking.map((n, i) => (
					<div key={n}>
						<label for={`kg-word-${i}`}>Word {n + 1}</label>
						<input id={`kg-word-${i}`} autoComplete="off" value={answers[i]} onInput={(e) => { const v = [...answers] as [string, string]; v[i] = (e.target as HTMLInputElement).value; setAnswers(v); }} />
					</div>
				))}
				<ErrorText error={error} />
				<div class="row">
					<button type="submit">Check and continue</button>
					<button type="button" class="secondary" onClick={() => { setChecking(null); setError(null); }}>Show the phrase again</button>
				</div>
			</form>
		);
	}

	if (mnemonic) {
		return (
			<section class="card" aria-labelledby="backup-h">
				<h2 id="backup-h">Write down your recovery phrase</h2>
				<p>These 12 words restore your account if this browser loses it. Keep them on paper, somewhere safe. Nobody at MedRec can recover them for you.</p>
				<p class="mono card" data-testid="mnemonic" data-dev-ok>{mnemonic.words}</p>
				<button type="button" onClick={() => {
					const first = Math.floor(Math.random() * 6);
					setChecking([first, 6 + Math.floor(Math.random() * 6)]);
					setAnswers(['', '']);
				}}>I have written it down</button>
			</section>
		);
	}

	return (
		<section aria-labelledby="keygate-h">
			<h2 id="keygate-h">Sign in to {props.app}</h2>
			{props.intro && <p>{props.intro}</p>}
			{props.notice && <p class="status warn" role="status">{props.notice}</p>}
			<div class="row" role="group" aria-label="How to sign in">
				{keys && keys.length > 0 && <button type="button" class={mode === 'unlock' ? '' : 'secondary'} onClick={() => setMode('unlock')}>Unlock a saved account</button>}
				<button type="button" class={mode === 'create' ? '' : 'secondary'} onClick={() => setMode('create')}>Create an account</button>
				<button type="button" class={mode === 'import' ? '' : 'secondary'} onClick={() => setMode('import')}>Import</button>
			</div>
			<ErrorText error={error} />
			{mode === 'unlock' && keys && keys.length > 0 && (
				<form class="card" onSubmit={(e) => { e.preventDefault(); void doUnlock(); }}>
					<label for="kg-account">Account</label>
					<select id="kg-account" value={selected} onChange={(e) => setSelected((e.target as HTMLSelectElement).value)}>
						{keys.map((k) => <option value={k.address} key={k.address}>{k.name}{k.demo ? ' (demo)' : ''}</option>)}
					</select>
					{keys.find((k) => k.address === selected)?.demo ? (
						<p><button type="submit" disabled={busy}>Continue as {keys.find((k) => k.address === selected)!.name} (demo)</button></p>
					) : (
						<>
							<label for="kg-pass">Passphrase</label>
							<input id="kg-pass" type="password" autoComplete="current-password" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
							<p><button type="submit" disabled={busy}>Unlock</button></p>
						</>
					)}
				</form>
			)}
			{mode === 'create' && (
				<form class="card" onSubmit={(e) => { e.preventDefault(); void doCreate(); }}>
					<p>Your account is a key kept in this browser, encrypted with a passphrase you choose.</p>
					<label for="kg-name">Name for this account (only you see it)</label>
					<input id="kg-name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
					<label for="kg-newpass">Passphrase (at least 8 characters)</label>
					<input id="kg-newpass" type="password" autoComplete="new-password" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
					<p><button type="submit" disabled={busy}>Create account</button></p>
				</form>
			)}
			{mode === 'import' && (
				<div class="card">
					<h3>From a backup file</h3>
					<label for="kg-file">Backup file (.json)</label>
					<input id="kg-file" type="file" accept="application/json,.json" />
					<label for="kg-filepass">The backup's passphrase</label>
					<input id="kg-filepass" type="password" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
					<p><button type="button" disabled={busy} onClick={() => void doImportFile(document.getElementById('kg-file') as HTMLInputElement)}>Import backup</button></p>
					<h3>From a recovery phrase</h3>
					<label for="kg-secret">Recovery phrase</label>
					<input id="kg-secret" type="password" autoComplete="off" value={secret} onInput={(e) => setSecret((e.target as HTMLInputElement).value)} />
					<label for="kg-secname">Name for this account</label>
					<input id="kg-secname" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
					<label for="kg-secpass">New passphrase (at least 8 characters)</label>
					<input id="kg-secpass" type="password" autoComplete="new-password" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
					<p><button type="button" disabled={busy} onClick={() => void doImportSecret()}>Import phrase</button></p>
				</div>
			)}
			{props.demo.length > 0 && (
				<div class="card">
					<h3>Demo accounts (local development chain only)</h3>
					<div class="row">
						{props.demo.map((d) => <button type="button" class="secondary" key={d.uri} disabled={busy} onClick={() => void doDemo(d)}>Use {d.label}</button>)}
					</div>
				</div>
			)}
		</section>
	);
}

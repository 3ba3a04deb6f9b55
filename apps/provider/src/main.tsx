import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Chain, injectedAccounts, loadConfig, ready, SessionStore, PROVIDER_SESSION, type AppConfig, type KeyringPair, type TxSigner } from '@medrec/client';
import { KeyGate, useSessionKeeper } from '@medrec/client/ui';
import '@medrec/client/ui/styles.css';
import { App } from './app.js';
import type { Session } from './session.js';

/** Transactions go through the polkadot.js extension when it holds this account (the user
 * then approves each in the extension); reads always use the local key, which the extension
 * cannot lend (client/src/extension.ts). */
async function signerFor(pair: KeyringPair): Promise<TxSigner> {
	const injected = (await injectedAccounts('MedRec').catch(() => [])).find((a) => a.address === pair.address);
	return injected ? { address: injected.address, signer: injected.signer } : { pair };
}

// A reload keeps the person signed in, within these bounds (client/src/signin.ts).
const sessions = new SessionStore('provider', PROVIDER_SESSION);

function Boot() {
	const [config, setConfig] = useState<AppConfig | null>(null);
	const [chain, setChain] = useState<Chain | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [session, setSession] = useState<Session | null>(null);
	useEffect(() => {
		void (async () => {
			await ready();
			const c = await loadConfig();
			setConfig(c);
			setChain(await Chain.connect(c.node));
		})().catch((e: Error) => setError(`cannot reach the MedRec network: ${e.message}`));
	}, []);
	const unlocked = async (pair: KeyringPair) => {
		if (!chain || !config) return;
		const id = await chain.identity(pair.address);
		setSession({ chain, config, pair, signer: await signerFor(pair), me: pair.address, role: id?.role ?? null, name: id?.name ?? (pair.meta.name as string | undefined) ?? 'Unregistered account' });
		await sessions.start(pair).catch((e: Error) => console.warn('this browser cannot keep the session:', e));
	};
	const keeper = useSessionKeeper({ store: sessions, bounds: PROVIDER_SESSION, ready: chain !== null, signedIn: session !== null, onResume: (p) => void unlocked(p), onExpire: () => setSession(null) });
	const signOut = () => {
		void sessions.end().catch(() => {});
		setSession(null);
	};
	if (session) return <App session={session} onSignOut={signOut} />;
	return (
		<>
			<header class="top"><h1>MedRec for providers</h1></header>
			<main>
				{error && <p class="error" role="alert">{error}</p>}
				{(!chain || keeper.resuming) && !error && <p role="status">{chain ? 'Signing you in…' : 'Connecting to the MedRec network…'}</p>}
				{chain && !keeper.resuming && <KeyGate notice={keeper.notice} intro="For hospitals, clinics, pharmacies and researchers on the MedRec network: find your patients, add their records, and read what patients have shared with you." app="MedRec for providers" demo={[{ label: 'Alice General Hospital', uri: '//Alice' }, { label: 'Bob Family Clinic', uri: '//Bob' }, { label: 'Dave Pharmacy', uri: '//Dave' }, { label: 'Charlie Research Institute', uri: '//Charlie' }]} onUnlocked={(p) => void unlocked(p)} />}
			</main>
		</>
	);
}

render(<Boot />, document.getElementById('app')!);

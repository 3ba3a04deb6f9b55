// Staying signed in, for both apps' start screens: resumes this tab's session on load, keeps it
// alive while the person uses the app, and ends it after the bounds (signin.ts).

import { useEffect, useState } from 'preact/hooks';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SessionBounds, SessionStore } from '../signin.js';

export interface SessionKeeper {
	/** True until the tab's session has been looked for: the sign-in form waits for it. */
	resuming: boolean;
	/** Why the person was signed out, when it was not their doing. */
	notice: string | null;
}

export function useSessionKeeper(props: {
	store: SessionStore;
	bounds: SessionBounds;
	/** The network is reachable: a resumed session can start. */
	ready: boolean;
	signedIn: boolean;
	onResume: (pair: KeyringPair) => void;
	onExpire: () => void;
}): SessionKeeper {
	const [resuming, setResuming] = useState(true);
	const [notice, setNotice] = useState<string | null>(null);
	useEffect(() => {
		if (!props.ready) return;
		void props.store.resume()
			.then((pair) => { if (pair) props.onResume(pair); }, (e: Error) => console.warn('no session to resume:', e))
			.finally(() => setResuming(false));
	}, [props.ready]);
	useEffect(() => {
		if (!props.signedIn) return;
		const began = Date.now();
		let last = began;
		const active = (): void => {
			last = Date.now();
			void props.store.touch().catch(() => {});
		};
		addEventListener('pointerdown', active);
		addEventListener('keydown', active);
		const timer = setInterval(() => {
			const now = Date.now();
			const idle = now - last > props.bounds.idleMs;
			if (!idle && now - began <= props.bounds.maxMs) return;
			void props.store.end().catch(() => {});
			setNotice(idle
				? `You were signed out after ${Math.round(props.bounds.idleMs / 60_000)} minutes without activity.`
				: `You were signed out after ${Math.round(props.bounds.maxMs / 3_600_000)} hours. Sign in again to go on.`);
			props.onExpire();
		}, 30_000);
		return () => {
			clearInterval(timer);
			removeEventListener('pointerdown', active);
			removeEventListener('keydown', active);
		};
	}, [props.signedIn]);
	return { resuming, notice };
}

// Secure delivery of records. Gatekeepers seal what they send to the X25519 key an account has
// published on the chain (`registrar.set_encryption_key`), derived from the account's own key.
// Nobody should have to know that: the apps publish it themselves as soon as the chain takes
// it (a patient's account exists once a provider has added them) and again whenever the key on
// the chain is not this account's, and say in words where it stands.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { u8aToHex } from '@polkadot/util';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Chain, TxSigner } from '../chain.js';
import { encryptionPublic } from '../keys.js';

export type DeliveryState = 'checking' | 'not-registered' | 'ready' | 'setting-up' | 'failed';

export interface Delivery {
	state: DeliveryState;
	/** Why the last attempt failed, in words. */
	error: string | null;
	retry: () => void;
}

/** Keeps this account's encryption key published. Checks again whenever `version` changes (the
 * patient app passes its feed's, which moves when the account is registered). */
export function useSecureDelivery(chain: Chain, me: string, pair: KeyringPair, signer: TxSigner, version: number): Delivery {
	const [state, setState] = useState<DeliveryState>('checking');
	const [error, setError] = useState<string | null>(null);
	const [tick, setTick] = useState(0);
	// One publication at a time: the feed moves while it is in flight.
	const publishing = useRef(false);
	useEffect(() => {
		if (publishing.current) return;
		let live = true;
		const mine = u8aToHex(encryptionPublic(pair)).slice(2);
		void (async () => {
			const identity = await chain.identity(me);
			if (!live) return;
			if (!identity) return setState('not-registered');
			if (identity.encryptionKey === mine) {
				setError(null);
				return setState('ready');
			}
			publishing.current = true;
			setState('setting-up');
			try {
				await chain.submit(chain.tx.setEncryptionKey(encryptionPublic(pair)), signer);
				setError(null);
				setState('ready');
			} finally {
				publishing.current = false;
			}
		})().catch((e: Error) => {
			setError(e.message);
			setState('failed');
		});
		return () => { live = false; };
	}, [chain, me, version, tick]);
	return { state, error, retry: () => setTick((t) => t + 1) };
}

/** Where secure delivery stands, for an account screen. */
export function DeliveryStatus({ delivery, unregistered }: { delivery: Delivery; unregistered: string }): JSX.Element {
	switch (delivery.state) {
		case 'checking':
			return <p class="muted" data-testid="key-status" role="status">Checking…</p>;
		case 'not-registered':
			return <p class="muted" data-testid="key-status">{unregistered}</p>;
		case 'setting-up':
			return <p class="status pending" data-testid="key-status" role="status">Setting up secure delivery…</p>;
		case 'ready':
			return <p class="status ok" data-testid="key-status">Ready: records are sent to you encrypted, and only you can open them.</p>;
		case 'failed':
			return (
				<div data-testid="key-status">
					<p class="status bad" role="alert">Secure delivery is not set up yet. {delivery.error}</p>
					<button type="button" onClick={delivery.retry}>Try again</button>
				</div>
			);
	}
}

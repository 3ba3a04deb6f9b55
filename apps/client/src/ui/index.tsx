// UI pieces both apps use: transaction buttons that show "not final yet" until finality, the
// category picker (sensitive categories apart and off by default), account names, QR codes.

import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import QRCode from 'qrcode';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { CATEGORY_LABELS, SENSITIVE, STANDARD, type Category } from '../types.js';
import type { Chain, ChainEvent, Included, TxSigner } from '../chain.js';

export type TxState =
	| { kind: 'idle' }
	| { kind: 'signing' }
	| { kind: 'pending'; at: Included }
	| { kind: 'final'; at: Included }
	| { kind: 'error'; message: string };

/** A transaction's progress in words. The block it is in stays out of the text (people need
 * "saving" and "done", not block numbers) but is on the element, `data-block`, with the state in
 * `data-tx-state`, for tests and anyone inspecting the page. */
export function TxStatus({ state }: { state: TxState }): JSX.Element | null {
	switch (state.kind) {
		case 'idle': return null;
		case 'signing': return <span class="status pending" role="status" data-tx-state="signing">Sending…</span>;
		case 'pending': return <span class="status pending" role="status" data-tx-state="pending" data-block={state.at.blockNumber}>Saving… (a few seconds)</span>;
		case 'final': return <span class="status ok" role="status" data-tx-state="final" data-block={state.at.blockNumber}>Done</span>;
		case 'error': return <span class="status bad" role="alert" data-tx-state="error">Not done: {state.message}</span>;
	}
}

/** Runs `make()`'s transaction when clicked and shows its progress to finality. */
export function TxButton(props: {
	chain: Chain;
	signer: TxSigner;
	make: () => SubmittableExtrinsic<'promise'> | null;
	children: ComponentChildren;
	class?: string;
	disabled?: boolean;
	onFinal?: (at: Included) => void;
	label?: string;
}): JSX.Element {
	const [state, setState] = useState<TxState>({ kind: 'idle' });
	const busy = state.kind === 'signing' || state.kind === 'pending';
	const run = async (): Promise<void> => {
		const tx = props.make();
		if (!tx) return;
		setState({ kind: 'signing' });
		try {
			const at = await props.chain.submit(tx, props.signer, { onInBlock: (b) => setState({ kind: 'pending', at: b }) });
			setState({ kind: 'final', at });
			props.onFinal?.(at);
		} catch (e) {
			setState({ kind: 'error', message: (e as Error).message });
		}
	};
	return (
		<span class="row">
			<button type="button" class={props.class} disabled={busy || props.disabled} onClick={() => void run()} aria-label={props.label}>{props.children}</button>
			<TxStatus state={state} />
		</span>
	);
}

export function CategoryPicker(props: { value: Category[]; onChange: (v: Category[]) => void; idPrefix: string; only?: readonly Category[]; sensitiveLegend?: string }): JSX.Element {
	const toggle = (c: Category, on: boolean): void => props.onChange(on ? [...props.value, c] : props.value.filter((x) => x !== c));
	const box = (c: Category) => (
		<label class="check" key={c} for={`${props.idPrefix}-${c}`}>
			<input type="checkbox" id={`${props.idPrefix}-${c}`} checked={props.value.includes(c)} onChange={(e) => toggle(c, (e.target as HTMLInputElement).checked)} />
			{CATEGORY_LABELS[c]}
		</label>
	);
	const standard = STANDARD.filter((c) => !props.only || props.only.includes(c));
	const sensitive = SENSITIVE.filter((c) => !props.only || props.only.includes(c));
	return (
		<div>
			<fieldset>
				<legend>Records</legend>
				<div class="grid" style="grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0 .8rem">{standard.map(box)}</div>
			</fieldset>
			{sensitive.length > 0 && (
				<fieldset>
					<legend>{props.sensitiveLegend ?? 'Sensitive records (shared only if you tick them)'}</legend>
					{sensitive.map(box)}
				</fieldset>
			)}
		</div>
	);
}

/** A display name for an account: its registry name, or a shortened id. An account whose name
 * has not arrived yet reads as its shortened id too, never the whole account code. */
export function useNames(chain: Chain | null, accounts: string[]): Record<string, string> {
	const [loaded, setNames] = useState<Record<string, string>>({});
	const names = new Proxy(loaded, {
		get: (known, key) => (typeof key === 'string' && !(key in known) && /^[1-9A-HJ-NP-Za-km-z]{46,48}$/.test(key) ? short(key) : Reflect.get(known, key)),
	});
	const key = [...new Set(accounts)].sort().join(',');
	useEffect(() => {
		if (!chain) return;
		let live = true;
		void Promise.all([...new Set(accounts)].map(async (a) => [a, (await chain.identity(a).catch(() => null))?.name ?? short(a)] as const)).then((pairs) => {
			if (live) setNames(Object.fromEntries(pairs));
		});
		return () => { live = false; };
	}, [chain, key]);
	return names;
}

export function short(account: string): string {
	return `${account.slice(0, 6)}…${account.slice(-4)}`;
}

export function Qr({ text, label }: { text: string; label: string }): JSX.Element {
	const [svg, setSvg] = useState('');
	useEffect(() => {
		void QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setSvg);
	}, [text]);
	// The SVG is generated locally from our own text; it carries no script.
	return <div class="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function When({ ms }: { ms: number }): JSX.Element {
	return <time dateTime={new Date(ms).toISOString()}>{new Date(ms).toLocaleString()}</time>;
}

/** A number that grows each time a finalized block holds an event `keep` accepts: a screen
 * passes it to `useLoad` to follow the chain (a vote, an approval, a debit) as it happens. */
export function useFinalizedVersion(chain: Chain, keep: (e: ChainEvent) => boolean): number {
	const [version, setVersion] = useState(0);
	useEffect(() => {
		let live = true;
		let stop: (() => void) | undefined;
		void chain.followFinalized((events) => {
			if (live && events.some(keep)) setVersion((v) => v + 1);
		}).then((u) => { if (live) stop = u; else u(); });
		return () => { live = false; stop?.(); };
	}, [chain]);
	return version;
}

/** Loads data once and on demand; renders loading and errors accessibly. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: string | null; reload: () => void; loading: boolean } {
	const [data, setData] = useState<T | undefined>(undefined);
	const [error, setError] = useState<string | null>(null);
	const [loading, setLoading] = useState(true);
	const [tick, setTick] = useState(0);
	useEffect(() => {
		let live = true;
		setLoading(true);
		load().then((d) => { if (live) { setData(d); setError(null); setLoading(false); } }, (e: Error) => { if (live) { setError(e.message); setLoading(false); } });
		return () => { live = false; };
	}, [...deps, tick]);
	return { data, error, loading, reload: () => setTick((t) => t + 1) };
}

export function Loading({ what }: { what: string }): JSX.Element {
	return <p class="muted" role="status">Loading {what}…</p>;
}

export function ErrorText({ error }: { error: string | null }): JSX.Element | null {
	return error ? <p class="error" role="alert">{error}</p> : null;
}

/** Reads a file chosen in an <input type=file>. */
export function readFile(input: HTMLInputElement): Promise<string> {
	const file = input.files?.[0];
	if (!file) return Promise.reject(new Error('choose a file'));
	return file.text();
}

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export { useState, useEffect };
export { KeyGate, type DemoAccount } from './keygate.js';
export { RecordList, Verified, byDate, type RecordItem } from './records.js';
export { useSessionKeeper, type SessionKeeper } from './session.js';
export { useSecureDelivery, DeliveryStatus, type Delivery, type DeliveryState } from './delivery.js';
export { StudyTerms, QueryList } from './research.js';

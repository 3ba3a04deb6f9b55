// "Who has seen my records": every gatekeeper's audit entries about me (each read, allowed or
// refused, with its basis), merged with the chain's break-glass events, newest first.

import { auditWords, type AuditEntry, type AuditWords } from '@medrec/client';
import { ErrorText, Loading, useLoad, useNames, useState, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import { gatekeeperFor, type Session } from '../session.js';
import { justification } from './home.js';

interface Row {
	at: number;
	who: string;
	/** The entry in words; null for an emergency access on the chain. */
	words: AuditWords | null;
	/** The justification a provider gave for emergency access. */
	emergency: string | null;
	source: string;
}

async function load(session: Session): Promise<{ rows: Row[]; problems: string[] }> {
	const rels = await session.chain.relationships(session.me);
	const problems: string[] = [];
	const rows: Row[] = [];
	await Promise.all(rels.map(async (r) => {
		try {
			const gk = await gatekeeperFor(session, r.provider);
			if (!gk) return;
			const entries: AuditEntry[] = await gk.audit();
			for (const e of entries) rows.push({ at: e.at, who: e.viewer, words: auditWords(e), emergency: null, source: r.provider });
		} catch (e) {
			console.warn(`the audit log at ${r.provider}:`, e);
			problems.push(r.provider);
		}
	}));
	const events = await session.chain.recentEvents(1200, (e) => e.method === 'EmergencyAccessUsed' && e.data.patient === session.me);
	for (const e of events) {
		rows.push({ at: await session.chain.timeAt(e.blockHash), who: String(e.data.provider), words: null, emergency: justification(e), source: 'chain' });
	}
	rows.sort((a, b) => b.at - a.at);
	return { rows, problems };
}

export function Seen({ session, feed }: { session: Session; feed: Feed }) {
	const data = useLoad(() => load(session), [feed.version]);
	const [mineToo, setMineToo] = useState(false);
	const all = data.data?.rows ?? [];
	// Your own reads are not news: counted, and listed only on request.
	const mine = all.filter((r) => r.who === session.me);
	const rows = mineToo ? all : all.filter((r) => r.who !== session.me);
	const names = useNames(session.chain, [...all.map((r) => r.who), ...all.map((r) => r.source).filter((s) => s !== 'chain')]);
	const n = (a: string) => (a === session.me ? 'You' : names[a] ?? 'Someone');
	return (
		<section aria-labelledby="seen-h">
			<h2 id="seen-h">Who has seen my records</h2>
			<p>Every time someone opened or tried to open your records at your providers, and why they were allowed or not. Emergency access is shown in red.</p>
			{data.loading && <Loading what="who has seen your records" />}
			<ErrorText error={data.error} />
			{data.data?.problems.map((p) => <p class="error" key={p}>{names[p] ?? 'A provider'} could not be asked right now; its part of the list is missing. Try again later.</p>)}
			{mine.length > 0 && (
				<p class="muted">
					You opened your own records {mine.length === 1 ? 'once' : `${mine.length} times`}.{' '}
					<button type="button" class="secondary" onClick={() => setMineToo(!mineToo)}>{mineToo ? 'Hide my own' : 'Show mine too'}</button>
				</p>
			)}
			{data.data && rows.length === 0 && <p class="muted">Nobody else has opened your records yet.</p>}
			<ul class="plain card" data-testid="audit">
				{rows.map((r, i) => r.words ? (
					<li key={i} data-outcome={r.words.tone}>
						<strong>{n(r.who)}</strong> {r.words.tone === 'refused' ? 'tried to read' : 'read'} {r.words.what}:{' '}
						<span class={`status ${r.words.tone === 'ok' ? 'ok' : r.words.tone === 'partial' ? 'warn' : 'bad'}`}>{r.words.outcome}</span>
						<br />
						<span class="muted"><When ms={r.at} />{r.words.why && ` · because ${r.words.why}`} · recorded by {names[r.source] ?? 'your provider'}</span>
					</li>
				) : (
					<li key={i} data-outcome="emergency" class="notice emergency">
						<strong>{n(r.who)}</strong> used emergency access, saying: <q>{r.emergency}</q>
						<br />
						<span class="muted"><When ms={r.at} /> · recorded on MedRec</span>
					</li>
				))}
			</ul>
		</section>
	);
}

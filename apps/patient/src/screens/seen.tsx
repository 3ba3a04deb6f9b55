// "Who has seen my records": every gatekeeper's audit entries about me (each read, allowed or
// refused, with its basis), merged with the chain's break-glass events, newest first.

import type { AuditEntry } from '@medrec/client';
import { ErrorText, Loading, useLoad, useNames, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import { gatekeeperFor, type Session } from '../session.js';
import { justification } from './home.js';

interface Row {
	at: number;
	who: string;
	what: string;
	outcome: string;
	basis: string;
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
			for (const e of entries) rows.push({ at: e.at, who: e.viewer, what: `${e.action}${e.categories ? ` (${e.categories})` : ''}`, outcome: e.outcome, basis: e.basis ?? '', source: r.provider });
		} catch (e) {
			problems.push(`${r.provider}: ${(e as Error).message}`);
		}
	}));
	const events = await session.chain.recentEvents(1200, (e) => e.method === 'EmergencyAccessUsed' && e.data.patient === session.me);
	for (const e of events) {
		rows.push({ at: await session.chain.timeAt(e.blockHash), who: String(e.data.provider), what: `break-glass: "${justification(e)}"`, outcome: 'emergency access opened', basis: 'emergency', source: 'chain' });
	}
	rows.sort((a, b) => b.at - a.at);
	return { rows, problems };
}

export function Seen({ session, feed }: { session: Session; feed: Feed }) {
	const data = useLoad(() => load(session), [feed.version]);
	const rows = data.data?.rows ?? [];
	const names = useNames(session.chain, [...rows.map((r) => r.who), ...rows.map((r) => r.source).filter((s) => s !== 'chain')]);
	const n = (a: string) => (a === 'chain' ? 'MedRec chain' : names[a] ?? a.slice(0, 10));
	return (
		<section aria-labelledby="seen-h">
			<h2 id="seen-h">Who has seen my records</h2>
			{data.loading && <Loading what="audit logs" />}
			<ErrorText error={data.error} />
			{data.data?.problems.map((p) => <p class="error" key={p}>Could not read an audit log: {p}</p>)}
			<div class="card table-wrap" tabIndex={0} role="region" aria-label="Audit entries">
				<table data-testid="audit">
					<caption class="muted" style="text-align:left">Every read of your records at your providers' gatekeepers, and every emergency access on the chain.</caption>
					<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Outcome</th><th scope="col">Why allowed</th><th scope="col">Logged by</th></tr></thead>
					<tbody>
						{rows.map((r, i) => (
							<tr key={i}>
								<td><When ms={r.at} /></td>
								<td>{r.who === session.me ? 'You' : n(r.who)}</td>
								<td>{r.what}</td>
								<td>{r.outcome.startsWith('denied') ? <span class="status bad">{r.outcome}</span> : <span class="status ok">{r.outcome}</span>}</td>
								<td>{r.basis}</td>
								<td>{n(r.source)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}

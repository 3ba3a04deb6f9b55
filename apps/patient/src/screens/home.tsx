// Notifications: what the chain says I have not acknowledged (new content, relationships
// awaiting my answer, access requests, emergency access), break-glass events with their
// justification, and the live feed, with events not final yet marked as such.

import { FLAGS, researchEvent, type ChainEvent, type Notification } from '@medrec/client';
import { ErrorText, Loading, TxButton, useLoad, useNames, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

const FLAG_TEXT: [number, string][] = [
	[FLAGS.NEW_CONTENT, 'New records'],
	[FLAGS.AWAITING_ACCEPTANCE, 'A provider asks to start a relationship'],
	[FLAGS.ACCESS_REQUESTED, 'Someone asked for access'],
	[FLAGS.EMERGENCY_ACCESS_USED, 'Emergency (break-glass) access was used'],
	[FLAGS.RESEARCH_INVITATION, 'You are invited to a research study'],
];

export function describe(e: ChainEvent, names: Record<string, string>): string {
	const n = (a: unknown) => names[String(a)] ?? String(a).slice(0, 8);
	switch (`${e.section}.${e.method}`) {
		case 'relationships.PointerUpdated': return `New content: ${String(e.data.category)} records changed (relationship ${String(e.data.relationship)})`;
		case 'relationships.RelationshipOpened': return `${n(e.data.provider)} asks to start a relationship`;
		case 'relationships.RelationshipAccepted': return `Relationship ${String(e.data.relationship)} accepted`;
		case 'relationships.RelationshipEnded': return `Relationship ${String(e.data.relationship)} ended`;
		case 'relationships.Granted': return `Access granted (grant ${String((e.data.grant as { id?: number })?.id)})`;
		case 'relationships.Revoked': return `Grant ${String(e.data.grant)} revoked`;
		case 'relationships.AccessRequested': return `${n((e.data.request as { requester?: string })?.requester)} asked for access`;
		case 'relationships.EmergencyAccessUsed': return `Emergency access by ${n(e.data.provider)}: "${justification(e)}"`;
		case 'summary.StatusRaised': return `Notification raised (${flagsText(Number(e.data.flags))})`;
		case 'summary.StatusAcknowledged': return 'Notification acknowledged';
		case 'registrar.EncryptionKeySet': return 'Encryption key published';
		case 'research.ConsentGiven': return 'Research consent recorded';
		case 'research.ConsentWithdrawn': return 'Research consent withdrawn';
		case 'research.ChoiceMade': {
			const r = researchEvent(e);
			return r?.kind === 'ChoiceMade' ? `${r.choice.kind === 'OptIn' ? 'Opted in to' : 'Opted out of'} research study ${r.study}` : 'Research choice made';
		}
		default: return `${e.section}.${e.method}`;
	}
}

export function justification(e: ChainEvent): string {
	const j = e.data.justification;
	if (typeof j === 'string' && j.startsWith('0x')) return new TextDecoder().decode(Uint8Array.from(j.slice(2).match(/../g) ?? [], (b) => parseInt(b, 16)));
	return String(j);
}

function flagsText(flags: number): string {
	return FLAG_TEXT.filter(([f]) => (flags & f) !== 0).map(([, t]) => t).join(', ');
}

export function Home({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me } = session;
	const pending = useLoad(() => chain.notifications(me), [feed.version]);
	const emergencies = useLoad(() => chain.recentEvents(1200, (e) => e.method === 'EmergencyAccessUsed' && e.data.patient === me), [feed.version]);
	const rels = useLoad(() => chain.relationships(me), [feed.version]);
	const accounts = [...(rels.data ?? []).map((r) => r.provider), ...(emergencies.data ?? []).map((e) => String(e.data.provider)), ...feed.final.map((e) => String(e.data.provider ?? ''))].filter(Boolean);
	const names = useNames(chain, accounts);
	const studyIds = (pending.data ?? []).flatMap((n) => (typeof n.subject === 'object' && 'study' in n.subject ? [n.subject.study] : []));
	const studies = useLoad(() => Promise.all(studyIds.map((id) => chain.study(id))), [studyIds.join(',')]);
	const subjectName = (n: Notification): string => {
		const s = n.subject;
		if (s === 'patient') return 'About you';
		if ('study' in s) return `Research study “${studies.data?.find((x) => x?.id === s.study)?.terms.title ?? s.study}”`;
		return names[rels.data?.find((r) => r.id === s.relationship)?.provider ?? ''] ?? `Relationship ${s.relationship}`;
	};
	return (
		<section aria-labelledby="home-h">
			<h2 id="home-h">Notifications</h2>
			{feed.pending.length > 0 && (
				<div class="card" aria-labelledby="pending-h">
					<h3 id="pending-h">Not final yet</h3>
					<ul class="plain" data-testid="pending-events">
						{feed.pending.map((e, i) => <li key={i}><span class="status pending">pending, block #{e.block}</span> {describe(e, names)}</li>)}
					</ul>
				</div>
			)}
			<div class="card">
				<h3>To look at</h3>
				{pending.loading && !pending.data && <Loading what="notifications" />}
				<ErrorText error={pending.error} />
				{pending.data?.length === 0 && <p class="muted">Nothing new.</p>}
				<ul class="plain" data-testid="notifications">
					{pending.data?.map((n) => (
						<li key={JSON.stringify(n.subject)} class={`notice ${(n.flags & FLAGS.EMERGENCY_ACCESS_USED) ? 'emergency' : ''}`}>
							<strong>{subjectName(n)}</strong>: {flagsText(n.flags)}
							<div class="row" style="margin-top:.3rem">
								{(n.flags & FLAGS.NEW_CONTENT) !== 0 && <a href="#/records">See records</a>}
								{(n.flags & FLAGS.AWAITING_ACCEPTANCE) !== 0 && <a href="#/providers">Answer</a>}
								{(n.flags & FLAGS.ACCESS_REQUESTED) !== 0 && <a href="#/sharing">Answer the request</a>}
								{(n.flags & FLAGS.RESEARCH_INVITATION) !== 0 && <a href="#/research">See the study</a>}
								<TxButton chain={chain} signer={session.signer} class="secondary" make={() => chain.tx.acknowledge(me, n.subject, n.flags)} onFinal={pending.reload} label={`Acknowledge: ${subjectName(n)}`}>Acknowledge</TxButton>
							</div>
						</li>
					))}
				</ul>
			</div>
			<div class="card">
				<h3>Emergency access</h3>
				{emergencies.loading && !emergencies.data && <Loading what="emergency access events" />}
				{emergencies.data?.length === 0 && <p class="muted">No break-glass access in the last hour of blocks.</p>}
				<ul class="plain" data-testid="emergencies">
					{emergencies.data?.map((e, i) => (
						<li key={i} class="notice emergency"><strong>{names[String(e.data.provider)] ?? String(e.data.provider)}</strong> used emergency access (block #{e.block}), saying: <q>{justification(e)}</q>. Access ends <When ms={Number(e.data.expires)} />.</li>
					))}
				</ul>
			</div>
			<div class="card">
				<h3>Live, since you opened the app</h3>
				{feed.final.length === 0 && <p class="muted">Nothing yet. New events appear here as soon as a finalized block holds them.</p>}
				<ul class="plain" data-testid="live-events">
					{feed.final.map((e, i) => <li key={i}><span class="status ok">final, block #{e.block}</span> {describe(e, names)}</li>)}
				</ul>
			</div>
		</section>
	);
}

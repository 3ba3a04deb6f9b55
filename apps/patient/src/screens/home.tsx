// Notifications: what the chain says I have not acknowledged (new content, relationships
// awaiting my answer, access requests, emergency access), break-glass events with their
// justification, and the live feed, with events not final yet marked as such.

import { eventWords, FLAGS, listWords, CATEGORY_WORDS, type ChainEvent, type Notification } from '@medrec/client';
import { ErrorText, Loading, TxButton, useLoad, useNames, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

const FLAG_TEXT: [number, string][] = [
	[FLAGS.NEW_CONTENT, 'New records'],
	[FLAGS.AWAITING_ACCEPTANCE, 'Wants to add you as their patient'],
	[FLAGS.ACCESS_REQUESTED, 'Asks to read your records'],
	[FLAGS.EMERGENCY_ACCESS_USED, 'Emergency access was used'],
	[FLAGS.RESEARCH_INVITATION, 'You are invited to a research study'],
];

export function justification(e: ChainEvent): string {
	const j = e.data.justification;
	if (typeof j === 'string' && j.startsWith('0x')) return new TextDecoder().decode(Uint8Array.from(j.slice(2).match(/../g) ?? [], (b) => parseInt(b, 16)));
	return String(j);
}

function flagsText(flags: number): string {
	return FLAG_TEXT.filter(([f]) => (flags & f) !== 0).map(([, t]) => t).join('; ');
}

export function Home({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me } = session;
	const pending = useLoad(() => chain.notifications(me), [feed.version]);
	const emergencies = useLoad(() => chain.recentEvents(1200, (e) => e.method === 'EmergencyAccessUsed' && e.data.patient === me), [feed.version]);
	const rels = useLoad(() => chain.relationships(me), [feed.version]);
	const requests = useLoad(() => chain.requests(me), [feed.version]);
	const eventAccounts = [...feed.final, ...feed.pending].flatMap((e) => [e.data.provider, e.data.by, e.data.member, e.data.proxy, (e.data.request as { requester?: unknown } | undefined)?.requester, ((e.data.grant as { viewer?: Record<string, unknown> } | undefined)?.viewer ?? {}).account]);
	const accounts = [...(rels.data ?? []).map((r) => r.provider), ...(emergencies.data ?? []).map((e) => String(e.data.provider)), ...(requests.data ?? []).map((r) => r.requester), ...eventAccounts.map((a) => String(a ?? ''))].filter((a) => a.length > 40);
	const names = useNames(chain, accounts);
	const words = (e: ChainEvent): string | null => eventWords(e, {
		me,
		name: (a) => names[a] ?? 'Someone',
		holderOf: (id) => names[rels.data?.find((r) => r.id === id)?.provider ?? ''] ?? 'a provider',
	});
	const feedFinal = feed.final.filter((e) => words(e) !== null);
	const feedPending = feed.pending.filter((e) => words(e) !== null);
	// A relationship that is already active no longer awaits an answer, whatever flag is left.
	const visibleFlags = (n: Notification): number => {
		const s = n.subject;
		const active = typeof s === 'object' && 'relationship' in s && rels.data?.find((r) => r.id === s.relationship)?.state === 'Active';
		return active ? n.flags & ~FLAGS.AWAITING_ACCEPTANCE : n.flags;
	};
	const toLookAt = (pending.data ?? []).filter((n) => visibleFlags(n) !== 0);
	const asking = (requests.data ?? []).map((r) => `${names[r.requester] ?? 'Someone'} asks to read your ${listWords(r.categories.map((c) => CATEGORY_WORDS[c]))}`);
	const studyIds = (pending.data ?? []).flatMap((n) => (typeof n.subject === 'object' && 'study' in n.subject ? [n.subject.study] : []));
	const studies = useLoad(() => Promise.all(studyIds.map((id) => chain.study(id))), [studyIds.join(',')]);
	const subjectName = (n: Notification): string => {
		const s = n.subject;
		if (s === 'patient') return 'About you';
		if ('study' in s) return `Research study “${studies.data?.find((x) => x?.id === s.study)?.terms.title ?? s.study}”`;
		return names[rels.data?.find((r) => r.id === s.relationship)?.provider ?? ''] ?? 'A provider';
	};
	return (
		<section aria-labelledby="home-h">
			<h2 id="home-h">Notifications</h2>
			{rels.data && !rels.data.some((r) => r.state === 'Active') && (
				<div class="card notice" data-testid="get-started" aria-labelledby="start-h">
					<h3 id="start-h">Getting started</h3>
					<ol>
						<li>{rels.data.length > 0 ? <s>Give your account code to your provider</s> : <>Give your account code to your provider: <a href="#/account">show my account code</a>.</>}</li>
						<li>{rels.data.length > 0 ? <>Accept them as your provider: <a href="#/providers">{names[rels.data[0]!.provider] ?? 'A provider'} is waiting for your answer</a>.</> : 'Accept them as your provider, here, once they have added you.'}</li>
						<li>Your records then appear under Records, and you decide who else may read them under Sharing.</li>
					</ol>
				</div>
			)}
			{feedPending.length > 0 && (
				<div class="card" aria-labelledby="pending-h">
					<h3 id="pending-h">Being confirmed</h3>
					<ul class="plain" data-testid="pending-events">
						{feedPending.map((e, i) => <li key={i} data-block={e.block}><span class="status pending">being confirmed…</span> {words(e)}</li>)}
					</ul>
				</div>
			)}
			<div class="card">
				<h3>To look at</h3>
				{pending.loading && !pending.data && <Loading what="notifications" />}
				<ErrorText error={pending.error} />
				{pending.data && toLookAt.length === 0 && <p class="muted">Nothing new.</p>}
				<ul class="plain" data-testid="notifications">
					{toLookAt.map((n) => (
						<li key={JSON.stringify(n.subject)} class={`notice ${(n.flags & FLAGS.EMERGENCY_ACCESS_USED) ? 'emergency' : ''}`}>
							<strong>{subjectName(n)}</strong>: {flagsText(visibleFlags(n))}
							{(n.flags & FLAGS.ACCESS_REQUESTED) !== 0 && asking.length > 0 && <ul>{asking.map((a) => <li key={a}>{a}</li>)}</ul>}
							<div class="row" style="margin-top:.3rem">
								{(n.flags & FLAGS.NEW_CONTENT) !== 0 && <a href="#/records">See records</a>}
								{(visibleFlags(n) & FLAGS.AWAITING_ACCEPTANCE) !== 0 && <a href="#/providers">Accept or turn down</a>}
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
				{emergencies.data?.length === 0 && <p class="muted">No emergency access in the last hour.</p>}
				<ul class="plain" data-testid="emergencies">
					{emergencies.data?.map((e, i) => (
						<li key={i} class="notice emergency"><strong>{names[String(e.data.provider)] ?? 'A provider'}</strong> used emergency access, saying: <q>{justification(e)}</q>. Access ends <When ms={Number(e.data.expires)} />.</li>
					))}
				</ul>
			</div>
			<div class="card">
				<h3>Live, since you opened the app</h3>
				{feedFinal.length === 0 && <p class="muted">Nothing yet. What happens to your records appears here as soon as it is confirmed.</p>}
				<ul class="plain" data-testid="live-events">
					{feedFinal.map((e, i) => <li key={i} data-block={e.block}>{words(e)}</li>)}
				</ul>
			</div>
		</section>
	);
}

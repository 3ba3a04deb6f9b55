// Sharing: grants (who, which relationship or all, which categories, why, from when until
// when), revocation, access requests, viewer groups, proxies, break-glass and the dead-man
// switch. Sensitive categories are listed apart and never ticked by default.

import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, CATEGORY_WORDS, dateText, DAY, listWords, PURPOSE_NAMES, type Category, type Grant, type Purpose, type Scope, type Viewer } from '@medrec/client';
import { CategoryPicker, ErrorText, Loading, short, TxButton, useLoad, useNames, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

const cats = (c: Category[]) => c.map((x) => CATEGORY_LABELS[x]).join(', ');
/** "your medications and allergies" */
const yourCats = (c: Category[]) => `your ${listWords(c.map((x) => CATEGORY_WORDS[x]))}`;
const day = (ms: number) => dateText(new Date(ms).toISOString().slice(0, 10));

function isAccount(s: string): boolean {
	return /^[1-9A-HJ-NP-Za-km-z]{46,48}$/.test(s.trim());
}

export function Sharing({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me, signer } = session;
	const data = useLoad(async () => ({
		grants: await chain.grants(me),
		requests: await chain.requests(me),
		groups: await chain.groups(me),
		proxies: await chain.proxies(me),
		breakGlass: await chain.breakGlass(me),
		deadMan: await chain.deadManSwitch(me),
		relationships: await chain.relationships(me),
		members: await chain.members(),
	}), [feed.version]);
	const d = data.data;
	const accounts = [...(d?.grants ?? []).flatMap((g) => ('account' in g.viewer ? [g.viewer.account] : [])), ...(d?.requests ?? []).map((r) => r.requester), ...(d?.groups ?? []).flatMap((g) => g.members), ...(d?.proxies ?? []).map((p) => p.who), ...(d?.relationships ?? []).map((r) => r.provider), ...(d?.deadMan?.beneficiaries ?? [])];
	const names = useNames(chain, accounts);
	const name = (a: string) => names[a] ?? short(a);
	const viewerText = (v: Viewer) => ('account' in v ? name(v.account) : `group ${v.group}`);
	const scopeText = (s: Scope) => (s === 'all' ? 'all providers' : `records at ${name(d?.relationships.find((r) => r.id === s.relationship)?.provider ?? '')}`);
	const [said, setSaid] = useState<string | null>(null);
	if (!d) return <section><h2>Sharing</h2>{data.loading ? <Loading what="your sharing settings" /> : <ErrorText error={data.error} />}</section>;
	return (
		<section aria-labelledby="share-h">
			<h2 id="share-h">Sharing</h2>
			<div class="card">
				<h3>Who I share with</h3>
				<p class="status ok" role="status" aria-live="polite" data-testid="sharing-said">{said}</p>
				{d.grants.length === 0 && <p class="muted">You share nothing with anyone. Your providers see only the records they keep themselves.</p>}
				<ul class="plain" data-testid="grants">
					{d.grants.map((g: Grant) => {
						const who = viewerText(g.viewer);
						const stop = `Stop sharing ${yourCats(g.categories)} with ${who}`;
						return (
							<li key={g.id}>
								<strong>{who}</strong> may read {yourCats(g.categories)} {g.scope === 'all' ? 'from all your providers' : `kept by ${scopeText(g.scope).replace(/^records at /, '')}`}, for {g.purpose.toLowerCase()}, until {day(g.expires)}
								{g.expires < Date.now() && <span class="status warn"> ended</span>}
								<div>
									<TxButton chain={chain} signer={signer} class="danger" label={stop}
										make={() => (confirm(`${stop}? From the next few seconds they will not be able to read them.`) ? chain.tx.revoke(me, g.id) : null)}
										onFinal={() => { setSaid(`Stopped: ${who} can no longer read ${yourCats(g.categories)}.`); data.reload(); }}>Stop sharing</TxButton>
								</div>
							</li>
						);
					})}
				</ul>
			</div>
			<NewGrant session={session} members={d.members.map((m) => ({ account: m.account, name: m.name ?? short(m.account) }))} groups={d.groups.map((g) => g.id)} relationships={d.relationships.map((r) => ({ id: r.id, name: name(r.provider), provider: r.provider }))}
				onDone={(text) => {
					setSaid(text);
					data.reload();
					// The new share is in the list above: show it, and say so.
					document.querySelector('[data-testid="grants"]')?.scrollIntoView({ block: 'center' });
				}} />
			<div class="card">
				<h3>Access requests</h3>
				{d.requests.length === 0 && <p class="muted">No one is waiting for an answer.</p>}
				<ul class="plain" data-testid="requests">
					{d.requests.map((r) => (
						<li key={r.id}>
							<strong>{name(r.requester)}</strong> asks to read {cats(r.categories)} of {scopeText(r.scope)} for {r.purpose.toLowerCase()}, for {Math.round(r.duration / DAY)} days
							<div class="row">
								<TxButton chain={chain} signer={signer} make={() => chain.tx.approveRequest(me, r.id)} onFinal={data.reload} label={`Approve request from ${name(r.requester)}`}>Approve</TxButton>
								<TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.declineRequest(me, r.id)} onFinal={data.reload} label={`Decline request from ${name(r.requester)}`}>Decline</TxButton>
							</div>
						</li>
					))}
				</ul>
			</div>
			<Groups session={session} groups={d.groups} name={name} onDone={data.reload} />
			<Proxies session={session} proxies={d.proxies} name={name} onDone={data.reload} />
			<div class="card">
				<h3>Emergency access (break-glass)</h3>
				<p>{d.breakGlass ? 'On: a provider may open your allergies, medications and conditions in an emergency, giving a reason you will see.' : 'Off: no one can open your records in an emergency without a grant.'}</p>
				<TxButton chain={chain} signer={signer} class={d.breakGlass ? 'secondary' : ''} make={() => chain.tx.setBreakGlass(!d.breakGlass)} onFinal={data.reload}>{d.breakGlass ? 'Turn emergency access off' : 'Allow emergency access'}</TxButton>
			</div>
			<DeadMan session={session} current={d.deadMan} name={name} onDone={data.reload} />
		</section>
	);
}

function NewGrant(props: { session: Session; members: { account: string; name: string }[]; groups: number[]; relationships: { id: number; name: string; provider: string }[]; onDone: (said: string) => void }) {
	const { chain, me, signer } = props.session;
	const [viewer, setViewer] = useState('');
	const [other, setOther] = useState('');
	const [scope, setScope] = useState('all');
	const [categories, setCategories] = useState<Category[]>([]);
	const [purpose, setPurpose] = useState<Purpose>('Treatment');
	const [days, setDays] = useState(30);
	const [error, setError] = useState<string | null>(null);
	const make = () => {
		setError(null);
		const target = viewer === 'other' ? other.trim() : viewer;
		if (!target) { setError('Choose who to share with.'); return null; }
		if (viewer === 'other' && !isAccount(target)) { setError('That is not a MedRec account code: ask them for the code their app shows.'); return null; }
		if (categories.length === 0) { setError('Choose at least one kind of record.'); return null; }
		const v: Viewer = target.startsWith('group:') ? { group: Number(target.slice(6)) } : { account: target };
		const s: Scope = scope === 'all' ? 'all' : { relationship: Number(scope) };
		const start = Date.now() - 60_000;
		return chain.tx.grant(me, v, s, categories, purpose, start, start + days * DAY);
	};
	const holder = scope === 'all' ? null : props.relationships.find((r) => String(r.id) === scope)?.provider ?? null;
	const finished = () => {
		const who = viewer.startsWith('group:') ? 'the group' : viewer === 'other' ? 'them' : props.members.find((m) => m.account === viewer)?.name ?? 'them';
		props.onDone(`Shared ${yourCats(categories)} with ${who} until ${day(Date.now() + days * DAY)}.`);
		setViewer('');
		setOther('');
		setScope('all');
		setCategories([]);
		setPurpose('Treatment');
		setDays(30);
	};
	return (
		<form class="card" aria-labelledby="grant-h" onSubmit={(e) => e.preventDefault()}>
			<h3 id="grant-h">Share records</h3>
			<label for="g-viewer">With</label>
			<select id="g-viewer" value={viewer} onChange={(e) => setViewer((e.target as HTMLSelectElement).value)}>
				<option value="">Choose…</option>
				{/* The provider that keeps the chosen records sees them already. */}
				{props.members.filter((m) => m.account !== holder).map((m) => <option key={m.account} value={m.account}>{m.name}</option>)}
				{props.groups.map((g) => <option key={g} value={`group:${g}`}>Group {g}</option>)}
				<option value="other">Someone else (their account code)…</option>
			</select>
			{viewer === 'other' && <><label for="g-other">Their account code</label><input id="g-other" class="mono" value={other} onInput={(e) => setOther((e.target as HTMLInputElement).value)} /></>}
			<label for="g-scope">Which records</label>
			<select id="g-scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
				<option value="all">From all my providers, now and later</option>
				{props.relationships.map((r) => <option key={r.id} value={String(r.id)}>Only those at {r.name}</option>)}
			</select>
			<CategoryPicker idPrefix="g-cat" value={categories} onChange={setCategories} />
			<label for="g-purpose">For</label>
			<select id="g-purpose" value={purpose} onChange={(e) => setPurpose((e.target as HTMLSelectElement).value as Purpose)}>
				{PURPOSE_NAMES.map((p) => <option key={p} value={p}>{p}</option>)}
			</select>
			<label for="g-days">For how many days</label>
			<input id="g-days" type="number" min={1} max={3650} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} />
			<ErrorText error={error} />
			<p><TxButton chain={chain} signer={signer} make={make} onFinal={finished}>Share</TxButton></p>
		</form>
	);
}

function Groups(props: { session: Session; groups: { id: number; members: string[] }[]; name: (a: string) => string; onDone: () => void }) {
	const { chain, me, signer } = props.session;
	const [members, setMembers] = useState('');
	const list = () => members.split(/[\s,]+/).filter(Boolean);
	return (
		<div class="card">
			<h3>Viewer groups</h3>
			<p class="muted">A group lets one grant reach several people, for example your family.</p>
			<ul class="plain" data-testid="groups">
				{props.groups.map((g) => (
					<li key={g.id}>
						<strong>Group {g.id}</strong>: {g.members.map(props.name).join(', ') || 'no members'}
						<div class="row">
							{g.members.map((m) => <TxButton key={m} chain={chain} signer={signer} class="secondary" make={() => chain.tx.removeGroupMember(me, g.id, m)} onFinal={props.onDone} label={`Remove ${props.name(m)} from group ${g.id}`}>Remove {props.name(m).slice(0, 12)}</TxButton>)}
							<TxButton chain={chain} signer={signer} class="danger" make={() => chain.tx.removeGroup(me, g.id)} onFinal={props.onDone} label={`Delete group ${g.id}`}>Delete group</TxButton>
						</div>
					</li>
				))}
			</ul>
			<label for="grp-members">New group's members (account ids, separated by spaces)</label>
			<input id="grp-members" class="mono" value={members} onInput={(e) => setMembers((e.target as HTMLInputElement).value)} />
			<p><TxButton chain={chain} signer={signer} make={() => (list().length && list().every(isAccount) ? chain.tx.createGroup(me, list()) : null)} onFinal={() => { setMembers(''); props.onDone(); }}>Create group</TxButton></p>
		</div>
	);
}

function Proxies(props: { session: Session; proxies: { who: string; categories: Category[]; expires: number }[]; name: (a: string) => string; onDone: () => void }) {
	const { chain, me, signer } = props.session;
	const [who, setWho] = useState('');
	const [categories, setCategories] = useState<Category[]>([]);
	const [days, setDays] = useState(365);
	return (
		<div class="card">
			<h3>Proxies</h3>
			<p class="muted">A proxy can share and answer requests for you, within the records you name, until a date.</p>
			<ul class="plain" data-testid="proxies">
				{props.proxies.map((p) => (
					<li key={p.who}><strong>{props.name(p.who)}</strong> for {cats(p.categories)} until <When ms={p.expires} />
						<div><TxButton chain={chain} signer={signer} class="danger" make={() => chain.tx.removeProxy(me, p.who)} onFinal={props.onDone} label={`Remove proxy ${props.name(p.who)}`}>Remove</TxButton></div>
					</li>
				))}
			</ul>
			<label for="px-who">Proxy's account id</label>
			<input id="px-who" class="mono" value={who} onInput={(e) => setWho((e.target as HTMLInputElement).value)} />
			<CategoryPicker idPrefix="px-cat" value={categories} onChange={setCategories} />
			<label for="px-days">For how many days</label>
			<input id="px-days" type="number" min={1} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} />
			<p><TxButton chain={chain} signer={signer} make={() => (isAccount(who) && categories.length ? chain.tx.addProxy(who.trim(), categories, Date.now() + days * DAY) : null)} onFinal={props.onDone}>Add proxy</TxButton></p>
		</div>
	);
}

function DeadMan(props: { session: Session; current: { timeout: number; lastCheckIn: number; beneficiaries: string[]; categories: Category[] } | null; name: (a: string) => string; onDone: () => void }) {
	const { chain, signer } = props.session;
	const [days, setDays] = useState(90);
	const [who, setWho] = useState('');
	const [categories, setCategories] = useState<Category[]>([]);
	const c = props.current;
	const list = () => who.split(/[\s,]+/).filter(Boolean);
	return (
		<div class="card">
			<h3>If I stop checking in (dead-man switch)</h3>
			{c ? (
				<>
					<p data-testid="deadman">Set: if you do not check in for {Math.round(c.timeout / DAY)} days after <When ms={c.lastCheckIn} />, {c.beneficiaries.map(props.name).join(', ')} may read {cats(c.categories)}.</p>
					<div class="row">
						<TxButton chain={chain} signer={signer} make={() => chain.tx.checkIn()} onFinal={props.onDone}>Check in now</TxButton>
						<TxButton chain={chain} signer={signer} class="danger" make={() => chain.tx.clearDeadManSwitch()} onFinal={props.onDone}>Remove the switch</TxButton>
					</div>
				</>
			) : <p class="muted">Not set.</p>}
			<label for="dm-days">Days without a check-in</label>
			<input id="dm-days" type="number" min={1} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} />
			<label for="dm-who">Who may then read (account ids, separated by spaces)</label>
			<input id="dm-who" class="mono" value={who} onInput={(e) => setWho((e.target as HTMLInputElement).value)} />
			<CategoryPicker idPrefix="dm-cat" value={categories} onChange={setCategories} />
			<p><TxButton chain={chain} signer={signer} make={() => (list().every(isAccount) && categories.length ? chain.tx.setDeadManSwitch(days * DAY, list(), categories) : null)} onFinal={props.onDone}>{c ? 'Change the switch' : 'Set the switch'}</TxButton></p>
		</div>
	);
}

// Research: my research consent (what research may count me, in GA4GH DUO terms said plainly;
// which records, sensitive ones apart and off; until when; which provider counts me; whether I
// am asked for each study), withdrawing from all research, and the approved studies, each with
// whether it counts me and why (the chain's `ResearchApi.eligibility`), opt in / opt out, an
// invitation to acknowledge, and the queries the chain authorized for it.
//
// "Counted in": which answers actually counted me, from each gatekeeper of every provider I have
// a relationship with and of my research home site (the home may have changed, so every one is
// asked): `GET /research/inclusions`, signed by me, sealed to my key. Per study, the queries that
// counted me, summed over sites, with the first and last time; a site that cannot say is named
// with its reason.

import { useState } from 'preact/hooks';
import {
	DAY, FLAGS, GatekeeperError, MODE_TEXT, MODIFIER_ORDER, MODIFIER_TEXT, PERMISSION_TEXT, SENSITIVE,
	categoriesText, consentProblems, eligibilityText, mergeInclusions, missingOf, missingText, parseCodes, permissionText,
	type Category, type Choice, type ConsentMode, type ConsentTerms, type CountedIn, type DuoModifier, type DuoPermission,
	type Eligibility, type Inclusion, type QueryRecord, type Relationship, type ResearchConsent, type Study,
} from '@medrec/client';
import { CategoryPicker, ErrorText, Loading, QueryList, StudyTerms, TxButton, useLoad, useNames, When } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import { gatekeeperFor, type Session } from '../session.js';

interface ResearchData {
	consent: ResearchConsent | null;
	studies: Study[];
	choices: Map<number, Choice>;
	eligibility: Map<number, Eligibility>;
	queries: Map<number, QueryRecord[]>;
	/** Study id → the invitation flags not yet acknowledged. */
	invitations: Map<number, number>;
	relationships: Relationship[];
}

async function load(session: Session): Promise<ResearchData> {
	const { chain, me } = session;
	const [consent, all, choices, relationships, notifications] = await Promise.all([
		chain.researchConsent(me), chain.allStudies(), chain.choices(me), chain.relationships(me), chain.notifications(me),
	]);
	// Patients see the studies the consortium approved (and those since closed); proposals are
	// the members' business until decided.
	const studies = all.filter((s) => s.state.kind === 'Approved' || s.state.kind === 'Closed').reverse();
	const [eligibility, queries] = await Promise.all([
		Promise.all(studies.map(async (s) => [s.id, await chain.eligibility(me, s.id)] as const)),
		Promise.all(studies.map(async (s) => [s.id, await chain.queries(s.id)] as const)),
	]);
	const invitations = new Map<number, number>();
	for (const n of notifications) {
		if (typeof n.subject === 'object' && 'study' in n.subject && (n.flags & FLAGS.RESEARCH_INVITATION) !== 0) invitations.set(n.subject.study, n.flags);
	}
	return { consent, studies, choices, eligibility: new Map(eligibility), queries: new Map(queries), invitations, relationships };
}

export function Research({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me, signer } = session;
	const data = useLoad(() => load(session), [feed.version, feed.research]);
	const d = data.data;
	const names = useNames(chain, d ? [...d.relationships.map((r) => r.provider), ...d.studies.map((s) => s.researcher), ...(d.consent ? [d.consent.terms.home] : [])] : []);
	const name = (a: string) => names[a] ?? `${a.slice(0, 8)}…`;
	if (!d) return <section><h2>Research</h2>{data.loading ? <Loading what="your research settings and the studies" /> : <ErrorText error={data.error} />}</section>;
	const c = d.consent;
	return (
		<section aria-labelledby="res-h">
			<h2 id="res-h">Research</h2>
			<p class="muted">Researchers never see your records. Approved studies ask your providers' gatekeepers for counts of patients, with noise added, and only patients whose consent allows it are counted.</p>
			<div class="card" aria-labelledby="my-consent-h">
				<h3 id="my-consent-h">My research consent</h3>
				{c ? (
					<div data-testid="consent">
						<p><span class="status ok">In force</span> {c.terms.expires < Date.now() && <span class="status warn">expired</span>}</p>
						<ul>
							<li><strong>Research allowed:</strong> {permissionText(c.terms.permission)}</li>
							{c.terms.modifiers.length > 0 && <li><strong>Conditions:</strong> {c.terms.modifiers.map((m) => MODIFIER_TEXT[m].label + (m === 'GS' && c.terms.region ? ` (${c.terms.region})` : '')).join('; ')}</li>}
							<li><strong>Records research may count:</strong> {categoriesText(c.terms.categories)}</li>
							<li><strong>Counted by:</strong> {name(c.terms.home)} (your research home site)</li>
							<li><strong>Studies:</strong> {MODE_TEXT[c.terms.mode]}</li>
							<li><strong>Valid:</strong> <When ms={c.terms.notBefore} /> until <When ms={c.terms.expires} /></li>
						</ul>
						<TxButton chain={chain} signer={signer} class="danger" make={() => (confirm('Withdraw from all research? Your per-study choices end with it.') ? chain.tx.withdrawConsent(me) : null)} onFinal={data.reload}>Withdraw from all research</TxButton>
						<p class="muted">Once the withdrawal is in a finalized block, no answer computed after it counts you.</p>
					</div>
				) : <p data-testid="consent">You have no research consent: no study counts you.</p>}
			</div>
			<CountedInPanel session={session} providers={[...d.relationships.map((r) => r.provider), ...(c ? [c.terms.home] : [])]} studies={d.studies} name={name} version={feed.version} />
			<ConsentForm session={session} current={c} relationships={d.relationships.filter((r) => r.state === 'Active')} name={name} onDone={data.reload} />
			<div class="card" aria-labelledby="studies-h">
				<h3 id="studies-h">Approved studies</h3>
				{d.studies.length === 0 && <p class="muted">No study has been approved yet.</p>}
				<div data-testid="studies">
					{d.studies.map((s) => (
						<StudyCard key={s.id} session={session} study={s} researcher={name(s.researcher)} hasConsent={c !== null}
							choice={d.choices.get(s.id) ?? null} eligibility={d.eligibility.get(s.id) ?? null}
							queries={d.queries.get(s.id) ?? []} invitation={d.invitations.get(s.id) ?? 0} onDone={data.reload} />
					))}
				</div>
			</div>
		</section>
	);
}

interface SiteInclusionsResult {
	provider: string;
	inclusions: Inclusion[];
	error: string | null;
}

/** Every site's inclusions of me, each provider asked once, and their merge per study. */
export async function loadCountedIn(session: Session, providers: readonly string[]): Promise<{ merged: CountedIn[]; sites: SiteInclusionsResult[] }> {
	const sites = await Promise.all([...new Set(providers)].map(async (provider): Promise<SiteInclusionsResult> => {
		try {
			const gk = await gatekeeperFor(session, provider);
			if (!gk) return { provider, inclusions: [], error: 'this provider names no gatekeeper' };
			return { provider, inclusions: (await gk.researchInclusions()).inclusions, error: null };
		} catch (e) {
			const error = e instanceof GatekeeperError && e.status === 404 ? 'this gatekeeper does not report research inclusions (404)' : missingText(missingOf(e));
			return { provider, inclusions: [], error };
		}
	}));
	return { merged: mergeInclusions(sites.filter((s) => s.error === null)), sites };
}

function CountedInPanel(props: { session: Session; providers: string[]; studies: Study[]; name: (a: string) => string; version: number }) {
	const key = [...new Set(props.providers)].sort().join(',');
	const data = useLoad(() => loadCountedIn(props.session, props.providers), [key, props.version]);
	const title = (study: number) => props.studies.find((s) => s.id === study)?.terms.title ?? `Study ${study}`;
	const d = data.data;
	const failed = d?.sites.filter((s) => s.error !== null) ?? [];
	return (
		<div class="card" aria-labelledby="counted-h">
			<h3 id="counted-h">Counted in</h3>
			<p class="muted">What your providers' gatekeepers say about you: in how many of each study's queries they counted you. Researchers receive only noisy totals, never who was counted.</p>
			{data.loading && !d && <Loading what="what each gatekeeper counted you in" />}
			<ErrorText error={data.error} />
			{d && d.merged.length === 0 && (d.sites.length === 0 || failed.length < d.sites.length) && <p data-testid="counted-in-empty">No study has counted you yet{failed.length > 0 ? ' at the sites that answered' : ''}.</p>}
			{d && d.merged.length > 0 && (
				<ul data-testid="counted-in">
					{d.merged.map((m) => (
						<li key={m.study}>
							<strong>{title(m.study)}</strong>: included in {m.queries} {m.queries === 1 ? 'query' : 'queries'}{' '}
							{m.first === m.last ? <>(<When ms={m.first} />)</> : <>(first <When ms={m.first} />, last <When ms={m.last} />)</>}
							<span class="muted">, by {m.sites.map(props.name).join(' and ')}</span>
						</li>
					))}
				</ul>
			)}
			{failed.length > 0 && (
				<ul class="plain" data-testid="counted-in-errors">
					{failed.map((s) => <li key={s.provider} class="error"><strong>{props.name(s.provider)}</strong> could not say: {s.error}</li>)}
				</ul>
			)}
		</div>
	);
}

function StudyCard(props: { session: Session; study: Study; researcher: string; hasConsent: boolean; choice: Choice | null; eligibility: Eligibility | null; queries: QueryRecord[]; invitation: number; onDone: () => void }) {
	const { chain, me, signer } = props.session;
	const s = props.study;
	const title = s.terms.title;
	const open = s.state.kind === 'Approved' && s.terms.ends > Date.now();
	const sensitive = s.terms.categories.filter((x) => SENSITIVE.includes(x));
	const choice = props.choice;
	return (
		<article class={`card ${props.invitation ? 'notice invited' : ''}`} aria-label={title}>
			<h4 style="margin:.2rem 0">{title} {props.invitation !== 0 && <span class="status warn">You are invited</span>} {s.state.kind === 'Closed' && <span class="status">closed</span>}</h4>
			<StudyTerms study={s} researcher={props.researcher} />
			<p data-testid="eligibility"><strong>Matches your consent:</strong> {props.eligibility ? eligibilityText(props.eligibility) : '…'}</p>
			<p><strong>Your choice:</strong> {choice === null ? 'none' : choice.kind === 'OptOut' ? 'opted out' : `opted in (${categoriesText(choice.categories)})`}</p>
			{open && props.hasConsent && (
				<div class="row">
					<TxButton chain={chain} signer={signer} make={() => chain.tx.choose(me, s.id, { kind: 'OptIn', categories: s.terms.categories })} onFinal={props.onDone} disabled={choice?.kind === 'OptIn'} label={`Opt in to ${title}`}>Opt in</TxButton>
					<TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.choose(me, s.id, { kind: 'OptOut' })} onFinal={props.onDone} disabled={choice?.kind === 'OptOut'} label={`Opt out of ${title}`}>Opt out</TxButton>
				</div>
			)}
			{open && props.hasConsent && <p class="muted">Opting in lets this study count your {categoriesText(s.terms.categories).toLowerCase()} records{sensitive.length > 0 && <>, <strong>including sensitive ones: {categoriesText(sensitive).toLowerCase()}</strong></>}, at your research home site.</p>}
			{open && !props.hasConsent && <p class="muted">To opt in or out, first give a research consent: it names the provider that counts you.</p>}
			{props.invitation !== 0 && (
				<p><TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.acknowledge(me, { study: s.id }, FLAGS.RESEARCH_INVITATION)} onFinal={props.onDone} label={`Acknowledge the invitation to ${title}`}>Acknowledge the invitation</TxButton></p>
			)}
			<h5 style="margin:.6rem 0 .2rem;font-size:1rem">Queries the chain authorized</h5>
			<QueryList queries={props.queries} testId={`queries-${s.id}`} forPatients />
		</article>
	);
}

const dateInput = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function ConsentForm(props: { session: Session; current: ResearchConsent | null; relationships: Relationship[]; name: (a: string) => string; onDone: () => void }) {
	const { chain, me, signer } = props.session;
	const t = props.current?.terms;
	// The site holding the most record sets counts best; the patient may pick another.
	const suggested = [...props.relationships].sort((a, b) => b.pointers.length - a.pointers.length)[0]?.provider ?? '';
	const [permission, setPermission] = useState<DuoPermission['kind']>(t?.permission.kind ?? 'Hmb');
	const [codes, setCodes] = useState(t?.permission.kind === 'Ds' ? t.permission.codes.join(', ') : '');
	const [modifiers, setModifiers] = useState<DuoModifier[]>(t?.modifiers ?? []);
	const [region, setRegion] = useState(t?.region ?? '');
	const [categories, setCategories] = useState<Category[]>(t?.categories ?? []);
	const [until, setUntil] = useState(dateInput(t?.expires ?? Date.now() + 365 * DAY));
	const [home, setHome] = useState(t?.home ?? '');
	const [mode, setMode] = useState<ConsentMode>(t?.mode ?? 'Broad');
	const [error, setError] = useState<string | null>(null);
	const homeChosen = home || suggested;
	const toggle = (m: DuoModifier, on: boolean) => setModifiers(on ? [...modifiers, m] : modifiers.filter((x) => x !== m));
	const make = () => {
		setError(null);
		const terms: ConsentTerms = {
			permission: permission === 'Ds' ? { kind: 'Ds', codes: parseCodes(codes) } : { kind: permission },
			modifiers: MODIFIER_ORDER.filter((m) => modifiers.includes(m)),
			region: modifiers.includes('GS') ? region.trim().toUpperCase() : null,
			categories,
			notBefore: Date.now() - 60_000,
			expires: new Date(`${until}T00:00:00`).getTime() + DAY,
			home: homeChosen,
			mode,
		};
		const problems = consentProblems(terms);
		if (Number.isNaN(terms.expires)) problems.push('choose until when the consent is valid');
		if (problems.length) { setError(problems.join('; ')); return null; }
		return chain.tx.setConsent(me, terms);
	};
	if (props.relationships.length === 0) {
		return <div class="card"><h3>Give a research consent</h3><p class="muted">A research consent names one of your providers to count you; accept a relationship with a provider first.</p></div>;
	}
	return (
		<form class="card" aria-labelledby="consent-form-h" onSubmit={(e) => e.preventDefault()}>
			<h3 id="consent-form-h">{props.current ? 'Change my research consent' : 'Give a research consent'}</h3>
			<fieldset>
				<legend>Which research may count me</legend>
				{(['Gru', 'Hmb', 'Ds'] as const).map((k) => (
					<label class="check" key={k} for={`rc-perm-${k}`}>
						<input type="radio" name="rc-perm" id={`rc-perm-${k}`} checked={permission === k} onChange={() => setPermission(k)} />
						<span><strong>{PERMISSION_TEXT[k].label}</strong>: {PERMISSION_TEXT[k].explain}</span>
					</label>
				))}
				{permission === 'Ds' && (
					<>
						<label for="rc-codes">Conditions (ICD-10 codes, up to 4, separated by commas)</label>
						<input id="rc-codes" class="mono" value={codes} placeholder="E11, I10" onInput={(e) => setCodes((e.target as HTMLInputElement).value)} />
					</>
				)}
			</fieldset>
			<fieldset>
				<legend>Conditions on the research (optional)</legend>
				{MODIFIER_ORDER.map((m) => (
					<label class="check" key={m} for={`rc-mod-${m}`}>
						<input type="checkbox" id={`rc-mod-${m}`} checked={modifiers.includes(m)} onChange={(e) => toggle(m, (e.target as HTMLInputElement).checked)} />
						<span><strong>{MODIFIER_TEXT[m].label}</strong>: {MODIFIER_TEXT[m].explain}</span>
					</label>
				))}
				{modifiers.includes('GS') && (
					<>
						<label for="rc-region">My region (two-letter country code)</label>
						<input id="rc-region" class="mono" maxLength={2} value={region} placeholder="GB" onInput={(e) => setRegion((e.target as HTMLInputElement).value)} />
					</>
				)}
			</fieldset>
			<CategoryPicker idPrefix="rc-cat" value={categories} onChange={setCategories} sensitiveLegend="Sensitive records (counted only if you tick them)" />
			<label for="rc-home">Research home site (the one provider that counts me, so I am never counted twice)</label>
			<select id="rc-home" value={homeChosen} onChange={(e) => setHome((e.target as HTMLSelectElement).value)}>
				{props.relationships.map((r) => <option key={r.id} value={r.provider}>{props.name(r.provider)} ({r.pointers.length} record sets)</option>)}
			</select>
			<fieldset>
				<legend>Studies</legend>
				{(['Broad', 'AskEachStudy'] as const).map((k) => (
					<label class="check" key={k} for={`rc-mode-${k}`}>
						<input type="radio" name="rc-mode" id={`rc-mode-${k}`} checked={mode === k} onChange={() => setMode(k)} />
						{MODE_TEXT[k]}
					</label>
				))}
			</fieldset>
			<label for="rc-until">Valid until</label>
			<input id="rc-until" type="date" value={until} onInput={(e) => setUntil((e.target as HTMLInputElement).value)} />
			<p class="muted" data-testid="chain-visibility">Anyone reading the MedRec chain can see that this account has a research consent, its terms (including any condition codes you name), its home site and your choices about studies; not your name, and never your records.</p>
			<ErrorText error={error} />
			<p><TxButton chain={chain} signer={signer} make={make} onFinal={props.onDone}>{props.current ? 'Save the new consent' : 'Give my research consent'}</TxButton></p>
			{categories.some((c) => SENSITIVE.includes(c)) && <p class="status warn">Research may count {categoriesText(categories.filter((c) => SENSITIVE.includes(c))).toLowerCase()} records: you ticked {categories.filter((c) => SENSITIVE.includes(c)).length > 1 ? 'these sensitive categories' : 'this sensitive category'}.</p>}
		</form>
	);
}

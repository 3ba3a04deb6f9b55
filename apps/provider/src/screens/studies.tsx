// Studies, for a research organisation: registering one (every field of `StudyTerms`; the
// protocol and the ethics approval are hashed here, in the browser, so every member votes on
// the same documents), and its studies with their state, the consortium's votes while proposed,
// and what is spent of each budget.

import { useState } from 'preact/hooks';
import { sha256AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import {
	DAY, MAX_QUERY_EPSILON, MAX_STUDY_BUDGET, MIN_CELL_COUNT, MIN_QUERY_EPSILON,
	epsilonText, parseCodes, researchEvent, stateText, studyProblems,
	type Category, type ChainEvent, type PrimaryPurpose, type StudyTerms as Terms,
} from '@medrec/client';
import { CategoryPicker, ErrorText, Loading, StudyTerms, TxButton, useFinalizedVersion, useLoad } from '@medrec/client/ui';
import type { Session } from '../session.js';

const PRIMARY: [PrimaryPurpose['kind'], string][] = [
	['Health', 'Health, medical or biomedical research'],
	['Disease', 'Research on specific conditions (ICD-10 codes)'],
	['General', 'Any research question (general research use)'],
	['Ancestry', 'Population origins or ancestry research'],
];

const FACTS = [
	['publishes', 'The results will be published'],
	['commercial', 'The results are for commercial use'],
	['forProfitOrg', 'Our organisation is for-profit'],
	['methodsDevelopment', 'The study develops new analysis methods'],
	['sensitiveArea', 'The study is in a sensitive area (only patients who opt in are counted)'],
] as const;
type Fact = (typeof FACTS)[number][0];

const dateInput = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function sha256Of(input: HTMLInputElement): Promise<string> {
	const file = input.files?.[0];
	if (!file) return '';
	return u8aToHex(sha256AsU8a(new Uint8Array(await file.arrayBuffer()))).slice(2);
}

export function Studies({ session }: { session: Session }) {
	const { chain, me, signer } = session;
	// Votes, verdicts and debits show as soon as they are final.
	const version = useFinalizedVersion(chain, (e) => e.section === 'research' || (e.section === 'consortium' && ['Voted', 'Passed', 'Rejected', 'Expired', 'Rescinded'].includes(e.method)));
	const data = useLoad(async () => {
		const [studies, consortium] = await Promise.all([chain.allStudies(), chain.consortium()]);
		return { studies: studies.filter((s) => s.researcher === me).reverse(), consortium };
	}, [version]);
	const d = data.data;
	return (
		<section aria-labelledby="studies-h">
			<h2 id="studies-h">Studies</h2>
			<Register session={session} onDone={data.reload} />
			<div class="card">
				<h3>My studies</h3>
				{data.loading && !d && <Loading what="your studies" />}
				<ErrorText error={data.error} />
				{d?.studies.length === 0 && <p class="muted">You have registered no study yet.</p>}
				<div data-testid="my-studies">
					{d?.studies.map((s) => {
						const proposal = s.state.kind === 'Proposed' ? d.consortium.proposals.find((p) => p.study === s.id) : undefined;
						const majority = Math.floor(d.consortium.members.length / 2) + 1;
						return (
							<article class="card" key={s.id} aria-label={s.terms.title}>
								<h4 style="margin:.2rem 0">Study {s.id}: {s.terms.title}</h4>
								<p data-testid="study-state"><span class={`status ${s.state.kind === 'Approved' ? 'ok' : s.state.kind === 'Proposed' ? 'pending' : 'warn'}`}>{stateText(s.state)}</span>
									{proposal && <> {proposal.ayes.length} for, {proposal.nays.length} against; {majority} of {d.consortium.members.length} members' votes pass it</>}</p>
								<p data-testid="study-budget">Budget: {epsilonText(s.spent)} of {epsilonText(s.terms.budget)} ε spent, {epsilonText(s.terms.budget - s.spent)} ε left; {s.nextQuery} {s.nextQuery === 1 ? 'query' : 'queries'} authorized</p>
								<details><summary>Terms</summary><StudyTerms study={s} researcher={session.name} /></details>
								<div class="row">
									{s.state.kind === 'Approved' && <a href={`#/queries?study=${s.id}`}>Queries</a>}
									{s.state.kind === 'Proposed' && <TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.withdrawStudy(s.id)} onFinal={data.reload} label={`Withdraw study ${s.id}`}>Withdraw</TxButton>}
									{s.state.kind === 'Approved' && <TxButton chain={chain} signer={signer} class="danger" make={() => (confirm('Close this study? No more queries can be authorized for it.') ? chain.tx.closeStudy(s.id) : null)} onFinal={data.reload} label={`Close study ${s.id}`}>Close the study</TxButton>}
								</div>
							</article>
						);
					})}
				</div>
			</div>
		</section>
	);
}

function Register({ session, onDone }: { session: Session; onDone: () => void }) {
	const { chain, signer } = session;
	const [title, setTitle] = useState('');
	const [url, setUrl] = useState('');
	const [protocol, setProtocol] = useState('');
	const [ethics, setEthics] = useState('');
	const [primary, setPrimary] = useState<PrimaryPurpose['kind']>('Health');
	const [codes, setCodes] = useState('');
	const [facts, setFacts] = useState<Record<Fact, boolean>>({ publishes: true, commercial: false, forProfitOrg: false, methodsDevelopment: false, sensitiveArea: false });
	const [region, setRegion] = useState('');
	const [categories, setCategories] = useState<Category[]>([]);
	const [starts, setStarts] = useState(dateInput(Date.now()));
	const [ends, setEnds] = useState(dateInput(Date.now() + 365 * DAY));
	const [k, setK] = useState(11);
	const [budget, setBudget] = useState(5);
	const [perQuery, setPerQuery] = useState(0.5);
	const [error, setError] = useState<string | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const hashInto = (set: (h: string) => void) => (e: Event) => void sha256Of(e.target as HTMLInputElement).then(set, (x: Error) => setError(x.message));
	const make = () => {
		setError(null);
		setDone(null);
		const terms: Terms = {
			title: title.trim(),
			protocolUrl: url.trim(),
			protocolSha256: protocol.trim().toLowerCase().replace(/^0x/, ''),
			ethicsSha256: ethics.trim().toLowerCase().replace(/^0x/, ''),
			purpose: {
				primary: primary === 'Disease' ? { kind: 'Disease', codes: parseCodes(codes) } : { kind: primary },
				methodsDevelopment: facts.methodsDevelopment,
				commercial: facts.commercial,
				forProfitOrg: facts.forProfitOrg,
				publishes: facts.publishes,
				region: region.trim().toUpperCase(),
				sensitiveArea: facts.sensitiveArea,
			},
			categories,
			// From the start of the first day (local time) to the end of the last.
			starts: new Date(`${starts}T00:00:00`).getTime(),
			ends: new Date(`${ends}T00:00:00`).getTime() + DAY,
			minCell: k,
			budget: Math.round(budget * 1000),
			maxPerQuery: Math.round(perQuery * 1000),
		};
		const problems = studyProblems(terms);
		if (Number.isNaN(terms.starts) || Number.isNaN(terms.ends)) problems.push('choose the study\'s period');
		if (problems.length) { setError(problems.join('; ')); return null; }
		return chain.tx.registerStudy(terms);
	};
	const registered = (events: ChainEvent[] | undefined) => {
		for (const e of (events ?? []).map(researchEvent)) {
			if (e?.kind === 'StudyRegistered') setDone(`Study ${e.study} registered: the consortium now votes on it as proposal #${e.proposal}.`);
		}
		onDone();
	};
	return (
		<form class="card" aria-labelledby="reg-h" onSubmit={(e) => e.preventDefault()}>
			<h3 id="reg-h">Register a study</h3>
			<p class="muted">The consortium's members vote on it. Once approved, you may authorize queries within its period, categories and privacy budget; patients see its terms.</p>
			<label for="st-title">Title</label>
			<input id="st-title" value={title} maxLength={128} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
			<label for="st-url">Protocol's address (URL)</label>
			<input id="st-url" type="url" value={url} placeholder="https://" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
			<label for="st-protocol-file">Protocol document (hashed here; the file is not sent)</label>
			<input id="st-protocol-file" type="file" onChange={hashInto(setProtocol)} />
			<label for="st-protocol">Protocol's SHA-256</label>
			<input id="st-protocol" class="mono" value={protocol} onInput={(e) => setProtocol((e.target as HTMLInputElement).value)} />
			<label for="st-ethics-file">Ethics committee's approval (hashed here; the file is not sent)</label>
			<input id="st-ethics-file" type="file" onChange={hashInto(setEthics)} />
			<label for="st-ethics">Ethics approval's SHA-256</label>
			<input id="st-ethics" class="mono" value={ethics} onInput={(e) => setEthics((e.target as HTMLInputElement).value)} />
			<fieldset>
				<legend>Purpose</legend>
				{PRIMARY.map(([kind, label]) => (
					<label class="check" key={kind} for={`st-primary-${kind}`}>
						<input type="radio" name="st-primary" id={`st-primary-${kind}`} checked={primary === kind} onChange={() => setPrimary(kind)} />{label}
					</label>
				))}
				{primary === 'Disease' && (
					<>
						<label for="st-codes">Conditions (ICD-10 codes, up to 4)</label>
						<input id="st-codes" class="mono" value={codes} placeholder="E11" onInput={(e) => setCodes((e.target as HTMLInputElement).value)} />
					</>
				)}
			</fieldset>
			<fieldset>
				<legend>What patients' conditions are matched against</legend>
				{FACTS.map(([key, label]) => (
					<label class="check" key={key} for={`st-${key}`}>
						<input type="checkbox" id={`st-${key}`} checked={facts[key]} onChange={(e) => setFacts({ ...facts, [key]: (e.target as HTMLInputElement).checked })} />{label}
					</label>
				))}
				<label for="st-region">Where the research is done (two-letter country code)</label>
				<input id="st-region" class="mono" maxLength={2} value={region} placeholder="GB" onInput={(e) => setRegion((e.target as HTMLInputElement).value)} />
			</fieldset>
			<CategoryPicker idPrefix="st-cat" value={categories} onChange={setCategories} sensitiveLegend="Sensitive records (counted only if you tick them; patients must have named them too)" />
			<div class="grid">
				<div><label for="st-starts">From</label><input id="st-starts" type="date" value={starts} onInput={(e) => setStarts((e.target as HTMLInputElement).value)} /></div>
				<div><label for="st-ends">Until</label><input id="st-ends" type="date" value={ends} onInput={(e) => setEnds((e.target as HTMLInputElement).value)} /></div>
			</div>
			<label for="st-k">Smallest count reported (k, at least {MIN_CELL_COUNT})</label>
			<input id="st-k" type="number" min={MIN_CELL_COUNT} value={k} onInput={(e) => setK(Number((e.target as HTMLInputElement).value))} />
			<label for="st-budget">Total privacy budget (ε, at most {epsilonText(MAX_STUDY_BUDGET)})</label>
			<input id="st-budget" type="number" min={0.01} max={MAX_STUDY_BUDGET / 1000} step={0.01} value={budget} onInput={(e) => setBudget(Number((e.target as HTMLInputElement).value))} />
			<label for="st-per-query">Most one query may spend (ε, {epsilonText(MIN_QUERY_EPSILON)} to {epsilonText(MAX_QUERY_EPSILON)})</label>
			<input id="st-per-query" type="number" min={MIN_QUERY_EPSILON / 1000} max={MAX_QUERY_EPSILON / 1000} step={0.01} value={perQuery} onInput={(e) => setPerQuery(Number((e.target as HTMLInputElement).value))} />
			<ErrorText error={error} />
			<p><TxButton chain={chain} signer={signer} make={make} onFinal={(at) => registered(at.events)}>Register the study</TxButton></p>
			{done && <p class="status ok" role="status">{done}</p>}
		</form>
	);
}


// Queries, for a research organisation: build a query for one of its approved studies (clauses
// on coded records, an age range, sexes, a group-by of at most 20 cells), see what it costs
// against the study's privacy budget, authorize it on chain (which debits ε in the same
// transaction), the study's authorized queries and, for each, the sites' answers: every
// provider's gatekeeper (`ResearchApi::sites`, the config's URLs first) is asked for its sealed,
// noisy counts, opened here, and the answers are combined cell by cell into an estimate with a
// 95% interval (`medrec_dp::combine`, client/src/dp.ts), as the researcher's CLI does. A site that
// refuses or cannot be reached is named with its reason and left out of the sums, never imputed.

import { useState } from 'preact/hooks';
import {
	CATEGORY_LABELS, MAX_CELLS, MAX_CRITERIA, MIN_QUERY_EPSILON, RESOURCE_KINDS, RESOURCE_TEXT, SENSITIVE, SEXES, SYSTEM_TEXT, SYSTEMS_FOR,
	GatekeeperClient, canonicalQuery, cellCount, cellLabels, combineCells, epsilonText, fetchSiteAnswers, missingText, noise95, parseCodes,
	queryHash, queryProblems, queryText, reportedText, researchEvent, sameAccount,
	type Category, type ChainEvent, type CodeSystem, type Criterion, type Dimension, type Query, type QueryRecord, type ResourceKind,
	type Sex, type Site, type SiteResult, type Study,
} from '@medrec/client';
import { ErrorText, Loading, QueryList, TxButton, useFinalizedVersion, useLoad, useNames } from '@medrec/client/ui';
import type { Session } from '../session.js';

/** The intervals hold with probability at least 1 − ALPHA. */
const ALPHA = 0.05;

interface Row {
	key: number;
	kind: Criterion['kind'];
	resource: ResourceKind;
	system: CodeSystem;
	codes: string;
	prefix: boolean;
	valueMin: string;
	valueMax: string;
	unit: string;
	from: string;
	until: string;
	sensitive: Category[];
	ageMin: number;
	ageMax: number;
	sexes: Sex[];
}

let nextKey = 1;
function newRow(kind: Criterion['kind']): Row {
	return { key: nextKey++, kind, resource: 'Condition', system: 'Icd10', codes: '', prefix: true, valueMin: '', valueMax: '', unit: '', from: '', until: '', sensitive: [], ageMin: 18, ageMax: 90, sexes: ['female', 'male'] };
}

const today = () => new Date().toISOString().slice(0, 10);
/** Dates are UTC days, so the same query typed anywhere hashes the same (a repeat is free). */
const utcDay = (d: string): number | null => (d ? Date.parse(d) : null);
const milli = (s: string): number | null => (s.trim() === '' ? null : Math.round(Number(s) * 1000));

function toCriterion(r: Row): Criterion {
	switch (r.kind) {
		case 'Age': return { kind: 'Age', min: r.ageMin, max: r.ageMax };
		case 'Sex': return { kind: 'Sex', sexes: SEXES.filter((s) => r.sexes.includes(s)) };
		default: {
			const value = r.resource === 'Observation' && (r.valueMin.trim() || r.valueMax.trim()) ? { min: milli(r.valueMin), max: milli(r.valueMax), unit: r.unit.trim() } : null;
			const window = r.from || r.until ? { from: utcDay(r.from), until: utcDay(r.until) } : null;
			return { kind: r.kind, clause: { resource: r.resource, system: r.system, codes: parseCodes(r.codes, r.system), prefix: r.system === 'Icd10' && r.prefix, value, window, sensitive: SENSITIVE.filter((c) => r.sensitive.includes(c)) } };
		}
	}
}

export function Queries({ session }: { session: Session }) {
	const { chain, me } = session;
	const initial = new URLSearchParams(location.hash.split('?')[1] ?? '').get('study');
	const [tick, setTick] = useState(0);
	// An approval or a debit (from another tab, or the CLI) shows as soon as it is final.
	const version = useFinalizedVersion(chain, (e) => e.section === 'research');
	const studies = useLoad(async () => (await chain.allStudies()).filter((s) => s.researcher === me && s.state.kind === 'Approved'), [tick, version]);
	const [chosen, setChosen] = useState<string>(initial ?? '');
	const list = studies.data ?? [];
	const study = list.find((s) => String(s.id) === chosen) ?? list[list.length - 1];
	const queries = useLoad(() => (study ? chain.queries(study.id) : Promise.resolve([])), [study?.id, tick, version]);
	return (
		<section aria-labelledby="q-h">
			<h2 id="q-h">Queries</h2>
			{studies.loading && !studies.data && <Loading what="your approved studies" />}
			<ErrorText error={studies.error} />
			{studies.data?.length === 0 && <p class="card">You have no approved study yet: register one under Studies and wait for the consortium's vote.</p>}
			{study && (
				<>
					<div class="card">
						<label for="q-study">Study</label>
						<select id="q-study" value={String(study.id)} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
							{list.map((s) => <option key={s.id} value={String(s.id)}>Study {s.id}: {s.terms.title}</option>)}
						</select>
						<p data-testid="budget"><strong>Budget:</strong> {epsilonText(study.terms.budget - study.spent)} ε left of {epsilonText(study.terms.budget)} ε ({epsilonText(study.spent)} spent); at most {epsilonText(study.terms.maxPerQuery)} ε per query. <strong>Records:</strong> {study.terms.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}. <strong>k:</strong> {study.terms.minCell}.</p>
					</div>
					<Builder key={study.id} session={session} study={study} onDone={() => setTick((t) => t + 1)} />
					<div class="card">
						<h3>Authorized queries of this study</h3>
						{queries.loading && !queries.data && <Loading what="the study's queries" />}
						<ErrorText error={queries.error} />
						{queries.data && <QueryList queries={queries.data} testId="authorized-queries" />}
					</div>
					{queries.data && queries.data.length > 0 && (
						<div class="card" aria-labelledby="answers-h">
							<h3 id="answers-h">The sites' answers</h3>
							<p class="muted">Each site answers a query once, computed when it is first asked (after the authorizing block is final); asking again returns the same answer and spends nothing. Counts carry discrete Laplace noise, are rounded to a multiple of 5 and, below {study.terms.minCell}, reported only as "fewer than {study.terms.minCell}". The combined estimate adds the counts and (k − 1)/2 for each "fewer than k"; its interval holds the true total at least {100 * (1 - ALPHA)}% of the time.</p>
							<div data-testid="answers">
								{[...queries.data].reverse().map((q) => <QueryAnswers key={`${study.id}/${q.id}`} session={session} study={study} record={q} />)}
							</div>
						</div>
					)}
				</>
			)}
		</section>
	);
}

/** Every site that may answer: each provider the chain lists with a gatekeeper
 * (`ResearchApi::sites`), at the config's URL where it names one, and any other gatekeeper the
 * config names. */
async function sitesOf(session: Session): Promise<Site[]> {
	const listed = await session.chain.sites();
	const configured = Object.entries(session.config.gatekeepers);
	const override = (account: string) => configured.find(([a]) => sameAccount(a, account))?.[1];
	const sites: Site[] = listed.map((s) => ({ account: s.account, url: override(s.account) ?? (s.url || null) }));
	for (const [account, url] of configured) if (!sites.some((s) => sameAccount(s.account, account))) sites.push({ account, url });
	return sites;
}

function QueryAnswers({ session, study, record }: { session: Session; study: Study; record: QueryRecord }) {
	const [state, setState] = useState<{ kind: 'idle' } | { kind: 'asking' } | { kind: 'done'; sites: SiteResult[] } | { kind: 'error'; message: string }>({ kind: 'idle' });
	const names = useNames(session.chain, state.kind === 'done' ? state.sites.map((s) => s.site) : []);
	const name = (a: string) => names[a] ?? `${a.slice(0, 8)}…`;
	const ask = async () => {
		setState({ kind: 'asking' });
		try {
			const sites = await sitesOf(session);
			const results = await fetchSiteAnswers(sites, (s) => new GatekeeperClient(s.url ?? '', s.account, session.pair), study.id, record.id, record.query);
			setState({ kind: 'done', sites: results });
		} catch (e) {
			setState({ kind: 'error', message: (e as Error).message });
		}
	};
	const id = `answers-${study.id}-${record.id}`;
	const label = state.kind === 'done' ? 'Ask the sites again' : 'Get the sites\' answers';
	return (
		<article aria-labelledby={`${id}-h`} data-testid={id}>
			<h4 id={`${id}-h`} style="margin:.6rem 0 .2rem">Query {record.id}</h4>
			<p class="muted">{queryText(record.query)}</p>
			<p class="row">
				<button type="button" class={state.kind === 'done' ? 'secondary' : ''} disabled={state.kind === 'asking'} onClick={() => void ask()} aria-label={`${label} for query ${record.id}`}>{label}</button>
				{state.kind === 'asking' && <span class="status pending" role="status">Asking every site (a site answers once the authorizing block is final there)…</span>}
			</p>
			{state.kind === 'error' && <ErrorText error={state.message} />}
			{state.kind === 'done' && <AnswerTable record={record} sites={state.sites} name={name} />}
		</article>
	);
}

function AnswerTable({ record, sites, name }: { record: QueryRecord; sites: SiteResult[]; name: (a: string) => string }) {
	const cells = combineCells(record.query, sites, ALPHA);
	const answered = sites.filter((s) => s.outcome.ok);
	const missing = sites.filter((s) => !s.outcome.ok);
	return (
		<>
			<p role="status" data-testid="answered"><strong>{answered.length} of {sites.length} {sites.length === 1 ? 'site' : 'sites'} answered.</strong>{missing.length > 0 && ' The others are left out of the sums, not estimated.'}</p>
			{answered.length > 0 && (
				<div class="table-wrap" tabIndex={0} role="region" aria-label={`Answers to query ${record.id}`}>
					<table data-testid="answer-cells">
						<thead>
							<tr>
								<th scope="col">Cell</th>
								{sites.map((s, i) => (s.outcome.ok ? <th scope="col" key={`${s.site}-${i}`}>{name(s.site)}</th> : null))}
								<th scope="col">Combined: estimate [{100 * (1 - ALPHA)}% interval]</th>
							</tr>
						</thead>
						<tbody>
							{cells.map((c) => (
								<tr key={c.label}>
									<th scope="row">{c.label}</th>
									{c.sites.map((v, i) => (sites[i]!.outcome.ok ? <td key={i}>{v ? reportedText(v) : '?'}</td> : null))}
									<td>{c.combined ? `${Number(c.combined.estimate.toFixed(1))} [${c.combined.low}, ${c.combined.high}]` : 'no answer'}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			{answered.length > 0 && (
				<ul class="plain muted" data-testid="site-noise">
					{answered.map((s) => (s.outcome.ok ? (
						<li key={s.site}>{name(s.site)}: discrete Laplace noise at ε {epsilonText(s.outcome.answer.epsilon)} (scale {s.outcome.answer.scale.toFixed(2)}, σ {s.outcome.answer.sigma.toFixed(2)}), rounded to {s.outcome.answer.rounding}, k {s.outcome.answer.k}; computed {s.outcome.answer.computedAt}</li>
					) : null))}
				</ul>
			)}
			{missing.length > 0 && (
				<ul class="plain" data-testid="missing-sites">
					{missing.map((s) => (s.outcome.ok ? null : (
						<li key={s.site} class="error"><strong>{name(s.site)}</strong>{s.url ? <span class="muted"> ({s.url})</span> : null}: {missingText(s.outcome.missing)}</li>
					)))}
				</ul>
			)}
		</>
	);
}

function Builder({ session, study, onDone }: { session: Session; study: Study; onDone: () => void }) {
	const { chain, signer } = session;
	const [rows, setRows] = useState<Row[]>([newRow('Has')]);
	const [byAge, setByAge] = useState(false);
	const [bands, setBands] = useState('18, 40, 65');
	const [bySex, setBySex] = useState(false);
	const [indexDate, setIndexDate] = useState(today());
	const left = study.terms.budget - study.spent;
	const [epsilon, setEpsilon] = useState(String(Math.max(MIN_QUERY_EPSILON, Math.min(500, study.terms.maxPerQuery, left)) / 1000));
	const [outcome, setOutcome] = useState<string | null>(null);
	const update = (key: number, change: Partial<Row>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
	const groupBy: Dimension[] = [
		...(byAge ? [{ kind: 'AgeBands' as const, bounds: bands.split(/[\s,;]+/).filter(Boolean).map(Number) }] : []),
		...(bySex ? [{ kind: 'Sex' as const }] : []),
	];
	const raw: Query = { epsilon: Math.round(Number(epsilon) * 1000), indexDate: Date.parse(indexDate), criteria: rows.map(toCriterion), groupBy };
	const problems = [...queryProblems(raw, study), ...(Number.isNaN(raw.indexDate) ? ['choose the index date'] : []), ...(Number.isFinite(raw.epsilon) ? [] : ['ε is a number'])];
	let query: Query | null = null;
	if (problems.length === 0) {
		try {
			query = canonicalQuery(chain.api.registry, raw);
		} catch (e) {
			problems.push((e as Error).message);
		}
	}
	const cells = cellCount(groupBy);
	const done = (events: ChainEvent[] | undefined, block: number) => {
		for (const e of (events ?? []).map(researchEvent)) {
			if (e?.kind === 'QueryAuthorized') {
				const same = query !== null && queryHash(chain.api.registry, query) === e.hash;
				setOutcome(`Query ${e.query} authorized in block #${block}: ${epsilonText(e.epsilon)} ε spent, ${epsilonText(e.remaining)} ε left.${same ? ' The chain\'s hash matches the query built here.' : ' The chain\'s hash differs from the one computed here.'} The sites answer once this block is final.`);
			} else if (e?.kind === 'QueryRepeated') {
				setOutcome(`The same as query ${e.query}: nothing more spent.`);
			}
		}
		onDone();
	};
	return (
		<form class="card" aria-labelledby="qb-h" onSubmit={(e) => e.preventDefault()}>
			<h3 id="qb-h">New query</h3>
			<p class="muted">Counts the patients who meet every criterion, at every site, each patient once (at their research home site).</p>
			<ul class="plain" data-testid="criteria">
				{rows.map((r, i) => <CriterionRow key={r.key} row={r} n={i + 1} study={study} update={(c) => update(r.key, c)} remove={() => setRows(rows.filter((x) => x.key !== r.key))} />)}
			</ul>
			<div class="row" role="group" aria-label="Add a criterion">
				{([['Has', 'Add: has a record'], ['Lacks', 'Add: has no record'], ['Age', 'Add: age range'], ['Sex', 'Add: sex']] as const).map(([kind, label]) => (
					<button type="button" class="secondary" key={kind} disabled={rows.length >= MAX_CRITERIA} onClick={() => setRows([...rows, newRow(kind)])}>{label}</button>
				))}
			</div>
			<fieldset>
				<legend>Group the counts</legend>
				<label class="check" for="qb-by-age"><input type="checkbox" id="qb-by-age" checked={byAge} onChange={(e) => setByAge((e.target as HTMLInputElement).checked)} />By age band</label>
				{byAge && <><label for="qb-bands">Band boundaries (ages, ascending)</label><input id="qb-bands" class="mono" value={bands} onInput={(e) => setBands((e.target as HTMLInputElement).value)} /></>}
				<label class="check" for="qb-by-sex"><input type="checkbox" id="qb-by-sex" checked={bySex} onChange={(e) => setBySex((e.target as HTMLInputElement).checked)} />By sex</label>
				<p role="status" data-testid="cells" class={cells > MAX_CELLS ? 'error' : ''}>
					{cells} {cells === 1 ? 'cell' : 'cells'} (at most {MAX_CELLS}){groupBy.length > 0 && cells <= MAX_CELLS && `: ${groupBy.map((d) => cellLabels(d).join(' | ')).join(' × ')}`}
				</p>
			</fieldset>
			<div class="grid">
				<div>
					<label for="qb-index">Ages computed at (index date)</label>
					<input id="qb-index" type="date" value={indexDate} onInput={(e) => setIndexDate((e.target as HTMLInputElement).value)} />
				</div>
				<div>
					<label for="qb-epsilon">ε to spend ({epsilonText(left)} ε left, at most {epsilonText(Math.min(left, study.terms.maxPerQuery))})</label>
					<input id="qb-epsilon" type="number" min={MIN_QUERY_EPSILON / 1000} max={study.terms.maxPerQuery / 1000} step={0.01} value={epsilon} onInput={(e) => setEpsilon((e.target as HTMLInputElement).value)} />
				</div>
			</div>
			{raw.epsilon > 0 && <p class="muted">At ε {epsilonText(raw.epsilon)}, each site's count in each cell is within ±{noise95(raw.epsilon)} of the truth 95% of the time (discrete Laplace noise), before rounding to a multiple of 5 and reporting counts below {study.terms.minCell} as "fewer than {study.terms.minCell}".</p>}
			{query && <p data-testid="query-words"><strong>In words:</strong> {queryText(query)}</p>}
			{problems.length > 0 && <ul class="error" data-testid="query-problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
			<p><TxButton chain={chain} signer={signer} disabled={!query} make={() => (query ? chain.tx.authorizeQuery(study.id, query) : null)} onFinal={(at) => done(at.events, at.blockNumber)}>Authorize the query</TxButton></p>
			{outcome && <p class="status ok" role="status" data-testid="query-outcome">{outcome}</p>}
		</form>
	);
}

function CriterionRow({ row: r, n, study, update, remove }: { row: Row; n: number; study: Study; update: (c: Partial<Row>) => void; remove: () => void }) {
	const id = `qc-${r.key}`;
	const title = r.kind === 'Has' ? 'Has a record' : r.kind === 'Lacks' ? 'Has no record' : r.kind === 'Age' ? 'Age range' : 'Sex';
	const sensitiveAllowed = SENSITIVE.filter((c) => study.terms.categories.includes(c));
	return (
		<li>
			<fieldset>
				<legend>Criterion {n}: {title}</legend>
				{(r.kind === 'Has' || r.kind === 'Lacks') && (
					<>
						<div class="grid">
							<div>
								<label for={`${id}-resource`}>Kind of record</label>
								<select id={`${id}-resource`} value={r.resource} onChange={(e) => { const resource = (e.target as HTMLSelectElement).value as ResourceKind; update({ resource, system: SYSTEMS_FOR[resource][0]! }); }}>
									{RESOURCE_KINDS.map((k) => <option key={k} value={k}>{RESOURCE_TEXT[k]}</option>)}
								</select>
							</div>
							<div>
								<label for={`${id}-system`}>Code system</label>
								<select id={`${id}-system`} value={r.system} onChange={(e) => update({ system: (e.target as HTMLSelectElement).value as CodeSystem })}>
									{SYSTEMS_FOR[r.resource].map((s) => <option key={s} value={s}>{SYSTEM_TEXT[s]}</option>)}
								</select>
							</div>
						</div>
						<label for={`${id}-codes`}>Codes (any of them; separated by commas)</label>
						<input id={`${id}-codes`} class="mono" value={r.codes} placeholder={r.system === 'Icd10' ? 'E11' : r.system === 'RxNorm' ? '6809' : r.system === 'Loinc' ? '4548-4' : ''} onInput={(e) => update({ codes: (e.target as HTMLInputElement).value })} />
						{r.system === 'Icd10' && <label class="check" for={`${id}-prefix`}><input type="checkbox" id={`${id}-prefix`} checked={r.prefix} onChange={(e) => update({ prefix: (e.target as HTMLInputElement).checked })} />Include sub-codes (E11 finds E11.9)</label>}
						{r.resource === 'Observation' && (
							<div class="grid">
								<div><label for={`${id}-vmin`}>Value from</label><input id={`${id}-vmin`} type="number" step="any" value={r.valueMin} onInput={(e) => update({ valueMin: (e.target as HTMLInputElement).value })} /></div>
								<div><label for={`${id}-vmax`}>Value below</label><input id={`${id}-vmax`} type="number" step="any" value={r.valueMax} onInput={(e) => update({ valueMax: (e.target as HTMLInputElement).value })} /></div>
								<div><label for={`${id}-unit`}>Unit (UCUM)</label><input id={`${id}-unit`} class="mono" value={r.unit} placeholder="%" onInput={(e) => update({ unit: (e.target as HTMLInputElement).value })} /></div>
							</div>
						)}
						<div class="grid">
							<div><label for={`${id}-from`}>Dated from (optional)</label><input id={`${id}-from`} type="date" value={r.from} onInput={(e) => update({ from: (e.target as HTMLInputElement).value })} /></div>
							<div><label for={`${id}-until`}>Dated before (optional)</label><input id={`${id}-until`} type="date" value={r.until} onInput={(e) => update({ until: (e.target as HTMLInputElement).value })} /></div>
						</div>
						{sensitiveAllowed.length > 0 && (
							<fieldset>
								<legend>Also search these sensitive records</legend>
								{sensitiveAllowed.map((c) => (
									<label class="check" key={c} for={`${id}-s-${c}`}>
										<input type="checkbox" id={`${id}-s-${c}`} checked={r.sensitive.includes(c)} onChange={(e) => update({ sensitive: (e.target as HTMLInputElement).checked ? [...r.sensitive, c] : r.sensitive.filter((x) => x !== c) })} />{CATEGORY_LABELS[c]}
									</label>
								))}
							</fieldset>
						)}
					</>
				)}
				{r.kind === 'Age' && (
					<div class="grid">
						<div><label for={`${id}-amin`}>From age</label><input id={`${id}-amin`} type="number" min={0} max={150} value={r.ageMin} onInput={(e) => update({ ageMin: Number((e.target as HTMLInputElement).value) })} /></div>
						<div><label for={`${id}-amax`}>To age (included)</label><input id={`${id}-amax`} type="number" min={0} max={150} value={r.ageMax} onInput={(e) => update({ ageMax: Number((e.target as HTMLInputElement).value) })} /></div>
					</div>
				)}
				{r.kind === 'Sex' && SEXES.map((s) => (
					<label class="check" key={s} for={`${id}-${s}`}>
						<input type="checkbox" id={`${id}-${s}`} checked={r.sexes.includes(s)} onChange={(e) => update({ sexes: (e.target as HTMLInputElement).checked ? [...r.sexes, s] : r.sexes.filter((x) => x !== s) })} />{s}
					</label>
				))}
				<p><button type="button" class="secondary" onClick={remove} aria-label={`Remove criterion ${n}`}>Remove</button></p>
			</fieldset>
		</li>
	);
}

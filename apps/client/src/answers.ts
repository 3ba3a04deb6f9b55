// What gatekeepers say about research, read back here:
//
// - A site's answer to an authorized query (`GET /research/studies/{s}/queries/{q}`, sealed with
//   `RESEARCH_INFO`): a FHIR R4 MeasureReport as `research/report` writes it (one stratum per
//   cell in the query's cell order, each a count or, below the study's minimum cell count, no
//   count and `data-absent-reason` "masked" with the threshold; the noise's terms in an
//   extension; the study and query in `measure`, the site in `reporter`, the authorizing block in
//   an extension, the computation time in `date`). `parseMeasureReport` mirrors
//   `medrec_research_report::parse`, `checkSiteAnswer` the researcher client's `read_answer`.
// - One query's answers from every site, combined cell by cell (`combineCells`, as
//   `research/client` `combine_cells`): only the sites that answered are summed, never imputed.
// - A patient's inclusions (`GET /research/inclusions`, sealed with `INFO`): per study, in how
//   many queries that site counted them and when the first and last of those answers were
//   computed (`answers::inclusions_json`); merged over every site here (`mergeInclusions`).

import { u8aEq } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { combineWith, MAX_MILLI_EPSILON, MIN_MILLI_EPSILON, noiseBounds, type Combined, type NoiseBounds, type Reported } from './dp.js';
import { cellCount, cellLabels, epsilonText, type Dimension, type Query } from './research.js';

/** The extension URLs and codes of a research MeasureReport (`research/report/src/lib.rs`). */
export const REPORT = {
	dataAbsentReason: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
	below: 'urn:medrec:research:below',
	noise: 'urn:medrec:research:noise',
	authorizedAt: 'urn:medrec:research:authorized-at',
	accountSystem: 'urn:medrec:account',
	mechanism: 'discrete-laplace',
} as const;

/** What one site released for one query. */
export interface SiteAnswer {
	study: number;
	query: number;
	/** The site's account, SS58, as the report names it. */
	site: string;
	/** The block that authorized the query. */
	authorizedAt: number;
	/** When the site computed the answer (RFC 3339). */
	computedAt: string;
	/** The noise's ε, in thousandths. */
	epsilon: number;
	/** The study's minimum cell count. */
	k: number;
	/** Counts are multiples of this. */
	rounding: number;
	/** The noise's scale (1/ε) and standard deviation, as the site states them. */
	scale: number;
	sigma: number;
	/** One per cell, in the query's cell order. */
	cells: Reported[];
	/** Each stratum's label as the report gives it (`<40|female`, `all`). */
	labels: string[];
}

/** An answer that opened but is not a research answer this client can read, or not the one asked
 * for. */
export class AnswerFormatError extends Error {}

type J = Record<string, unknown>;

const isObject = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, key: string): unknown => (isObject(v) ? v[key] : undefined);
const at = (v: unknown, i: number): unknown => (Array.isArray(v) ? v[i] : undefined);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function extension(list: unknown, url: string): unknown {
	return Array.isArray(list) ? list.find((e) => get(e, 'url') === url) : undefined;
}

function integer(v: unknown, what: string): number {
	if (!isCount(v)) throw new AnswerFormatError(`the report has no ${what}`);
	return v;
}

/** The labels of a query's cells in cell order, as `research/report` names strata: each
 * dimension's label joined by `|`, the first dimension outermost; `all` without a group-by. */
export function queryCellLabels(groupBy: readonly Dimension[]): string[] {
	if (groupBy.length === 0) return ['all'];
	let labels = [''];
	for (const d of groupBy) labels = labels.flatMap((prefix) => cellLabels(d).map((l) => (prefix ? `${prefix}|${l}` : l)));
	return labels;
}

/** Reads a MeasureReport written by a gatekeeper (`measure_report`) back into a site's answer,
 * or says what is missing or malformed (`medrec_research_report::parse`). */
export function parseMeasureReport(report: unknown): SiteAnswer {
	if (get(report, 'resourceType') !== 'MeasureReport') throw new AnswerFormatError('not a MeasureReport');
	const measure = String(get(report, 'measure') ?? '');
	const ids = /^urn:medrec:study:(\d+):query:(\d+)$/.exec(measure);
	if (!ids) throw new AnswerFormatError(`unknown measure "${measure}"`);
	const extensions = get(report, 'extension');
	if (!Array.isArray(extensions)) throw new AnswerFormatError('the report has no extensions');
	const noise = get(extension(extensions, REPORT.noise), 'extension');
	if (!Array.isArray(noise)) throw new AnswerFormatError('no noise terms');
	const param = (name: string) => extension(noise, name);
	if (get(param('mechanism'), 'valueCode') !== REPORT.mechanism) throw new AnswerFormatError('unknown noise mechanism');
	const decimal = (name: string): number => {
		const v = get(param(name), 'valueDecimal');
		if (typeof v !== 'number' || !Number.isFinite(v)) throw new AnswerFormatError(`the report has no ${name}`);
		return v;
	};
	const epsilon = Math.round(decimal('epsilon') * 1000);
	const k = integer(get(param('k'), 'valueInteger'), 'k');
	const rounding = integer(get(param('rounding'), 'valueInteger'), 'rounding');
	const authorizedAt = integer(get(extension(extensions, REPORT.authorizedAt), 'valueInteger'), 'authorization block');
	const site = get(get(get(report, 'reporter'), 'identifier'), 'value');
	if (typeof site !== 'string') throw new AnswerFormatError('the report names no site');
	const strata = get(at(get(at(get(report, 'group'), 0), 'stratifier'), 0), 'stratum');
	if (!Array.isArray(strata)) throw new AnswerFormatError('the report has no strata');
	const cells = strata.map((stratum): Reported => {
		const population = at(get(stratum, 'population'), 0);
		if (population === undefined) throw new AnswerFormatError('a stratum without population');
		const count = get(population, 'count');
		if (isCount(count)) return { kind: 'Count', value: count };
		const absent = get(get(population, '_count'), 'extension');
		if (absent === undefined) throw new AnswerFormatError('a stratum without count');
		const masked = get(extension(absent, REPORT.dataAbsentReason), 'valueCode') === 'masked';
		const below = get(extension(absent, REPORT.below), 'valueInteger');
		if (masked && isCount(below)) return { kind: 'Below', k: below };
		throw new AnswerFormatError('a count is absent without saying why');
	});
	return {
		study: Number(ids[1]),
		query: Number(ids[2]),
		site,
		authorizedAt,
		computedAt: String(get(report, 'date') ?? ''),
		epsilon,
		k,
		rounding,
		scale: decimal('scale'),
		sigma: decimal('sigma'),
		cells,
		labels: strata.map((s) => String(get(get(s, 'value'), 'text') ?? '')),
	};
}

/** An opened research answer's plaintext: the MeasureReport itself, or wrapped with its context
 * as `{ "fhir": … }` (both are read, as the researcher's CLI reads them). */
export function readResearchAnswer(plaintext: string): SiteAnswer {
	let value: unknown;
	try {
		value = JSON.parse(plaintext);
	} catch (e) {
		throw new AnswerFormatError(`not JSON: ${(e as Error).message}`);
	}
	return parseMeasureReport(get(value, 'resourceType') !== undefined ? value : get(value, 'fhir'));
}

/** Whether two SS58 addresses name the same account, whatever their network prefixes. */
export function sameAccount(a: string, b: string): boolean {
	try {
		return u8aEq(decodeAddress(a), decodeAddress(b));
	} catch {
		return false;
	}
}

/** Checks that `answer` is `site`'s answer to query `queryId` of `study` as authorized
 * (`read_answer`): the same study and query, the site's own account, one cell per cell of the
 * query, the query's ε. Throws an `AnswerFormatError` naming the first mismatch. */
export function checkSiteAnswer(answer: SiteAnswer, expected: { study: number; queryId: number; site: string; query?: Query }): SiteAnswer {
	const { study, queryId, site, query } = expected;
	if (answer.study !== study || answer.query !== queryId) {
		throw new AnswerFormatError(`it answers study ${answer.study} query ${answer.query}, not study ${study} query ${queryId}`);
	}
	if (!sameAccount(answer.site, site)) throw new AnswerFormatError(`it names reporter ${answer.site}, not this site`);
	if (query) {
		const cells = cellCount(query.groupBy);
		if (answer.cells.length !== cells) throw new AnswerFormatError(`${answer.cells.length} cells, the query has ${cells}`);
		if (answer.epsilon !== query.epsilon) {
			throw new AnswerFormatError(`noise at ε ${epsilonText(answer.epsilon)}, the query was authorized at ε ${epsilonText(query.epsilon)}`);
		}
	}
	return answer;
}

/** A released cell as people read it: `45` or `< 11`. */
export function reportedText(r: Reported): string {
	return r.kind === 'Count' ? String(r.value) : `< ${r.k}`;
}

// --- Every site's answer, combined ---------------------------------------------------------

/** Why a site has no answer (the researcher client's `Missing`). */
export type MissingKind = 'not-ready' | 'forbidden' | 'gone' | 'unreachable' | 'failed' | 'unreadable' | 'no-gatekeeper';

export interface Missing {
	kind: MissingKind;
	/** The HTTP status, when the site answered one. */
	status: number | null;
	detail: string;
}

export const MISSING_TEXT: Record<MissingKind, string> = {
	'not-ready': 'not ready yet',
	forbidden: 'refused',
	gone: 'can never answer',
	unreachable: 'unreachable',
	failed: 'failed',
	unreadable: 'answer unreadable',
	'no-gatekeeper': 'no gatekeeper',
};

/** A missing site in words: "refused (403): only study 3's researcher reads its answers". */
export function missingText(m: Missing): string {
	return `${MISSING_TEXT[m.kind]}${m.status !== null ? ` (${m.status})` : ''}: ${m.detail}`;
}

/** One site's answer, or why there is none. */
export interface SiteResult {
	/** The site's provider account. */
	site: string;
	url: string | null;
	outcome: { ok: true; answer: SiteAnswer } | { ok: false; missing: Missing };
}

/** One cell across sites. */
export interface CellResult {
	label: string;
	/** One per site, in the sites' order; null where the site is missing. */
	sites: (Reported | null)[];
	/** Over the sites that answered; null if none did (or ε is outside what the noise allows). */
	combined: Combined | null;
}

/** Combines the sites' answers to `query`, cell by cell, at level 1 − α. The noise bounds depend
 * only on ε, α and how many sites answered, so they are computed once for every cell. */
export function combineCells(query: Query, sites: readonly SiteResult[], alpha = 0.05): CellResult[] {
	const answers = sites.map((s) => (s.outcome.ok ? s.outcome.answer : null));
	const answered = answers.filter((a) => a !== null).length;
	const bounds: NoiseBounds | null = answered > 0 && query.epsilon >= MIN_MILLI_EPSILON && query.epsilon <= MAX_MILLI_EPSILON
		? noiseBounds(query.epsilon, answered, alpha)
		: null;
	return queryCellLabels(query.groupBy).map((label, i) => {
		const cells = answers.map((a) => (a ? a.cells[i] ?? null : null));
		const reports = cells.filter((c): c is Reported => c !== null);
		const combined = bounds && bounds.sites === reports.length ? combineWith(reports, bounds) : null;
		return { label, sites: cells, combined };
	});
}

// --- Inclusions ----------------------------------------------------------------------------

/** One study's share of a patient's inclusions at one site (`answers::Inclusion`). */
export interface Inclusion {
	study: number;
	/** In how many of the study's queries this site counted the patient. */
	queries: number;
	/** When the first and last of those answers were computed, ms since the epoch. */
	first: number;
	last: number;
}

export interface SiteInclusions {
	/** The site's account, as the gatekeeper names itself. */
	site: string;
	inclusions: Inclusion[];
}

/** Reads an opened `/research/inclusions` answer: `{ "site": …, "inclusions": [ … ] }`. */
export function parseInclusions(plaintext: string): SiteInclusions {
	let value: unknown;
	try {
		value = JSON.parse(plaintext);
	} catch (e) {
		throw new AnswerFormatError(`not JSON: ${(e as Error).message}`);
	}
	const list = get(value, 'inclusions');
	if (!Array.isArray(list)) throw new AnswerFormatError('the answer lists no inclusions');
	const inclusions = list.map((i): Inclusion => {
		const [study, queries, first, last] = [get(i, 'study'), get(i, 'queries'), get(i, 'first'), get(i, 'last')];
		if (!isCount(study) || !isCount(queries) || typeof first !== 'number' || typeof last !== 'number') throw new AnswerFormatError('an inclusion without its study, count or times');
		return { study, queries, first, last };
	});
	return { site: String(get(value, 'site') ?? ''), inclusions };
}

/** A patient's inclusions in one study over every site that counted them. */
export interface CountedIn {
	study: number;
	/** Queries that counted the patient, summed over sites (each site answers a query once, and
	 * counts only patients homed there both when the query was authorized and when it answers). */
	queries: number;
	first: number;
	last: number;
	/** The sites (provider accounts) that counted the patient in this study. */
	sites: string[];
}

/** Merges per-site inclusions into one entry per study, in study order. A site listed twice
 * (two relationships with one provider) is counted once. */
export function mergeInclusions(perSite: readonly { provider: string; inclusions: readonly Inclusion[] }[]): CountedIn[] {
	const seen = new Set<string>();
	const byStudy = new Map<number, CountedIn>();
	for (const { provider, inclusions } of perSite) {
		if (seen.has(provider)) continue;
		seen.add(provider);
		for (const i of inclusions) {
			if (i.queries === 0) continue;
			const m = byStudy.get(i.study);
			if (!m) byStudy.set(i.study, { study: i.study, queries: i.queries, first: i.first, last: i.last, sites: [provider] });
			else {
				m.queries += i.queries;
				m.first = Math.min(m.first, i.first);
				m.last = Math.max(m.last, i.last);
				if (!m.sites.includes(provider)) m.sites.push(provider);
			}
		}
	}
	return [...byStudy.values()].sort((a, b) => a.study - b.study);
}

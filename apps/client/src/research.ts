// Research, as the apps handle it: the SCALE types of `primitives/src/research.rs` as plain
// TypeScript values, the arguments the chain's calls take, the rules the apps check before
// sending (the same as the runtime's `validate`, so a mistake is named before it costs a
// transaction), the canonical order queries are hashed in, and everything in plain words.
//
// Encoding goes through the chain's own type registry (its metadata), never through hand-made
// bytes: the only thing decided here is the order of a query's criteria and codes, which the
// runtime requires to be sorted by their encodings (`Query::canonicalize`).

import type { Registry } from '@polkadot/types/types';
import { hexToU8a, isHex, stringToU8a, u8aToHex, u8aToString } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { bitsToCategories, categoriesToBits, CATEGORY_LABELS, SENSITIVE, type Category } from './types.js';

// --- Types ------------------------------------------------------------------------------

/** The lookup names the chain's metadata gives these types (`client/src/interfaces`). */
export const RESEARCH_TYPES = {
	query: 'MedrecPrimitivesResearchQuery',
	criterion: 'MedrecPrimitivesResearchCriterion',
	consentTerms: 'MedrecPrimitivesResearchConsentTerms',
	studyTerms: 'MedrecPrimitivesResearchStudyTerms',
	choice: 'MedrecPrimitivesResearchChoice',
} as const;

/** DUO's data-use modifiers, with the bits `DuoModifiers` gives them. */
export const DUO_MODIFIERS = { NCU: 1, NPU: 2, NMDS: 4, NPOA: 8, IRB: 16, PUB: 32, GS: 64, PS: 128 } as const;
export type DuoModifier = keyof typeof DUO_MODIFIERS;
export const MODIFIER_ORDER: readonly DuoModifier[] = ['NCU', 'NPU', 'NMDS', 'NPOA', 'IRB', 'PUB', 'GS', 'PS'];

export type DuoPermission = { kind: 'Gru' } | { kind: 'Hmb' } | { kind: 'Ds'; codes: string[] };
export type ConsentMode = 'Broad' | 'AskEachStudy';

export interface ConsentTerms {
	permission: DuoPermission;
	modifiers: DuoModifier[];
	/** ISO 3166-1 alpha-2, with GS only. */
	region: string | null;
	categories: Category[];
	notBefore: number;
	expires: number;
	/** The research home site (a provider account). */
	home: string;
	mode: ConsentMode;
}

export interface ResearchConsent {
	terms: ConsentTerms;
	givenBy: string;
}

export type Choice = { kind: 'OptIn'; categories: Category[] } | { kind: 'OptOut' };

export type PrimaryPurpose = { kind: 'General' } | { kind: 'Health' } | { kind: 'Disease'; codes: string[] } | { kind: 'Ancestry' };

export interface StudyPurpose {
	primary: PrimaryPurpose;
	methodsDevelopment: boolean;
	commercial: boolean;
	forProfitOrg: boolean;
	publishes: boolean;
	region: string;
	sensitiveArea: boolean;
}

export interface StudyTerms {
	title: string;
	protocolUrl: string;
	/** Hex without 0x. */
	protocolSha256: string;
	ethicsSha256: string;
	purpose: StudyPurpose;
	categories: Category[];
	starts: number;
	ends: number;
	minCell: number;
	/** Milli-ε. */
	budget: number;
	maxPerQuery: number;
}

export type StudyState =
	| { kind: 'Proposed'; proposal: number; expires: number }
	| { kind: 'Approved'; at: number }
	| { kind: 'Rejected' }
	| { kind: 'Lapsed' }
	| { kind: 'Closed'; at: number };

export interface Study {
	id: number;
	researcher: string;
	terms: StudyTerms;
	state: StudyState;
	/** Milli-ε authorized so far. */
	spent: number;
	nextQuery: number;
}

export const RESOURCE_KINDS = ['Condition', 'Medication', 'Observation', 'Procedure', 'Immunization', 'Encounter', 'Allergy'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const CODE_SYSTEMS = ['Icd10', 'Snomed', 'Loinc', 'RxNorm', 'Cvx'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];
/** FHIR's administrative genders, in the order `SexSet` bits and `Sex` cells use. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export interface ValueRange {
	/** Thousandths of `unit`, `[min, max)`. */
	min: number | null;
	max: number | null;
	unit: string;
}

export interface DateWindow {
	from: number | null;
	until: number | null;
}

export interface Clause {
	resource: ResourceKind;
	system: CodeSystem;
	codes: string[];
	prefix: boolean;
	value: ValueRange | null;
	window: DateWindow | null;
	/** Sensitive categories this clause may also search. */
	sensitive: Category[];
}

export type Criterion =
	| { kind: 'Has'; clause: Clause }
	| { kind: 'Lacks'; clause: Clause }
	| { kind: 'Age'; min: number; max: number }
	| { kind: 'Sex'; sexes: Sex[] };

export type Dimension = { kind: 'AgeBands'; bounds: number[] } | { kind: 'Sex' };

export interface Query {
	/** Milli-ε. */
	epsilon: number;
	/** Ages are computed at this moment (ms). */
	indexDate: number;
	criteria: Criterion[];
	groupBy: Dimension[];
}

export interface QueryRecord {
	id: number;
	/** BLAKE2-256 of the query's SCALE encoding, 0x-prefixed. */
	hash: string;
	query: Query;
	authorizedAt: number;
	atTime: number;
}

export const INELIGIBLE = [
	'NoConsent', 'ConsentNotInForce', 'HomeNotActive', 'StudyNotActive', 'OptedOut', 'AwaitingOptIn',
	'OptInTooNarrow', 'Categories', 'Permission', 'Commercial', 'ForProfit', 'MethodsDevelopment',
	'Ancestry', 'Unpublished', 'Region', 'ProjectSpecific', 'SensitiveArea',
] as const;
export type Ineligible = (typeof INELIGIBLE)[number];
export type Eligibility = { eligible: true; basis: 'Broad' | 'OptIn' } | { eligible: false; reason: Ineligible };

// The chain's limits (primitives/src/research.rs and runtime/src/configs/medrec.rs).
export const MAX_CELLS = 20;
export const MIN_CELL_COUNT = 10;
export const MAX_CRITERIA = 8;
export const MAX_CODES = 16;
export const MAX_DISEASE_CODES = 4;
export const MAX_STUDY_BUDGET = 10_000;
export const MAX_QUERY_EPSILON = 1_000;
export const MIN_QUERY_EPSILON = 10;

// --- Bits ---------------------------------------------------------------------------------

export function modifiersToBits(list: readonly DuoModifier[]): number {
	return list.reduce((bits, m) => bits | DUO_MODIFIERS[m], 0);
}

export function bitsToModifiers(bits: number): DuoModifier[] {
	return MODIFIER_ORDER.filter((m) => (bits & DUO_MODIFIERS[m]) !== 0);
}

export function sexesToBits(list: readonly Sex[]): number {
	return list.reduce((bits, s) => bits | (1 << SEXES.indexOf(s)), 0);
}

export function bitsToSexes(bits: number): Sex[] {
	return SEXES.filter((_, i) => (bits & (1 << i)) !== 0);
}

// --- In words -----------------------------------------------------------------------------

export const PERMISSION_TEXT: Record<DuoPermission['kind'], { label: string; explain: string }> = {
	Gru: { label: 'Any research', explain: 'Any research question, including research that is not about health (DUO: general research use).' },
	Hmb: { label: 'Health research', explain: 'Health, medical or biomedical research, but not research on population origins or ancestry (DUO: HMB).' },
	Ds: { label: 'Research on these conditions only', explain: 'Only research about the conditions you name, as ICD-10 codes, and their sub-types: E11 covers E11.9 (DUO: disease-specific).' },
};

export const MODIFIER_TEXT: Record<DuoModifier, { label: string; explain: string }> = {
	NCU: { label: 'Not for commercial use', explain: 'No study whose results are used commercially, for example to develop a product for sale.' },
	NPU: { label: 'Not for for-profit organisations', explain: 'Only non-profit researchers, such as universities, hospitals and public bodies.' },
	NMDS: { label: 'No methods development', explain: 'No study that develops new analysis methods or software; only studies answering health questions.' },
	NPOA: { label: 'No ancestry research', explain: 'No research on population origins or ancestry.' },
	IRB: { label: 'Ethics approval required', explain: 'Only studies an ethics committee approved (every MedRec study records the digest of its approval).' },
	PUB: { label: 'Results must be published', explain: 'Only studies that commit to publishing their results.' },
	GS: { label: 'Only research in my region', explain: 'Only studies carried out in the region you name (a two-letter country code such as GB).' },
	PS: { label: 'Only studies I approve one by one', explain: 'You are counted only in studies you opt into yourself.' },
};

export const MODE_TEXT: Record<ConsentMode, string> = {
	Broad: 'Include me in matching studies unless I opt out',
	AskEachStudy: 'Ask me for each study',
};

export const INELIGIBLE_TEXT: Record<Ineligible, string> = {
	NoConsent: 'you have no research consent',
	ConsentNotInForce: 'your consent is not in force at the moment',
	HomeNotActive: 'your relationship with your research home site is not active',
	StudyNotActive: 'the study is not approved or not within its period',
	OptedOut: 'you opted out of this study',
	AwaitingOptIn: 'you asked to be asked for each study, and have not opted in to this one',
	OptInTooNarrow: 'your opt-in does not cover all the records the study counts',
	Categories: 'the study counts records your consent does not include',
	Permission: 'the study\'s purpose is outside the research you permit',
	Commercial: 'the study\'s results are for commercial use, which you ruled out',
	ForProfit: 'the researcher is a for-profit organisation, which you ruled out',
	MethodsDevelopment: 'the study develops new methods, which you ruled out',
	Ancestry: 'the study is ancestry research, which you ruled out',
	Unpublished: 'you require publication and the study does not commit to publishing',
	Region: 'the study is outside the region you named',
	ProjectSpecific: 'your consent is for studies you approve one by one: opt in to be counted',
	SensitiveArea: 'the study is in a sensitive area: you are counted only if you opt in',
};

export function eligibilityText(e: Eligibility): string {
	if (e.eligible) return e.basis === 'OptIn' ? 'yes, because you opted in' : 'yes, because your consent matches it and you have not opted out';
	return `no, because ${INELIGIBLE_TEXT[e.reason]}`;
}

export const RESOURCE_TEXT: Record<ResourceKind, string> = {
	Condition: 'condition', Medication: 'medication order', Observation: 'observation', Procedure: 'procedure',
	Immunization: 'immunization', Encounter: 'encounter', Allergy: 'allergy',
};

export const SYSTEM_TEXT: Record<CodeSystem, string> = { Icd10: 'ICD-10', Snomed: 'SNOMED CT', Loinc: 'LOINC', RxNorm: 'RxNorm', Cvx: 'CVX' };

/** Which code systems can describe each kind of record (`ResourceKind::accepts`). */
export const SYSTEMS_FOR: Record<ResourceKind, readonly CodeSystem[]> = {
	Condition: ['Icd10', 'Snomed'], Medication: ['RxNorm'], Observation: ['Loinc', 'Snomed'], Procedure: ['Snomed'],
	Immunization: ['Cvx'], Encounter: ['Snomed'], Allergy: ['Snomed', 'RxNorm'],
};

/** The category each kind's records fall in (`ResourceKind::category`). */
export const RESOURCE_CATEGORY: Record<ResourceKind, Category> = {
	Condition: 'Conditions', Medication: 'Medications', Observation: 'Observations', Procedure: 'Procedures',
	Immunization: 'Immunizations', Encounter: 'Encounters', Allergy: 'Allergies',
};

export const categoriesText = (c: readonly Category[]): string => c.map((x) => CATEGORY_LABELS[x]).join(', ');

/** ε from milli-ε, as people write it: 0.5, 4.25, 10. */
export function epsilonText(milli: number): string {
	return String(Number((milli / 1000).toFixed(3)));
}

export function primaryText(p: PrimaryPurpose): string {
	switch (p.kind) {
		case 'General': return 'any research question';
		case 'Health': return 'health research';
		case 'Disease': return `research on ${p.codes.join(', ')} (ICD-10)`;
		case 'Ancestry': return 'population origins or ancestry research';
	}
}

export function permissionText(p: DuoPermission): string {
	return p.kind === 'Ds' ? `${PERMISSION_TEXT.Ds.label}: ${p.codes.join(', ')}` : PERMISSION_TEXT[p.kind].label;
}

/** A study's purpose and the facts DUO modifiers are matched against, in words. */
export function purposeFacts(p: StudyPurpose): string[] {
	return [
		p.commercial ? 'results for commercial use' : 'not for commercial use',
		p.forProfitOrg ? 'by a for-profit organisation' : 'by a non-profit organisation',
		p.publishes ? 'results will be published' : 'no commitment to publish',
		...(p.methodsDevelopment ? ['develops new methods'] : []),
		`carried out in ${p.region}`,
		...(p.sensitiveArea ? ['in a sensitive area (only patients who opt in are counted)'] : []),
	];
}

export function stateText(s: StudyState): string {
	switch (s.kind) {
		case 'Proposed': return `before the consortium (proposal #${s.proposal}, open until block #${s.expires})`;
		case 'Approved': return `approved at block #${s.at}`;
		case 'Rejected': return 'rejected by the consortium';
		case 'Lapsed': return 'lapsed (withdrawn, or not decided in time)';
		case 'Closed': return `closed at block #${s.at}`;
	}
}

/** A cell's label, as `Dimension::label` gives it (`<18`, `18-39`, `65+`, `female`). */
export function cellLabels(d: Dimension): string[] {
	if (d.kind === 'Sex') return [...SEXES];
	const b = d.bounds;
	return Array.from({ length: b.length + 1 }, (_, i) => (i === 0 ? `<${b[0]}` : i === b.length ? `${b[i - 1]}+` : `${b[i - 1]}-${b[i]! - 1}`));
}

export function cellCount(groupBy: readonly Dimension[]): number {
	return groupBy.reduce((n, d) => n * (d.kind === 'Sex' ? SEXES.length : d.bounds.length + 1), 1);
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function rangeText(v: ValueRange): string {
	const n = (x: number) => String(x / 1000);
	if (v.min !== null && v.max !== null) return `with a value from ${n(v.min)} to below ${n(v.max)} ${v.unit}`;
	if (v.min !== null) return `with a value of at least ${n(v.min)} ${v.unit}`;
	return `with a value below ${n(v.max ?? 0)} ${v.unit}`;
}

function windowText(w: DateWindow): string {
	if (w.from !== null && w.until !== null) return `dated from ${day(w.from)} until before ${day(w.until)}`;
	if (w.from !== null) return `dated from ${day(w.from)} on`;
	return `dated before ${day(w.until ?? 0)}`;
}

/** A clause without its article: "condition coded ICD-10 E11 (or a sub-code), …". */
export function clauseText(c: Clause): string {
	const codes = `${SYSTEM_TEXT[c.system]} ${c.codes.join(' or ')}${c.prefix ? ' (or a sub-code)' : ''}`;
	return [
		`${RESOURCE_TEXT[c.resource]} coded ${codes}`,
		...(c.value ? [rangeText(c.value)] : []),
		...(c.window ? [windowText(c.window)] : []),
		...(c.sensitive.length ? [`also searching ${categoriesText(c.sensitive).toLowerCase()} records`] : []),
	].join(', ');
}

export function criterionText(c: Criterion): string {
	switch (c.kind) {
		case 'Has': return `have ${/^[aeiou]/.test(RESOURCE_TEXT[c.clause.resource]) ? 'an' : 'a'} ${clauseText(c.clause)}`;
		case 'Lacks': return `have no ${clauseText(c.clause)}`;
		case 'Age': return `are aged ${c.min} to ${c.max}`;
		case 'Sex': return `are ${c.sexes.join(' or ')}`;
	}
}

/** A query in words: who is counted, how they are split, and what it spends. */
export function queryText(q: Query): string {
	const who = q.criteria.length ? `Patients who ${q.criteria.map(criterionText).join('; and who ')}` : 'All patients';
	const split = q.groupBy.length
		? `, counted by ${q.groupBy.map((d) => (d.kind === 'Sex' ? 'sex' : `age band (${cellLabels(d).join(', ')})`)).join(' and by ')}`
		: ', counted as one number';
	return `${who}${split}; ages at ${day(q.indexDate)}; ε ${epsilonText(q.epsilon)}.`;
}

/** The half-width that holds one site's noise in one cell 95% of the time, for discrete
 * Laplace noise of scale 1/ε (`P(|X| > t) = 2·p^(t+1)/(1+p)`, `p = e^-ε`), before rounding. */
export function noise95(milliEpsilon: number): number {
	const eps = milliEpsilon / 1000;
	if (eps <= 0) return Infinity;
	const p = Math.exp(-eps);
	return Math.max(0, Math.ceil(Math.log((0.05 * (1 + p)) / 2) / Math.log(p) - 1));
}

// --- Checks (the runtime's, so that a mistake is named before it is sent) -------------------

/** Whether `code` has `system`'s shape (`CodeSystem::well_formed`). */
export function wellFormed(system: CodeSystem, code: string): boolean {
	const digits = (s: string) => /^[0-9]+$/.test(s);
	switch (system) {
		case 'Icd10': return /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(code);
		case 'Snomed': return code.length >= 6 && code.length <= 18 && digits(code) && code[0] !== '0';
		case 'Loinc': {
			const dash = code.indexOf('-');
			return dash >= 0 && code.length <= 10 && digits(code.slice(0, dash)) && digits(code.slice(dash + 1));
		}
		case 'RxNorm': return code.length <= 10 && digits(code);
		case 'Cvx': return code.length <= 3 && digits(code);
	}
}

/** Codes as typed: split on commas and spaces, upper-cased for ICD-10. */
export function parseCodes(text: string, system: CodeSystem = 'Icd10'): string[] {
	return text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean).map((c) => (system === 'Icd10' ? c.toUpperCase() : c));
}

export function regionValid(r: string): boolean {
	return /^[A-Z]{2}$/.test(r);
}

/** What is wrong with consent terms (`ConsentTerms::validate` and the call's checks). */
export function consentProblems(t: ConsentTerms): string[] {
	const out: string[] = [];
	if (t.categories.length === 0) out.push('choose at least one kind of record research may count');
	if (t.notBefore >= t.expires) out.push('the consent must end after it starts');
	if (t.modifiers.includes('GS') !== (t.region !== null)) out.push('name your region (two capital letters, such as GB) when you limit research to it, and only then');
	if (t.region !== null && !regionValid(t.region)) out.push('a region is two capital letters, such as GB');
	if (t.permission.kind === 'Ds') {
		if (t.permission.codes.length === 0) out.push('name at least one condition (an ICD-10 code such as E11)');
		if (t.permission.codes.length > MAX_DISEASE_CODES) out.push(`name at most ${MAX_DISEASE_CODES} conditions`);
		const bad = t.permission.codes.filter((c) => !wellFormed('Icd10', c));
		if (bad.length) out.push(`not ICD-10 codes: ${bad.join(', ')}`);
	}
	if (!t.home) out.push('choose your research home site');
	return out;
}

/** What is wrong with study terms (`StudyTerms::validate` and `register_study`'s checks). */
export function studyProblems(t: StudyTerms, now = Date.now()): string[] {
	const out: string[] = [];
	if (!t.title.trim()) out.push('give the study a title');
	if (new TextEncoder().encode(t.title).length > 128) out.push('the title is at most 128 bytes');
	if (new TextEncoder().encode(t.protocolUrl).length > 256) out.push('the protocol URL is at most 256 bytes');
	if (!/^[0-9a-f]{64}$/.test(t.protocolSha256)) out.push('the protocol\'s SHA-256 is missing (choose its file)');
	if (!/^[0-9a-f]{64}$/.test(t.ethicsSha256)) out.push('the ethics approval\'s SHA-256 is missing (choose its file)');
	if (t.categories.length === 0) out.push('choose the categories the study counts');
	if (t.starts >= t.ends) out.push('the study must end after it starts');
	if (t.ends <= now) out.push('the study\'s period has already ended');
	if (!regionValid(t.purpose.region)) out.push('the region is two capital letters, such as GB');
	if (t.purpose.primary.kind === 'Disease') {
		const codes = t.purpose.primary.codes;
		if (codes.length === 0 || codes.length > MAX_DISEASE_CODES) out.push(`name 1 to ${MAX_DISEASE_CODES} conditions (ICD-10)`);
		const bad = codes.filter((c) => !wellFormed('Icd10', c));
		if (bad.length) out.push(`not ICD-10 codes: ${bad.join(', ')}`);
	}
	if (!Number.isInteger(t.minCell) || t.minCell < MIN_CELL_COUNT || t.minCell > 65535) out.push(`the smallest reported cell is at least ${MIN_CELL_COUNT}`);
	if (t.budget <= 0 || t.budget > MAX_STUDY_BUDGET) out.push(`the budget is more than 0 and at most ${epsilonText(MAX_STUDY_BUDGET)} ε`);
	if (t.maxPerQuery < MIN_QUERY_EPSILON || t.maxPerQuery > MAX_QUERY_EPSILON || t.maxPerQuery > t.budget) out.push(`the most one query may spend is between ${epsilonText(MIN_QUERY_EPSILON)} and ${epsilonText(MAX_QUERY_EPSILON)} ε, and not above the budget`);
	return out;
}

/** The categories a query reads (`Query::categories`). */
export function queryCategories(q: Query): Category[] {
	const set = new Set<Category>(q.groupBy.length ? ['Demographics'] : []);
	for (const c of q.criteria) {
		if (c.kind === 'Has' || c.kind === 'Lacks') {
			set.add(RESOURCE_CATEGORY[c.clause.resource]);
			c.clause.sensitive.forEach((s) => set.add(s));
		} else set.add('Demographics');
	}
	return bitsToCategories(categoriesToBits([...set]));
}

function clauseProblems(c: Clause): string[] {
	const out: string[] = [];
	const what = `${RESOURCE_TEXT[c.resource]} clause`;
	if (c.codes.length === 0) out.push(`the ${what} needs at least one code`);
	if (c.codes.length > MAX_CODES) out.push(`the ${what} has more than ${MAX_CODES} codes`);
	if (!SYSTEMS_FOR[c.resource].includes(c.system)) out.push(`${SYSTEM_TEXT[c.system]} cannot code a ${RESOURCE_TEXT[c.resource]}`);
	const bad = c.codes.filter((x) => !wellFormed(c.system, x));
	if (bad.length) out.push(`not ${SYSTEM_TEXT[c.system]} codes: ${bad.join(', ')}`);
	if (c.prefix && c.system !== 'Icd10') out.push('only ICD-10 codes match their sub-codes');
	if (c.value) {
		const v = c.value;
		if (c.resource !== 'Observation') out.push('only observations have values');
		if (!v.unit || !/^[!-~]+$/.test(v.unit) || v.unit.length > 16) out.push('a value range needs its unit (UCUM, such as %, kg/m2)');
		if (v.min === null && v.max === null) out.push('a value range needs a lower or an upper end');
		if (v.min !== null && v.max !== null && v.min >= v.max) out.push('the value range is empty');
	}
	if (c.window) {
		const w = c.window;
		if (w.from === null && w.until === null) out.push('a date window needs a start or an end');
		if (w.from !== null && w.until !== null && w.from >= w.until) out.push('the date window is empty');
	}
	if (c.sensitive.some((s) => !SENSITIVE.includes(s))) out.push('only sensitive categories may be added to a clause');
	return out;
}

/** What is wrong with a query before it is sent: the runtime's checks (`Query::validate`,
 * categories within the study's) and the study's budget. */
export function queryProblems(q: Query, study?: Study): string[] {
	const out: string[] = [];
	if (q.criteria.length > MAX_CRITERIA) out.push(`at most ${MAX_CRITERIA} criteria`);
	for (const c of q.criteria) {
		if (c.kind === 'Has' || c.kind === 'Lacks') out.push(...clauseProblems(c.clause));
		else if (c.kind === 'Age' && (!Number.isInteger(c.min) || !Number.isInteger(c.max) || c.min < 0 || c.max > 255 || c.min > c.max)) out.push('the age range is empty');
		else if (c.kind === 'Sex' && c.sexes.length === 0) out.push('choose at least one sex');
	}
	const kinds = q.groupBy.map((d) => d.kind);
	if (new Set(kinds).size !== kinds.length) out.push('group by each dimension once');
	for (const d of q.groupBy) {
		if (d.kind === 'AgeBands' && (d.bounds.length === 0 || d.bounds.length > 9 || d.bounds.some((b, i) => !Number.isInteger(b) || b < 0 || b > 120 || (i > 0 && b <= d.bounds[i - 1]!)))) {
			out.push('age bands are 1 to 9 ascending ages up to 120');
		}
	}
	if (cellCount(q.groupBy) > MAX_CELLS) out.push(`the answer would have ${cellCount(q.groupBy)} cells; at most ${MAX_CELLS}`);
	if (study) {
		const outside = queryCategories(q).filter((c) => !study.terms.categories.includes(c));
		if (outside.length) out.push(`the study does not count ${categoriesText(outside).toLowerCase()}`);
		if (q.epsilon < MIN_QUERY_EPSILON) out.push(`ε is at least ${epsilonText(MIN_QUERY_EPSILON)}`);
		if (q.epsilon > study.terms.maxPerQuery) out.push(`ε is at most ${epsilonText(study.terms.maxPerQuery)} per query in this study`);
		if (q.epsilon > study.terms.budget - study.spent) out.push(`only ${epsilonText(study.terms.budget - study.spent)} ε of the budget is left`);
	}
	return out;
}

/** The runtime's `QueryProblem` codes (`InvalidQuery { reason }`), in words. */
export const QUERY_PROBLEM_TEXT: Record<number, string> = {
	1: 'criteria or codes not in canonical order',
	2: 'a clause without codes',
	3: 'a code not of its system\'s shape',
	4: 'a code system that kind of record cannot carry',
	5: 'sub-code matching outside ICD-10',
	6: 'a bad value range',
	7: 'an empty or inverted date window or age range',
	8: 'a clause naming a category that is not sensitive',
	9: 'an empty sex set',
	10: 'bad age bands, or a dimension given twice',
	11: `more than ${MAX_CELLS} cells`,
};

// --- To the chain ---------------------------------------------------------------------------

// A variable-length byte string (`Bytes`, `BoundedVec<u8, _>`) goes to polkadot.js as an array
// of numbers: a Uint8Array would be read as already SCALE-encoded (length first), and a string
// starting with 0x as hex. Fixed arrays (`[u8; N]`) go as hex, which an `Option` around them
// also reads as the value (a Uint8Array would again be read as encoded).
const bytes = (s: string): number[] => Array.from(stringToU8a(s));
const fixed = (s: string): string => u8aToHex(stringToU8a(s));
const hex32 = (h: string): string => (h.startsWith('0x') ? h : `0x${h}`);

function codesArg(codes: readonly string[]): number[][] {
	return codes.map(bytes);
}

export function consentArg(t: ConsentTerms): Record<string, unknown> {
	return {
		permission: t.permission.kind === 'Ds' ? { Ds: codesArg(t.permission.codes) } : t.permission.kind,
		modifiers: modifiersToBits(t.modifiers),
		region: t.region === null ? null : fixed(t.region),
		categories: categoriesToBits(t.categories),
		notBefore: t.notBefore,
		expires: t.expires,
		home: t.home,
		mode: t.mode,
	};
}

export function choiceArg(c: Choice): { OptIn: { categories: number } } | 'OptOut' {
	return c.kind === 'OptIn' ? { OptIn: { categories: categoriesToBits(c.categories) } } : 'OptOut';
}

export function studyTermsArg(t: StudyTerms): Record<string, unknown> {
	const p = t.purpose;
	return {
		title: bytes(t.title),
		protocolUrl: bytes(t.protocolUrl),
		protocolSha256: hex32(t.protocolSha256),
		ethicsSha256: hex32(t.ethicsSha256),
		purpose: {
			primary: p.primary.kind === 'Disease' ? { Disease: codesArg(p.primary.codes) } : p.primary.kind,
			methodsDevelopment: p.methodsDevelopment,
			commercial: p.commercial,
			forProfitOrg: p.forProfitOrg,
			publishes: p.publishes,
			region: fixed(p.region),
			sensitiveArea: p.sensitiveArea,
		},
		categories: categoriesToBits(t.categories),
		starts: t.starts,
		ends: t.ends,
		minCell: t.minCell,
		budget: t.budget,
		maxPerQuery: t.maxPerQuery,
	};
}

function clauseArg(c: Clause): Record<string, unknown> {
	return {
		resource: c.resource,
		system: c.system,
		codes: codesArg(c.codes),
		prefix: c.prefix,
		value: c.value ? { min: c.value.min, max: c.value.max, unit: bytes(c.value.unit) } : null,
		window: c.window ? { from: c.window.from, until: c.window.until } : null,
		sensitive: categoriesToBits(c.sensitive),
	};
}

export function criterionArg(c: Criterion): Record<string, unknown> {
	switch (c.kind) {
		case 'Has': return { Has: clauseArg(c.clause) };
		case 'Lacks': return { Lacks: clauseArg(c.clause) };
		case 'Age': return { Age: { min: c.min, max: c.max } };
		case 'Sex': return { Sex: sexesToBits(c.sexes) };
	}
}

function dimensionArg(d: Dimension): { AgeBands: number[] } | 'Sex' {
	return d.kind === 'Sex' ? 'Sex' : { AgeBands: [...d.bounds] };
}

export function queryArg(q: Query): Record<string, unknown> {
	return { epsilon: q.epsilon, indexDate: q.indexDate, criteria: q.criteria.map(criterionArg), groupBy: q.groupBy.map(dimensionArg) };
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

/** The query in the one order the runtime accepts (`Query::canonicalize`): each clause's codes
 * sorted (as bytes; codes are ASCII) and distinct, then the criteria sorted by their SCALE
 * encodings and distinct. Queries that mean the same then encode, and hash, the same. */
export function canonicalQuery(registry: Registry, q: Query): Query {
	const sortCodes = (codes: string[]) => [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	// Sets (sexes, sensitive categories) are bits on chain: listed here in their bits' order.
	const criteria = q.criteria.map((c): Criterion => {
		if (c.kind === 'Has' || c.kind === 'Lacks') return { ...c, clause: { ...c.clause, codes: sortCodes(c.clause.codes), sensitive: bitsToCategories(categoriesToBits(c.clause.sensitive)) } };
		return c.kind === 'Sex' ? { kind: 'Sex', sexes: bitsToSexes(sexesToBits(c.sexes)) } : c;
	});
	const encoded = criteria.map((c) => ({ c, bytes: registry.createType(RESEARCH_TYPES.criterion, criterionArg(c)).toU8a() }));
	encoded.sort((a, b) => compareBytes(a.bytes, b.bytes));
	const distinct = encoded.filter((e, i) => i === 0 || compareBytes(e.bytes, encoded[i - 1]!.bytes) !== 0);
	return { ...q, criteria: distinct.map((e) => e.c) };
}

/** The query's SCALE encoding, as the chain stores it. */
export function encodeQuery(registry: Registry, q: Query): Uint8Array {
	return registry.createType(RESEARCH_TYPES.query, queryArg(q)).toU8a();
}

/** BLAKE2-256 of the encoding: the hash `QueryAuthorized` reports and a repeat is found by. */
export function queryHash(registry: Registry, q: Query): string {
	return blake2AsHex(encodeQuery(registry, q), 256);
}

// --- From the chain (the codecs' toJSON) ----------------------------------------------------

type J = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && isHex(v) ? parseInt(v, 16) : Number(v));
/** Bytes as toJSON gives them (hex), as ASCII/UTF-8 text. */
export const bytesText = (v: unknown): string => (typeof v === 'string' && isHex(v) ? u8aToString(hexToU8a(v)) : String(v ?? ''));
const hexNoPrefix = (v: unknown): string => {
	const s = typeof v === 'string' ? v : u8aToHex(v as Uint8Array);
	return s.startsWith('0x') ? s.slice(2) : s;
};
const optNum = (v: unknown): number | null => (v == null ? null : num(v));

/** An enum's variant and value from toJSON (`"Broad"`, `{ ds: [...] }`), the variant capitalized. */
export function variantOf(v: unknown): [string, unknown] {
	if (typeof v === 'string') return [v, null];
	const [k, val] = Object.entries(v as J)[0]!;
	return [k.charAt(0).toUpperCase() + k.slice(1), val];
}

const codesOf = (v: unknown): string[] => (v as unknown[]).map(bytesText);

export function toConsentTerms(j: J): ConsentTerms {
	const [perm, codes] = variantOf(j.permission);
	return {
		permission: perm === 'Ds' ? { kind: 'Ds', codes: codesOf(codes) } : { kind: perm as 'Gru' | 'Hmb' },
		modifiers: bitsToModifiers(num(j.modifiers)),
		region: j.region == null ? null : bytesText(j.region),
		categories: bitsToCategories(num(j.categories)),
		notBefore: num(j.notBefore),
		expires: num(j.expires),
		home: String(j.home),
		mode: variantOf(j.mode)[0] as ConsentMode,
	};
}

export function toConsent(j: J): ResearchConsent {
	return { terms: toConsentTerms(j.terms as J), givenBy: String(j.givenBy) };
}

export function toChoice(v: unknown): Choice {
	const [k, val] = variantOf(v);
	return k === 'OptIn' ? { kind: 'OptIn', categories: bitsToCategories(num((val as J).categories)) } : { kind: 'OptOut' };
}

export function toStudyTerms(j: J): StudyTerms {
	const p = j.purpose as J;
	const [primary, codes] = variantOf(p.primary);
	return {
		title: bytesText(j.title),
		protocolUrl: bytesText(j.protocolUrl),
		protocolSha256: hexNoPrefix(j.protocolSha256),
		ethicsSha256: hexNoPrefix(j.ethicsSha256),
		purpose: {
			primary: primary === 'Disease' ? { kind: 'Disease', codes: codesOf(codes) } : { kind: primary as 'General' | 'Health' | 'Ancestry' },
			methodsDevelopment: Boolean(p.methodsDevelopment),
			commercial: Boolean(p.commercial),
			forProfitOrg: Boolean(p.forProfitOrg),
			publishes: Boolean(p.publishes),
			region: bytesText(p.region),
			sensitiveArea: Boolean(p.sensitiveArea),
		},
		categories: bitsToCategories(num(j.categories)),
		starts: num(j.starts),
		ends: num(j.ends),
		minCell: num(j.minCell),
		budget: num(j.budget),
		maxPerQuery: num(j.maxPerQuery),
	};
}

export function toStudyState(v: unknown): StudyState {
	const [k, val] = variantOf(v);
	const b = (val ?? {}) as J;
	switch (k) {
		case 'Proposed': return { kind: 'Proposed', proposal: num(b.proposal), expires: num(b.expires) };
		case 'Approved': return { kind: 'Approved', at: num(b.at) };
		case 'Closed': return { kind: 'Closed', at: num(b.at) };
		case 'Rejected': return { kind: 'Rejected' };
		default: return { kind: 'Lapsed' };
	}
}

export function toStudy(id: number, j: J): Study {
	return { id, researcher: String(j.researcher), terms: toStudyTerms(j.terms as J), state: toStudyState(j.state), spent: num(j.spent), nextQuery: num(j.nextQuery) };
}

function toClause(j: J): Clause {
	const v = j.value as J | null;
	const w = j.window as J | null;
	return {
		resource: variantOf(j.resource)[0] as ResourceKind,
		system: variantOf(j.system)[0] as CodeSystem,
		codes: codesOf(j.codes),
		prefix: Boolean(j.prefix),
		value: v ? { min: optNum(v.min), max: optNum(v.max), unit: bytesText(v.unit) } : null,
		window: w ? { from: optNum(w.from), until: optNum(w.until) } : null,
		sensitive: bitsToCategories(num(j.sensitive)),
	};
}

function toCriterion(v: unknown): Criterion {
	const [k, val] = variantOf(v);
	switch (k) {
		case 'Has': return { kind: 'Has', clause: toClause(val as J) };
		case 'Lacks': return { kind: 'Lacks', clause: toClause(val as J) };
		case 'Age': return { kind: 'Age', min: num((val as J).min), max: num((val as J).max) };
		default: return { kind: 'Sex', sexes: bitsToSexes(num(val)) };
	}
}

function toDimension(v: unknown): Dimension {
	const [k, val] = variantOf(v);
	return k === 'AgeBands' ? { kind: 'AgeBands', bounds: Array.from(typeof val === 'string' ? hexToU8a(val) : (val as number[])) } : { kind: 'Sex' };
}

export function toQuery(j: J): Query {
	return { epsilon: num(j.epsilon), indexDate: num(j.indexDate), criteria: (j.criteria as unknown[]).map(toCriterion), groupBy: (j.groupBy as unknown[]).map(toDimension) };
}

export function toQueryRecord(id: number, j: J): QueryRecord {
	return { id, hash: String(j.hash), query: toQuery(j.query as J), authorizedAt: num(j.authorizedAt), atTime: num(j.atTime) };
}

export function toEligibility(v: unknown): Eligibility {
	const [k, val] = variantOf(v);
	return k === 'Ok' ? { eligible: true, basis: variantOf(val)[0] as 'Broad' | 'OptIn' } : { eligible: false, reason: variantOf(val)[0] as Ineligible };
}

// --- Events ---------------------------------------------------------------------------------

/** The research pallet's events, typed (`pallets/research/src/lib.rs`). */
export type ResearchEvent =
	| { kind: 'ConsentGiven'; patient: string; terms: ConsentTerms; by: string }
	| { kind: 'ConsentWithdrawn'; patient: string; by: string }
	| { kind: 'ChoiceMade'; study: number; patient: string; choice: Choice; by: string }
	| { kind: 'StudyRegistered'; study: number; researcher: string; proposal: number; expires: number }
	| { kind: 'StudyApproved' | 'StudyRejected' | 'StudyLapsed' | 'StudyClosed'; study: number }
	| { kind: 'QueryAuthorized'; study: number; query: number; hash: string; epsilon: number; remaining: number }
	| { kind: 'QueryRepeated'; study: number; query: number }
	| { kind: 'InvitationsSent'; study: number; count: number };

/** A chain event (`Chain.eventsAt`, a transaction's `Included.events`) as a research event, if
 * it is one. */
export function researchEvent(e: { section: string; method: string; data: Record<string, unknown> }): ResearchEvent | null {
	if (e.section !== 'research') return null;
	const d = e.data;
	switch (e.method) {
		case 'ConsentGiven': return { kind: 'ConsentGiven', patient: String(d.patient), terms: toConsentTerms(d.terms as J), by: String(d.by) };
		case 'ConsentWithdrawn': return { kind: 'ConsentWithdrawn', patient: String(d.patient), by: String(d.by) };
		case 'ChoiceMade': return { kind: 'ChoiceMade', study: num(d.study), patient: String(d.patient), choice: toChoice(d.choice), by: String(d.by) };
		case 'StudyRegistered': return { kind: 'StudyRegistered', study: num(d.study), researcher: String(d.researcher), proposal: num(d.proposal), expires: num(d.expires) };
		case 'StudyApproved': case 'StudyRejected': case 'StudyLapsed': case 'StudyClosed': return { kind: e.method, study: num(d.study) };
		case 'QueryAuthorized': return { kind: 'QueryAuthorized', study: num(d.study), query: num(d.query), hash: String(d.hash), epsilon: num(d.epsilon), remaining: num(d.remaining) };
		case 'QueryRepeated': return { kind: 'QueryRepeated', study: num(d.study), query: num(d.query) };
		case 'InvitationsSent': return { kind: 'InvitationsSent', study: num(d.study), count: num(d.count) };
		default: return null;
	}
}

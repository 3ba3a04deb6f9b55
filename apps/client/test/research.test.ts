// Research values as the client builds them: DUO modifier and sex bits (the runtime's constants),
// code shapes, cells, the words, the round trip through the chain's own types (metadata), the
// canonical order of a query, and vectors made by the chain itself (vectors/chain-research.json):
// consent, study and query bytes as a `medrec-node --dev` stored them, and the query's hash as the
// runtime computed it. The chain accepted the query as this client canonicalized it, which it
// refuses (`InvalidQuery { reason: 1 }`) for any other order.
//
// To capture them afresh (a node of the current runtime, nothing else needed):
//   CAPTURE_RESEARCH=ws://127.0.0.1:9944 npx vitest run test/research.test.ts

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { Keyring } from '@polkadot/keyring';
import { moduleErrorDetail } from '../src/chain.js';
import {
	bitsToModifiers, bitsToSexes, canonicalQuery, cellCount, cellLabels, consentArg, consentProblems, DUO_MODIFIERS, eligibilityText,
	encodeQuery, MODIFIER_ORDER, modifiersToBits, noise95, queryArg, queryCategories, queryHash, queryProblems, queryText, RESEARCH_TYPES, researchEvent,
	sexesToBits, studyProblems, studyTermsArg, toConsentTerms, toQuery, toStudyTerms, wellFormed,
	type ConsentTerms, type Query, type Study, type StudyTerms,
} from '../src/research.js';

const here = dirname(fileURLToPath(import.meta.url));
const vectorsPath = join(here, 'vectors', 'chain-research.json');

function registry(): TypeRegistry {
	const r = new TypeRegistry();
	const hex = (JSON.parse(readFileSync(join(here, '..', 'metadata', 'medrec.json'), 'utf8')) as { result: `0x${string}` }).result;
	r.setMetadata(new Metadata(r, hex));
	return r;
}

const DAY = 86_400_000;
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

/** The query the vectors are made of, written in no particular order: every criterion kind,
 * codes out of order and repeated, a value range, a date window, two dimensions (16 cells). */
function sampleQuery(indexDate: number): Query {
	return {
		epsilon: 250,
		indexDate,
		criteria: [
			{ kind: 'Sex', sexes: ['male', 'female'] },
			{ kind: 'Has', clause: { resource: 'Observation', system: 'Loinc', codes: ['4548-4'], prefix: false, value: { min: 7000, max: 10000, unit: '%' }, window: { from: Date.parse('2024-01-01'), until: null }, sensitive: [] } },
			{ kind: 'Age', min: 18, max: 90 },
			{ kind: 'Lacks', clause: { resource: 'Medication', system: 'RxNorm', codes: ['7804', '5489', '7804'], prefix: false, value: null, window: null, sensitive: [] } },
			{ kind: 'Has', clause: { resource: 'Condition', system: 'Icd10', codes: ['I10', 'E11'], prefix: true, value: null, window: null, sensitive: [] } },
			{ kind: 'Has', clause: { resource: 'Condition', system: 'Snomed', codes: ['44054006'], prefix: false, value: null, window: null, sensitive: [] } },
		],
		groupBy: [{ kind: 'AgeBands', bounds: [18, 40, 65] }, { kind: 'Sex' }],
	};
}

function sampleStudy(now: number): StudyTerms {
	return {
		title: 'Vectors: diabetes, blood pressure and opioids',
		protocolUrl: 'https://research.example/vectors/protocol.pdf',
		protocolSha256: '11'.repeat(32),
		ethicsSha256: '22'.repeat(32),
		purpose: { primary: { kind: 'Disease', codes: ['E11', 'I10'] }, methodsDevelopment: false, commercial: false, forProfitOrg: false, publishes: true, region: 'GB', sensitiveArea: false },
		categories: ['Demographics', 'Conditions', 'Medications', 'Observations'],
		starts: now - DAY,
		ends: now + 365 * DAY,
		minCell: 11,
		budget: 5000,
		maxPerQuery: 500,
	};
}

function sampleConsent(home: string, now: number): ConsentTerms {
	return {
		permission: { kind: 'Ds', codes: ['E11', 'I10'] },
		modifiers: ['NCU', 'NPU', 'PUB', 'GS'],
		region: 'GB',
		categories: ['Demographics', 'Conditions', 'Medications', 'Observations'],
		notBefore: now - 60_000,
		expires: now + 365 * DAY,
		home,
		mode: 'Broad',
	};
}

describe('research values', () => {
	test('DUO modifiers have the runtime\'s bits (DuoModifiers::NCU = 1 … PS = 128)', () => {
		expect(DUO_MODIFIERS).toEqual({ NCU: 1, NPU: 2, NMDS: 4, NPOA: 8, IRB: 16, PUB: 32, GS: 64, PS: 128 });
		expect(modifiersToBits(['NCU', 'PUB', 'GS'])).toBe(1 | 32 | 64);
		expect(bitsToModifiers(255)).toEqual(MODIFIER_ORDER);
		for (const m of MODIFIER_ORDER) expect(bitsToModifiers(modifiersToBits([m]))).toEqual([m]);
		expect(modifiersToBits([])).toBe(0);
	});

	test('sexes are bits in FHIR order (SexSet, SEXES)', () => {
		expect(sexesToBits(['female'])).toBe(1);
		expect(sexesToBits(['unknown', 'male'])).toBe(2 | 8);
		expect(bitsToSexes(15)).toEqual(['female', 'male', 'other', 'unknown']);
	});

	test('codes have their system\'s shape (CodeSystem::well_formed)', () => {
		for (const ok of ['E11', 'E11.9', 'C7A', 'F11.20', 'Z99.8912']) expect(wellFormed('Icd10', ok)).toBe(true);
		for (const bad of ['e11', 'E1', 'E11.', 'E11.12345', '11E', 'E11%', 'E11.9 ']) expect(wellFormed('Icd10', bad)).toBe(false);
		expect(wellFormed('Snomed', '44054006')).toBe(true);
		expect(wellFormed('Snomed', '012345')).toBe(false);
		expect(wellFormed('Snomed', '12345')).toBe(false);
		expect(wellFormed('Loinc', '4548-4')).toBe(true);
		for (const bad of ['4548', '-4', '4548-', '12345678-90']) expect(wellFormed('Loinc', bad)).toBe(false);
		expect(wellFormed('RxNorm', '6809')).toBe(true);
		expect(wellFormed('RxNorm', '12345678901')).toBe(false);
		expect(wellFormed('Cvx', '141')).toBe(true);
		expect(wellFormed('Cvx', '1411')).toBe(false);
	});

	test('cells and their labels (Dimension::cells, Dimension::label)', () => {
		expect(cellLabels({ kind: 'AgeBands', bounds: [18, 40, 65] })).toEqual(['<18', '18-39', '40-64', '65+']);
		expect(cellLabels({ kind: 'Sex' })).toEqual(['female', 'male', 'other', 'unknown']);
		expect(cellCount([])).toBe(1);
		expect(cellCount([{ kind: 'AgeBands', bounds: [18, 40, 65] }, { kind: 'Sex' }])).toBe(16);
		expect(queryProblems({ ...sampleQuery(0), groupBy: [{ kind: 'AgeBands', bounds: [10, 20, 30, 40, 50] }, { kind: 'Sex' }] })).toContain('the answer would have 24 cells; at most 20');
	});

	test('a query reads its clauses\' categories, sensitive ones named, and demographics for age, sex or a group-by', () => {
		const q = sampleQuery(0);
		expect(queryCategories(q)).toEqual(['Demographics', 'Conditions', 'Medications', 'Observations']);
		const opioids: Query = { epsilon: 100, indexDate: 0, groupBy: [], criteria: [{ kind: 'Has', clause: { resource: 'Condition', system: 'Icd10', codes: ['F11'], prefix: true, value: null, window: null, sensitive: ['SubstanceUse'] } }] };
		expect(queryCategories(opioids)).toEqual(['Conditions', 'SubstanceUse']);
		const study = { terms: sampleStudy(Date.now()), spent: 4900 } as Study;
		expect(queryProblems(opioids, study)).toEqual(['the study does not count substance use']);
		expect(queryProblems({ ...q, epsilon: 600 }, study)).toEqual(['ε is at most 0.5 per query in this study', 'only 0.1 ε of the budget is left']);
	});

	test('terms are checked as the runtime checks them', () => {
		const now = Date.now();
		expect(consentProblems(sampleConsent(ALICE, now))).toEqual([]);
		expect(consentProblems({ ...sampleConsent(ALICE, now), region: null })).toHaveLength(1);
		expect(consentProblems({ ...sampleConsent(ALICE, now), permission: { kind: 'Ds', codes: ['diabetes'] } })).toEqual(['not ICD-10 codes: diabetes']);
		expect(studyProblems(sampleStudy(now), now)).toEqual([]);
		expect(studyProblems({ ...sampleStudy(now), minCell: 9 }, now)).toHaveLength(1);
		expect(studyProblems({ ...sampleStudy(now), maxPerQuery: 6000 }, now)).toHaveLength(1);
	});

	test('in words', () => {
		const q = sampleQuery(Date.parse('2026-12-05'));
		expect(queryText(q)).toMatch(/^Patients who are male or female; and who have an observation coded LOINC 4548-4, with a value from 7 to below 10 %, dated from 2024-01-01 on; .*counted by age band \(<18, 18-39, 40-64, 65\+\) and by sex; ages at 2026-12-05; ε 0.25\.$/);
		expect(eligibilityText({ eligible: false, reason: 'OptedOut' })).toBe('no, because you opted out of this study');
		expect(eligibilityText({ eligible: true, basis: 'Broad' })).toMatch(/^yes/);
		// ε = 1: P(|X| > t) = 2e^-(t+1)/(1+e^-1) ≤ 0.05 first at t = 3 (0.036; 0.099 at t = 2).
		expect(noise95(1000)).toBe(3);
		// ε = 0.1: 0.0473 at t = 30, 0.0523 at t = 29.
		expect(noise95(100)).toBe(30);
	});

	test('module errors with fields say what they carry', () => {
		expect(moduleErrorDetail('research', 'BudgetExceeded', Uint8Array.from([20, 0x90, 0x01, 0]))).toBe(' (0.4 ε left)');
		expect(moduleErrorDetail('research', 'InvalidQuery', Uint8Array.from([17, 1, 0, 0]))).toBe(' (criteria or codes not in canonical order)');
		expect(moduleErrorDetail('relationships', 'NotFound', Uint8Array.from([1, 0, 0, 0]))).toBe('');
	});
});

describe('through the chain\'s types', () => {
	let reg: TypeRegistry;
	beforeAll(() => { reg = registry(); });

	test('consent, study terms and query survive encoding and decoding by the metadata', () => {
		const now = Date.parse('2026-12-05T10:00:00Z');
		const consent = sampleConsent(ALICE, now);
		expect(toConsentTerms(reg.createType(RESEARCH_TYPES.consentTerms, consentArg(consent)).toJSON() as Record<string, unknown>)).toEqual(consent);
		const study = sampleStudy(now);
		expect(toStudyTerms(reg.createType(RESEARCH_TYPES.studyTerms, studyTermsArg(study)).toJSON() as Record<string, unknown>)).toEqual(study);
		const q = canonicalQuery(reg, sampleQuery(now));
		expect(toQuery(reg.createType(RESEARCH_TYPES.query, queryArg(q)).toJSON() as Record<string, unknown>)).toEqual(q);
	});

	test('research events decode from the codecs\' JSON', () => {
		const now = Date.parse('2026-12-05T10:00:00Z');
		const terms = sampleConsent(ALICE, now);
		const json = (type: string, value: unknown) => reg.createType(type, value).toJSON();
		expect(researchEvent({ section: 'research', method: 'ConsentGiven', data: { patient: ALICE, terms: json(RESEARCH_TYPES.consentTerms, consentArg(terms)), by: ALICE } })).toEqual({ kind: 'ConsentGiven', patient: ALICE, terms, by: ALICE });
		expect(researchEvent({ section: 'research', method: 'ChoiceMade', data: { study: 3, patient: ALICE, choice: json(RESEARCH_TYPES.choice, { OptIn: { categories: 6 } }), by: ALICE } })).toEqual({ kind: 'ChoiceMade', study: 3, patient: ALICE, choice: { kind: 'OptIn', categories: ['Conditions', 'Medications'] }, by: ALICE });
		expect(researchEvent({ section: 'research', method: 'ChoiceMade', data: { study: 3, patient: ALICE, choice: json(RESEARCH_TYPES.choice, 'OptOut'), by: ALICE } })).toMatchObject({ choice: { kind: 'OptOut' } });
		expect(researchEvent({ section: 'research', method: 'QueryAuthorized', data: { study: 0, query: 2, hash: '0xab', epsilon: 500, remaining: 4000 } })).toEqual({ kind: 'QueryAuthorized', study: 0, query: 2, hash: '0xab', epsilon: 500, remaining: 4000 });
		expect(researchEvent({ section: 'research', method: 'StudyApproved', data: { study: 1 } })).toEqual({ kind: 'StudyApproved', study: 1 });
		expect(researchEvent({ section: 'consortium', method: 'StudyProposed', data: {} })).toBeNull();
	});

	test('canonical order: codes sorted and distinct, criteria sorted by encoding; same meaning, same bytes', () => {
		const q = canonicalQuery(reg, sampleQuery(0));
		// Has (variant 0) before Lacks (1), Age (2), Sex (3); among the Has clauses, by the
		// resource kind's index (Condition 0 before Observation 2), then the code system's (ICD-10 0
		// before SNOMED 1).
		expect(q.criteria.map((c) => c.kind)).toEqual(['Has', 'Has', 'Has', 'Lacks', 'Age', 'Sex']);
		expect(q.criteria.map((c) => (c.kind === 'Has' || c.kind === 'Lacks' ? `${c.clause.resource}/${c.clause.system}/${c.clause.codes.join('+')}` : c.kind))).toEqual([
			'Condition/Icd10/E11+I10', 'Condition/Snomed/44054006', 'Observation/Loinc/4548-4', 'Medication/RxNorm/5489+7804', 'Age', 'Sex',
		]);
		const shuffled = { ...sampleQuery(0), criteria: [...sampleQuery(0).criteria].reverse() };
		expect(u8aToHex(encodeQuery(reg, canonicalQuery(reg, shuffled)))).toBe(u8aToHex(encodeQuery(reg, q)));
		expect(canonicalQuery(reg, q)).toEqual(q);
		// A criterion given twice is kept once.
		const twice = { ...q, criteria: [...q.criteria, q.criteria[4]!] };
		expect(canonicalQuery(reg, twice).criteria).toHaveLength(6);
		expect(queryHash(reg, q)).toBe(blake2AsHex(encodeQuery(reg, q), 256));
	});
});

interface ChainVectors {
	about: string;
	specVersion: number;
	home: string;
	consent: { terms: ConsentTerms; scale: string };
	study: { terms: StudyTerms; scale: string };
	query: { submitted: Query; scale: string; hash: string };
}

describe.skipIf(!existsSync(vectorsPath) || Boolean(process.env.CAPTURE_RESEARCH))('vectors made by the chain', () => {
	const v = existsSync(vectorsPath) ? (JSON.parse(readFileSync(vectorsPath, 'utf8')) as ChainVectors) : null;
	let reg: TypeRegistry;
	beforeAll(() => { reg = registry(); });

	test('the consent encodes here to the bytes the chain stored', () => {
		expect(u8aToHex(reg.createType(RESEARCH_TYPES.consentTerms, consentArg(v!.consent.terms)).toU8a())).toBe(v!.consent.scale);
	});

	test('the study terms encode here to the bytes the chain stored', () => {
		expect(u8aToHex(reg.createType(RESEARCH_TYPES.studyTerms, studyTermsArg(v!.study.terms)).toU8a())).toBe(v!.study.scale);
	});

	test('the query, canonicalized here, is the one the chain stored, with the chain\'s hash', () => {
		const q = canonicalQuery(reg, v!.query.submitted);
		expect(u8aToHex(encodeQuery(reg, q))).toBe(v!.query.scale);
		expect(queryHash(reg, q)).toBe(v!.query.hash);
		// And from the written order, however shuffled.
		const shuffled = { ...v!.query.submitted, criteria: [...v!.query.submitted.criteria].reverse() };
		expect(queryHash(reg, canonicalQuery(reg, shuffled))).toBe(v!.query.hash);
	});
});

describe.skipIf(!process.env.CAPTURE_RESEARCH)('capture from a node', () => {
	test('writes vectors/chain-research.json', async () => {
		const { Chain } = await import('../src/chain.js');
		await cryptoWaitReady();
		const keyring = new Keyring({ type: 'sr25519' });
		const [alice, charlie] = [keyring.addFromUri('//Alice'), keyring.addFromUri('//Charlie')];
		// A patient of its own, so the capture runs on any dev chain, fresh or not.
		const patient = keyring.addFromUri(`//research-vectors//${Date.now()}`);
		const chain = await Chain.connect(process.env.CAPTURE_RESEARCH!);
		try {
			const reg = chain.api.registry as unknown as TypeRegistry;
			const now = Date.now();
			const events = async (tx: Parameters<typeof chain.submit>[0], pair: typeof alice) => (await chain.submit(tx, { pair })).events ?? [];
			const opened = await events(chain.tx.openRelationship(patient.address), alice);
			const relationship = Number(opened.find((e) => e.method === 'RelationshipOpened')!.data.relationship);
			await chain.submit(chain.tx.acceptRelationship(relationship), { pair: patient });
			const consent = sampleConsent(ALICE, now);
			await chain.submit(chain.tx.setConsent(patient.address, consent), { pair: patient });
			const study = sampleStudy(now);
			const registered = await events(chain.tx.registerStudy(study), charlie);
			const r = registered.find((e) => e.method === 'StudyRegistered')!.data;
			await chain.submit(chain.tx.vote(Number(r.proposal), true), { pair: alice });
			const submitted = sampleQuery(Date.parse('2026-12-05'));
			const authorized = await events(chain.tx.authorizeQuery(Number(r.study), canonicalQuery(reg, submitted)), charlie);
			const a = authorized.find((e) => e.method === 'QueryAuthorized')!.data;
			// The bytes as the runtime answers them (state_call), not as polkadot.js re-encodes them.
			const raw = async (method: string, ...args: Uint8Array[]) => (await chain.api.rpc.state.call(method, u8aToHex(Uint8Array.from(args.flatMap((x) => [...x]))))).toU8a(true);
			const u32 = (n: number) => reg.createType('u32', n).toU8a();
			const acct = reg.createType('AccountId32', patient.address).toU8a();
			const consentRaw = await raw('ResearchApi_consent', acct);
			// Option tag, terms, then given_by (32).
			const consentScale = consentRaw.subarray(1, consentRaw.length - 32);
			const studyRaw = await raw('ResearchApi_study', u32(Number(r.study)));
			// Option tag, researcher (32), terms, state Approved { at: u32 } (5), spent, next_query.
			const studyScale = studyRaw.subarray(1 + 32, studyRaw.length - 5 - 8);
			const queryRaw = await raw('ResearchApi_query', u32(Number(r.study)), u32(Number(a.query)));
			// Option tag, hash (32), query, authorized_at (4), at_time (8).
			const hash = u8aToHex(queryRaw.subarray(1, 33));
			expect(hash).toBe(String(a.hash));
			const out: ChainVectors = {
				about: 'Made by a medrec-node --dev through client/test/research.test.ts (CAPTURE_RESEARCH); checked there. Do not edit.',
				specVersion: chain.api.runtimeVersion.specVersion.toNumber(),
				home: ALICE,
				consent: { terms: consent, scale: u8aToHex(consentScale) },
				study: { terms: study, scale: u8aToHex(studyScale) },
				query: { submitted, scale: u8aToHex(queryRaw.subarray(33, queryRaw.length - 12)), hash },
			};
			writeFileSync(vectorsPath, `${JSON.stringify(out, null, '\t')}\n`);
		} finally {
			await chain.disconnect();
		}
	}, 300_000);
});

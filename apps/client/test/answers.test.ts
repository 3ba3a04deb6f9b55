// Research answers as the apps read them (src/answers.ts, GatekeeperClient's research calls):
// MeasureReports in the shape `research/report` writes (`measure_report`), the checks the
// researcher's CLI makes (`read_answer`), combining the sites' answers, a patient's inclusions
// merged over sites; and the signed requests and sealed answers end to end against a fake
// gatekeeper that verifies the signature and seals as `gatekeeper/src/http.rs` does.
//
// The reports and envelopes here are made in TypeScript, after the Rust code and tests they
// cite: no sealed research answer made by a real gatekeeper is in vectors/rust-made.json yet
// (NEEDS.md §7), so the shape is pinned to the Rust source, not to Rust output.

import { beforeAll, describe, expect, test } from 'vitest';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import {
	AnswerFormatError, checkSiteAnswer, combineCells, mergeInclusions, missingText, parseInclusions, parseMeasureReport, queryCellLabels,
	readResearchAnswer, REPORT, type SiteAnswer, type SiteResult,
} from '../src/answers.js';
import { verifyRequest, type PurposeName } from '../src/auth.js';
import { Below, combine, Count, type Reported } from '../src/dp.js';
import { fetchSiteAnswers, GatekeeperClient, missingOf, type Site } from '../src/gatekeeper.js';
import { encryptionPublic } from '../src/keys.js';
import type { Dimension, Query } from '../src/research.js';
import { INFO, RESEARCH_INFO, sealFor } from '../src/seal.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';

let charlie: KeyringPair;
let eve: KeyringPair;

beforeAll(async () => {
	await cryptoWaitReady();
	const k = new Keyring({ type: 'sr25519' });
	charlie = k.addFromUri('//Charlie');
	eve = k.addFromUri('//Eve');
});

const SEX: Dimension = { kind: 'Sex' };

function query(groupBy: Dimension[], epsilon = 500): Query {
	return { epsilon, indexDate: 0, criteria: [{ kind: 'Age', min: 18, max: 120 }], groupBy };
}

/** The answer of `research/report`'s tests (`fn answer`): study 3, query 7, at Alice's. */
function answer(cells: Reported[], over: Partial<SiteAnswer> = {}): SiteAnswer {
	return {
		study: 3, query: 7, site: ALICE, authorizedAt: 42, computedAt: '2026-12-05T10:00:00Z',
		epsilon: 500, k: 11, rounding: 5, scale: 2.0, sigma: 2.8, cells, labels: [], ...over,
	};
}

/** A MeasureReport as `medrec_research_report::measure_report` writes one. */
function measureReport(a: SiteAnswer, groupBy: Dimension[], period: [string, string] = ['2026-01-01T00:00:00Z', '2026-06-30T00:00:00Z']): Record<string, unknown> {
	const labels = queryCellLabels(groupBy);
	const name = (d: Dimension) => (d.kind === 'Sex' ? 'sex' : 'age');
	const code = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population' }] };
	const strata = labels.map((label, i) => {
		const cell = a.cells[i]!;
		const population = cell.kind === 'Count'
			? { code, count: cell.value }
			: { code, _count: { extension: [{ url: REPORT.dataAbsentReason, valueCode: 'masked' }, { url: REPORT.below, valueInteger: cell.k }] } };
		return {
			value: { text: label },
			...(groupBy.length > 1 ? { component: groupBy.map((d, j) => ({ code: { text: name(d) }, value: { text: label.split('|')[j] } })) } : {}),
			population: [population],
		};
	});
	return {
		resourceType: 'MeasureReport',
		extension: [
			{ url: REPORT.noise, extension: [
				{ url: 'mechanism', valueCode: REPORT.mechanism },
				{ url: 'epsilon', valueDecimal: a.epsilon / 1000 },
				{ url: 'sensitivity', valueInteger: 1 },
				{ url: 'scale', valueDecimal: a.scale },
				{ url: 'sigma', valueDecimal: a.sigma },
				{ url: 'rounding', valueInteger: a.rounding },
				{ url: 'k', valueInteger: a.k },
			] },
			{ url: REPORT.authorizedAt, valueInteger: a.authorizedAt },
		],
		status: 'complete',
		type: 'summary',
		measure: `urn:medrec:study:${a.study}:query:${a.query}`,
		date: a.computedAt,
		reporter: { identifier: { system: REPORT.accountSystem, value: a.site } },
		period: { start: period[0], end: period[1] },
		group: [{ stratifier: [{ code: groupBy.length ? groupBy.map((d) => ({ text: name(d) })) : [{ text: 'all' }], stratum: strata }] }],
	};
}

describe('MeasureReports (research/report/src/lib.rs)', () => {
	test('labels follow the query\'s cell order (labels_follow_the_querys_cell_order)', () => {
		const labels = queryCellLabels([{ kind: 'AgeBands', bounds: [40, 65] }, SEX]);
		expect(labels).toHaveLength(12);
		// `Query::cell_of` is row-major, the first dimension outermost: age band × 4 + sex.
		expect(labels[0 * 4 + 0]).toBe('<40|female');
		expect(labels[1 * 4 + 1]).toBe('40-64|male');
		expect(labels[2 * 4 + 3]).toBe('65+|unknown');
		expect(queryCellLabels([])).toEqual(['all']);
	});

	test('a report reads back as written (a_report_reads_back_as_written)', () => {
		const a = answer([Count(45), Below(11), Below(11), Count(20)]);
		const report = measureReport(a, [SEX]);
		expect(parseMeasureReport(report)).toEqual({ ...a, labels: ['female', 'male', 'other', 'unknown'] });
		// Wrapped with its context, as the CLI also accepts.
		expect(readResearchAnswer(JSON.stringify({ fhir: report, study: 3 })).cells).toEqual(a.cells);
		const two = measureReport(answer(new Array<Reported>(12).fill(Below(11))), [{ kind: 'AgeBands', bounds: [40, 65] }, SEX]);
		expect(parseMeasureReport(two).labels[5]).toBe('40-64|male');
	});

	test('a malformed report is refused with a reason (a_malformed_report_is_refused_with_a_reason)', () => {
		const good = () => measureReport(answer([Count(5)]), []);
		const bad1 = { ...good(), measure: 'urn:other:thing' };
		expect(() => parseMeasureReport(bad1)).toThrow(/unknown measure/);
		const bad2 = good() as { group: { stratifier: { stratum: { population: unknown[] }[] }[] }[] };
		bad2.group[0]!.stratifier[0]!.stratum[0]!.population[0] = { code: { text: 'x' } };
		expect(() => parseMeasureReport(bad2)).toThrow(/without count/);
		const bad3 = good() as { extension: { extension: { valueCode?: string }[] }[] };
		bad3.extension[0]!.extension[0]!.valueCode = 'gaussian';
		expect(() => parseMeasureReport(bad3)).toThrow(/mechanism/);
		const bad4 = good() as { group: { stratifier: { stratum: { population: unknown[] }[] }[] }[] };
		bad4.group[0]!.stratifier[0]!.stratum[0]!.population[0] = { _count: { extension: [{ url: REPORT.dataAbsentReason, valueCode: 'masked' }] } };
		expect(() => parseMeasureReport(bad4)).toThrow(/absent without saying why/);
		expect(() => parseMeasureReport({ resourceType: 'Bundle' })).toThrow(AnswerFormatError);
		expect(() => readResearchAnswer('not json')).toThrow(/not JSON/);
	});

	test('an answer is checked against the query it answers (read_answer)', () => {
		const q = query([SEX]);
		const a = answer([Count(45), Below(11), Below(11), Count(20)]);
		expect(checkSiteAnswer(a, { study: 3, queryId: 7, site: ALICE, query: q })).toBe(a);
		// The same account under another network prefix is the same site.
		expect(() => checkSiteAnswer(a, { study: 3, queryId: 7, site: encodeAddress(ALICE, 0), query: q })).not.toThrow();
		expect(() => checkSiteAnswer(a, { study: 3, queryId: 8, site: ALICE, query: q })).toThrow(/not study 3 query 8/);
		expect(() => checkSiteAnswer(a, { study: 3, queryId: 7, site: BOB, query: q })).toThrow(/not this site/);
		expect(() => checkSiteAnswer(a, { study: 3, queryId: 7, site: ALICE, query: query([]) })).toThrow(/4 cells, the query has 1/);
		expect(() => checkSiteAnswer(a, { study: 3, queryId: 7, site: ALICE, query: query([SEX], 250) })).toThrow(/ε 0\.5.*ε 0\.25/);
	});
});

describe('combining the sites\' answers (research/client/src/results.rs combine_cells)', () => {
	const ok = (site: string, cells: Reported[]): SiteResult => ({ site, url: 'http://x', outcome: { ok: true, answer: answer(cells, { site }) } });
	const missing: SiteResult = { site: DAVE, url: 'http://y', outcome: { ok: false, missing: { kind: 'forbidden', status: 403, detail: 'no' } } };

	test('only the sites that answered are combined, the missing one is never imputed', () => {
		const q = query([SEX]);
		const sites = [ok(ALICE, [Count(40), Below(11), Below(11), Count(15)]), missing, ok(BOB, [Count(120), Count(20), Below(11), Below(11)])];
		const cells = combineCells(q, sites, 0.05);
		expect(cells.map((c) => c.label)).toEqual(['female', 'male', 'other', 'unknown']);
		expect(cells[0]!.sites).toEqual([Count(40), null, Count(120)]);
		expect(cells[0]!.combined).toEqual(combine([Count(40), Count(120)], 500, 0.05));
		expect(cells[1]!.combined).toEqual(combine([Below(11), Count(20)], 500, 0.05));
		expect(cells[3]!.combined).toEqual(combine([Count(15), Below(11)], 500, 0.05));
	});

	test('no answer: no combination', () => {
		const cells = combineCells(query([]), [missing], 0.05);
		expect(cells).toEqual([{ label: 'all', sites: [null], combined: null }]);
	});
});

describe('inclusions (gatekeeper/src/answers.rs inclusions_json)', () => {
	test('are read as the gatekeeper writes them', () => {
		const text = JSON.stringify({ site: ALICE, inclusions: [{ study: 0, queries: 1, first: 1000, last: 1000 }, { study: 2, queries: 3, first: 10, last: 30 }] });
		expect(parseInclusions(text)).toEqual({ site: ALICE, inclusions: [{ study: 0, queries: 1, first: 1000, last: 1000 }, { study: 2, queries: 3, first: 10, last: 30 }] });
		expect(parseInclusions(JSON.stringify({ site: BOB, inclusions: [] })).inclusions).toEqual([]);
		expect(() => parseInclusions('{"site":"x"}')).toThrow(/lists no inclusions/);
		expect(() => parseInclusions('{"inclusions":[{"study":0}]}')).toThrow(AnswerFormatError);
	});

	test('merge per study over sites, each provider once', () => {
		const merged = mergeInclusions([
			{ provider: ALICE, inclusions: [{ study: 0, queries: 2, first: 100, last: 200 }, { study: 4, queries: 1, first: 50, last: 50 }] },
			{ provider: BOB, inclusions: [{ study: 0, queries: 1, first: 20, last: 300 }, { study: 1, queries: 0, first: 0, last: 0 }] },
			// Two relationships with one provider: asked twice, counted once.
			{ provider: ALICE, inclusions: [{ study: 0, queries: 2, first: 100, last: 200 }] },
		]);
		expect(merged).toEqual([
			{ study: 0, queries: 3, first: 20, last: 300, sites: [ALICE, BOB] },
			{ study: 4, queries: 1, first: 50, last: 50, sites: [ALICE] },
		]);
		expect(mergeInclusions([])).toEqual([]);
	});
});

// --- Against a fake gatekeeper -------------------------------------------------------------

interface Reply { status: number; body: unknown; seal?: Uint8Array; headers?: Record<string, string> }

/** A gatekeeper run by `provider` that checks each request's signature and purpose as the real
 * one does, then answers `reply` (sealed to the signer's X25519 key under `seal`, the request's
 * Signature header as additional data). */
function fakeGatekeeper(provider: string, reader: KeyringPair, expected: { path: string; purpose: PurposeName }, reply: Reply): typeof fetch {
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(String(input));
		const headers = (init?.headers ?? {}) as Record<string, string>;
		const created = Number(/created=(\d+)/.exec(headers['signature-input']!)![1]);
		const v = verifyRequest({ method: 'GET', path: url.pathname, query: url.search ? url.search.slice(1) : undefined }, headers, provider, created);
		expect(v.signer).toBe(reader.address);
		expect(url.pathname).toBe(expected.path);
		expect(v.purpose).toBe(expected.purpose);
		let body = JSON.stringify(reply.body);
		if (reply.status === 200 && reply.seal) {
			body = JSON.stringify(await sealFor(reply.seal, encryptionPublic(reader), new TextEncoder().encode(body), new TextEncoder().encode(headers.signature!)));
		}
		return new Response(body, { status: reply.status, headers: reply.headers });
	}) as typeof fetch;
}

const outcome = (status: number, diagnostics: string) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics }] });

describe('GatekeeperClient research calls (gatekeeper/src/client.rs)', () => {
	const q = query([SEX]);
	const path = '/research/studies/3/queries/7';
	const cells = [Count(45), Below(11), Below(11), Count(20)];

	test('a research answer: signed for research, sealed under the research info, checked', async () => {
		const gk = new GatekeeperClient('http://alice.test/', ALICE, charlie, fakeGatekeeper(ALICE, charlie, { path, purpose: 'research' }, { status: 200, body: measureReport(answer(cells), [SEX]), seal: RESEARCH_INFO }));
		const a = await gk.researchAnswer(3, 7, q);
		expect(a.cells).toEqual(cells);
		expect([a.study, a.query, a.site, a.authorizedAt, a.computedAt, a.k]).toEqual([3, 7, ALICE, 42, '2026-12-05T10:00:00Z', 11]);
	});

	test('an envelope sealed as a record answer does not open as a research answer', async () => {
		const gk = new GatekeeperClient('http://alice.test', ALICE, charlie, fakeGatekeeper(ALICE, charlie, { path, purpose: 'research' }, { status: 200, body: measureReport(answer(cells), [SEX]), seal: INFO }));
		const e = await gk.researchAnswer(3, 7, q).catch((x: unknown) => x);
		expect(missingOf(e).kind).toBe('unreadable');
	});

	test('another site\'s report, or another query\'s, is refused', async () => {
		const gk = new GatekeeperClient('http://alice.test', ALICE, charlie, fakeGatekeeper(ALICE, charlie, { path, purpose: 'research' }, { status: 200, body: measureReport(answer(cells, { site: BOB }), [SEX]), seal: RESEARCH_INFO }));
		const e = await gk.researchAnswer(3, 7, q).catch((x: unknown) => x);
		expect(missingOf(e)).toMatchObject({ kind: 'unreadable', detail: expect.stringMatching(/not this site/) });
	});

	test('refusals say why, in the CLI\'s terms', async () => {
		const cases: [Reply, string, RegExp][] = [
			[{ status: 403, body: outcome(403, 'only study 3\'s researcher reads its answers') }, 'forbidden', /refused \(403\): only study 3's researcher/],
			[{ status: 410, body: outcome(410, 'this site can no longer read the chain\'s state') }, 'gone', /can never answer \(410\)/],
			[{ status: 503, body: outcome(503, 'not final yet'), headers: { 'retry-after': '3' } }, 'not-ready', /not ready yet \(503\): not final yet/],
			[{ status: 404, body: outcome(404, 'there is no study 3') }, 'failed', /failed \(404\): there is no study 3/],
		];
		for (const [reply, kind, text] of cases) {
			const gk = new GatekeeperClient('http://alice.test', ALICE, charlie, fakeGatekeeper(ALICE, charlie, { path, purpose: 'research' }, reply));
			const m = missingOf(await gk.researchAnswer(3, 7, q, 0).catch((x: unknown) => x));
			expect(m.kind).toBe(kind);
			expect(m.status).toBe(reply.status);
			expect(missingText(m)).toMatch(text);
		}
		const down = new GatekeeperClient('http://alice.test', ALICE, charlie, (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
		expect(missingOf(await down.researchAnswer(3, 7, q).catch((x: unknown) => x))).toEqual({ kind: 'unreachable', status: null, detail: 'Failed to fetch' });
	});

	test('every site at once: answers, refusals and sites without a gatekeeper, in the sites\' order', async () => {
		const sites: Site[] = [{ account: ALICE, url: 'http://alice.test' }, { account: BOB, url: 'http://bob.test' }, { account: DAVE, url: null }];
		const replies: Record<string, Reply> = {
			[ALICE]: { status: 200, body: measureReport(answer(cells), [SEX]), seal: RESEARCH_INFO },
			[BOB]: { status: 403, body: outcome(403, 'BOB has published no X25519 key') },
		};
		const results = await fetchSiteAnswers(sites, (s) => new GatekeeperClient(s.url!, s.account, charlie, fakeGatekeeper(s.account, charlie, { path, purpose: 'research' }, replies[s.account]!)), 3, 7, q, 0);
		expect(results.map((r) => r.site)).toEqual([ALICE, BOB, DAVE]);
		expect(results[0]!.outcome.ok).toBe(true);
		expect(results[1]!.outcome).toMatchObject({ ok: false, missing: { kind: 'forbidden', status: 403 } });
		expect(results[2]!.outcome).toMatchObject({ ok: false, missing: { kind: 'no-gatekeeper' } });
		const combined = combineCells(q, results);
		expect(combined[0]!.combined).toEqual(combine([Count(45)], 500, 0.05));
	});

	test('inclusions: signed for personal use, sealed like record answers', async () => {
		const body = { site: ALICE, inclusions: [{ study: 0, queries: 1, first: 1_800_000_000_000, last: 1_800_000_000_000 }] };
		const gk = new GatekeeperClient('http://alice.test', ALICE, eve, fakeGatekeeper(ALICE, eve, { path: '/research/inclusions', purpose: 'personal' }, { status: 200, body, seal: INFO }));
		expect(await gk.researchInclusions()).toEqual(body);
		// Sealed under the research info, it does not open.
		const wrong = new GatekeeperClient('http://alice.test', ALICE, eve, fakeGatekeeper(ALICE, eve, { path: '/research/inclusions', purpose: 'personal' }, { status: 200, body, seal: RESEARCH_INFO }));
		expect(missingOf(await wrong.researchInclusions().catch((x: unknown) => x)).kind).toBe('unreadable');
		// An answer naming another site is not this gatekeeper's.
		const other = new GatekeeperClient('http://alice.test', ALICE, eve, fakeGatekeeper(ALICE, eve, { path: '/research/inclusions', purpose: 'personal' }, { status: 200, body: { ...body, site: BOB }, seal: INFO }));
		await expect(other.researchInclusions()).rejects.toThrow(/not this gatekeeper's provider/);
	});
});

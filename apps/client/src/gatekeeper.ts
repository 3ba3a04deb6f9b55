// Reading through a provider's gatekeeper from the browser: sign the request (auth.ts), send it
// cross-origin (the gatekeeper's CORS allowlist must name the app's origin), open the sealed
// answer (seal.ts) and check it against the chain's pointers at the answer's finalized block
// (digest.ts), as gatekeeper/src/client.rs does. Research: a site's answer to an authorized query
// (sealed under the research `info`) and a patient's inclusions, read as the Rust client reads
// them (`Client::research_answer`, `Client::inclusions`), and every site's answer to one query.

import type { KeyringPair } from '@polkadot/keyring/types';
import { signRequest, splitPathAndQuery, type PurposeName } from './auth.js';
import type { Chain } from './chain.js';
import {
	AnswerFormatError, checkSiteAnswer, parseInclusions, readResearchAnswer, sameAccount,
	type Missing, type SiteAnswer, type SiteInclusions, type SiteResult,
} from './answers.js';
import { canonical, fromHex, hex, leaf, parseRaw, recordSet, toValue, type RawJson } from './digest.js';
import { encryptionSecret } from './keys.js';
import type { Query } from './research.js';
import { INFO, openFor, RESEARCH_INFO, SealError, type Envelope } from './seal.js';
import type { Category } from './types.js';

export interface Proof {
	category: Category;
	recordSet: number;
	digest: string;
	leaves: string[];
}

/** An opened answer. `fhir` keeps the JSON's number lexemes, for digests. */
export interface Answer {
	fhir: RawJson;
	proofs: Proof[];
	patient: string;
	block: string;
	blockNumber: number;
}

export class GatekeeperError extends Error {
	constructor(readonly status: number, message: string, readonly retryAfter: number | null = null) {
		super(message);
	}
}

function field(raw: RawJson, key: string): RawJson | undefined {
	return raw.kind === 'object' ? raw.entries.find(([k]) => k === key)?.[1] : undefined;
}

/** Parses the plaintext of a sealed answer. */
export function parseAnswer(text: string): Answer {
	const raw = parseRaw(text);
	const fhir = field(raw, 'fhir');
	if (!fhir) throw new Error('the answer has no fhir');
	const rest = toValue(raw) as { proofs: Proof[]; patient: string; block: string; block_number: number };
	return { fhir, proofs: rest.proofs, patient: rest.patient, block: rest.block, blockNumber: rest.block_number };
}

/** The resources an answer served: a searchset's matches, or the one resource read. */
export function served(answer: Answer): RawJson[] {
	const type = field(answer.fhir, 'resourceType');
	if (type?.kind === 'string' && type.value === 'Bundle') {
		const entries = field(answer.fhir, 'entry');
		if (!entries || entries.kind !== 'array') return [];
		return entries.items.filter((e) => {
			const mode = field(field(e, 'search') ?? { kind: 'null' }, 'mode');
			return mode?.kind === 'string' && mode.value === 'match';
		}).map((e) => field(e, 'resource')!).filter(Boolean);
	}
	return [answer.fhir];
}

export interface Verification {
	/** Every proof matched the chain and every resource is a leaf. */
	ok: boolean;
	problems: string[];
	/** Per category: whether its record set matched the chain's pointer. */
	categories: Partial<Record<Category, boolean>>;
	/** Per served resource (by `Type/id`): whether its leaf is in a verified set. */
	resources: Record<string, boolean>;
}

function resourceKey(r: RawJson): string {
	const v = toValue(r) as { resourceType?: string; id?: string };
	return `${v.resourceType ?? '?'}/${v.id ?? '?'}`;
}

/** Checks `answer`, from the gatekeeper of `provider`, against the chain at its block. */
export async function verifyAnswer(answer: Answer, chain: Chain, provider: string): Promise<Verification> {
	const problems: string[] = [];
	const categories: Partial<Record<Category, boolean>> = {};
	const relationships = await chain.relationships(answer.patient, answer.block);
	const relationship = relationships.find((r) => r.provider === provider);
	const good = new Set<string>();
	if (!relationship) problems.push('no relationship with this gatekeeper\'s provider at the answer\'s block');
	for (const proof of answer.proofs) {
		const leaves = proof.leaves.map(fromHex).filter((l): l is Uint8Array => l !== null && l.length === 32);
		const set = hex(recordSet(leaves));
		const pointer = relationship?.pointers.find((p) => p.recordSet === proof.recordSet);
		let ok = true;
		if (set !== proof.digest) { ok = false; problems.push(`${proof.category}: the leaves do not digest to ${proof.digest}`); }
		if (!pointer) { ok = false; problems.push(`${proof.category}: no pointer on chain`); }
		else if (pointer.digest !== set) { ok = false; problems.push(`${proof.category}: the chain holds ${pointer.digest}, the records digest to ${set}`); }
		categories[proof.category] = ok;
		if (ok) proof.leaves.forEach((l) => good.add(l));
	}
	const resources: Record<string, boolean> = {};
	for (const r of served(answer)) {
		const inSet = good.has(hex(leaf(r)));
		resources[resourceKey(r)] = inSet;
		if (!inSet) problems.push(`${resourceKey(r)} is not in any record set the chain points to`);
	}
	return { ok: problems.length === 0, problems, categories, resources };
}

export interface AuditEntry {
	at: number;
	viewer: string;
	patient: string | null;
	action: string;
	outcome: string;
	basis: string | null;
	categories: string;
	block: string | null;
}

export interface WellKnown {
	provider: string;
	encryption: string;
}

export class GatekeeperClient {
	private readonly secret: Uint8Array;

	constructor(
		readonly base: string,
		readonly provider: string,
		private readonly signer: KeyringPair,
		private readonly fetcher: typeof fetch = (...a) => fetch(...a),
	) {
		this.secret = encryptionSecret(signer);
	}

	static async wellKnown(base: string, fetcher: typeof fetch = (...a) => fetch(...a)): Promise<WellKnown> {
		const r = await fetcher(`${base.replace(/\/$/, '')}/.well-known/medrec`);
		if (!r.ok) throw new GatekeeperError(r.status, `${base}/.well-known/medrec answered ${r.status}`);
		return (await r.json()) as WellKnown;
	}

	/** GETs `pathAndQuery` signed for `purpose`, and opens the sealed answer's plaintext. A
	 * "not final yet" refusal (503: what the read needs is in the best block, not yet in a
	 * finalized one) is retried as its Retry-After says, a few times, each with a fresh
	 * signature: it means "wait a slot", not "no". */
	async getText(pathAndQuery: string, purpose: PurposeName, retries = 4, info: Uint8Array = INFO): Promise<string> {
		for (let attempt = 0; ; attempt++) {
			try {
				return await this.getOnce(pathAndQuery, purpose, info);
			} catch (e) {
				if (!(e instanceof GatekeeperError) || e.status !== 503 || attempt >= retries) throw e;
				await new Promise((r) => setTimeout(r, Math.min(e.retryAfter ?? 2, 3) * 1000));
			}
		}
	}

	private async getOnce(pathAndQuery: string, purpose: PurposeName, info: Uint8Array): Promise<string> {
		const { path, query } = splitPathAndQuery(pathAndQuery);
		const headers = signRequest(this.signer, { method: 'GET', path, query }, this.provider, purpose);
		const response = await this.fetcher(`${this.base.replace(/\/$/, '')}${pathAndQuery}`, { headers: { ...headers }, mode: 'cors', credentials: 'omit' });
		const body = await response.text();
		if (response.status !== 200) {
			let text = body;
			try {
				const outcome = JSON.parse(body) as { issue?: { diagnostics?: string }[] };
				text = (outcome.issue ?? []).map((i) => i.diagnostics).filter(Boolean).join('; ') || body;
			} catch { /* not an OperationOutcome: keep the body */ }
			const retry = response.headers.get('retry-after');
			throw new GatekeeperError(response.status, text, retry ? Number(retry) : null);
		}
		const envelope = JSON.parse(body) as Envelope;
		const plaintext = await openFor(info, this.secret, envelope, new TextEncoder().encode(headers.signature));
		return new TextDecoder().decode(plaintext);
	}

	async get(pathAndQuery: string, purpose: PurposeName): Promise<Answer> {
		return parseAnswer(await this.getText(pathAndQuery, purpose));
	}

	/** The audit entries about `patient` (the signer's own when omitted). */
	async audit(patient?: string): Promise<AuditEntry[]> {
		const text = await this.getText(patient ? `/audit?patient=${patient}` : '/audit', 'personal');
		return (JSON.parse(text) as { entries: AuditEntry[] }).entries;
	}

	/** The signer's own research inclusions at this gatekeeper: per study, in how many queries
	 * it counted them, and when (`GET /research/inclusions`, purpose personal, sealed like record
	 * answers). An empty list when it never counted them. The gatekeeper answers for the signer
	 * only: a proxy signing here gets its own inclusions, not the patient's. */
	async researchInclusions(retries = 4): Promise<SiteInclusions> {
		const answer = parseInclusions(await this.getText('/research/inclusions', 'personal', retries));
		if (answer.site && !sameAccount(answer.site, this.provider)) throw new AnswerFormatError(`the answer names site ${answer.site}, not this gatekeeper's provider`);
		return answer;
	}

	/** The answer this gatekeeper released for query `queryId` of `study` (`GET
	 * /research/studies/{s}/queries/{q}`, purpose research, sealed under `RESEARCH_INFO`); the
	 * signer must be the study's researcher. Checked to be this site's answer to that query and,
	 * given the authorized `query`, to have its cells and its ε. */
	async researchAnswer(study: number, queryId: number, query?: Query, retries = 4): Promise<SiteAnswer> {
		const text = await this.getText(`/research/studies/${study}/queries/${queryId}`, 'research', retries, RESEARCH_INFO);
		return checkSiteAnswer(readResearchAnswer(text), { study, queryId, site: this.provider, query });
	}
}

/** Why a gatekeeper request gave nothing, in the researcher client's terms: 503 after the retries
 * "not ready", 403 "refused", 410 "gone", any other status "failed", a fetch that never reached
 * the gatekeeper (a TypeError in browsers: network, CORS) "unreachable", an answer that does not
 * open or is not the one asked for "unreadable". */
export function missingOf(e: unknown): Missing {
	if (e instanceof GatekeeperError) {
		const kind = e.status === 503 ? 'not-ready' : e.status === 403 ? 'forbidden' : e.status === 410 ? 'gone' : 'failed';
		return { kind, status: e.status, detail: e.message };
	}
	if (e instanceof SealError || e instanceof AnswerFormatError || e instanceof SyntaxError) {
		return { kind: 'unreadable', status: null, detail: (e as Error).message };
	}
	if (e instanceof TypeError) return { kind: 'unreachable', status: null, detail: e.message };
	return { kind: 'failed', status: null, detail: e instanceof Error ? e.message : String(e) };
}

/** A site that may answer: a provider account and its gatekeeper's URL (null: it names none). */
export interface Site {
	account: string;
	url: string | null;
}

/** Asks every site at once for its answer to query `queryId` of `study` (`fetch_all`); results
 * come back in the sites' order, a missing site with its reason. */
export async function fetchSiteAnswers(
	sites: readonly Site[],
	client: (site: Site) => GatekeeperClient,
	study: number,
	queryId: number,
	query: Query,
	retries = 4,
): Promise<SiteResult[]> {
	return Promise.all(sites.map(async (site): Promise<SiteResult> => {
		if (!site.url) return { site: site.account, url: null, outcome: { ok: false, missing: { kind: 'no-gatekeeper', status: null, detail: 'this provider names no gatekeeper' } } };
		try {
			const answer = await client(site).researchAnswer(study, queryId, query, retries);
			return { site: site.account, url: site.url, outcome: { ok: true, answer } };
		} catch (e) {
			return { site: site.account, url: site.url, outcome: { ok: false, missing: missingOf(e) } };
		}
	}));
}

export { canonical };

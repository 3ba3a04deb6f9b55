// The chain, typed: one connection per app, MedRec's transaction extensions declared (see
// extensions.ts), runtime APIs and storage read by name through the metadata (never by a
// hand-built key), answers turned into the plain values of types.ts, and transactions signed by
// a local key or an injected signer, followed to a finalized block.

// The augmentations generated from the chain's metadata (npm run typegen): they type api.call,
// api.query and api.tx below by MedRec's own runtime.
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Signer } from '@polkadot/types/types';
import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { hexToU8a, isHex, u8aToString } from '@polkadot/util';
import { txErrorText } from './words.js';
import { declareExtensions, extensionList } from './extensions.js';
import {
	choiceArg, consentArg, queryArg, studyTermsArg, toChoice, toConsent, toEligibility, toQueryRecord, toStudy,
	QUERY_PROBLEM_TEXT, epsilonText,
	type Choice, type ConsentTerms, type Eligibility, type Query, type QueryRecord, type ResearchConsent, type Study, type StudyTerms,
} from './research.js';
import {
	bitsToCategories, categoriesToBits, CATEGORIES, PURPOSE_NAMES,
	type AccessRequest, type Category, type DeadManSwitch, type Decision, type EmergencyAccess,
	type Grant, type Group, type Identity, type Notification, type Pointer, type Proxy, type Purpose,
	type Relationship, type Role, type Scope, type Subject, type Viewer,
} from './types.js';

/** Who signs a transaction: a local key, or an account of the browser extension. */
export type TxSigner = { pair: KeyringPair } | { address: string; signer: Signer };

export function signerAddress(s: TxSigner): string {
	return 'pair' in s ? s.pair.address : s.address;
}

export interface Included {
	blockHash: string;
	blockNumber: number;
	/** The transaction's own events (`QueryAuthorized`, `StudyRegistered`, ...), once final. */
	events?: ChainEvent[];
}

export interface TxProgress {
	/** In a block that is not final yet. */
	onInBlock?: (at: Included) => void;
}

/** A transaction the pool refused or its block failed. `message` is for people (see words.ts);
 * `pallet` and `error` are the pallet and error the chain named, when it named one, and
 * `detail` the developers' text, which also goes to the console. */
export class TxError extends Error {
	constructor(message: string, readonly pallet: string | null = null, readonly error: string | null = null, readonly detail: string = message) {
		super(message);
	}
}

/** A block's events, as plain `{ section, method, data }` records. */
export interface ChainEvent {
	section: string;
	method: string;
	data: Record<string, unknown>;
	block: number;
	blockHash: string;
}

/** The extensions of the runtime at `provider`, read from its metadata before the API starts,
 * since @polkadot/api takes them at creation. */
export async function extensionsOf(provider: WsProvider): Promise<ExtDef> {
	await provider.isReady;
	const hex = (await provider.send('state_getMetadata', [])) as string;
	const registry = new TypeRegistry();
	const metadata = new Metadata(registry, hex as `0x${string}`);
	return declareExtensions(extensionList(metadata));
}

const asNumber = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && isHex(v) ? parseInt(v, 16) : Number(v));
const asText = (v: unknown): string | null => (v == null ? null : typeof v === 'string' && isHex(v) ? u8aToString(hexToU8a(v)) : String(v));
const noPrefix = (h: string): string => (h.startsWith('0x') ? h.slice(2) : h);

function variant(v: unknown): [string, unknown] {
	if (typeof v === 'string') return [v, null];
	const [k, val] = Object.entries(v as Record<string, unknown>)[0]!;
	return [k, val];
}

const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function toScope(v: unknown): Scope {
	const [k, val] = variant(v);
	return k.toLowerCase() === 'relationship' ? { relationship: asNumber(val) } : 'all';
}

function toViewer(v: unknown): Viewer {
	const [k, val] = variant(v);
	return k.toLowerCase() === 'account' ? { account: String(val) } : { group: asNumber(val) };
}

function toCategory(v: unknown): Category {
	const name = up(String(v));
	if (!(CATEGORIES as readonly string[]).includes(name)) throw new Error(`unknown category ${name}`);
	return name as Category;
}

function toPurpose(v: unknown): Purpose {
	return up(String(v)) as Purpose;
}

type J = Record<string, unknown>;

export class Chain {
	/** Per account, the last transaction being sent (see `submit`). */
	private readonly sending = new Map<string, Promise<void>>();

	private constructor(readonly api: ApiPromise, readonly url: string) {}

	static async connect(url: string): Promise<Chain> {
		const provider = new WsProvider(url, 2500);
		const signedExtensions = await extensionsOf(provider);
		const api = await ApiPromise.create({ provider, signedExtensions, noInitWarn: true });
		return new Chain(api, url);
	}

	disconnect(): Promise<void> {
		return this.api.disconnect();
	}

	async finalizedHead(): Promise<{ hash: string; number: number }> {
		const hash = await this.api.rpc.chain.getFinalizedHead();
		const header = await this.api.rpc.chain.getHeader(hash);
		return { hash: hash.toHex(), number: header.number.toNumber() };
	}

	private async at(block?: string) {
		return block ? this.api.at(block) : this.api;
	}

	// --- Runtime APIs -------------------------------------------------------------------

	async identity(who: string, block?: string): Promise<Identity | null> {
		const api = await this.at(block);
		const answer = await api.call.registryApi.identity(who);
		if (answer.isNone) return null;
		const j = answer.unwrap().toJSON() as J;
		const [role, kind] = variant(j.role);
		return {
			account: who,
			role: (role.toLowerCase() === 'organisation' ? `Organisation:${String(kind)}` : up(role)) as Role,
			encryptionKey: j.encryptionKey ? noPrefix(String(j.encryptionKey)) : null,
			name: asText(j.name),
			gatekeeper: asText(j.gatekeeper),
		};
	}

	async accountByName(name: string): Promise<string | null> {
		const answer = await this.api.call.registryApi.accountByName(name);
		return answer.isSome ? answer.unwrap().toString() : null;
	}

	async decide(viewer: string, patient: string, provider: string, category: Category, purpose: Purpose, block?: string): Promise<Decision> {
		const api = await this.at(block);
		const d = (await api.call.accessApi.decide(viewer, patient, provider, category, purpose)).toJSON() as J;
		if ('allow' in d) {
			const a = d.allow as J;
			return { allow: true, basis: JSON.stringify(a.basis), expires: a.expires == null ? null : asNumber(a.expires) };
		}
		return { allow: false, reason: String(d.deny) };
	}

	async relationships(patient: string, block?: string): Promise<Relationship[]> {
		const api = await this.at(block);
		const list = (await api.call.accessApi.relationships(patient)).toJSON() as J[];
		return list.map((r) => ({
			id: asNumber(r.id),
			patient: String(r.patient),
			provider: String(r.provider),
			state: up(String(r.state)) as Relationship['state'],
			pointers: (r.pointers as J[]).map((p): Pointer => ({
				recordSet: asNumber(p.recordSet),
				category: toCategory(p.category),
				digest: noPrefix(String(p.digest)),
				updatedAt: asNumber(p.updatedAt),
			})),
			status: asNumber(r.status),
		}));
	}

	async grants(patient: string): Promise<Grant[]> {
		const list = (await this.api.call.accessApi.grants(patient)).toJSON() as J[];
		return list.map((g) => ({
			id: asNumber(g.id),
			viewer: toViewer(g.viewer),
			scope: toScope(g.scope),
			categories: bitsToCategories(asNumber(g.categories)),
			purpose: toPurpose(g.purpose),
			notBefore: asNumber(g.notBefore),
			expires: asNumber(g.expires),
			grantedBy: String(g.grantedBy),
		}));
	}

	async proxies(patient: string): Promise<Proxy[]> {
		const list = (await this.api.call.accessApi.proxies(patient)).toJSON() as J[];
		return list.map((p) => ({ who: String(p.who), categories: bitsToCategories(asNumber(p.categories)), expires: asNumber(p.expires) }));
	}

	async requests(patient: string): Promise<AccessRequest[]> {
		const list = (await this.api.call.accessApi.requests(patient)).toJSON() as J[];
		return list.map((r) => ({
			id: asNumber(r.id),
			requester: String(r.requester),
			scope: toScope(r.scope),
			categories: bitsToCategories(asNumber(r.categories)),
			purpose: toPurpose(r.purpose),
			duration: asNumber(r.duration),
		}));
	}

	async notifications(patient: string): Promise<Notification[]> {
		const list = (await this.api.call.accessApi.notifications(patient)).toJSON() as [unknown, unknown][];
		return list.map(([subject, flags]) => ({ subject: toSubject(subject), flags: asNumber(flags) }));
	}

	// --- Storage the runtime APIs do not show -------------------------------------------

	async groups(patient: string): Promise<Group[]> {
		const list = (await this.api.query.relationships.patientToGroups(patient)).toJSON() as J[];
		return list.map((g) => ({ id: asNumber(g.id), members: (g.members as unknown[]).map(String) }));
	}

	async breakGlass(patient: string): Promise<boolean> {
		const v = await this.api.query.relationships.patientToBreakGlass(patient);
		return (v as unknown as { isSome: boolean }).isSome;
	}

	async deadManSwitch(patient: string): Promise<DeadManSwitch | null> {
		const v = (await this.api.query.relationships.patientToDeadMan(patient)).toJSON() as J | null;
		if (!v) return null;
		return {
			timeout: asNumber(v.timeout),
			lastCheckIn: asNumber(v.lastCheckIn),
			beneficiaries: (v.beneficiaries as unknown[]).map(String),
			categories: bitsToCategories(asNumber(v.categories)),
		};
	}

	async emergencyAccesses(patient: string): Promise<EmergencyAccess[]> {
		const list = (await this.api.query.relationships.patientToEmergencyAccesses(patient)).toJSON() as J[];
		return list.map((e) => ({ provider: String(e.provider), expires: asNumber(e.expires) }));
	}

	/** The relationships `provider` holds, with their patients (a scan of the relationships:
	 * no runtime API answers it yet, see apps/NEEDS.md). */
	async relationshipsOfProvider(provider: string): Promise<{ id: number; patient: string; state: Relationship['state'] }[]> {
		const entries = await this.api.query.relationships.idToRelationship.entries();
		return entries
			.map(([key, value]) => ({ id: asNumber(key.args[0]!.toJSON()), r: value.toJSON() as J | null }))
			.filter(({ r }) => r && String(r.provider) === provider)
			.map(({ id, r }) => ({ id, patient: String(r!.patient), state: up(String(r!.state)) as Relationship['state'] }));
	}

	/** Every grant naming `viewer`, directly or through a group it is in, with its patient. */
	async grantsTo(viewer: string): Promise<{ patient: string; grant: Grant }[]> {
		const groups = await this.api.query.relationships.patientToGroups.entries();
		const inGroup = new Set<string>();
		for (const [key, value] of groups) {
			for (const g of value.toJSON() as J[]) {
				if ((g.members as unknown[]).map(String).includes(viewer)) inGroup.add(`${key.args[0]!.toString()}/${asNumber(g.id)}`);
			}
		}
		const out: { patient: string; grant: Grant }[] = [];
		for (const [key] of await this.api.query.relationships.patientToGrants.entries()) {
			const patient = key.args[0]!.toString();
			for (const grant of await this.grants(patient)) {
				const v = grant.viewer;
				if (('account' in v && v.account === viewer) || ('group' in v && inGroup.has(`${patient}/${v.group}`))) out.push({ patient, grant });
			}
		}
		return out;
	}

	/** Every registered provider and organisation with its profile. */
	async members(): Promise<Identity[]> {
		const entries = await this.api.query.registrar.accountToProfile.entries();
		const out: Identity[] = [];
		for (const [key] of entries) {
			const who = key.args[0]!.toString();
			const id = await this.identity(who);
			if (id) out.push(id);
		}
		return out.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
	}

	async consortium(): Promise<{ members: string[]; validators: string[]; proposals: ProposalView[]; sessionLength: number }> {
		const members = ((await this.api.query.consortium.members()).toJSON() as unknown[]).map(String);
		const validators = ((await this.api.query.session.validators()).toJSON() as unknown[]).map(String);
		const sessionLength = asNumber((await this.api.query.consortium.sessionLengthBlocks()).toJSON());
		const entries = await this.api.query.consortium.proposals.entries();
		const proposals = entries.map(([key, value]): ProposalView => {
			const p = (value as unknown as { unwrap(): { toJSON(): unknown } }).unwrap().toJSON() as J;
			const [kind, body] = variant(p.action);
			const b = (body ?? {}) as J;
			return {
				index: asNumber(key.args[0]!.toJSON()),
				proposer: String(p.proposer),
				kind: up(kind),
				subject: b.candidate ? String(b.candidate) : b.member ? String(b.member) : null,
				name: b.name ? asText(b.name) : null,
				study: kind.toLowerCase() === 'study' ? asNumber(b.study) : null,
				ayes: (p.ayes as unknown[]).map(String),
				nays: (p.nays as unknown[]).map(String),
				expires: asNumber(p.expires),
			};
		});
		return { members, validators, proposals: proposals.sort((a, b) => a.index - b.index), sessionLength };
	}

	// --- Research (ResearchApi) ----------------------------------------------------------

	async study(id: number, block?: string): Promise<Study | null> {
		const api = await this.at(block);
		const answer = await api.call.researchApi.study(id);
		return answer.isSome ? toStudy(id, answer.unwrap().toJSON() as J) : null;
	}

	/** Up to `limit` studies from id `from` on, in id order. */
	async studies(from = 0, limit = 100, block?: string): Promise<Study[]> {
		const api = await this.at(block);
		const list = (await api.call.researchApi.studies(from, limit)).toJSON() as [unknown, J][];
		return list.map(([id, s]) => toStudy(asNumber(id), s));
	}

	/** Every study, paging through `studies`. */
	async allStudies(block?: string): Promise<Study[]> {
		const out: Study[] = [];
		for (let from = 0; ;) {
			const page = await this.studies(from, 100, block);
			out.push(...page);
			if (page.length < 100) return out;
			from = page[page.length - 1]!.id + 1;
		}
	}

	/** A study's authorized queries, oldest first. */
	async queries(study: number, block?: string): Promise<QueryRecord[]> {
		const api = await this.at(block);
		const list = (await api.call.researchApi.queries(study)).toJSON() as [unknown, J][];
		return list.map(([id, r]) => toQueryRecord(asNumber(id), r));
	}

	async query(study: number, id: number, block?: string): Promise<QueryRecord | null> {
		const api = await this.at(block);
		const answer = await api.call.researchApi.query(study, id);
		return answer.isSome ? toQueryRecord(id, answer.unwrap().toJSON() as J) : null;
	}

	/** The patients homed at `site` counted in `study`, one page (see `ResearchApi::cohort`). */
	async cohort(study: number, site: string, after: string | null, limit: number, block?: string): Promise<{ members: string[]; next: string | null }> {
		const api = await this.at(block);
		const [members, next] = (await api.call.researchApi.cohort(study, site, after, limit)).toJSON() as [unknown[], unknown];
		return { members: members.map(String), next: next == null ? null : String(next) };
	}

	async researchConsent(patient: string, block?: string): Promise<ResearchConsent | null> {
		const api = await this.at(block);
		const answer = await api.call.researchApi.consent(patient);
		return answer.isSome ? toConsent(answer.unwrap().toJSON() as J) : null;
	}

	/** `patient`'s per-study choices under their current consent. */
	async choices(patient: string, block?: string): Promise<Map<number, Choice>> {
		const api = await this.at(block);
		const list = (await api.call.researchApi.choices(patient)).toJSON() as [unknown, unknown][];
		return new Map(list.map(([id, c]) => [asNumber(id), toChoice(c)]));
	}

	/** The providers with a gatekeeper, and its URL. */
	async sites(block?: string): Promise<{ account: string; url: string }[]> {
		const api = await this.at(block);
		const list = (await api.call.researchApi.sites()).toJSON() as [unknown, unknown][];
		return list.map(([a, u]) => ({ account: String(a), url: asText(u) ?? '' }));
	}

	/** Whether `patient` is counted in `study` at this block, and why (not). */
	async eligibility(patient: string, study: number, block?: string): Promise<Eligibility> {
		const api = await this.at(block);
		return toEligibility((await api.call.researchApi.eligibility(patient, study)).toJSON());
	}

	// --- Transactions -------------------------------------------------------------------

	get tx() {
		const t = this.api.tx;
		return {
			setEncryptionKey: (key: Uint8Array) => t.registrar.setEncryptionKey(key),
			openRelationship: (patient: string) => t.relationships.openRelationship(patient),
			acceptRelationship: (id: number) => t.relationships.acceptRelationship(id),
			rejectRelationship: (id: number) => t.relationships.rejectRelationship(id),
			endRelationship: (id: number) => t.relationships.endRelationship(id),
			grant: (patient: string, viewer: Viewer, scope: Scope, categories: Category[], purpose: Purpose, notBefore: number, expires: number) =>
				t.relationships.grant(patient, viewerArg(viewer), scopeArg(scope), categoriesToBits(categories), purpose, notBefore, expires),
			revoke: (patient: string, grant: number) => t.relationships.revoke(patient, grant),
			createGroup: (patient: string, members: string[]) => t.relationships.createGroup(patient, members),
			addGroupMember: (patient: string, group: number, member: string) => t.relationships.addGroupMember(patient, group, member),
			removeGroupMember: (patient: string, group: number, member: string) => t.relationships.removeGroupMember(patient, group, member),
			removeGroup: (patient: string, group: number) => t.relationships.removeGroup(patient, group),
			addProxy: (proxy: string, categories: Category[], expires: number) => t.relationships.addProxy(proxy, categoriesToBits(categories), expires),
			removeProxy: (patient: string, proxy: string) => t.relationships.removeProxy(patient, proxy),
			setBreakGlass: (enabled: boolean) => t.relationships.setBreakGlass(enabled),
			breakGlass: (patient: string, justification: string) => t.relationships.breakGlass(patient, justification),
			setDeadManSwitch: (timeout: number, beneficiaries: string[], categories: Category[]) =>
				t.relationships.setDeadManSwitch(timeout, beneficiaries, categoriesToBits(categories)),
			checkIn: () => t.relationships.checkIn(),
			clearDeadManSwitch: () => t.relationships.clearDeadManSwitch(),
			requestAccess: (patient: string, scope: Scope, categories: Category[], purpose: Purpose, duration: number) =>
				t.relationships.requestAccess(patient, scopeArg(scope), categoriesToBits(categories), purpose, duration),
			approveRequest: (patient: string, id: number) => t.relationships.approveRequest(patient, id),
			declineRequest: (patient: string, id: number) => t.relationships.declineRequest(patient, id),
			acknowledge: (patient: string, subject: Subject, flags: number) => t.summary.acknowledge(patient, subjectArg(subject), flags),
			vote: (index: number, aye: boolean) => t.consortium.vote(index, aye),
			setConsent: (patient: string, terms: ConsentTerms) => t.research.setConsent(patient, consentArg(terms)),
			withdrawConsent: (patient: string) => t.research.withdrawConsent(patient),
			choose: (patient: string, study: number, choice: Choice) => t.research.choose(patient, study, choiceArg(choice)),
			registerStudy: (terms: StudyTerms) => t.research.registerStudy(studyTermsArg(terms)),
			withdrawStudy: (study: number) => t.research.withdrawStudy(study),
			closeStudy: (study: number) => t.research.closeStudy(study),
			/** `query` must be canonical: pass it through `canonicalQuery` first. */
			authorizeQuery: (study: number, query: Query) => t.research.authorizeQuery(study, queryArg(query)),
		};
	}

	/** Signs and submits `tx`, resolving once a finalized block holds it; rejects if the pool
	 * refuses it or it fails in its block (with the pallet's error name). */
	submit(tx: SubmittableExtrinsic<'promise'>, by: TxSigner, progress: TxProgress = {}): Promise<Included> {
		return new Promise((resolve, reject) => {
			let inBlock: Included | null = null;
			const onStatus = (result: import('@polkadot/types/types').ISubmittableResult): void => {
				const { status, dispatchError } = result;
				if (dispatchError) {
					let error = new TxError('The network did not accept this, so nothing was changed.', null, null, dispatchError.toString());
					if (dispatchError.isModule) {
						const m = this.api.registry.findMetaError(dispatchError.asModule);
						const detail = moduleErrorDetail(m.section, m.name, dispatchError.asModule.error.toU8a());
						error = new TxError(`${txErrorText(m.section, m.name)}${detail}`, m.section, m.name, `${m.section}.${m.name}: ${m.docs.join(' ')}${detail}`);
					}
					console.warn(`transaction refused: ${error.detail}`);
					reject(error);
					unsubscribe?.();
					return;
				}
				if (status.isInBlock && !inBlock) {
					const hash = status.asInBlock.toHex();
					void this.api.rpc.chain.getHeader(hash).then((h) => {
						inBlock = { blockHash: hash, blockNumber: h.number.toNumber() };
						progress.onInBlock?.(inBlock);
					});
				}
				if (status.isFinalized) {
					const hash = status.asFinalized.toHex();
					void this.api.rpc.chain.getHeader(hash).then((h) => {
						const blockNumber = h.number.toNumber();
						resolve({ blockHash: hash, blockNumber, events: result.events.map(({ event }) => toChainEvent(event, blockNumber, hash)) });
					});
					unsubscribe?.();
				}
				if (status.isDropped || status.isInvalid || status.isUsurped) {
					reject(new TxError('The network dropped this before recording it, so nothing was changed. Try again.', null, null, `the transaction was ${status.type.toLowerCase()}`));
					unsubscribe?.();
				}
			};
			let unsubscribe: (() => void) | undefined;
			// One account's transactions are sent one after another: each takes its nonce from
			// the node (`nonce: -1`, which counts what the pool holds), so two sent at once (the
			// app setting up secure delivery while the person clicks) would take the same one
			// and the second be refused. The wait is only until the previous one is in the pool.
			const address = 'pair' in by ? by.pair.address : by.address;
			const send = () => ('pair' in by
				? tx.signAndSend(by.pair, { nonce: -1 }, onStatus)
				: tx.signAndSend(by.address, { nonce: -1, signer: by.signer }, onStatus));
			// Another process may sign with the same account (a provider's gatekeeper sends its
			// pointer updates with the provider's key) and take the nonce first: the pool then
			// refuses ours as stale or as a replacement of too low a priority. That is a race,
			// not a refusal: ask the node for the next nonce again, a few times.
			const attempt = async (left: number): Promise<() => void> => {
				try {
					return await send();
				} catch (e) {
					if (left === 0 || !NONCE_RACE.test((e as Error).message)) throw e;
					await new Promise((r) => setTimeout(r, 1500));
					return attempt(left - 1);
				}
			};
			const sent = (this.sending.get(address) ?? Promise.resolve()).then(() => attempt(3));
			this.sending.set(address, sent.then(() => undefined, () => undefined));
			sent.then((u) => { unsubscribe = u; }, (e: Error) => {
				console.warn(`transaction refused by the pool: ${e.message}`);
				reject(new TxError(explainPoolError(e.message), null, null, e.message));
			});
		});
	}

	// --- Events -------------------------------------------------------------------------

	async eventsAt(blockHash: string, number?: number): Promise<ChainEvent[]> {
		const block = number ?? (await this.api.rpc.chain.getHeader(blockHash)).number.toNumber();
		// Decoded with the current metadata: MedRec has one runtime version per network so far;
		// `api.at` would fetch the runtime version for every block scanned.
		const records = await this.api.query.system.events.at(blockHash);
		return records.map(({ event }) => toChainEvent(event, block, blockHash));
	}

	/** The block's timestamp (ms), from pallet_timestamp. */
	async timeAt(blockHash: string): Promise<number> {
		return (await this.api.query.timestamp.now.at(blockHash)).toNumber();
	}

	/** Calls `onEvents` with every finalized block's events in order (none skipped, even when
	 * GRANDPA finalizes several at once), from the next finalized block on. */
	async followFinalized(onEvents: (events: ChainEvent[], block: number) => void): Promise<() => void> {
		let next = -1;
		let chain = Promise.resolve();
		const unsub = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
			const number = header.number.toNumber();
			chain = chain.then(async () => {
				if (next < 0) next = number;
				for (; next <= number; next++) {
					const hash = (await this.api.rpc.chain.getBlockHash(next)).toHex();
					onEvents(await this.eventsAt(hash, next), next);
				}
			}).catch(() => undefined);
		});
		return unsub;
	}

	/** Calls `onEvents` with the events of each new best block: what is not final yet. */
	async followBest(onEvents: (events: ChainEvent[], block: number) => void): Promise<() => void> {
		return this.api.rpc.chain.subscribeNewHeads((header) => {
			void this.eventsAt(header.hash.toHex(), header.number.toNumber()).then((ev) => onEvents(ev, header.number.toNumber()), () => undefined);
		});
	}

	/** The events of the last `blocks` finalized blocks that match `keep`, oldest first. */
	async recentEvents(blocks: number, keep: (e: ChainEvent) => boolean): Promise<ChainEvent[]> {
		const head = await this.finalizedHead();
		const from = Math.max(1, head.number - blocks + 1);
		const numbers = Array.from({ length: head.number - from + 1 }, (_, i) => from + i);
		const out: ChainEvent[] = [];
		// A few in flight at once: one WebSocket, but the node answers them in parallel.
		for (let i = 0; i < numbers.length; i += 16) {
			const batch = await Promise.all(numbers.slice(i, i + 16).map(async (n) => this.eventsAt((await this.api.rpc.chain.getBlockHash(n)).toHex(), n)));
			for (const events of batch) out.push(...events.filter(keep));
		}
		return out;
	}
}

export interface ProposalView {
	index: number;
	proposer: string;
	kind: string;
	subject: string | null;
	name: string | null;
	/** The study an `Action::Study` proposal would approve. */
	study: number | null;
	ayes: string[];
	nays: string[];
	expires: number;
}

function camel(s: string): string {
	return s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toChainEvent(event: import('@polkadot/types/interfaces').Event, block: number, blockHash: string): ChainEvent {
	const values = event.data.toJSON() as unknown[];
	const data: Record<string, unknown> = {};
	event.meta.fields.forEach((f, i) => { data[f.name.isSome ? camel(f.name.unwrap().toString()) : String(i)] = values[i]; });
	return { section: event.section, method: event.method, data, block, blockHash };
}

/** What a module error's fields say, for the errors that carry one (`error` is the variant
 * index followed by its SCALE-encoded fields). */
export function moduleErrorDetail(section: string, name: string, error: Uint8Array): string {
	if (section === 'research' && name === 'InvalidQuery') return ` (${QUERY_PROBLEM_TEXT[error[1] ?? 0] ?? `problem ${error[1]}`})`;
	if (section === 'research' && name === 'BudgetExceeded') return ` (${epsilonText((error[1] ?? 0) | ((error[2] ?? 0) << 8))} ε left)`;
	return '';
}

function toSubject(v: unknown): Subject {
	const [k, val] = variant(v);
	switch (k.toLowerCase()) {
		case 'relationship': return { relationship: asNumber(val) };
		case 'study': return { study: asNumber(val) };
		default: return 'patient';
	}
}

function viewerArg(v: Viewer): { Account: string } | { Group: number } {
	return 'account' in v ? { Account: v.account } : { Group: v.group };
}

function scopeArg(s: Scope): { Relationship: number } | 'AllRelationships' {
	return s === 'all' ? 'AllRelationships' : { Relationship: s.relationship };
}

function subjectArg(s: Subject): { Relationship: number } | { Study: number } | 'Patient' {
	if (s === 'patient') return 'Patient';
	return 'study' in s ? { Study: s.study } : { Relationship: s.relationship };
}

/** The pool's answers when another sender took this account's nonce first. */
const NONCE_RACE = /Stale|Priority is too low|already imported/i;

/** The pool's refusal codes, in words (pallets/registrar/src/extension.rs). */
export function explainPoolError(message: string): string {
	if (/Custom error: 100|Custom\(100\)/.test(message)) return 'This account is not on MedRec yet: a provider adds it first, by opening a relationship with it.';
	if (/Custom error: 101|Custom\(101\)/.test(message)) return 'This account has made as many changes as it may this minute. Try again shortly.';
	if (/Stale|Future|Priority is too low|already imported/i.test(message)) return 'Another change from this account was being sent at the same time. Try again.';
	return 'The network refused this, so nothing was changed.';
}

export { PURPOSE_NAMES };

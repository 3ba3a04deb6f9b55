// What people read when the network or a gatekeeper says no. The chain, the pool and the
// gatekeepers explain themselves to developers (pallet error names, deny reasons, accounts,
// block numbers); the apps show these sentences instead, each saying what happened and what the
// person can do, and leave the developers' text to the browser's console.

import { GatekeeperError } from './gatekeeper.js';
import { AnswerFormatError } from './answers.js';
import { SealError } from './seal.js';
import { bitsToCategories, type Category } from './types.js';

/** Why a read of records gave nothing. The chain's deny reasons (`DenyReason` in
 * primitives/src/lib.rs) keep their names; the rest are the gatekeeper's and the network's. */
export type ReadRefusal =
	| 'NoGrant'
	| 'CategoryNotGranted'
	| 'PurposeNotGranted'
	| 'NotYetValid'
	| 'Expired'
	| 'NoRelationship'
	| 'RelationshipNotActive'
	| 'UnknownPatient'
	| 'UnknownProvider'
	| 'NoEncryptionKey'
	| 'NotFinal'
	| 'NotFound'
	| 'Unreachable'
	| 'Unreadable'
	| 'Other';

const DENY_REASONS = [
	'NoGrant',
	'CategoryNotGranted',
	'PurposeNotGranted',
	'NotYetValid',
	'Expired',
	'NoRelationship',
	'RelationshipNotActive',
	'UnknownPatient',
	'UnknownProvider',
] as const;

/** The refusals the patient can lift by sharing: the reader is offered to ask for access. */
export const ASKABLE: readonly ReadRefusal[] = ['NoGrant', 'CategoryNotGranted', 'PurposeNotGranted', 'Expired'];

/** Classifies what a gatekeeper read threw. The gatekeeper's 403 names the chain's reason in
 * parentheses ("… (NoGrant) for treatment …"); a reader without a published key is refused
 * before any record is sealed; 503 is a decision still waiting for finality. */
export function readRefusal(e: unknown): ReadRefusal {
	if (e instanceof GatekeeperError) {
		if (e.status === 404) return 'NotFound';
		if (e.status === 503) return 'NotFinal';
		const named = /\(([A-Za-z]+)\)/.exec(e.message)?.[1];
		const reason = DENY_REASONS.find((r) => r === named);
		if (reason) return reason;
		if (/published no X25519 key/.test(e.message)) return 'NoEncryptionKey';
		return 'Other';
	}
	if (e instanceof SealError || e instanceof AnswerFormatError || e instanceof SyntaxError) return 'Unreadable';
	// A fetch that never reached the gatekeeper (network, CORS) is a TypeError in browsers.
	if (e instanceof TypeError) return 'Unreachable';
	return 'Other';
}

export interface Words {
	/** What happened, in a sentence. */
	what: string;
	/** What the person can do about it, when there is something. */
	next: string | null;
}

/** A refused read in words. `holder` is the provider whose gatekeeper was asked, by name;
 * `self` is true when patients read their own records. */
export function readRefusalText(reason: ReadRefusal, ctx: { holder: string; self: boolean; purpose?: string }): Words {
	const { holder } = ctx;
	if (ctx.self) {
		switch (reason) {
			case 'NoEncryptionKey':
				return { what: 'Your account is being set up to receive your records securely.', next: 'They appear here in a few seconds.' };
			case 'NotFinal':
				return { what: 'A change you just made is still being confirmed.', next: 'Your records appear here in a few seconds.' };
			case 'NotFound':
				return { what: `${holder} holds no records for you yet.`, next: null };
			case 'NoRelationship':
			case 'RelationshipNotActive':
				return { what: `${holder} is not one of your active providers.`, next: 'Accept it under Providers to see what it holds.' };
			case 'Unreachable':
				return { what: `${holder}'s records service cannot be reached right now.`, next: 'Try again later.' };
			case 'Unreadable':
				return { what: `What ${holder} sent could not be opened or checked.`, next: `Do not rely on it; tell ${holder}.` };
			default:
				return { what: `${holder} did not send your records.`, next: 'Try again later.' };
		}
	}
	switch (reason) {
		case 'NoGrant':
			return { what: 'The patient has not shared these records with you.', next: 'Ask the patient for access.' };
		case 'CategoryNotGranted':
			return { what: 'The patient shared other kinds of records with you, not these.', next: 'Ask the patient for the ones you need.' };
		case 'PurposeNotGranted':
			return {
				what: `The patient shared these records with you for another purpose than ${(ctx.purpose ?? 'this one').toLowerCase()}.`,
				next: 'Choose the purpose they shared them for, or ask the patient for access.',
			};
		case 'NotYetValid':
			return { what: "The patient's permission to read these records has not started yet.", next: 'Read again once it starts.' };
		case 'Expired':
			return { what: "The patient's permission to read these records has ended.", next: 'Ask the patient to share them again.' };
		case 'NoRelationship':
		case 'NotFound':
			return { what: `${holder} holds no records for this patient.`, next: null };
		case 'RelationshipNotActive':
			return { what: `The patient has not accepted ${holder} as a provider, or has ended that relationship.`, next: null };
		case 'UnknownPatient':
			return { what: 'This account is not a patient on MedRec.', next: 'Check the account code with the patient.' };
		case 'UnknownProvider':
			return { what: `${holder} is no longer a provider on MedRec.`, next: null };
		case 'NoEncryptionKey':
			return { what: 'Your account is still being set up to receive records securely.', next: 'Read again in a few seconds.' };
		case 'NotFinal':
			return { what: 'A change was made a moment ago and is still being confirmed.', next: 'Read again in a few seconds.' };
		case 'Unreachable':
			return { what: `${holder}'s records service cannot be reached right now.`, next: 'Try again later.' };
		case 'Unreadable':
			return { what: `What ${holder} sent could not be opened or checked.`, next: `Do not rely on it; tell ${holder}.` };
		case 'Other':
			return { what: `${holder} did not send these records.`, next: 'Try again later.' };
	}
}

/** A refused transaction in words, by the pallet and error the chain named. Every error of
 * MedRec's own pallets that a person can cause from the apps has its sentence; anything else is
 * said as a refusal that changed nothing. */
export function txErrorText(section: string, name: string): string {
	return TX_ERRORS[`${section}.${name}`] ?? GENERIC[name] ?? 'The network did not accept this, so nothing was changed.';
}

// Errors whose meaning is the same in every pallet.
const GENERIC: Record<string, string> = {
	NotAuthorized: 'Your account may not do this.',
	NotFound: 'This no longer exists: it may have just been removed. Reload the page.',
	WrongState: 'This has already changed: reload the page to see where it stands.',
	AlreadyExists: 'This already exists.',
	NotAPatient: 'This account belongs to a provider or an organisation, not a patient.',
	NotAProvider: 'This account is not a provider on MedRec.',
	NotAMember: 'This account is not a member of the MedRec network.',
	InvalidCategories: 'Choose at least one kind of record.',
};

const TX_ERRORS: Record<string, string> = {
	'relationships.AlreadyExists': 'This patient is already on your list.',
	'relationships.BadJustification': 'Write a reason for emergency access (a few words, at most a few lines).',
	'relationships.BreakGlassDisabled':
		'This patient has not allowed emergency access. Treat with what you know, or ask the patient or their proxy to share.',
	'relationships.Expired': 'This has expired.',
	'relationships.GroupInUse': 'This group is still named in a share: stop that share first.',
	'relationships.OutsideProxyScope': 'As a proxy you may not do this for this patient.',
	'relationships.SelfReference': 'You cannot name yourself here.',
	'relationships.TimeoutTooShort': 'Choose a longer time before this takes effect.',
	'relationships.TooManyBeneficiaries': 'Too many people are named: remove one first.',
	'relationships.TooManyEmergencyAccesses': 'Too many emergency accesses are in force for this patient right now.',
	'relationships.TooManyGrants': 'You have reached the limit of shares: stop one first.',
	'relationships.TooManyGroupMembers': 'This group is full: remove a member first.',
	'relationships.TooManyGroups': 'You have reached the limit of groups: remove one first.',
	'relationships.TooManyPointers': 'This relationship holds as many kinds of records as it can.',
	'relationships.TooManyProxies': 'You have reached the limit of proxies: remove one first.',
	'relationships.TooManyRelationships': 'This account has reached the limit of providers.',
	'relationships.TooManyRequests': 'Too many requests are waiting for this patient: try again once they have answered.',
	'registrar.BadSignature': 'The signature does not match this account.',
	'registrar.EmptyName': 'Enter a name.',
	'registrar.EthAddressAlreadyLinked': 'This account is already linked to an Ethereum address.',
	'registrar.EthAddressTaken': 'This Ethereum address is already linked to another account.',
	'registrar.GatekeeperRequired': 'A provider needs the address of its records service.',
	'registrar.InvalidUrl': 'This address is not a valid https link.',
	'registrar.NameTaken': 'This name is already taken.',
	'registrar.NameTooLong': 'This name is too long.',
	'registrar.UrlTooLong': 'This address is too long.',
	'summary.InvalidFlags': 'Nothing here to mark as seen.',
	'research.NoConsent': 'This patient has not agreed to take part in research studies.',
	'research.NoActiveRelationship': 'This patient has no active provider to answer for them.',
	'research.NotAResearcher': 'Only a research organisation may do this.',
	'research.StudyNotActive': 'This study is not running.',
	'research.StudyNotApproved': 'This study has not been approved yet.',
	'research.TooManyPendingStudies': 'Too many studies are waiting for approval: try again later.',
	'research.BudgetExceeded': "This query would use more of the study's privacy budget than is left.",
	'research.CellCountTooLow': 'This query would show groups too small to keep patients anonymous.',
	'research.EpsilonTooLow': 'The privacy setting is below what the network allows.',
	'research.EpsilonAboveQueryMax': 'The privacy setting is above what one query may use.',
	'research.InvalidQuery': 'This query is not valid.',
	'research.QueryOutsideStudyCategories': "This query reads kinds of records outside the study's.",
	'research.CategoriesNotCovered': "The study's kinds of records are not all covered.",
	'research.InvalidTerms': "The study's terms are not valid.",
	'research.InvalidWindow': "The study's dates are not valid.",
	'research.InvalidBudget': "The study's privacy budget is not valid.",
	'consortium.AlreadyMember': 'This account is already a member.',
	'consortium.TooFewMembers': 'The network needs more members than that.',
	'consortium.TooManyMembers': 'The network has as many members as it can.',
	'consortium.TooManyProposals': 'Too many proposals are open: wait for one to close.',
	'consortium.Expired': 'This proposal has expired.',
	'consortium.CallNotAllowed': 'Members may not vote on this kind of change.',
	'consortium.KeysInUse': 'These validator keys are already in use.',
	'consortium.NameTooLong': 'This name is too long.',
	'consortium.UrlTooLong': 'This address is too long.',
	'consortium.BadProof': "The validator keys' proof of ownership does not check out.",
	'consortium.ProofTooLong': "The validator keys' proof of ownership is too long.",
	'consortium.CallTooLong': 'This proposal is too large.',
	'consortium.CallTooHeavy': 'This proposal would take too long to carry out in one block.',
	'consortium.ZeroSessionLength': 'A session must last at least one block.',
};

/** One entry of a gatekeeper's audit log (`AuditEntry`), said to the patient it is about. */
export interface AuditWords {
	/** What was read: "your medications and allergies". */
	what: string;
	/** "Allowed", "Partly allowed…" or "Refused: …". */
	outcome: string;
	tone: 'ok' | 'partial' | 'refused';
	/** Why it was allowed, when it was: "they keep these records", "you shared them". */
	why: string | null;
}

/** Each category as a patient would name it, after "your". */
export const CATEGORY_WORDS: Record<Category, string> = {
	Demographics: 'personal details', Conditions: 'conditions', Medications: 'medications', Allergies: 'allergies',
	Immunizations: 'immunizations', Observations: 'measurements and test results', Procedures: 'procedures',
	Encounters: 'visits', ClinicalNotes: 'clinical notes', Imaging: 'imaging', MentalHealth: 'mental health records',
	SubstanceUse: 'substance use records', SexualReproductiveHealth: 'sexual and reproductive health records',
};

const REFUSED_BECAUSE: Record<string, string> = {
	NoGrant: 'you had not shared these with them',
	CategoryNotGranted: 'you had shared other kinds of records with them, not these',
	PurposeNotGranted: 'you had shared these with them for another purpose',
	NotYetValid: 'your permission had not started yet',
	Expired: 'your permission had ended',
	NoRelationship: 'they are not one of your providers',
	RelationshipNotActive: 'their relationship with you was not active',
	UnknownPatient: 'your account was not found',
	UnknownProvider: 'they are not a provider on MedRec',
	'not final yet': 'a change was still being confirmed',
	'no encryption key': 'their account was not set up to receive records',
	'not the patient': 'only you may see this',
};

const ALLOWED_BECAUSE: Record<string, string> = {
	patient: 'you are the patient',
	'record-holder': 'they keep these records',
	emergency: 'emergency access',
	'dead-man-switch': 'your "if I stop checking in" arrangement',
};

/** Lists words as people do: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function auditWords(entry: { action: string; outcome: string; basis: string | null; categories: string }): AuditWords {
	const categories = entry.categories.split(',').map((c) => c.trim()).filter(Boolean);
	const what = categories.includes('Audit') || /\/audit\b/.test(entry.action)
		? 'the list of who has read your records'
		: categories.length === 0 ? 'your records' : `your ${listWords(categories.map((c) => CATEGORY_WORDS[c as Category] ?? c.toLowerCase()))}`;
	if (entry.outcome.startsWith('denied')) {
		const reason = entry.outcome.replace(/^denied:\s*/, '');
		return { what, outcome: `Refused: ${REFUSED_BECAUSE[reason] ?? 'the network did not allow it'}`, tone: 'refused', why: null };
	}
	const why = (entry.basis ?? '').split(',').map((b) => b.trim()).filter(Boolean)
		.map((b) => (b.startsWith('grant:') ? 'you shared them' : ALLOWED_BECAUSE[b] ?? null))
		.filter((b): b is string => b !== null);
	const because = why.length ? listWords([...new Set(why)]) : null;
	if (entry.outcome === 'partial') return { what, outcome: 'Partly allowed: the rest was withheld', tone: 'partial', why: because };
	return { what, outcome: 'Allowed', tone: 'ok', why: because };
}

/** What an event of the chain about a patient means to them, or null for events that are not
 * news to them (a notification raised or acknowledged: the notification itself is shown). An
 * event this does not know is null too: never shown as a pallet's event name. */
export function eventWords(
	e: { section: string; method: string; data: Record<string, unknown> },
	ctx: { me: string; name: (account: string) => string; holderOf: (relationship: number) => string },
): string | null {
	const d = e.data;
	const who = (a: unknown): string => (String(a) === ctx.me ? 'You' : ctx.name(String(a)));
	const holder = (): string => ctx.holderOf(Number(d.relationship));
	const byMe = String(d.by ?? '') === ctx.me;
	const cats = (bits: unknown): string => listWords(categoryNames(Number(bits)));
	switch (`${e.section}.${e.method}`) {
		case 'relationships.RelationshipOpened': return `${ctx.name(String(d.provider))} added you as their patient`;
		case 'relationships.RelationshipAccepted': return byMe ? `You accepted ${holder()} as your provider` : `${who(d.by)} accepted ${holder()} for you`;
		case 'relationships.RelationshipRejected': return byMe ? `You turned down ${holder()}` : `${who(d.by)} turned down ${holder()} for you`;
		case 'relationships.RelationshipEnded': return byMe ? `You ended your relationship with ${holder()}` : `${who(d.by)} ended the relationship with ${holder()}`;
		case 'relationships.PointerUpdated': return `New ${CATEGORY_WORDS[String(d.category) as Category] ?? 'records'} from ${holder()}`;
		case 'relationships.PointerRemoved': return `${holder()} removed some of your records`;
		case 'relationships.Granted': {
			const grant = (d.grant ?? {}) as { viewer?: Record<string, unknown>; categories?: number };
			const viewer = grant.viewer?.account ?? grant.viewer?.Account;
			const what = grant.categories ? `your ${cats(grant.categories)}` : 'some of your records';
			const whom = viewer ? ` with ${ctx.name(String(viewer))}` : ' with a group';
			return byMe ? `You shared ${what}${whom}` : `${who(d.by)} shared ${what}${whom} for you`;
		}
		case 'relationships.Revoked': return byMe ? 'You stopped sharing some of your records' : `${who(d.by)} stopped sharing some of your records`;
		case 'relationships.GroupCreated': return 'You made a group to share with';
		case 'relationships.GroupMemberAdded': return `You added ${ctx.name(String(d.member))} to a group you share with`;
		case 'relationships.GroupMemberRemoved': return `You removed ${ctx.name(String(d.member))} from a group you share with`;
		case 'relationships.GroupRemoved': return 'You removed a group you shared with';
		case 'relationships.ProxyAdded': return `${ctx.name(String(d.proxy))} can now act for you`;
		case 'relationships.ProxyRemoved': return `${ctx.name(String(d.proxy))} can no longer act for you`;
		case 'relationships.BreakGlassSet': return d.enabled ? 'You turned emergency access on' : 'You turned emergency access off';
		case 'relationships.EmergencyAccessUsed': return `${ctx.name(String(d.provider))} used emergency access`;
		case 'relationships.DeadManSwitchSet': return 'You set up who may read your records if you stop checking in';
		case 'relationships.CheckedIn': return 'You checked in';
		case 'relationships.DeadManSwitchCleared': return 'You turned off sharing if you stop checking in';
		case 'relationships.AccessRequested': {
			const request = (d.request ?? {}) as { requester?: string; categories?: number };
			return `${ctx.name(String(request.requester))} asks to read your ${request.categories ? cats(request.categories) : 'records'}`;
		}
		case 'relationships.RequestApproved': return byMe ? 'You approved a request to read your records' : `${who(d.by)} approved a request to read your records`;
		case 'relationships.RequestDeclined': return byMe ? 'You declined a request to read your records' : `${who(d.by)} declined a request to read your records`;
		case 'registrar.PatientRegistered': return 'You joined MedRec';
		case 'registrar.EncryptionKeySet': return 'Secure delivery of your records is set up';
		case 'research.ConsentGiven': return 'You agreed to take part in research';
		case 'research.ConsentWithdrawn': return 'You withdrew from all research';
		case 'research.ChoiceMade': {
			const choice = (d.choice ?? {}) as Record<string, unknown>;
			return 'optOut' in choice || 'OptOut' in choice || choice === ('OptOut' as unknown) ? 'You opted out of a research study' : 'You made a choice about a research study';
		}
		default: return null;
	}
}

function categoryNames(bits: number): string[] {
	return bitsToCategories(bits).map((c) => CATEGORY_WORDS[c]);
}

/** What a failed check of records against the chain means (`verifyAnswer`'s problems). A
 * record set the chain has no pointer for yet is being recorded (its provider's update waits
 * for finality or for the patient's acceptance): news, not alarm. Anything else is a mismatch
 * the reader should not rely on. */
export function verificationWords(problems: readonly string[], holder: string): { tone: 'pending' | 'bad'; text: string } | null {
	if (problems.length === 0) return null;
	const pending = problems.every((p) => /: no pointer on chain$|is not in any record set the chain points to$/.test(p));
	return pending
		? { tone: 'pending', text: `Some of these records are still being recorded on the network by ${holder}; they are checked once they are.` }
		: { tone: 'bad', text: `Some of these records do not match what ${holder} registered on the network. Do not rely on them, and tell ${holder}.` };
}

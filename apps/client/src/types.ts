// MedRec's types as the apps use them: the SCALE types of `medrec-primitives` turned into plain
// TypeScript values (names as the metadata spells them, accounts as SS58, digests as hex).

export const CATEGORIES = [
	'Demographics', 'Conditions', 'Medications', 'Allergies', 'Immunizations', 'Observations',
	'Procedures', 'Encounters', 'ClinicalNotes', 'Imaging', 'MentalHealth', 'SubstanceUse',
	'SexualReproductiveHealth',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const SENSITIVE: readonly Category[] = ['MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth'];
export const STANDARD: readonly Category[] = CATEGORIES.filter((c) => !SENSITIVE.includes(c));
/** What a break-glass access opens (primitives' `Categories::emergency`). */
export const EMERGENCY: readonly Category[] = ['Allergies', 'Medications', 'Conditions'];

export const CATEGORY_LABELS: Record<Category, string> = {
	Demographics: 'Demographics', Conditions: 'Conditions', Medications: 'Medications',
	Allergies: 'Allergies', Immunizations: 'Immunizations', Observations: 'Observations',
	Procedures: 'Procedures', Encounters: 'Encounters', ClinicalNotes: 'Clinical notes',
	Imaging: 'Imaging', MentalHealth: 'Mental health', SubstanceUse: 'Substance use',
	SexualReproductiveHealth: 'Sexual and reproductive health',
};

/** `Categories` is a bit set over `Category`'s declaration order. */
export function categoriesToBits(categories: readonly Category[]): number {
	return categories.reduce((bits, c) => bits | (1 << CATEGORIES.indexOf(c)), 0);
}

export function bitsToCategories(bits: number): Category[] {
	return CATEGORIES.filter((_, i) => (bits & (1 << i)) !== 0);
}

export const PURPOSE_NAMES = ['Treatment', 'Payment', 'Operations', 'Research', 'Personal'] as const;
export type Purpose = (typeof PURPOSE_NAMES)[number];

export type Role = 'Patient' | 'Provider' | `Organisation:${string}`;

export interface Identity {
	account: string;
	role: Role;
	/** X25519 public key, hex without 0x. */
	encryptionKey: string | null;
	name: string | null;
	gatekeeper: string | null;
}

export interface Pointer {
	recordSet: number;
	category: Category;
	/** Hex without 0x. */
	digest: string;
	updatedAt: number;
}

export interface Relationship {
	id: number;
	patient: string;
	provider: string;
	state: 'AwaitingAcceptance' | 'Active';
	pointers: Pointer[];
	status: number;
}

export type Viewer = { account: string } | { group: number };
export type Scope = { relationship: number } | 'all';

export interface Grant {
	id: number;
	viewer: Viewer;
	scope: Scope;
	categories: Category[];
	purpose: Purpose;
	notBefore: number;
	expires: number;
	grantedBy: string;
}

export interface Proxy {
	who: string;
	categories: Category[];
	expires: number;
}

export interface AccessRequest {
	id: number;
	requester: string;
	scope: Scope;
	categories: Category[];
	purpose: Purpose;
	duration: number;
}

export interface Group {
	id: number;
	members: string[];
}

export interface DeadManSwitch {
	timeout: number;
	lastCheckIn: number;
	beneficiaries: string[];
	categories: Category[];
}

export interface EmergencyAccess {
	provider: string;
	expires: number;
}

/** What a notification is about: a relationship, the patient, or a research study
 * (`Subject::Study`, whose flag is `RESEARCH_INVITATION`). */
export type Subject = { relationship: number } | { study: number } | 'patient';

export const FLAGS = { NEW_CONTENT: 1, AWAITING_ACCEPTANCE: 2, ACCESS_REQUESTED: 4, EMERGENCY_ACCESS_USED: 8, RESEARCH_INVITATION: 16 } as const;

export interface Notification {
	subject: Subject;
	flags: number;
}

export type Decision =
	| { allow: true; basis: string; expires: number | null }
	| { allow: false; reason: string };

export const DAY = 24 * 60 * 60 * 1000;

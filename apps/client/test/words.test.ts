// What people read when something is refused: the gatekeeper's refusals classified from its real
// texts (gatekeeper/src/service.rs), and a sentence for every error of MedRec's own pallets
// that names neither the pallet nor the error (the names come from the runtime's metadata, so
// an error added to a pallet without words fails here).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { AnswerFormatError, ASKABLE, auditWords, eventWords, verificationWords, GatekeeperError, readRefusal, readRefusalText, SealError, txErrorText, type ReadRefusal } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('a refused read', () => {
	test('is classified from what the gatekeeper said', () => {
		const reader = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
		const cases: [unknown, ReadRefusal][] = [
			[new GatekeeperError(403, `the chain does not allow ${reader} to read this (NoGrant) for treatment at finalized block #157`), 'NoGrant'],
			[new GatekeeperError(403, `the chain does not allow ${reader} to read this (Expired) for treatment at finalized block #9`), 'Expired'],
			[new GatekeeperError(403, `the chain does not allow ${reader} to read this (PurposeNotGranted) for research at finalized block #9`), 'PurposeNotGranted'],
			[new GatekeeperError(403, `${reader} has published no X25519 key (registrar.set_encryption_key); records leave only encrypted`), 'NoEncryptionKey'],
			[new GatekeeperError(503, 'not final yet: the access it needs is in the chain\'s latest block but not in a finalized one', 2), 'NotFinal'],
			[new GatekeeperError(404, 'no Patient/eve here'), 'NotFound'],
			[new GatekeeperError(403, 'something new (NotAReason)'), 'Other'],
			[new GatekeeperError(500, 'stored account is not SS58'), 'Other'],
			[new TypeError('Failed to fetch'), 'Unreachable'],
			[new SealError('bad tag'), 'Unreadable'],
			[new AnswerFormatError('not JSON'), 'Unreadable'],
			[new Error('anything else'), 'Other'],
		];
		for (const [error, reason] of cases) expect(readRefusal(error), String(error)).toBe(reason);
	});

	test('is said in words, with the holder named and nothing a developer wrote', () => {
		const reasons: ReadRefusal[] = ['NoGrant', 'CategoryNotGranted', 'PurposeNotGranted', 'NotYetValid', 'Expired', 'NoRelationship', 'RelationshipNotActive', 'UnknownPatient', 'UnknownProvider', 'NoEncryptionKey', 'NotFinal', 'NotFound', 'Unreachable', 'Unreadable', 'Other'];
		for (const self of [true, false]) {
			for (const reason of reasons) {
				const { what, next } = readRefusalText(reason, { holder: 'Alice General Hospital', self, purpose: 'Treatment' });
				const text = `${what} ${next ?? ''}`;
				expect(what.length, reason).toBeGreaterThan(10);
				expect(text, reason).not.toMatch(/\(\d{3}\)|block #|X25519|[a-z]+\.[A-Z]\w+|NoGrant|Expired|NotFinal/);
			}
		}
		expect(readRefusalText('Unreachable', { holder: 'Bob Family Clinic', self: false }).what).toContain('Bob Family Clinic');
		expect(readRefusalText('NoGrant', { holder: 'Bob Family Clinic', self: false }).next).toBe('Ask the patient for access.');
	});

	test('offers to ask for access only when the patient could lift it', () => {
		expect(ASKABLE).toContain('NoGrant');
		expect(ASKABLE).toContain('Expired');
		expect(ASKABLE).not.toContain('NotFinal');
		expect(ASKABLE).not.toContain('NoEncryptionKey');
		expect(ASKABLE).not.toContain('Unreachable');
	});
});

describe('a refused transaction', () => {
	const registry = new TypeRegistry();
	const hex = (JSON.parse(readFileSync(join(here, '..', 'metadata', 'medrec.json'), 'utf8')) as { result: `0x${string}` }).result;
	const metadata = new Metadata(registry, hex);
	registry.setMetadata(metadata);
	const pallets = ['relationships', 'registrar', 'summary', 'research', 'consortium'];
	const errors: [string, string][] = [];
	for (const pallet of metadata.asLatest.pallets) {
		const section = pallet.name.toString().replace(/^./, (c) => c.toLowerCase());
		if (!pallets.includes(section) || pallet.errors.isNone) continue;
		const type = registry.lookup.getSiType(pallet.errors.unwrap().type);
		for (const variant of type.def.asVariant.variants) errors.push([section, variant.name.toString()]);
	}

	test('every error of MedRec\'s pallets has its own sentence, naming neither pallet nor error', () => {
		expect(errors.length).toBeGreaterThan(60);
		const generic = txErrorText('nowhere', 'Nothing');
		const unsaid = errors.filter(([section, name]) => {
			const text = txErrorText(section, name);
			return text === generic || text.includes(`${section}.`) || text.includes(name) || !/^[A-Z].*[.!?]$/.test(text);
		});
		expect(unsaid.map(([section, name]) => `${section}.${name}`)).toEqual([]);
	});

	test('anything else is a refusal that changed nothing', () => {
		expect(txErrorText('balances', 'InsufficientBalance')).toBe('The network did not accept this, so nothing was changed.');
		expect(txErrorText('relationships', 'BreakGlassDisabled')).toMatch(/has not allowed emergency access/);
	});
});

describe('an audit entry', () => {
	test('says what was read, whether it was allowed, and why, as the gatekeeper logged it', () => {
		const read = { action: 'GET /fhir/Patient/eve/$everything', categories: 'Demographics,Medications' };
		expect(auditWords({ ...read, outcome: 'allowed', basis: 'grant:3' })).toEqual({ what: 'your personal details and medications', outcome: 'Allowed', tone: 'ok', why: 'you shared them' });
		expect(auditWords({ ...read, outcome: 'partial', basis: 'record-holder,grant:3' })).toEqual({
			what: 'your personal details and medications', outcome: 'Partly allowed: the rest was withheld', tone: 'partial', why: 'they keep these records and you shared them',
		});
		expect(auditWords({ ...read, outcome: 'denied: NoGrant', basis: null })).toEqual({ what: 'your personal details and medications', outcome: 'Refused: you had not shared these with them', tone: 'refused', why: null });
		expect(auditWords({ ...read, outcome: 'denied: not final yet', basis: null }).outcome).toBe('Refused: a change was still being confirmed');
		expect(auditWords({ ...read, outcome: 'denied: something new', basis: null }).outcome).toBe('Refused: the network did not allow it');
		expect(auditWords({ action: 'GET /audit', categories: 'Audit', outcome: 'allowed', basis: 'patient' }).what).toBe('the list of who has read your records');
		expect(auditWords({ action: 'GET /fhir/Observation', categories: 'Observations,ClinicalNotes,Imaging', outcome: 'allowed', basis: 'emergency' })).toMatchObject({
			what: 'your measurements and test results, clinical notes and imaging', why: 'emergency access',
		});
	});
});

describe('an event about the patient', () => {
	const me = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
	const dave = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
	const ctx = { me, name: (a: string) => (a === dave ? 'Dave Pharmacy' : 'Someone'), holderOf: (id: number) => (id === 0 ? 'Alice General Hospital' : 'a provider') };
	test('is said in words, naming who', () => {
		expect(eventWords({ section: 'relationships', method: 'PointerUpdated', data: { relationship: 0, patient: me, category: 'Observations' } }, ctx)).toBe('New measurements and test results from Alice General Hospital');
		expect(eventWords({ section: 'relationships', method: 'BreakGlassSet', data: { patient: me, enabled: true } }, ctx)).toBe('You turned emergency access on');
		expect(eventWords({ section: 'relationships', method: 'Granted', data: { patient: me, by: me, grant: { id: 1, viewer: { account: dave }, categories: 0b100 } } }, ctx)).toBe('You shared your medications with Dave Pharmacy');
		expect(eventWords({ section: 'relationships', method: 'AccessRequested', data: { patient: me, request: { requester: dave, categories: 0b1100 } } }, ctx)).toBe('Dave Pharmacy asks to read your medications and allergies');
		expect(eventWords({ section: 'relationships', method: 'RelationshipAccepted', data: { relationship: 0, patient: me, by: me } }, ctx)).toBe('You accepted Alice General Hospital as your provider');
		expect(eventWords({ section: 'registrar', method: 'PatientRegistered', data: { who: me } }, ctx)).toBe('You joined MedRec');
	});
	test('is not shown when it is not news or not known, never as its name', () => {
		expect(eventWords({ section: 'summary', method: 'StatusRaised', data: { patient: me } }, ctx)).toBeNull();
		expect(eventWords({ section: 'relationships', method: 'SomethingNew', data: { patient: me } }, ctx)).toBeNull();
	});
});

describe('a check of records against the chain', () => {
	test('that failed only for records not recorded yet is news, anything else a warning', () => {
		const account = '5DbuZgWb23qW3uHznzv9vh8boxA8UZHxWfJLma9e7FPAoQwf';
		expect(verificationWords([], 'Alice General Hospital')).toBeNull();
		expect(verificationWords(['Demographics: no pointer on chain', `Patient/${account} is not in any record set the chain points to`], 'Alice General Hospital')).toEqual({
			tone: 'pending', text: 'Some of these records are still being recorded on the network by Alice General Hospital; they are checked once they are.',
		});
		const bad = verificationWords(['Medications: the chain holds 0xaa, the records digest to 0xbb'], 'Alice General Hospital')!;
		expect(bad.tone).toBe('bad');
		expect(bad.text).not.toMatch(/0x|Medications:/);
	});
});

// The record forms (forms.ts): each kind builds the FHIR resource the gatekeeper ingests, about
// the given patient, and a wrong or missing field gets a message in words at that field.

import { describe, expect, test } from 'vitest';
import { buildRecord, describeUpload, noteText, title, type Resource } from '../src/index.js';

const now = new Date('2026-12-07T10:00:00Z');
const ok = (built: ReturnType<typeof buildRecord>): Resource => {
	if ('errors' in built) throw new Error(JSON.stringify(built.errors));
	return built.resource;
};

describe('a record from a form', () => {
	test('a medication names the patient, the medicine and how to take it', () => {
		const r = ok(buildRecord('medication', { medicine: ' Lisinopril 10 mg tablet ', instructions: 'One each morning' }, 'eve', now));
		expect(r).toMatchObject({
			resourceType: 'MedicationRequest', status: 'active', intent: 'order', subject: { reference: 'Patient/eve' },
			medicationCodeableConcept: { text: 'Lisinopril 10 mg tablet' }, authoredOn: '2026-12-07', dosageInstruction: [{ text: 'One each morning' }],
		});
		expect(r.id).toMatch(/^medication-[a-z0-9]+-[0-9a-f]{6}$/);
		expect(title(r)).toBe('Lisinopril 10 mg tablet');
	});

	test('a measurement is coded in LOINC with its UCUM unit, and its value checked', () => {
		const r = ok(buildRecord('measurement', { type: '8867-4', value: '72' }, 'eve', now));
		expect(r).toMatchObject({
			resourceType: 'Observation', status: 'final', effectiveDateTime: '2026-12-07T10:00:00Z',
			code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, valueQuantity: { value: 72, unit: 'beats/minute', system: 'http://unitsofmeasure.org', code: '/min' },
		});
		expect(buildRecord('measurement', { type: '8867-4', value: 'fast' }, 'eve', now)).toEqual({ errors: { value: 'Heart rate is a number of beats/minute, such as 80.' } });
		expect(buildRecord('measurement', { type: '8867-4', value: '720' }, 'eve', now)).toEqual({ errors: { value: 'Heart rate is between 20 and 300 beats/minute: check the value.' } });
		expect(buildRecord('measurement', { value: '72' }, 'eve', now)).toEqual({ errors: { type: 'Choose what was measured.' } });
		expect(buildRecord('measurement', { type: '8867-4', value: '72', when: '2027-01-01T10:00' }, 'eve', now)).toEqual({ errors: { when: 'The time cannot be in the future.' } });
	});

	test('an allergy, a condition and a note', () => {
		expect(ok(buildRecord('allergy', { substance: 'Penicillin', risk: 'high', reaction: 'Rash' }, 'eve', now))).toMatchObject({
			resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/eve' }, criticality: 'high', code: { text: 'Penicillin' }, reaction: [{ manifestation: [{ text: 'Rash' }] }],
		});
		expect(ok(buildRecord('condition', { condition: 'Type 2 diabetes', since: '2020-05-01' }, 'eve', now))).toMatchObject({ resourceType: 'Condition', subject: { reference: 'Patient/eve' }, onsetDateTime: '2020-05-01' });
		const note = ok(buildRecord('note', { title: 'Visit note', text: 'Feeling better — café visit.' }, 'eve', now));
		expect(note).toMatchObject({ resourceType: 'DocumentReference', status: 'current', description: 'Visit note', date: '2026-12-07T10:00:00Z' });
		expect(noteText(note)).toBe('Feeling better — café visit.');
	});

	test('what is missing or wrong is said at each field', () => {
		expect(buildRecord('medication', {}, 'eve', now)).toEqual({ errors: { medicine: "Enter the medicine's name, with its strength, such as Amlodipine 5 mg tablet." } });
		expect(buildRecord('medication', { medicine: 'X', started: '2027-01-01' }, 'eve', now)).toEqual({ errors: { started: 'The date cannot be in the future.' } });
		expect(buildRecord('condition', { condition: 'X', since: '14/03/2026' }, 'eve', now)).toEqual({ errors: { since: 'Enter a date, such as 2026-03-14.' } });
		expect(buildRecord('note', { title: 'T' }, 'eve', now)).toEqual({ errors: { text: 'Write the note.' } });
		expect(buildRecord('allergy', { substance: 'X', risk: 'extreme' }, 'eve', now)).toEqual({ errors: { risk: 'Choose the risk.' } });
	});
});

describe('a FHIR file', () => {
	test('is previewed by what it holds, or refused in words', () => {
		expect(describeUpload(JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Observation' } }, { resource: { resourceType: 'Condition' } }] }))).toEqual({
			resources: [{ resourceType: 'Observation' }, { resourceType: 'Condition' }],
		});
		expect(describeUpload('{"resourceType":"Condition"}')).toEqual({ resources: [{ resourceType: 'Condition' }] });
		expect(describeUpload('not json')).toEqual({ error: 'This file is not FHIR JSON: it could not be read as JSON.' });
		expect(describeUpload('{"resourceType":"Bundle","entry":[]}')).toEqual({ error: 'This Bundle holds no records.' });
		expect(describeUpload('{"hello":1}')).toEqual({ error: 'This file is not a FHIR Bundle or resource: it has no resourceType.' });
	});
});

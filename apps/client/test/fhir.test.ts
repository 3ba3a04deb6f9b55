import { describe, expect, test } from 'vitest';
import { activeIngredient, categoryOf, conflicts, date, dateText, details, noteText, title, type Resource } from '../src/fhir.js';

const med = (id: string, text: string, status = 'active'): Resource => ({ resourceType: 'MedicationRequest', id, status, medicationCodeableConcept: { text } });

describe('medications', () => {
	test('the active ingredient is the name before the strength', () => {
		expect(activeIngredient(med('a', 'Amlodipine 5 MG Oral Tablet'))).toBe('amlodipine');
		expect(activeIngredient(med('b', 'amlodipine 10 mg tablet'))).toBe('amlodipine');
		expect(activeIngredient(med('c', 'Metformin 500 MG Oral Tablet'))).toBe('metformin');
		expect(activeIngredient({ resourceType: 'Observation' })).toBeNull();
	});

	test('flags an ingredient two providers prescribe, not one provider\'s two', () => {
		const found = conflicts(new Map([
			['Alice General Hospital', [med('a1', 'Amlodipine 5 MG Oral Tablet'), med('a2', 'Metformin 500 MG Oral Tablet')]],
			['Bob Family Clinic', [med('b1', 'Amlodipine 10 MG Oral Tablet'), med('b2', 'Metformin 850 MG Oral Tablet', 'stopped')]],
			['Charlie', [med('c1', 'Aspirin 81 MG'), med('c2', 'Aspirin 300 MG')]],
		]));
		expect(found).toEqual([{ ingredient: 'amlodipine', providers: ['Alice General Hospital', 'Bob Family Clinic'] }]);
	});
});

describe('categories and titles', () => {
	test('security labels make a record sensitive', () => {
		expect(categoryOf({ resourceType: 'Condition', meta: { security: [{ code: 'PSY' }] } })).toBe('MentalHealth');
		expect(categoryOf({ resourceType: 'Condition' })).toBe('Conditions');
		expect(categoryOf({ resourceType: 'MedicationRequest' })).toBe('Medications');
	});

	test('titles come from the codings', () => {
		expect(title({ resourceType: 'Condition', code: { text: 'Hypertension' } })).toBe('Hypertension');
		expect(title({ resourceType: 'Patient', name: [{ given: ['Eve'], family: 'Example' }] })).toBe('Eve Example');
	});
});

describe('records in words', () => {
	test('dates read as people write them, a calendar day never shifted by the time zone', () => {
		expect(dateText('2025-10-01')).toBe('1 Oct 2025');
		expect(dateText('2025-10')).toBe('Oct 2025');
		expect(dateText('2025')).toBe('2025');
		expect(dateText(null)).toBe('Date not recorded');
		expect(dateText('2026-11-01T08:00:00Z')).toMatch(/^(31 Oct|1 Nov) 2026, \d\d:\d\d$/);
		expect(dateText('not a date')).toBe('not a date');
	});

	test('a record dated by its period, its issue or its attachment has that date', () => {
		expect(date({ resourceType: 'Encounter', period: { start: '2026-10-14T09:30:00Z' } })).toBe('2026-10-14T09:30:00Z');
		expect(date({ resourceType: 'DocumentReference', content: [{ attachment: { creation: '2026-10-14' } }] })).toBe('2026-10-14');
		expect(date({ resourceType: 'Observation', issued: '2026-10-15T10:00:00Z' })).toBe('2026-10-15T10:00:00Z');
	});

	test('a visit is named, and a note opens to its text', () => {
		expect(title({ resourceType: 'Encounter', class: { code: 'AMB' } })).toBe('Outpatient visit');
		expect(title({ resourceType: 'Encounter', class: { code: 'XYZ' } })).toBe('Visit');
		const note = { resourceType: 'DocumentReference', content: [{ attachment: { contentType: 'text/plain', data: 'UGF0aWVudCBkb2luZyB3ZWxsLg==' } }] };
		expect(noteText(note)).toBe('Patient doing well.');
		expect(details(note)).toEqual([{ label: 'Note', value: 'Patient doing well.' }]);
		expect(noteText({ resourceType: 'DocumentReference', content: [{ attachment: { contentType: 'application/pdf', data: 'JVBERi0=' } }] })).toBeNull();
	});

	test('details say what each kind of record holds', () => {
		expect(details({ resourceType: 'AllergyIntolerance', criticality: 'high', code: { text: 'Allergy to penicillin' } })).toEqual([
			{ label: 'Allergy', value: 'Allergy to penicillin' }, { label: 'Risk', value: 'High risk' },
		]);
		expect(details({ resourceType: 'Observation', code: { text: 'Heart rate' }, valueQuantity: { value: 64, unit: 'beats/minute' }, effectiveDateTime: '2026-11-05' })).toEqual([
			{ label: 'Measurement', value: 'Heart rate' }, { label: 'Value', value: '64 beats/minute' }, { label: 'When', value: '5 Nov 2026' },
		]);
		expect(details({ resourceType: 'MedicationRequest', status: 'active', medicationCodeableConcept: { text: 'Amlodipine 5 MG Oral Tablet' }, dosageInstruction: [{ text: 'One each morning' }] })).toEqual([
			{ label: 'Medicine', value: 'Amlodipine 5 MG Oral Tablet' }, { label: 'How to take it', value: 'One each morning' }, { label: 'Status', value: 'Active' },
		]);
	});
});

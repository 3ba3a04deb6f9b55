import { describe, expect, test } from 'vitest';
import { activeIngredient, categoryOf, conflicts, title, type Resource } from '../src/fhir.js';

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

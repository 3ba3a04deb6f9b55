// The common records a clinician adds by hand, as forms rather than FHIR JSON: a medication, an
// allergy, a measurement, a condition, a note. Each form's fields become one FHIR R4 resource
// that the gatekeeper's ingest rules take (fhir/src/lib.rs: a FHIR id, the patient named in
// its subject or patient element, the R4 structure), or messages in words, by field.

import type { Resource } from './fhir.js';

export type RecordKind = 'medication' | 'allergy' | 'measurement' | 'condition' | 'note';

export const RECORD_KINDS: readonly { kind: RecordKind; label: string }[] = [
	{ kind: 'medication', label: 'Medication' },
	{ kind: 'allergy', label: 'Allergy' },
	{ kind: 'measurement', label: 'Measurement' },
	{ kind: 'condition', label: 'Condition' },
	{ kind: 'note', label: 'Note' },
];

/** Measurements the form offers: LOINC code, name, UCUM unit, and the range a value must be in
 * to be believed (a typo guard, not a clinical range). */
export const MEASUREMENTS = [
	{ code: '8867-4', name: 'Heart rate', unit: 'beats/minute', ucum: '/min', min: 20, max: 300 },
	{ code: '8480-6', name: 'Systolic blood pressure', unit: 'mmHg', ucum: 'mm[Hg]', min: 40, max: 300 },
	{ code: '8462-4', name: 'Diastolic blood pressure', unit: 'mmHg', ucum: 'mm[Hg]', min: 20, max: 200 },
	{ code: '29463-7', name: 'Body weight', unit: 'kg', ucum: 'kg', min: 0.3, max: 500 },
	{ code: '8310-5', name: 'Body temperature', unit: '°C', ucum: 'Cel', min: 25, max: 45 },
	{ code: '2339-0', name: 'Blood glucose', unit: 'mg/dL', ucum: 'mg/dL', min: 10, max: 1500 },
] as const;

export type Fields = Record<string, string>;

export type Built = { resource: Resource } | { errors: Record<string, string> };

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

/** A FHIR id for a new record: the kind, the time and a random part. */
function newId(kind: RecordKind, now: Date): string {
	const random = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
	return `${kind}-${now.getTime().toString(36)}-${random}`;
}

/** A date-time as FHIR writes it, to the second, in UTC. */
function instant(d: Date): string {
	return `${d.toISOString().slice(0, 19)}Z`;
}

function base64(text: string): string {
	return btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));
}

/** Builds the resource for `kind` from the form's `fields`, about the patient whose FHIR id is
 * `patientId`, or says what is wrong with each field. */
export function buildRecord(kind: RecordKind, fields: Fields, patientId: string, now: Date = new Date()): Built {
	const errors: Record<string, string> = {};
	const text = (name: string): string => (fields[name] ?? '').trim();
	const required = (name: string, message: string): string => {
		const v = text(name);
		if (!v) errors[name] = message;
		return v;
	};
	const day = (name: string): string | undefined => {
		const v = text(name);
		if (!v) return undefined;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) errors[name] = 'Enter a date, such as 2026-03-14.';
		else if (v > instant(now).slice(0, 10)) errors[name] = 'The date cannot be in the future.';
		return v;
	};
	const subject = { reference: `Patient/${patientId}` };
	const id = newId(kind, now);
	let resource: Resource;
	switch (kind) {
		case 'medication': {
			const name = required('medicine', "Enter the medicine's name, with its strength, such as Amlodipine 5 mg tablet.");
			const started = day('started');
			const instructions = text('instructions');
			resource = {
				resourceType: 'MedicationRequest', id, status: 'active', intent: 'order', subject,
				medicationCodeableConcept: { text: name },
				authoredOn: started ?? instant(now).slice(0, 10),
				...(instructions ? { dosageInstruction: [{ text: instructions }] } : {}),
			};
			break;
		}
		case 'allergy': {
			const substance = required('substance', 'Enter what the patient is allergic to.');
			const risk = text('risk') || 'unable-to-assess';
			if (!['high', 'low', 'unable-to-assess'].includes(risk)) errors.risk = 'Choose the risk.';
			const reaction = text('reaction');
			resource = {
				resourceType: 'AllergyIntolerance', id, patient: subject, criticality: risk,
				code: { text: substance }, recordedDate: instant(now),
				...(reaction ? { reaction: [{ manifestation: [{ text: reaction }] }] } : {}),
			};
			break;
		}
		case 'measurement': {
			const kindOf = MEASUREMENTS.find((m) => m.code === text('type'));
			if (!kindOf) errors.type = 'Choose what was measured.';
			const raw = text('value').replace(',', '.');
			const value = Number(raw);
			if (!raw) errors.value = 'Enter the value measured.';
			else if (!Number.isFinite(value)) errors.value = `${kindOf?.name ?? 'The value'} is a number${kindOf ? ` of ${kindOf.unit}` : ''}, such as ${kindOf ? Math.round((kindOf.min + kindOf.max) / 4) : 72}.`;
			else if (kindOf && (value < kindOf.min || value > kindOf.max)) errors.value = `${kindOf.name} is between ${kindOf.min} and ${kindOf.max} ${kindOf.unit}: check the value.`;
			const whenText = text('when');
			const when = whenText ? new Date(whenText) : now;
			if (Number.isNaN(when.getTime())) errors.when = 'Enter when it was measured.';
			else if (when.getTime() > now.getTime() + 60_000) errors.when = 'The time cannot be in the future.';
			resource = {
				resourceType: 'Observation', id, status: 'final', subject,
				code: { coding: [{ system: LOINC, code: kindOf?.code ?? '', display: kindOf?.name ?? '' }], text: kindOf?.name ?? '' },
				effectiveDateTime: Number.isNaN(when.getTime()) ? instant(now) : instant(when),
				valueQuantity: { value, unit: kindOf?.unit ?? '', system: UCUM, code: kindOf?.ucum ?? '' },
			};
			break;
		}
		case 'condition': {
			const name = required('condition', 'Enter the condition, such as Type 2 diabetes.');
			const since = day('since');
			resource = {
				resourceType: 'Condition', id, subject, code: { text: name },
				clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
				...(since ? { onsetDateTime: since } : {}),
			};
			break;
		}
		case 'note': {
			const title = required('title', 'Give the note a title, such as Visit note.');
			const body = required('text', 'Write the note.');
			resource = {
				resourceType: 'DocumentReference', id, status: 'current', subject, description: title, date: instant(now),
				content: [{ attachment: { contentType: 'text/plain', data: base64(body), title } }],
			};
			break;
		}
	}
	return Object.keys(errors).length ? { errors } : { resource };
}

/** What a FHIR file holds, for its preview: the resources by type, or why it cannot be sent. */
export function describeUpload(text: string): { resources: Resource[] } | { error: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'This file is not FHIR JSON: it could not be read as JSON.' };
	}
	const r = value as Resource;
	if (r?.resourceType === 'Bundle') {
		const entries = ((r.entry as { resource?: Resource }[] | undefined) ?? []).map((e) => e.resource).filter((x): x is Resource => !!x?.resourceType);
		if (entries.length === 0) return { error: 'This Bundle holds no records.' };
		return { resources: entries };
	}
	if (typeof r?.resourceType === 'string') return { resources: [r] };
	return { error: 'This file is not a FHIR Bundle or resource: it has no resourceType.' };
}

// What the apps show of FHIR resources: a title, a date, and for medications the active
// ingredient, so the patient app can flag one prescribed by two providers.

import type { Category } from './types.js';

export type Resource = { resourceType: string; id?: string; [k: string]: unknown };

type Concept = { text?: string; coding?: { system?: string; code?: string; display?: string }[] };

function conceptText(c: unknown): string | null {
	const concept = c as Concept | undefined;
	return concept?.text ?? concept?.coding?.[0]?.display ?? concept?.coding?.[0]?.code ?? null;
}

export function title(r: Resource): string {
	switch (r.resourceType) {
		case 'Patient': {
			const n = (r.name as { given?: string[]; family?: string }[] | undefined)?.[0];
			return n ? `${(n.given ?? []).join(' ')} ${n.family ?? ''}`.trim() : 'Patient';
		}
		case 'MedicationRequest':
			return conceptText(r.medicationCodeableConcept) ?? 'Medication';
		case 'Observation': {
			const q = r.valueQuantity as { value?: number; unit?: string } | undefined;
			return `${conceptText(r.code) ?? 'Observation'}${q ? `: ${q.value} ${q.unit ?? ''}` : ''}`.trim();
		}
		case 'Immunization':
			return conceptText(r.vaccineCode) ?? 'Immunization';
		case 'Encounter':
			return ENCOUNTER_CLASS[(r.class as { code?: string } | undefined)?.code ?? ''] ?? 'Visit';
		case 'DocumentReference':
			return (r.description as string | undefined) ?? 'Clinical note';
		default:
			return conceptText(r.code) ?? r.resourceType;
	}
}

/** The Patient resource a provider keeps for a MedRec account: the account as its id and as its
 * `urn:medrec:account` identifier, which is how the gatekeeper knows whom the chain asks about. */
export function accountPatient(account: string, more: Record<string, unknown> = {}): Resource {
	return { resourceType: 'Patient', id: account, identifier: [{ system: 'urn:medrec:account', value: account }], ...more };
}

/** FHIR's v3 ActEncounterCode classes, as a patient would name the visit. */
const ENCOUNTER_CLASS: Record<string, string> = {
	AMB: 'Outpatient visit', IMP: 'Hospital stay', ACUTE: 'Hospital stay', NONAC: 'Hospital stay', EMER: 'Emergency visit',
	HH: 'Home visit', VR: 'Remote consultation', FLD: 'Visit away from the clinic', OBSENC: 'Observation stay', SS: 'Day procedure',
};

/** When a resource happened (or was written), as FHIR gives it: a date or a date-time. */
export function date(r: Resource): string | null {
	for (const k of ['effectiveDateTime', 'occurrenceDateTime', 'authoredOn', 'recordedDate', 'onsetDateTime', 'performedDateTime', 'issued', 'date', 'birthDate']) {
		const v = r[k];
		if (typeof v === 'string') return v;
	}
	for (const k of ['period', 'effectivePeriod', 'onsetPeriod', 'performedPeriod']) {
		const start = (r[k] as { start?: unknown } | undefined)?.start;
		if (typeof start === 'string') return start;
	}
	const created = (r.content as { attachment?: { creation?: unknown } }[] | undefined)?.[0]?.attachment?.creation;
	return typeof created === 'string' ? created : null;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A FHIR date or date-time as people write it: "1 Nov 2026", "1 Nov 2026, 08:00" (in the
 * reader's time zone), "Nov 2026", "2026". A date without a time is a calendar day, so it is
 * never shifted by a time zone. */
export function dateText(value: string | null): string {
	if (!value) return 'Date not recorded';
	const day = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (day) {
		const [, y, m, d] = day;
		if (!m) return y!;
		if (!d) return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' }).format(new Date(Number(y), Number(m) - 1, 1));
		return DAY_FORMAT.format(new Date(Number(y), Number(m) - 1, Number(d)));
	}
	const at = new Date(value);
	if (Number.isNaN(at.getTime())) return value;
	return `${DAY_FORMAT.format(at)}, ${TIME_FORMAT.format(at)}`;
}

/** The text of a clinical note: its first plain-text attachment, decoded. */
export function noteText(r: Resource): string | null {
	const attachments = (r.content as { attachment?: { contentType?: string; data?: string } }[] | undefined) ?? [];
	const plain = attachments.map((c) => c.attachment).find((a) => a?.data && (a.contentType ?? '').startsWith('text/plain'));
	if (!plain?.data) return null;
	try {
		return new TextDecoder().decode(Uint8Array.from(atob(plain.data), (c) => c.charCodeAt(0)));
	} catch {
		return null;
	}
}

/** What a record says, as label and value pairs for its detail view. */
export function details(r: Resource): { label: string; value: string }[] {
	const out: { label: string; value: string }[] = [];
	const add = (label: string, value: unknown): void => {
		if (typeof value === 'string' && value.trim()) out.push({ label, value: value.trim() });
		else if (typeof value === 'number') out.push({ label, value: String(value) });
	};
	const status = (v: unknown): string | undefined => (typeof v === 'string' ? STATUS_WORDS[v] ?? v : undefined);
	switch (r.resourceType) {
		case 'MedicationRequest': {
			add('Medicine', conceptText(r.medicationCodeableConcept));
			add('How to take it', (r.dosageInstruction as { text?: string }[] | undefined)?.map((d) => d.text).filter(Boolean).join('; '));
			add('Status', status(r.status));
			break;
		}
		case 'AllergyIntolerance': {
			add('Allergy', conceptText(r.code));
			add('Risk', ({ high: 'High risk', low: 'Low risk', 'unable-to-assess': 'Risk not known' } as Record<string, string>)[String(r.criticality)]);
			add('Reaction', (r.reaction as { manifestation?: unknown[] }[] | undefined)?.flatMap((x) => (x.manifestation ?? []).map(conceptText)).filter(Boolean).join(', '));
			break;
		}
		case 'Observation': {
			add('Measurement', conceptText(r.code));
			const q = r.valueQuantity as { value?: number; unit?: string } | undefined;
			if (q?.value !== undefined) add('Value', `${q.value} ${q.unit ?? ''}`);
			add('Value', typeof r.valueString === 'string' ? r.valueString : conceptText(r.valueCodeableConcept) ?? undefined);
			const range = (r.referenceRange as { low?: { value?: number }; high?: { value?: number } }[] | undefined)?.[0];
			if (range?.low?.value !== undefined && range.high?.value !== undefined) add('Usual range', `${range.low.value} to ${range.high.value}`);
			break;
		}
		case 'Condition':
			add('Condition', conceptText(r.code));
			add('Status', conceptText(r.clinicalStatus) ?? undefined);
			break;
		case 'Immunization':
			add('Vaccine', conceptText(r.vaccineCode));
			add('Status', status(r.status));
			break;
		case 'Procedure':
			add('Procedure', conceptText(r.code));
			add('Status', status(r.status));
			break;
		case 'Encounter':
			add('Visit', title(r));
			add('Reason', (r.reasonCode as unknown[] | undefined)?.map(conceptText).filter(Boolean).join(', '));
			add('Status', status(r.status));
			break;
		case 'DocumentReference':
			add('Note', noteText(r) ?? 'This note is a file that cannot be shown here.');
			break;
		case 'Patient':
			add('Name', title(r));
			add('Born', typeof r.birthDate === 'string' ? dateText(r.birthDate) : undefined);
			break;
		default:
			add('Record', conceptText(r.code));
	}
	const when = date(r);
	if (when && r.resourceType !== 'Patient') out.push({ label: 'When', value: dateText(when) });
	return out;
}

const STATUS_WORDS: Record<string, string> = {
	active: 'Active', completed: 'Done', finished: 'Finished', stopped: 'Stopped', cancelled: 'Cancelled',
	'on-hold': 'On hold', 'entered-in-error': 'Entered in error', final: 'Final', preliminary: 'Preliminary',
	current: 'Current', 'in-progress': 'In progress', planned: 'Planned', draft: 'Draft',
};

/** The category the gatekeeper files a resource under (gatekeeper README, "Records and
 * categories"), security labels first. */
export function categoryOf(r: Resource): Category {
	const labels = ((r.meta as { security?: { code?: string }[] } | undefined)?.security ?? []).map((s) => s.code ?? '');
	if (labels.some((l) => ['PSY', 'PSYTHPN', 'MH'].includes(l))) return 'MentalHealth';
	if (labels.some((l) => ['ETH', 'SUD', 'ETHUD', 'OPIOIDUD', 'ALCUD'].includes(l))) return 'SubstanceUse';
	if (labels.some((l) => ['SEX', 'SDV', 'STD', 'HIV'].includes(l))) return 'SexualReproductiveHealth';
	const byType: Record<string, Category> = {
		Patient: 'Demographics', Condition: 'Conditions', MedicationRequest: 'Medications',
		AllergyIntolerance: 'Allergies', Immunization: 'Immunizations', Observation: 'Observations',
		Procedure: 'Procedures', Encounter: 'Encounters', DocumentReference: 'ClinicalNotes', ImagingStudy: 'Imaging',
	};
	return byType[r.resourceType] ?? 'ClinicalNotes';
}

/** The active ingredient of a MedicationRequest: the drug name before its strength and form
 * ("Amlodipine 5 MG Oral Tablet" → "amlodipine"), lower-case, for comparing across providers
 * whose codings differ (RxNorm clinical drug codes differ by strength). */
export function activeIngredient(r: Resource): string | null {
	if (r.resourceType !== 'MedicationRequest') return null;
	const text = conceptText(r.medicationCodeableConcept);
	if (!text) return null;
	const m = /^(.*?)(\s+\d[\d.,]*\s*(mg|mcg|g|ml|unt|%|meq)\b.*)?$/i.exec(text.trim());
	return (m?.[1] ?? text).trim().toLowerCase() || null;
}

export interface IngredientConflict {
	ingredient: string;
	providers: string[];
}

/** Active ingredients prescribed (status active) by two or more providers. */
export function conflicts(byProvider: Map<string, Resource[]>): IngredientConflict[] {
	const seen = new Map<string, Set<string>>();
	for (const [provider, resources] of byProvider) {
		for (const r of resources) {
			if (r.resourceType !== 'MedicationRequest' || (r.status && r.status !== 'active')) continue;
			const ingredient = activeIngredient(r);
			if (!ingredient) continue;
			if (!seen.has(ingredient)) seen.set(ingredient, new Set());
			seen.get(ingredient)!.add(provider);
		}
	}
	return [...seen].filter(([, p]) => p.size > 1).map(([ingredient, p]) => ({ ingredient, providers: [...p].sort() }));
}

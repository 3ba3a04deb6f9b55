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
			return `Encounter (${(r.class as { code?: string } | undefined)?.code ?? r.status ?? ''})`;
		case 'DocumentReference':
			return (r.description as string | undefined) ?? 'Clinical note';
		default:
			return conceptText(r.code) ?? r.resourceType;
	}
}

export function date(r: Resource): string | null {
	for (const k of ['effectiveDateTime', 'occurrenceDateTime', 'authoredOn', 'recordedDate', 'onsetDateTime', 'performedDateTime', 'date', 'birthDate']) {
		const v = r[k];
		if (typeof v === 'string') return v;
	}
	return null;
}

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

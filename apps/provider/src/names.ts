// Patients by name, in the provider's own app only. Names never go on the chain: a provider
// knows its patients' names from the Patient resources its own gatekeeper holds, and reads them
// as any record, through the gatekeeper's FHIR API (signed, decided by the chain, sealed to
// this account, logged in the patient's audit). So each name is read once per tab and kept in
// the tab's sessionStorage, which ends with it.

import { useEffect, useState } from 'preact/hooks';
import { GatekeeperError, served, title, toValue, type Resource } from '@medrec/client';
import { short } from '@medrec/client/ui';
import { gatekeeperFor, patientIds, type Session } from './session.js';

export interface PatientCard {
	/** The FHIR Patient id at the holder's gatekeeper; null when it holds no Patient for them. */
	id: string | null;
	name: string | null;
	/** FHIR `birthDate`. */
	born: string | null;
}

const slot = (me: string) => `medrec-patient-cards:${me}`;

function cached(me: string): Record<string, PatientCard> {
	try {
		return JSON.parse(sessionStorage.getItem(slot(me)) ?? '{}') as Record<string, PatientCard>;
	} catch {
		return {};
	}
}

function remember(me: string, patient: string, card: PatientCard): void {
	try {
		sessionStorage.setItem(slot(me), JSON.stringify({ ...cached(me), [patient]: card }));
	} catch { /* a full or disabled storage only costs a read next time */ }
}

/** Forgets what this tab knows of `patient` (after an upload that changed their Patient). */
export function forgetCard(me: string, patient: string): void {
	const all = cached(me);
	delete all[patient];
	try {
		sessionStorage.setItem(slot(me), JSON.stringify(all));
	} catch { /* as above */ }
}

/** Reads `patient`'s Patient resource at this provider's own gatekeeper. A refusal (the
 * relationship not accepted yet, say) gives a card without a name, not an error. */
export async function readCard(session: Session, patient: string): Promise<PatientCard> {
	const known = cached(session.me)[patient];
	if (known?.name) return known;
	const none: PatientCard = { id: null, name: null, born: null };
	const gk = await gatekeeperFor(session, session.me);
	if (!gk) return none;
	for (const id of patientIds(session, patient, session.me)) {
		try {
			const answer = await gk.get(`/fhir/Patient/${encodeURIComponent(id)}`, 'treatment');
			const r = toValue(served(answer)[0]!) as Resource;
			if (r?.resourceType !== 'Patient') continue;
			const card = { id: r.id ?? id, name: title(r) === 'Patient' ? null : title(r), born: typeof r.birthDate === 'string' ? r.birthDate : null };
			remember(session.me, patient, card);
			return card;
		} catch (e) {
			if (e instanceof GatekeeperError && e.status === 404) continue;
			console.warn(`the Patient of ${patient}:`, e);
			return none;
		}
	}
	return none;
}

/** This provider's cards of `patients`, as they arrive. `version` reads them again. */
export function usePatientCards(session: Session, patients: string[], version = 0): Record<string, PatientCard> {
	const [cards, setCards] = useState<Record<string, PatientCard>>(() => cached(session.me));
	const key = [...new Set(patients)].sort().join(',');
	useEffect(() => {
		let live = true;
		for (const p of new Set(patients)) {
			void readCard(session, p).then((card) => { if (live) setCards((c) => ({ ...c, [p]: card })); });
		}
		return () => { live = false; };
	}, [key, version]);
	return cards;
}

/** How a patient is shown: their name, or a short form of their account code. */
export function patientLabel(card: PatientCard | undefined, account: string): string {
	return card?.name ?? `Patient ${short(account)}`;
}

/** Whether a search matches: every word begins a part of the name, or is the birth date
 * (written as FHIR does or as shown), or begins the account code. */
export function matches(card: PatientCard | undefined, account: string, query: string): boolean {
	const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const parts = (card?.name ?? '').toLowerCase().split(/[\s,]+/);
	return words.every((w) => parts.some((p) => p.startsWith(w)) || card?.born === w || account.toLowerCase().startsWith(w));
}

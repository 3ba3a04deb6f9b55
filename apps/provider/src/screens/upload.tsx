// Uploading FHIR records to this provider's own gatekeeper (its admin API, reached through the
// app's server), then following the digest to the chain: the outbox row while the pointer
// update is pending, and the pointer on chain once final.

import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@medrec/client';
import { ErrorText, useLoad } from '@medrec/client/ui';
import { forgetCard, readCard } from '../names.js';
import { isAccount, type Session } from '../session.js';

/** An example Bundle for `patient` (an account). A patient this gatekeeper already holds is
 * referred to by their Patient id (`existing`), which may be another than the account (the
 * demo's "eve"): sending a second Patient for the same account would be refused. */
function sample(patient: string, kind: string, existing: string | null): string {
	const subject = { reference: `Patient/${existing ?? patient}` };
	const stamp = Date.now().toString(36);
	const patientResource = existing ? null : { resourceType: 'Patient', id: patient, identifier: [{ system: 'urn:medrec:account', value: patient }] };
	const resources: Record<string, unknown> = {
		medication: { resourceType: 'MedicationRequest', id: `med-${stamp}`, status: 'active', intent: 'order', subject, medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '308136', display: 'Amlodipine 10 MG Oral Tablet' }], text: 'Amlodipine 10 MG Oral Tablet' } },
		observation: { resourceType: 'Observation', id: `obs-${stamp}`, status: 'final', subject, code: { coding: [{ system: 'http://loinc.org', code: '8480-6', display: 'Systolic blood pressure' }], text: 'Systolic blood pressure' }, effectiveDateTime: new Date().toISOString().slice(0, 19) + 'Z', valueQuantity: { value: 128, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
		allergy: { resourceType: 'AllergyIntolerance', id: `alg-${stamp}`, patient: subject, criticality: 'low', code: { coding: [{ system: 'http://snomed.info/sct', code: '300913006', display: 'Shellfish allergy' }], text: 'Shellfish allergy' } },
	};
	const entry = [...(patientResource ? [{ resource: patientResource }] : []), { resource: resources[kind] }];
	return JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry }, null, 2);
}

interface OutboxRow { patient: string; account: string; category: string; digest: string; attempts: number; last_error: string | null }

export function Upload({ session }: { session: Session }) {
	const admin = session.config.admin[session.me];
	const initial = new URLSearchParams(location.hash.split('?')[1] ?? '').get('patient') ?? '';
	const [patient, setPatient] = useState(initial);
	const [text, setText] = useState('');
	const card = useLoad(() => (isAccount(patient) ? readCard(session, patient.trim()) : Promise.resolve(null)), [patient]);
	const existing = card.data?.id ?? null;
	useEffect(() => {
		// Arriving from a patient's "Add a record": start from an example for them.
		if (initial && !text && card.data !== undefined) setText(sample(initial, 'medication', existing));
	}, [card.data]);
	const [result, setResult] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [tick, setTick] = useState(0);
	const outbox = useLoad(async () => {
		if (!admin) return [] as OutboxRow[];
		const r = await fetch(`${admin}/admin/pointers`);
		if (!r.ok) throw new Error(`the admin API answered ${r.status}`);
		return ((await r.json()) as { pending: OutboxRow[] }).pending;
	}, [tick]);
	const pointers = useLoad(async () => (patient.trim() ? (await session.chain.relationships(patient.trim())).find((r) => r.provider === session.me)?.pointers ?? [] : []), [tick, patient]);
	useEffect(() => {
		const t = setInterval(() => setTick((x) => x + 1), 2000);
		return () => clearInterval(t);
	}, []);
	const upload = async () => {
		setError(null);
		setResult(null);
		try {
			JSON.parse(text);
			const r = await fetch(`${admin}/admin/ingest`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: text });
			const body = (await r.json()) as { stored?: number; issue?: { diagnostics?: string; expression?: string[] }[] };
			if (!r.ok) throw new Error((body.issue ?? []).map((i) => `${i.diagnostics ?? ''} ${(i.expression ?? []).join(' ')}`).join('; ') || `refused (${r.status})`);
			const stored = body.stored ?? 0;
			setResult(`Stored ${stored} ${stored === 1 ? 'resource' : 'resources'}. The digest now goes to the chain.`);
			forgetCard(session.me, patient.trim());
			setTick((x) => x + 1);
		} catch (e) {
			setError((e as Error).message);
		}
	};
	if (!admin) return <section><h2>Upload records</h2><p class="error">No admin API is configured for this provider (config.json "admin").</p></section>;
	return (
		<section aria-labelledby="up-h">
			<h2 id="up-h">Upload records</h2>
			<form class="card" onSubmit={(e) => { e.preventDefault(); void upload(); }}>
				<label for="up-patient">Patient's account id (also their FHIR Patient id here)</label>
				<input id="up-patient" class="mono" value={patient} onInput={(e) => setPatient((e.target as HTMLInputElement).value)} />
				<div class="row" role="group" aria-label="Start from an example">
					{['medication', 'observation', 'allergy'].map((k) => <button type="button" class="secondary" key={k} disabled={!patient.trim() || card.loading} onClick={() => setText(sample(patient.trim(), k, existing))}>Example {k}</button>)}
				</div>
				<label for="up-fhir">FHIR R4 JSON (a Bundle or one resource)</label>
				<textarea id="up-fhir" class="mono" rows={14} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
				<p><button type="submit" disabled={!text.trim()}>Upload to my gatekeeper</button></p>
				{result && <p class="status ok" role="status">{result}</p>}
				<ErrorText error={error} />
			</form>
			<div class="card">
				<h3>Pointer updates waiting for the chain</h3>
				<ErrorText error={outbox.error} />
				{outbox.data?.length === 0 ? <p class="status ok" data-testid="outbox-empty">None: every digest is in a finalized block.</p> : (
					<div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table"><table data-testid="outbox">
						<thead><tr><th scope="col">Patient</th><th scope="col">Category</th><th scope="col">Attempts</th><th scope="col">Last error</th></tr></thead>
						<tbody>{outbox.data?.map((r) => <tr key={`${r.patient}/${r.category}`}><td class="mono">{r.patient.slice(0, 12)}…</td><td>{r.category}</td><td>{r.attempts}</td><td>{r.last_error ?? '—'}</td></tr>)}</tbody>
					</table></div>
				)}
			</div>
			{patient.trim() && (
				<div class="card">
					<h3>This patient's records on the network</h3>
					{pointers.data?.length === 0 && <p class="muted">None yet: they are recorded once the patient has accepted you as their provider.</p>}
					<ul class="plain" data-testid="pointers">{pointers.data?.map((p) => <li key={p.recordSet} title={`digest ${p.digest}, block ${p.updatedAt}`}><span class="status ok">recorded</span> {CATEGORY_LABELS[p.category]}</li>)}</ul>
				</div>
			)}
		</section>
	);
}

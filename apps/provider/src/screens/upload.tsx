// Adding records at this provider's own gatekeeper (its admin API, reached through the app's
// server): a form for the common ones (forms.ts), a FHIR file, or FHIR JSON pasted by IT staff;
// then following each to the chain: waiting while the pointer update is pending, recorded once
// final.

import { useEffect, useState } from 'preact/hooks';
import { accountPatient, buildRecord, CATEGORY_LABELS, dateText, describeUpload, MEASUREMENTS, RECORD_KINDS, title, type Fields, type RecordKind, type Resource } from '@medrec/client';
import { ErrorText, readFile, useLoad } from '@medrec/client/ui';
import { forgetCard, patientLabel, readCard } from '../names.js';
import { isAccount, type Session } from '../session.js';

/** An example Bundle for `patient` (an account). A patient this gatekeeper already holds is
 * referred to by their Patient id (`existing`), which may be another than the account (the
 * demo's "eve"): sending a second Patient for the same account would be refused. */
function sample(patient: string, kind: string, existing: string | null): string {
	const subject = { reference: `Patient/${existing ?? patient}` };
	const stamp = Date.now().toString(36);
	const patientResource = existing ? null : accountPatient(patient);
	const resources: Record<string, unknown> = {
		medication: { resourceType: 'MedicationRequest', id: `med-${stamp}`, status: 'active', intent: 'order', subject, medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '308136', display: 'Amlodipine 10 MG Oral Tablet' }], text: 'Amlodipine 10 MG Oral Tablet' } },
		observation: { resourceType: 'Observation', id: `obs-${stamp}`, status: 'final', subject, code: { coding: [{ system: 'http://loinc.org', code: '8480-6', display: 'Systolic blood pressure' }], text: 'Systolic blood pressure' }, effectiveDateTime: new Date().toISOString().slice(0, 19) + 'Z', valueQuantity: { value: 128, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
		allergy: { resourceType: 'AllergyIntolerance', id: `alg-${stamp}`, patient: subject, criticality: 'low', code: { coding: [{ system: 'http://snomed.info/sct', code: '300913006', display: 'Shellfish allergy' }], text: 'Shellfish allergy' } },
	};
	const entry = [...(patientResource ? [{ resource: patientResource }] : []), { resource: resources[kind] }];
	return JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry }, null, 2);
}

interface OutboxRow { patient: string; account: string; category: string; digest: string; attempts: number; last_error: string | null }

/** The form's fields for each kind of record: name, label, input type, choices. */
const FIELDS: Record<RecordKind, { name: string; label: string; type?: string; choices?: readonly { value: string; label: string }[]; hint?: string }[]> = {
	medication: [
		{ name: 'medicine', label: 'Medicine', hint: 'Name and strength, as on the prescription' },
		{ name: 'instructions', label: 'Instructions', hint: 'Optional: how and when to take it' },
		{ name: 'started', label: 'Prescribed on', type: 'date' },
	],
	allergy: [
		{ name: 'substance', label: 'Allergic to' },
		{ name: 'risk', label: 'Risk', choices: [{ value: 'unable-to-assess', label: 'Not known' }, { value: 'low', label: 'Low' }, { value: 'high', label: 'High' }] },
		{ name: 'reaction', label: 'Reaction', hint: 'Optional: what happens, such as a rash' },
	],
	measurement: [
		{ name: 'type', label: 'What was measured', choices: [{ value: '', label: 'Choose…' }, ...MEASUREMENTS.map((m) => ({ value: m.code, label: `${m.name} (${m.unit})` }))] },
		{ name: 'value', label: 'Value', type: 'text' },
		{ name: 'when', label: 'When', type: 'datetime-local', hint: 'Leave empty for now' },
	],
	condition: [
		{ name: 'condition', label: 'Condition' },
		{ name: 'since', label: 'Since', type: 'date', hint: 'Optional' },
	],
	note: [
		{ name: 'title', label: 'Title' },
		{ name: 'text', label: 'Note', type: 'textarea' },
	],
};

/** What the gatekeeper said when it refused an upload, record by record. */
function refusalText(status: number, issues: { diagnostics?: string; expression?: string[] }[], resources: Resource[]): string {
	if (issues.length === 0) return `Your records service did not store this (it answered ${status}). Nothing was changed.`;
	return issues.map((i) => {
		const n = /entry\[(\d+)\]/.exec((i.expression ?? []).join(' '))?.[1];
		const which = n !== undefined ? `Record ${Number(n) + 1}${resources[Number(n)] ? ` (${title(resources[Number(n)]!)})` : ''}: ` : '';
		return `${which}${i.diagnostics ?? 'not accepted'}`;
	}).join(' ');
}

export function Upload({ session }: { session: Session }) {
	const admin = session.config.admin[session.me];
	const initial = new URLSearchParams(location.hash.split('?')[1] ?? '').get('patient') ?? '';
	const [patient, setPatient] = useState(initial);
	const [text, setText] = useState('');
	const card = useLoad(() => (isAccount(patient) ? readCard(session, patient.trim()) : Promise.resolve(null)), [patient]);
	const existing = card.data?.id ?? null;
	const [kind, setKind] = useState<RecordKind>('medication');
	const [fields, setFields] = useState<Fields>({});
	const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
	const [file, setFile] = useState<{ name: string; text: string; resources: Resource[] } | null>(null);
	const [result, setResult] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [tick, setTick] = useState(0);
	const outbox = useLoad(async () => {
		if (!admin) return [] as OutboxRow[];
		const r = await fetch(`${admin}/admin/pointers`);
		if (!r.ok) throw new Error(`Your records service cannot be reached right now (it answered ${r.status}).`);
		return ((await r.json()) as { pending: OutboxRow[] }).pending;
	}, [tick]);
	const pointers = useLoad(async () => (patient.trim() ? (await session.chain.relationships(patient.trim())).find((r) => r.provider === session.me)?.pointers ?? [] : []), [tick, patient]);
	useEffect(() => {
		const t = setInterval(() => setTick((x) => x + 1), 2000);
		return () => clearInterval(t);
	}, []);
	const who = patientLabel(card.data ?? undefined, patient.trim());

	/** Sends `bundle` (its resources listed for messages) to this provider's gatekeeper. */
	const send = async (bundle: string, resources: Resource[], saved: (stored: number) => string): Promise<boolean> => {
		setError(null);
		setResult(null);
		try {
			const r = await fetch(`${admin}/admin/ingest`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: bundle });
			const body = (await r.json()) as { stored?: number; issue?: { diagnostics?: string; expression?: string[] }[] };
			if (!r.ok) throw new Error(refusalText(r.status, body.issue ?? [], resources));
			setResult(saved(body.stored ?? 0));
			forgetCard(session.me, patient.trim());
			setTick((x) => x + 1);
			return true;
		} catch (e) {
			setError(e instanceof TypeError ? 'Your records service cannot be reached right now. Nothing was stored.' : (e as Error).message);
			return false;
		}
	};
	/** A Bundle of `resources`, with the patient's Patient record when this gatekeeper has none. */
	const bundleOf = (resources: Resource[]): string => {
		const account = patient.trim();
		const patientResource = existing ? [] : [accountPatient(account)];
		return JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [...patientResource, ...resources].map((resource) => ({ resource })) });
	};
	const saveForm = async () => {
		const built = buildRecord(kind, fields, existing ?? patient.trim());
		if ('errors' in built) {
			setFieldErrors(built.errors);
			document.getElementById(`rec-${Object.keys(built.errors)[0]}`)?.focus();
			return;
		}
		setFieldErrors({});
		if (await send(bundleOf([built.resource]), [built.resource], () => `Saved: ${title(built.resource)} for ${who}.`)) setFields({});
	};
	const chooseFile = async (input: HTMLInputElement) => {
		setError(null);
		setFile(null);
		const content = await readFile(input);
		const described = describeUpload(content);
		if ('error' in described) return setError(described.error);
		setFile({ name: input.files?.[0]?.name ?? 'file', text: content, resources: described.resources });
	};
	const counts = (resources: Resource[]): string => {
		const by = new Map<string, number>();
		for (const r of resources) by.set(r.resourceType, (by.get(r.resourceType) ?? 0) + 1);
		return [...by].map(([t, n]) => `${n} ${t}`).join(', ');
	};

	if (!admin) return <section><h2>Upload records</h2><p class="error">Adding records is not set up for this provider yet. Ask your MedRec administrator to connect your records service.</p></section>;
	const ready = isAccount(patient) && !card.loading;
	return (
		<section aria-labelledby="up-h">
			<h2 id="up-h">Upload records</h2>
			<div class="card">
				<label for="up-patient">Patient's account code</label>
				<input id="up-patient" class="mono" value={patient} onInput={(e) => setPatient((e.target as HTMLInputElement).value)} />
				{isAccount(patient) && card.data && <p data-testid="upload-patient"><strong>{who}</strong>{card.data.born && <span class="muted"> · born {dateText(card.data.born)}</span>}{!existing && <span class="muted"> · new at this provider</span>}</p>}
				{result && <p class="status ok" role="status">{result}</p>}
				<ErrorText error={error} />
			</div>
			<form class="card" aria-labelledby="rec-h" onSubmit={(e) => { e.preventDefault(); void saveForm(); }} noValidate>
				<h3 id="rec-h">Add a record</h3>
				<label for="rec-kind">Kind of record</label>
				<select id="rec-kind" value={kind} onChange={(e) => { setKind((e.target as HTMLSelectElement).value as RecordKind); setFieldErrors({}); }}>
					{RECORD_KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
				</select>
				{FIELDS[kind].map((f) => {
					const id = `rec-${f.name}`;
					const problem = fieldErrors[f.name];
					const common = { id, value: fields[f.name] ?? '', 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? `${id}-error` : f.hint ? `${id}-hint` : undefined };
					const set = (v: string) => setFields({ ...fields, [f.name]: v });
					return (
						<div key={`${kind}-${f.name}`}>
							<label for={id}>{f.label}</label>
							{f.hint && !problem && <span class="muted" id={`${id}-hint`}> {f.hint}</span>}
							{f.choices ? (
								<select {...common} onChange={(e) => set((e.target as HTMLSelectElement).value)}>{f.choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select>
							) : f.type === 'textarea' ? (
								<textarea {...common} rows={5} onInput={(e) => set((e.target as HTMLTextAreaElement).value)} />
							) : (
								<input {...common} type={f.type ?? 'text'} onInput={(e) => set((e.target as HTMLInputElement).value)} />
							)}
							{problem && <p class="error" id={`${id}-error`}>{problem}</p>}
						</div>
					);
				})}
				<p><button type="submit" disabled={!ready}>Save record</button></p>
			</form>
			<div class="card">
				<h3>Upload a file</h3>
				<label for="up-file">FHIR Bundle file</label>
				<input id="up-file" type="file" accept=".json,application/fhir+json,application/json" onChange={(e) => void chooseFile(e.target as HTMLInputElement)} />
				{file && (
					<>
						<p data-testid="file-preview">{file.name}: {file.resources.length} {file.resources.length === 1 ? 'record' : 'records'} ({counts(file.resources)})</p>
						<p><button type="button" disabled={!ready} onClick={() => void send(file.text, file.resources, (n) => `Stored ${n} ${n === 1 ? 'record' : 'records'} from ${file.name}.`).then((ok) => ok && setFile(null))}>Upload file</button></p>
					</>
				)}
			</div>
			<details class="card">
				<summary>Paste FHIR JSON (for IT staff)</summary>
				<div class="row" role="group" aria-label="Start from an example">
					{['medication', 'observation', 'allergy'].map((k) => <button type="button" class="secondary" key={k} disabled={!ready} onClick={() => setText(sample(patient.trim(), k, existing))}>Example {k}</button>)}
				</div>
				<label for="up-fhir">FHIR R4 JSON (a Bundle or one resource)</label>
				<textarea id="up-fhir" class="mono" rows={14} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
				<p><button type="button" disabled={!text.trim()} onClick={() => {
					const described = describeUpload(text);
					if ('error' in described) return setError(described.error);
					void send(text, described.resources, (n) => `Stored ${n} ${n === 1 ? 'resource' : 'resources'}. The digest now goes to the chain.`);
				}}>Upload to my gatekeeper</button></p>
			</details>
			<div class="card">
				<h3>Being recorded on the network</h3>
				<ErrorText error={outbox.error} />
				{outbox.data?.length === 0 ? <p class="status ok" data-testid="outbox-empty">Everything is recorded.</p> : (
					<ul class="plain" data-testid="outbox">
						{outbox.data?.map((r) => (
							<li key={`${r.patient}/${r.category}`}>
								{CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS] ?? r.category}{r.account === patient.trim() ? ` for ${who}` : ''}: {r.last_error && /WrongState|NotActive|not active/i.test(r.last_error) ? 'waiting for the patient to accept you as their provider' : r.attempts > 1 ? `trying again (${r.attempts} tries)` : 'being recorded…'}
							</li>
						))}
					</ul>
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

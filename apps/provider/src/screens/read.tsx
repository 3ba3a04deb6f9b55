// Reading a patient's records from every provider that holds them, as far as the chain allows
// this account: each answer decrypted here and checked against the chain's pointers. Asking
// the patient for access when it does not.

import { useState } from 'preact/hooks';
import { ASKABLE, CATEGORY_LABELS, categoryOf, dateText, DAY, GatekeeperError, PURPOSE_NAMES, readRefusal, readRefusalText, served, toValue, verificationWords, verifyAnswer, type Category, type Purpose, type ReadRefusal, type Resource, type Verification } from '@medrec/client';
import { byDate, CategoryPicker, ErrorText, Loading, RecordList, TxButton, useLoad, useNames } from '@medrec/client/ui';
import { patientLabel, usePatientCards } from '../names.js';
import { gatekeeperFor, isAccount, patientIds, type Session } from '../session.js';

export interface SourceResult {
	provider: string;
	resources: Resource[];
	verification: Verification | null;
	/** Why this provider's gatekeeper sent nothing; null when it answered. */
	refusal: ReadRefusal | 'NoGatekeeper' | null;
	/** The purpose read for, which a refusal may name. */
	purpose: Purpose;
}

/** Reads everything this account may see of `patient` at each of the patient's providers. */
export async function readPatient(session: Session, patient: string, purpose: Purpose): Promise<SourceResult[]> {
	const rels = await session.chain.relationships(patient);
	return Promise.all(rels.filter((r) => r.pointers.length > 0).map(async (r): Promise<SourceResult> => {
		const gk = await gatekeeperFor(session, r.provider);
		if (!gk) return { provider: r.provider, resources: [], verification: null, refusal: 'NoGatekeeper', purpose };
		let refusal: ReadRefusal = 'NotFound';
		for (const id of patientIds(session, patient, r.provider)) {
			try {
				const answer = await gk.get(`/fhir/Patient/${encodeURIComponent(id)}/$everything`, purpose.toLowerCase() as Lowercase<Purpose>);
				const verification = await verifyAnswer(answer, session.chain, r.provider);
				return { provider: r.provider, resources: served(answer).map((x) => toValue(x) as Resource), verification, refusal: null, purpose };
			} catch (e) {
				if (e instanceof GatekeeperError && e.status === 404) continue;
				console.warn(`reading at ${r.provider}:`, e);
				refusal = readRefusal(e);
				break;
			}
		}
		return { provider: r.provider, resources: [], verification: null, refusal, purpose };
	}));
}

/** A source's refusal in words, with what the reader can do. */
function Refused({ s, holder }: { s: SourceResult; holder: string }) {
	if (!s.refusal) return null;
	if (s.refusal === 'NoGatekeeper') return <p class="muted">{holder} does not share records through MedRec yet.</p>;
	const words = readRefusalText(s.refusal, { holder, self: false, purpose: s.purpose });
	return <p class="status bad" data-refusal={s.refusal}>{words.what}{words.next && <> {words.next}</>}</p>;
}

export function Results({ session, results }: { session: Session; results: SourceResult[] }) {
	const names = useNames(session.chain, results.map((r) => r.provider));
	return (
		<div data-testid="read-results">
			{results.length === 0 && <p class="muted">This patient has no records on the network yet.</p>}
			{results.map((s) => (
				<article class="card" key={s.provider} aria-label={`Records at ${names[s.provider] ?? s.provider}`}>
					<h3>At {names[s.provider] ?? s.provider}</h3>
					<Refused s={s} holder={names[s.provider] ?? 'This provider'} />
					{s.verification && (s.verification.ok ? <p class="status ok">Decrypted here; digests match the chain</p> : (() => {
						const said = verificationWords(s.verification.problems, names[s.provider] ?? 'this provider')!;
						return <p class={`status ${said.tone}`} title={s.verification.problems.join('\n')}>{said.text}</p>;
					})())}
					{s.resources.length > 0 && (
						<RecordList
							idPrefix={`read-${s.provider.slice(0, 8)}`}
							items={s.resources.map((r) => ({
								key: `${r.resourceType}/${r.id}`,
								resource: r,
								holder: `${CATEGORY_LABELS[categoryOf(r)]} at ${names[s.provider] ?? 'this provider'}`,
								verified: s.verification?.resources[`${r.resourceType}/${r.id}`],
							})).sort(byDate)}
						/>
					)}
				</article>
			))}
		</div>
	);
}

export function Read({ session }: { session: Session }) {
	const initial = new URLSearchParams(location.hash.split('?')[1] ?? '').get('patient') ?? '';
	const [patient, setPatient] = useState(initial);
	const [purpose, setPurpose] = useState<Purpose>('Treatment');
	const [asked, setAsked] = useState<{ patient: string; purpose: Purpose; n: number } | null>(initial ? { patient: initial, purpose: 'Treatment', n: 0 } : null);
	const results = useLoad(() => (asked ? readPatient(session, asked.patient, asked.purpose) : Promise.resolve(null)), [asked]);
	const rels = useLoad(() => (asked ? session.chain.relationships(asked.patient) : Promise.resolve([])), [asked]);
	const names = useNames(session.chain, (rels.data ?? []).map((r) => r.provider));
	const cards = usePatientCards(session, asked ? [asked.patient] : []);
	const [categories, setCategories] = useState<Category[]>(['Medications']);
	const [scope, setScope] = useState('all');
	const [days, setDays] = useState(30);
	return (
		<section aria-labelledby="read-h">
			<h2 id="read-h">Read records</h2>
			<form class="card" onSubmit={(e) => { e.preventDefault(); if (isAccount(patient)) setAsked({ patient: patient.trim(), purpose, n: (asked?.n ?? 0) + 1 }); }}>
				<label for="rd-patient">Patient's account id</label>
				<input id="rd-patient" class="mono" value={patient} onInput={(e) => setPatient((e.target as HTMLInputElement).value)} />
				<label for="rd-purpose">Purpose</label>
				<select id="rd-purpose" value={purpose} onChange={(e) => setPurpose((e.target as HTMLSelectElement).value as Purpose)}>
					{PURPOSE_NAMES.filter((p) => p !== 'Personal').map((p) => <option key={p} value={p}>{p}</option>)}
				</select>
				<p><button type="submit">Read</button></p>
			</form>
			{asked && <h3 data-testid="read-patient">{patientLabel(cards[asked.patient], asked.patient)}{cards[asked.patient]?.born && <span class="muted"> · born {dateText(cards[asked.patient]!.born)}</span>}</h3>}
			{results.loading && asked && <Loading what="records from the patient's providers" />}
			<ErrorText error={results.error} />
			{results.data && <Results session={session} results={results.data} />}
			{asked && results.data?.some((s) => s.refusal !== null && s.refusal !== 'NoGatekeeper' && ASKABLE.includes(s.refusal)) && (
				<form class="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="req-h">
					<h3 id="req-h">Ask the patient for access</h3>
					<label for="rq-scope">Records at</label>
					<select id="rq-scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
						<option value="all">All their providers</option>
						{rels.data?.map((r) => <option key={r.id} value={String(r.id)}>{names[r.provider] ?? r.provider}</option>)}
					</select>
					<CategoryPicker idPrefix="rq-cat" value={categories} onChange={setCategories} />
					<label for="rq-days">For how many days</label>
					<input id="rq-days" type="number" min={1} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} />
					<p><TxButton chain={session.chain} signer={session.signer} make={() => (categories.length ? session.chain.tx.requestAccess(asked.patient, scope === 'all' ? 'all' : { relationship: Number(scope) }, categories, purpose, days * DAY) : null)}>Send request</TxButton></p>
					<p class="muted">The patient answers in their app; read again once they have.</p>
				</form>
			)}
		</section>
	);
}

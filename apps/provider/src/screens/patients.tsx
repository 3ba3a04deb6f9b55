// Patients: those with a relationship to this provider, by name and searchable (names come from
// the provider's own gatekeeper, never the chain: names.ts), those who shared records with this
// account, and adding a patient by their account code (typed, pasted or read from a QR code),
// with their name and date of birth kept at this provider's gatekeeper.

import { useState } from 'preact/hooks';
import { accountPatient, CATEGORY_WORDS, dateText, listWords } from '@medrec/client';
import { ErrorText, Loading, short, TxButton, useLoad, When } from '@medrec/client/ui';
import { forgetCard, matches, patientLabel, usePatientCards } from '../names.js';
import { isAccount, type Session } from '../session.js';

/** Keeps the new patient's name and date of birth as their Patient resource at this provider's
 * gatekeeper (through its admin API): the provider's own record, read back by names.ts. */
async function recordPatient(session: Session, account: string, name: string, born: string): Promise<void> {
	const admin = session.config.admin[session.me];
	if (!admin || !name.trim()) return;
	const words = name.trim().split(/\s+/);
	const patient = accountPatient(account, {
		name: [{ text: name.trim(), family: words.length > 1 ? words[words.length - 1] : undefined, given: words.length > 1 ? words.slice(0, -1) : words }],
		...(born ? { birthDate: born } : {}),
	});
	const r = await fetch(`${admin}/admin/ingest`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: JSON.stringify(patient) });
	if (!r.ok) throw new Error(`The patient was added, but their name could not be kept (the records service answered ${r.status}). Add it again from Upload records.`);
	forgetCard(session.me, account);
}

declare class BarcodeDetector {
	constructor(opts: { formats: string[] });
	detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

export function Patients({ session }: { session: Session }) {
	const { chain, me, signer } = session;
	const isProvider = session.role === 'Provider';
	const [tick, setTick] = useState(0);
	const mine = useLoad(() => (isProvider ? chain.relationshipsOfProvider(me) : Promise.resolve([])), [tick]);
	const shared = useLoad(() => chain.grantsTo(me), [tick]);
	const cards = usePatientCards(session, (mine.data ?? []).filter((r) => r.state === 'Active').map((r) => r.patient), tick);
	const [query, setQuery] = useState('');
	const [account, setAccount] = useState('');
	const [name, setName] = useState('');
	const [born, setBorn] = useState('');
	const [qrError, setQrError] = useState<string | null>(null);
	const [saveError, setSaveError] = useState<string | null>(null);
	const scan = async (input: HTMLInputElement) => {
		setQrError(null);
		try {
			if (!('BarcodeDetector' in globalThis)) throw new Error('This browser cannot read QR codes: type or paste the account code instead.');
			const bitmap = await createImageBitmap(input.files![0]!);
			const [code] = await new BarcodeDetector({ formats: ['qr_code'] }).detect(bitmap);
			if (!code) throw new Error('No QR code was found in the picture.');
			setAccount(code.rawValue.trim());
		} catch (e) {
			setQrError((e as Error).message);
		}
	};
	const added = (patient: string) => {
		setSaveError(null);
		void recordPatient(session, patient, name, born).catch((e: Error) => setSaveError(e.message)).finally(() => {
			setAccount('');
			setName('');
			setBorn('');
			setTick((t) => t + 1);
		});
	};
	const list = (mine.data ?? []).filter((r) => matches(cards[r.patient], r.patient, query));
	return (
		<section aria-labelledby="pat-h">
			<h2 id="pat-h">Patients</h2>
			{isProvider && (
				<div class="card">
					<h3>My patients</h3>
					<label for="pat-search">Find a patient</label>
					<input id="pat-search" type="search" placeholder="Name, date of birth (1984-03-02) or account code" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
					{mine.loading && !mine.data && <Loading what="patients" />}
					<ErrorText error={mine.error} />
					{mine.data?.length === 0 && <p class="muted">No patients yet. Add one below with the account code their MedRec app shows.</p>}
					{mine.data && mine.data.length > 0 && list.length === 0 && <p class="muted">No patient matches “{query}”.</p>}
					<ul class="plain" data-testid="my-patients">
						{list.map((r) => {
							const card = cards[r.patient];
							return (
								<li key={r.id}>
									<strong>{patientLabel(card, r.patient)}</strong>
									{card?.born && <span class="muted"> · born {dateText(card.born)}</span>}{' '}
									{r.state === 'Active' ? <span class="status ok">active</span> : <span class="status warn">waiting for the patient to accept</span>}
									<div class="row">
										<a href={`#/read?patient=${r.patient}`}>Open records</a>
										<a href={`#/upload?patient=${r.patient}`}>Add a record</a>
									</div>
								</li>
							);
						})}
					</ul>
				</div>
			)}
			{isProvider && (
				<form class="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="onb-h">
					<h3 id="onb-h">Add a patient</h3>
					<p class="muted">Ask the patient for the account code their MedRec app shows (as text or a QR code). They accept in their app. Their name and date of birth stay with your records service, never on the network.</p>
					<label for="onb-name">Patient's name</label>
					<input id="onb-name" autoComplete="off" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
					<label for="onb-born">Date of birth</label>
					<input id="onb-born" type="date" value={born} onInput={(e) => setBorn((e.target as HTMLInputElement).value)} />
					<label for="onb-account">Patient's account id</label>
					<input id="onb-account" class="mono" value={account} onInput={(e) => setAccount((e.target as HTMLInputElement).value)} />
					<label for="onb-qr">Or a photo of their QR code</label>
					<input id="onb-qr" type="file" accept="image/*" capture="environment" onChange={(e) => void scan(e.target as HTMLInputElement)} />
					<ErrorText error={qrError} />
					<p><TxButton chain={chain} signer={signer} make={() => (isAccount(account) ? chain.tx.openRelationship(account.trim()) : null)} onFinal={() => added(account.trim())}>Open relationship</TxButton></p>
					<ErrorText error={saveError} />
				</form>
			)}
			<div class="card">
				<h3>Shared with me</h3>
				{shared.loading && !shared.data && <Loading what="what patients shared with you" />}
				<ErrorText error={shared.error} />
				{shared.data?.length === 0 && <p class="muted">No patient has shared records with you yet. A patient shares from their MedRec app; you can also ask one for access from Read records.</p>}
				<ul class="plain" data-testid="shared-with-me">
					{shared.data?.map(({ patient, grant }) => (
						<li key={`${patient}/${grant.id}`}>
							<strong>Patient {short(patient)}</strong> shared their {listWords(grant.categories.map((c) => CATEGORY_WORDS[c]))} {grant.scope === 'all' ? 'from all their providers' : 'from one of their providers'}, for {grant.purpose.toLowerCase()}, until <When ms={grant.expires} />
							{grant.expires < Date.now() && <span class="status warn"> ended</span>}
							<div><a href={`#/read?patient=${patient}`}>Read</a></div>
						</li>
					))}
				</ul>
			</div>
		</section>
	);
}

// Patients: those with a relationship to this provider, those who shared records with this
// account, and onboarding a new patient by account id (typed, pasted or read from a QR code).

import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@medrec/client';
import { ErrorText, Loading, TxButton, useLoad, When } from '@medrec/client/ui';
import { isAccount, type Session } from '../session.js';

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
	const [account, setAccount] = useState('');
	const [qrError, setQrError] = useState<string | null>(null);
	const scan = async (input: HTMLInputElement) => {
		setQrError(null);
		try {
			if (!('BarcodeDetector' in globalThis)) throw new Error('this browser cannot read QR codes; paste the account id instead');
			const bitmap = await createImageBitmap(input.files![0]!);
			const [code] = await new BarcodeDetector({ formats: ['qr_code'] }).detect(bitmap);
			if (!code) throw new Error('no QR code found in the picture');
			setAccount(code.rawValue.trim());
		} catch (e) {
			setQrError((e as Error).message);
		}
	};
	return (
		<section aria-labelledby="pat-h">
			<h2 id="pat-h">Patients</h2>
			{isProvider && (
				<form class="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="onb-h">
					<h3 id="onb-h">Onboard a patient</h3>
					<p class="muted">Ask the patient for the account id their MedRec app shows (text or QR code). They accept the relationship in their app.</p>
					<label for="onb-account">Patient's account id</label>
					<input id="onb-account" class="mono" value={account} onInput={(e) => setAccount((e.target as HTMLInputElement).value)} />
					<label for="onb-qr">Or a photo of their QR code</label>
					<input id="onb-qr" type="file" accept="image/*" capture="environment" onChange={(e) => void scan(e.target as HTMLInputElement)} />
					<ErrorText error={qrError} />
					<p><TxButton chain={chain} signer={signer} make={() => (isAccount(account) ? chain.tx.openRelationship(account.trim()) : null)} onFinal={() => { setAccount(''); setTick((t) => t + 1); }}>Open relationship</TxButton></p>
				</form>
			)}
			{isProvider && (
				<div class="card">
					<h3>My patients</h3>
					{mine.loading && !mine.data && <Loading what="patients" />}
					<ErrorText error={mine.error} />
					{mine.data?.length === 0 && <p class="muted">No patients yet.</p>}
					<ul class="plain" data-testid="my-patients">
						{mine.data?.map((r) => (
							<li key={r.id}>
								<span class="mono">{r.patient}</span> {r.state === 'Active' ? <span class="status ok">active</span> : <span class="status warn">waiting for the patient</span>}
								<div class="row"><a href={`#/upload?patient=${r.patient}`}>Upload records</a> <a href={`#/read?patient=${r.patient}`}>Read</a></div>
							</li>
						))}
					</ul>
				</div>
			)}
			<div class="card">
				<h3>Shared with me</h3>
				{shared.loading && !shared.data && <Loading what="grants" />}
				<ErrorText error={shared.error} />
				{shared.data?.length === 0 && <p class="muted">No patient has shared records with you.</p>}
				<ul class="plain" data-testid="shared-with-me">
					{shared.data?.map(({ patient, grant }) => (
						<li key={`${patient}/${grant.id}`}>
							<span class="mono">{patient}</span>: {grant.categories.map((c) => CATEGORY_LABELS[c]).join(', ')} ({grant.scope === 'all' ? 'all providers' : `relationship ${grant.scope.relationship}`}), for {grant.purpose.toLowerCase()}, until <When ms={grant.expires} />
							{grant.expires < Date.now() && <span class="status warn"> expired</span>}
							<div><a href={`#/read?patient=${patient}`}>Read</a></div>
						</li>
					))}
				</ul>
			</div>
		</section>
	);
}

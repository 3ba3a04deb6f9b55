// Break-glass: read a patient's allergies, medications and conditions in an emergency, if the
// patient opted in. The justification is required; the patient sees it, with the access, in
// their notifications and audit.

import { useState } from 'preact/hooks';
import { ErrorText, TxButton } from '@medrec/client/ui';
import { isAccount, type Session } from '../session.js';
import { readPatient, Results, type SourceResult } from './read.js';

export function Emergency({ session }: { session: Session }) {
	const [patient, setPatient] = useState('');
	const [why, setWhy] = useState('');
	const [error, setError] = useState<string | null>(null);
	const [results, setResults] = useState<SourceResult[] | null>(null);
	const make = () => {
		setError(null);
		if (!isAccount(patient)) { setError('enter the patient\'s account id'); return null; }
		if (why.trim().length < 10) { setError('say why, in at least a few words: the patient will read it'); return null; }
		return session.chain.tx.breakGlass(patient.trim(), why.trim());
	};
	return (
		<section aria-labelledby="em-h">
			<h2 id="em-h">Emergency access</h2>
			<form class="card" onSubmit={(e) => e.preventDefault()}>
				<p>Opens the patient's allergies, medications and conditions for a limited time, only if they allowed emergency access. The patient is notified with your reason, and every read is audited.</p>
				<label for="em-patient">Patient's account id</label>
				<input id="em-patient" class="mono" value={patient} onInput={(e) => setPatient((e.target as HTMLInputElement).value)} />
				<label for="em-why">Justification (required)</label>
				<textarea id="em-why" rows={3} value={why} onInput={(e) => setWhy((e.target as HTMLTextAreaElement).value)} />
				<ErrorText error={error} />
				<p><TxButton chain={session.chain} signer={session.signer} class="danger" make={make} onFinal={() => void readPatient(session, patient.trim(), 'Treatment').then(setResults, (e: Error) => setError(e.message))}>Break the glass</TxButton></p>
			</form>
			{results && <Results session={session} results={results} />}
		</section>
	);
}

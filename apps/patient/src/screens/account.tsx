// My account: the id a provider needs (text and QR), where secure delivery of my records
// stands (the app publishes the key gatekeepers seal them to), and the backup file.

import { KeyStore } from '@medrec/client';
import { DeliveryStatus, download, Qr, type Delivery } from '@medrec/client/ui';
import type { Session } from '../session.js';

export function Account({ session, delivery, onSignOut }: { session: Session; delivery: Delivery; onSignOut: () => void }) {
	const { me } = session;
	return (
		<section aria-labelledby="acct-h">
			<h2 id="acct-h">My account</h2>
			<div class="grid">
				<div class="card">
					<h3>Share this with your provider</h3>
					<p>Your provider opens a relationship with this account id; you then accept it here.</p>
					<p class="mono" data-testid="account-id" data-dev-ok>{me}</p>
					<div class="row"><button type="button" class="secondary" onClick={() => void navigator.clipboard?.writeText(me)}>Copy account id</button></div>
					<Qr text={me} label={`QR code of your account id ${me}`} />
				</div>
				<div class="card">
					<h3>Secure delivery</h3>
					<p>Your providers send your records encrypted for this account, so only you can open them. The app sets this up by itself.</p>
					<DeliveryStatus delivery={delivery} unregistered="This is set up by itself once a provider has added you." />
				</div>
				<div class="card">
					<h3>Backup</h3>
					<p>The backup file is your key, encrypted with your passphrase. Keep it somewhere safe.</p>
					<button type="button" onClick={() => void new KeyStore().export(me).then((t) => download(`medrec-${me.slice(0, 8)}.json`, t))}>Download backup</button>
					<p><button type="button" class="secondary" onClick={onSignOut}>Sign out</button></p>
				</div>
			</div>
		</section>
	);
}

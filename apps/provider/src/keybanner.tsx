// Gatekeepers seal records to the reader's published encryption key, and the app publishes it
// by itself (`useSecureDelivery`). This banner only says so while that happens, or when it
// could not, with a way to try again: a reader never has to know what the key is.

import { DeliveryStatus, useSecureDelivery } from '@medrec/client/ui';
import type { Session } from './session.js';

export function KeyBanner({ session }: { session: Session }) {
	const delivery = useSecureDelivery(session.chain, session.me, session.pair, session.signer, 0);
	if (delivery.state !== 'setting-up' && delivery.state !== 'failed') return null;
	return (
		<div class="card notice" role="region" aria-label="Secure delivery">
			<p>Records are sent to you encrypted for this account. The app is setting that up.</p>
			<DeliveryStatus delivery={delivery} unregistered="" />
		</div>
	);
}

// Gatekeepers seal records to the reader's published X25519 key: a reader without one gets
// nothing. This banner offers to publish it, derived from the account key as the Rust client
// derives it.

import { u8aToHex } from '@polkadot/util';
import { encryptionPublic } from '@medrec/client';
import { TxButton, useLoad } from '@medrec/client/ui';
import type { Session } from './session.js';

export function KeyBanner({ session }: { session: Session }) {
	const { chain, me, pair, signer } = session;
	const identity = useLoad(() => chain.identity(me), []);
	const mine = u8aToHex(encryptionPublic(pair)).slice(2);
	if (!identity.data || identity.data.encryptionKey === mine) return null;
	return (
		<div class="card notice" role="region" aria-label="Encryption key">
			<p>{identity.data.encryptionKey ? 'The encryption key on the chain is not this key\'s.' : 'You have not published an encryption key yet.'} Gatekeepers only send records encrypted to it.</p>
			<TxButton chain={chain} signer={signer} make={() => chain.tx.setEncryptionKey(encryptionPublic(pair))} onFinal={identity.reload}>Publish my encryption key</TxButton>
		</div>
	);
}

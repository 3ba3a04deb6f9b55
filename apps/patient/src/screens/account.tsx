// My account: the id a provider needs (text and QR), the encryption key gatekeepers seal my
// records to (published on chain), and the backup file.

import { u8aToHex } from '@polkadot/util';
import { encryptionPublic, KeyStore } from '@medrec/client';
import { download, ErrorText, Qr, TxButton, useLoad } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

export function Account({ session, feed, onSignOut }: { session: Session; feed: Feed; onSignOut: () => void }) {
	const { chain, me, pair, signer } = session;
	const identity = useLoad(() => chain.identity(me), [feed.version]);
	const mine = u8aToHex(encryptionPublic(pair)).slice(2);
	const published = identity.data?.encryptionKey === mine;
	return (
		<section aria-labelledby="acct-h">
			<h2 id="acct-h">My account</h2>
			<div class="grid">
				<div class="card">
					<h3>Share this with your provider</h3>
					<p>Your provider opens a relationship with this account id; you then accept it here.</p>
					<p class="mono" data-testid="account-id">{me}</p>
					<div class="row"><button type="button" class="secondary" onClick={() => void navigator.clipboard?.writeText(me)}>Copy account id</button></div>
					<Qr text={me} label={`QR code of your account id ${me}`} />
				</div>
				<div class="card">
					<h3>Encryption key</h3>
					<p>Gatekeepers encrypt your records to this key, so only this account can open them.</p>
					<ErrorText error={identity.error} />
					{identity.data === null && <p class="status warn">You are not registered yet: a provider must first open a relationship with you.</p>}
					{identity.data && (published ? <p class="status ok" data-testid="key-status">Published on the chain</p> : <p class="status warn" data-testid="key-status">Not published yet</p>)}
					{identity.data && !published && <TxButton chain={chain} signer={signer} make={() => chain.tx.setEncryptionKey(encryptionPublic(pair))} onFinal={identity.reload}>Publish my encryption key</TxButton>}
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

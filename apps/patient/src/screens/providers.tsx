// My providers: relationships to accept, reject or end.

import { ErrorText, Loading, TxButton, useLoad, useNames } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

export function Providers({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me, signer } = session;
	const rels = useLoad(() => chain.relationships(me), [feed.version]);
	const names = useNames(chain, (rels.data ?? []).map((r) => r.provider));
	return (
		<section aria-labelledby="prov-h">
			<h2 id="prov-h">My providers</h2>
			{rels.loading && !rels.data && <Loading what="relationships" />}
			<ErrorText error={rels.error} />
			{rels.data?.length === 0 && <p>No provider has added you yet. Show your account code (under My account) to your provider; they add you, and you accept here.</p>}
			<div class="grid">
				{rels.data?.map((r) => (
					<article class="card" key={r.id} aria-label={names[r.provider] ?? r.provider}>
						<h3>{names[r.provider] ?? r.provider}</h3>
						<p>{r.state === 'Active' ? <span class="status ok">Active</span> : <span class="status warn">Waiting for your answer</span>} <span class="muted">{r.pointers.length === 0 ? 'No records yet' : r.pointers.length === 1 ? 'Holds one kind of record about you' : `Holds ${r.pointers.length} kinds of records about you`}</span></p>
						<div class="row">
							{r.state === 'AwaitingAcceptance' && <TxButton chain={chain} signer={signer} make={() => chain.tx.acceptRelationship(r.id)} onFinal={rels.reload} label={`Accept ${names[r.provider] ?? ''}`}>Accept</TxButton>}
							{r.state === 'AwaitingAcceptance' && <TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.rejectRelationship(r.id)} onFinal={rels.reload} label={`Reject ${names[r.provider] ?? ''}`}>Reject</TxButton>}
							{r.state === 'Active' && <TxButton chain={chain} signer={signer} class="danger" make={() => (confirm('End this relationship? Its grants end with it.') ? chain.tx.endRelationship(r.id) : null)} onFinal={rels.reload} label={`End relationship with ${names[r.provider] ?? ''}`}>End relationship</TxButton>}
						</div>
					</article>
				))}
			</div>
		</section>
	);
}

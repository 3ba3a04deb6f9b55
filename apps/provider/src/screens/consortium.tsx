// The consortium as a member sees it: members, validators, open proposals and their votes.

import { ErrorText, Loading, TxButton, useLoad, useNames } from '@medrec/client/ui';
import type { Session } from '../session.js';

export function Consortium({ session }: { session: Session }) {
	const { chain, me, signer } = session;
	const data = useLoad(() => chain.consortium(), []);
	const d = data.data;
	const names = useNames(chain, d ? [...d.members, ...d.validators, ...d.proposals.flatMap((p) => [p.proposer, ...(p.subject ? [p.subject] : [])])] : []);
	const n = (a: string) => names[a] ?? a.slice(0, 10);
	if (!d) return <section><h2>Consortium</h2>{data.loading ? <Loading what="the consortium" /> : <ErrorText error={data.error} />}</section>;
	const majority = Math.floor(d.members.length / 2) + 1;
	return (
		<section aria-labelledby="con-h">
			<h2 id="con-h">Consortium</h2>
			<div class="grid">
				<div class="card"><h3>Members ({d.members.length})</h3><ul data-testid="members">{d.members.map((m) => <li key={m}>{n(m)}{m === me && ' (you)'}</li>)}</ul></div>
				<div class="card"><h3>Validators ({d.validators.length})</h3><ul data-testid="validators">{d.validators.map((m) => <li key={m}>{n(m)}</li>)}</ul><p class="muted">The validator set follows the members at session boundaries (every {d.sessionLength} blocks).</p></div>
			</div>
			<div class="card">
				<h3>Open proposals</h3>
				<p class="muted">A proposal passes with {majority} of {d.members.length} votes.</p>
				{d.proposals.length === 0 && <p class="muted">None.</p>}
				<ul class="plain" data-testid="proposals">
					{d.proposals.map((p) => (
						<li key={p.index}>
							<strong>#{p.index} {p.kind}</strong> {p.name ? `“${p.name}”` : p.subject ? n(p.subject) : ''} proposed by {n(p.proposer)}; {p.ayes.length} for, {p.nays.length} against; open until block #{p.expires}
							{d.members.includes(me) && (
								<div class="row">
									<TxButton chain={chain} signer={signer} make={() => chain.tx.vote(p.index, true)} onFinal={data.reload} label={`Vote for proposal ${p.index}`}>Vote for</TxButton>
									<TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.vote(p.index, false)} onFinal={data.reload} label={`Vote against proposal ${p.index}`}>Vote against</TxButton>
								</div>
							)}
						</li>
					))}
				</ul>
			</div>
		</section>
	);
}

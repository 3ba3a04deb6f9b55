// The consortium as a member sees it: members, validators, open proposals and their votes. A
// research study comes before the members as a proposal too (`Action::Study`): its terms are
// shown with it, since that is what the vote approves; the studies decided so far follow.

import { stateText, type ProposalView, type Study } from '@medrec/client';
import { ErrorText, Loading, StudyTerms, TxButton, useFinalizedVersion, useLoad, useNames } from '@medrec/client/ui';
import type { Session } from '../session.js';

export function Consortium({ session }: { session: Session }) {
	const { chain, me, signer } = session;
	// New proposals (a study registered), votes and verdicts show as soon as they are final.
	const version = useFinalizedVersion(chain, (e) => e.section === 'consortium' || (e.section === 'research' && e.method.startsWith('Study')));
	const data = useLoad(async () => {
		const [consortium, studies] = await Promise.all([chain.consortium(), chain.allStudies()]);
		return { ...consortium, studies };
	}, [version]);
	const d = data.data;
	const names = useNames(chain, d ? [...d.members, ...d.validators, ...d.proposals.flatMap((p) => [p.proposer, ...(p.subject ? [p.subject] : [])]), ...d.studies.map((s) => s.researcher)] : []);
	const n = (a: string) => names[a] ?? a.slice(0, 10);
	if (!d) return <section><h2>Consortium</h2>{data.loading ? <Loading what="the consortium" /> : <ErrorText error={data.error} />}</section>;
	const majority = Math.floor(d.members.length / 2) + 1;
	const studyOf = (p: ProposalView): Study | undefined => (p.study === null ? undefined : d.studies.find((s) => s.id === p.study));
	const decided = d.studies.filter((s) => s.state.kind !== 'Proposed').reverse();
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
					{d.proposals.map((p) => {
						const study = studyOf(p);
						return (
							<li key={p.index}>
								<strong>#{p.index} {p.kind === 'Study' ? 'Research study' : p.kind}</strong> {study ? `“${study.terms.title}”` : p.name ? `“${p.name}”` : p.subject ? n(p.subject) : ''} proposed by {n(p.proposer)}; {p.ayes.length} for, {p.nays.length} against; open until block #{p.expires}
								{study && <StudyTerms study={study} researcher={n(study.researcher)} />}
								{p.study !== null && !study && <p class="muted">Study {p.study}'s terms could not be read.</p>}
								{d.members.includes(me) && (
									<div class="row">
										<TxButton chain={chain} signer={signer} make={() => chain.tx.vote(p.index, true)} onFinal={data.reload} label={`Vote for proposal ${p.index}`}>Vote for</TxButton>
										<TxButton chain={chain} signer={signer} class="secondary" make={() => chain.tx.vote(p.index, false)} onFinal={data.reload} label={`Vote against proposal ${p.index}`}>Vote against</TxButton>
									</div>
								)}
							</li>
						);
					})}
				</ul>
			</div>
			<div class="card">
				<h3>Research studies decided</h3>
				{decided.length === 0 && <p class="muted">None yet.</p>}
				<ul class="plain" data-testid="decided-studies">
					{decided.map((s) => <li key={s.id}><strong>Study {s.id}: {s.terms.title}</strong> by {n(s.researcher)}: {stateText(s.state)}</li>)}
				</ul>
			</div>
		</section>
	);
}

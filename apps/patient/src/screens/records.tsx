// My records from every provider, opened and checked here: each gatekeeper's answer is
// decrypted in the browser and its digests compared with the chain's pointers at the block the
// gatekeeper decided at. One timeline by category; medications side by side, with the same
// active ingredient from two providers flagged.

import { activeIngredient, CATEGORIES, CATEGORY_LABELS, categoryOf, conflicts, GatekeeperError, readRefusal, readRefusalText, served, verificationWords, title, toValue, verifyAnswer, type Category, type ReadRefusal, type Resource, type Verification } from '@medrec/client';
import { byDate, ErrorText, Loading, RecordList, useLoad, useNames, Verified, type Delivery } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import { gatekeeperFor, myPatientIds, type Session } from '../session.js';

export interface ProviderRecords {
	provider: string;
	resources: Resource[];
	verification: Verification | null;
	/** Why this provider's gatekeeper sent nothing; null when it answered or holds nothing yet. */
	refusal: ReadRefusal | 'NoGatekeeper' | null;
}

export async function loadMyRecords(session: Session): Promise<ProviderRecords[]> {
	const rels = (await session.chain.relationships(session.me)).filter((r) => r.state === 'Active');
	return Promise.all(rels.map(async (r): Promise<ProviderRecords> => {
		const gk = await gatekeeperFor(session, r.provider);
		if (!gk) return { provider: r.provider, resources: [], verification: null, refusal: 'NoGatekeeper' };
		for (const id of myPatientIds(session, r.provider)) {
			try {
				const answer = await gk.get(`/fhir/Patient/${encodeURIComponent(id)}/$everything`, 'personal');
				const verification = await verifyAnswer(answer, session.chain, r.provider);
				return { provider: r.provider, resources: served(answer).map((x) => toValue(x) as Resource), verification, refusal: null };
			} catch (e) {
				if (e instanceof GatekeeperError && e.status === 404) continue;
				console.warn(`reading my records at ${r.provider}:`, e);
				return { provider: r.provider, resources: [], verification: null, refusal: readRefusal(e) };
			}
		}
		return { provider: r.provider, resources: [], verification: null, refusal: null };
	}));
}

/** One provider's refusal, in words; setting up and waiting for finality are not errors. */
function Refused({ refusal, holder }: { refusal: ReadRefusal | 'NoGatekeeper'; holder: string }) {
	if (refusal === 'NoGatekeeper') return <span class="muted">{holder} does not share records through MedRec yet.</span>;
	const words = readRefusalText(refusal, { holder, self: true });
	const calm = refusal === 'NoEncryptionKey' || refusal === 'NotFinal';
	return <span class={calm ? 'status pending' : 'error'}>{words.what}{words.next && ` ${words.next}`}</span>;
}

export function Records({ session, feed, delivery }: { session: Session; feed: Feed; delivery: Delivery }) {
	// Secure delivery becoming ready is when records start to open: read again then.
	const data = useLoad(() => loadMyRecords(session), [feed.version, delivery.state]);
	const names = useNames(session.chain, (data.data ?? []).map((p) => p.provider));
	const all = (data.data ?? []).flatMap((p) => p.resources.map((r) => ({ r, p })));
	const byCategory = new Map<Category, typeof all>();
	for (const item of all) {
		const c = categoryOf(item.r);
		if (!byCategory.has(c)) byCategory.set(c, []);
		byCategory.get(c)!.push(item);
	}
	const meds = new Map((data.data ?? []).map((p) => [names[p.provider] ?? p.provider, p.resources.filter((r) => r.resourceType === 'MedicationRequest')]));
	const clashes = conflicts(meds);
	return (
		<section aria-labelledby="rec-h">
			<h2 id="rec-h">My records</h2>
			{data.loading && <Loading what="records from your providers' gatekeepers" />}
			<ErrorText error={data.error} />
			<div class="card">
				<h3>Sources</h3>
				<ul class="plain" data-testid="sources">
					{data.data?.map((p) => (
						<li key={p.provider}>
							<strong>{names[p.provider] ?? p.provider}</strong>: {p.refusal ? <Refused refusal={p.refusal} holder={names[p.provider] ?? 'This provider'} /> : p.verification ? <>{p.resources.length} records, <Verified ok={p.verification.ok} /></> : <span class="muted">no records yet</span>}
							{p.verification && (() => {
								const said = verificationWords(p.verification.problems, names[p.provider] ?? 'this provider');
								return said && <p class={said.tone === 'bad' ? 'error' : 'status pending'} title={p.verification.problems.join('\n')}>{said.text}</p>;
							})()}
						</li>
					))}
				</ul>
			</div>
			{clashes.length > 0 && (
				<div class="card notice emergency" role="alert" data-testid="conflicts">
					<h3>Same medicine from two providers</h3>
					{clashes.map((c) => <p key={c.ingredient}><strong>{c.ingredient}</strong> is prescribed by {c.providers.join(' and ')}. Ask one of them whether both prescriptions are meant.</p>)}
				</div>
			)}
			{meds.size > 0 && (
				<div class="card">
					<h3>Medications, side by side</h3>
					<div class="grid" data-testid="medications">
						{[...meds].map(([provider, list]) => (
							<div key={provider}>
								<h4 style="margin:.2rem 0">{provider}</h4>
								{list.length === 0 ? <p class="muted">None</p> : <ul>{list.map((m) => <li key={m.id}>{title(m)} <span class="muted">({String(m.status ?? '')})</span>{clashes.some((c) => c.ingredient === activeIngredient(m)) && <span class="status warn"> also elsewhere</span>}</li>)}</ul>}
							</div>
						))}
					</div>
				</div>
			)}
			<h3>Timeline by category</h3>
			{all.length === 0 && !data.loading && <p class="muted">No records yet.</p>}
			{CATEGORIES.filter((c) => byCategory.has(c)).map((c) => (
				<details class="card" key={c} open={c !== 'Observations'}>
					<summary><strong>{CATEGORY_LABELS[c]}</strong> ({byCategory.get(c)!.length})</summary>
					<RecordList
						testid={`category-${c}`}
						idPrefix={`rec-${c}`}
						items={byCategory.get(c)!.map(({ r, p }) => ({
							key: `${p.provider}/${r.resourceType}/${r.id}`,
							resource: r,
							holder: names[p.provider] ?? 'A provider',
							verified: p.verification?.resources[`${r.resourceType}/${r.id}`],
						})).sort(byDate)}
					/>
				</details>
			))}
		</section>
	);
}

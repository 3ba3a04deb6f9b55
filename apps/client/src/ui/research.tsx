// Research pieces both apps show: a study's terms as everyone votes on and reads them, and the
// chain's list of a study's authorized queries in words.

import type { JSX } from 'preact';
import { CATEGORY_LABELS, SENSITIVE } from '../types.js';
import { epsilonText, primaryText, purposeFacts, queryText, type QueryRecord, type Study } from '../research.js';

/** A study's period is in local days (its form's date fields). */
const localDay = (ms: number): string => new Date(ms).toLocaleDateString();

/** Only web addresses become links: a study's URL is whatever its researcher typed. */
function safeLink(url: string): string | null {
	return /^https?:\/\//i.test(url) ? url : null;
}

export function StudyTerms({ study, researcher }: { study: Study; researcher: string }): JSX.Element {
	const t = study.terms;
	const link = safeLink(t.protocolUrl);
	return (
		<dl class="terms">
			<dt>Researcher</dt>
			<dd>{researcher}</dd>
			<dt>Purpose</dt>
			<dd>{primaryText(t.purpose.primary)}; {purposeFacts(t.purpose).join('; ')}</dd>
			<dt>Records counted</dt>
			<dd>{t.categories.map((c, i) => <span key={c}>{i > 0 && ', '}{CATEGORY_LABELS[c]}{SENSITIVE.includes(c) && <strong> (sensitive)</strong>}</span>)}</dd>
			<dt>Smallest count reported</dt>
			<dd>{t.minCell} patients (a smaller count is reported as "fewer than {t.minCell}")</dd>
			<dt>Privacy budget</dt>
			<dd>{epsilonText(study.spent)} of {epsilonText(t.budget)} ε spent; at most {epsilonText(t.maxPerQuery)} ε per query</dd>
			<dt>Period</dt>
			<dd>{localDay(t.starts)} to {localDay(t.ends - 1)} <span class="muted">(last day included)</span></dd>
			<dt>Protocol</dt>
			<dd>{link ? <a href={link} rel="noopener noreferrer" target="_blank">{t.protocolUrl}</a> : t.protocolUrl || 'no address given'}<br /><span class="mono">SHA-256 {t.protocolSha256}</span></dd>
			<dt>Ethics approval</dt>
			<dd><span class="mono">SHA-256 {t.ethicsSha256}</span></dd>
		</dl>
	);
}

/** A study's authorized queries. `forPatients` leaves out what only researchers read (the
 * block, the privacy parameter ε). */
export function QueryList({ queries, testId, forPatients = false }: { queries: QueryRecord[]; testId?: string; forPatients?: boolean }): JSX.Element {
	if (queries.length === 0) return <p class="muted">No query has been authorized for this study yet.</p>;
	return (
		<ul class="plain" data-testid={testId}>
			{queries.map((q) => (
				<li key={q.id}>
					<strong>Query {q.id}</strong> <span class="muted">{forPatients ? 'authorized ' : `block #${q.authorizedAt}, `}<time dateTime={new Date(q.atTime).toISOString()}>{new Date(q.atTime).toLocaleString()}</time>{!forPatients && `, ε ${epsilonText(q.query.epsilon)}`}</span>
					<div>{queryText(q.query)}</div>
				</li>
			))}
		</ul>
	);
}

// Records as a list that opens in place: each row says what the record is, when, and who holds
// it, with whether it matches the chain; opened, it shows what the record says in words (a
// note's text, a medicine's instructions, a measurement's value). The same list in both apps.

import { Fragment, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import { date, dateText, details, title, type Resource } from '../fhir.js';

export interface RecordItem {
	/** Unique in the list: holder, type and id. */
	key: string;
	resource: Resource;
	/** Who holds it, by name. */
	holder: string;
	/** Whether its digest matches the chain's pointer; undefined when it was not checked. */
	verified: boolean | undefined;
}

export function Verified({ ok }: { ok: boolean | undefined }): JSX.Element {
	return ok ? <span class="status ok">matches the chain</span> : <span class="status bad">does not match the chain</span>;
}

/** Newest first; records without a date last. */
export function byDate(a: RecordItem, b: RecordItem): number {
	return (date(b.resource) ?? '').localeCompare(date(a.resource) ?? '');
}

export function RecordList({ items, testid, idPrefix }: { items: RecordItem[]; testid?: string; idPrefix: string }): JSX.Element {
	const [open, setOpen] = useState<string | null>(null);
	return (
		<ul class="plain" data-testid={testid}>
			{items.map((item, i) => {
				const id = `${idPrefix}-${i}`;
				const expanded = open === item.key;
				const name = title(item.resource);
				return (
					<li key={item.key}>
						<button type="button" class="record" aria-expanded={expanded} aria-controls={id} onClick={() => setOpen(expanded ? null : item.key)}>
							{name}
						</button>{' '}
						<span class="muted">{dateText(date(item.resource))} · {item.holder}</span> <Verified ok={item.verified} />
						{expanded && (
							<div id={id} class="record-detail" role="region" aria-label={name}>
								<dl class="terms">
									{details(item.resource).map((d, j) => <Fragment key={j}><dt>{d.label}</dt><dd>{d.value}</dd></Fragment>)}
									<dt>From</dt><dd>{item.holder}</dd>
								</dl>
							</div>
						)}
					</li>
				);
			})}
		</ul>
	);
}

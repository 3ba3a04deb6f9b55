// What the browser flows share: screenshots of every screen at desktop and phone sizes, an
// axe-core WCAG 2.1 AA check of every page, and waiting for a transaction button to reach a
// finalized block.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export class Recorder {
	constructor(dir) {
		this.dir = dir;
		this.violations = [];
		/** Developer text found on each screen: `[screen, matches]` (see DEVELOPER_TEXT). */
		this.developerText = [];
		/** Screens wider than the phone at 390x844: `[screen, width]`. */
		this.overflow = [];
		this.shots = 0;
		mkdirSync(dir, { recursive: true });
	}

	/** Screenshots `page` as `name` at both sizes and checks it with axe; serious or critical
	 * violations are collected (the suite fails on them at the end, listing them all). */
	async screen(page, name) {
		await page.waitForTimeout(150);
		// What the screen says, less what a person types and the places that show an account
		// code on purpose (`data-dev-ok`: the code a patient gives their provider).
		const said = await page.evaluate(() => {
			const copy = document.body.cloneNode(true);
			copy.querySelectorAll('[data-dev-ok], script, style, input, textarea, select, option').forEach((e) => e.remove());
			return copy.textContent ?? '';
		});
		const found = developerText(said);
		if (found.length) this.developerText.push([name, found]);
		const size = page.viewportSize();
		for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
			await page.setViewportSize(viewport);
			if (label === 'phone') {
				// The page itself must not scroll sideways on a phone (a table may, inside its card).
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > viewport.width) this.overflow.push([name, width]);
			}
			await page.screenshot({ path: join(this.dir, `${name}.${label}.png`), fullPage: true });
			this.shots++;
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
				this.violations.push(`${name} (${label}): ${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
			}
		}
		await page.setViewportSize(size ?? DESKTOP);
	}
}

/** Clicks the transaction button named `name` on `page` and waits for its finalized block,
 * which it returns. The button's row is held as an element handle: once final, the screen
 * reloads and the button may change its name or leave the list, but the row it showed its
 * status in is still ours. The status says "Done" or "Not done: …" in words; the state and the
 * block are on the element (`data-tx-state`, `data-block`). */
export async function tx(page, name, timeout = 60_000) {
	const button = page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }).first();
	const row = await button.locator('xpath=..').elementHandle();
	await button.click();
	const done = await page.waitForFunction((el) => {
		const status = el.querySelector('[data-tx-state="final"], [data-tx-state="error"]');
		return status ? { state: status.dataset.txState, block: status.dataset.block ?? null, text: status.textContent } : false;
	}, row, { timeout, polling: 100 });
	const { state, block, text } = await done.jsonValue();
	if (state === 'error') throw new Error(`${name}: ${text}`);
	return Number(block);
}

/** What no screen may show a patient or a clinician: account ids in full, pallet and error
 * names, call names, block numbers, raw deny reasons and HTTP statuses. Returns the matches. */
export const DEVELOPER_TEXT = [
	/\b5[1-9A-HJ-NP-Za-km-z]{46,47}\b/,
	/\b(?:relationships|registrar|summary|research|consortium|system)\.(?:[A-Z]\w+|[a-z]+_[a-z_]+)/,
	/\bblock #\d+/i,
	/\b(?:NoGrant|CategoryNotGranted|PurposeNotGranted|NotYetValid|RelationshipNotActive|NoRelationship|BreakGlassDisabled|X25519)\b/,
	/\brefused \(\d{3}\)/,
];

export function developerText(text) {
	return DEVELOPER_TEXT.flatMap((re) => {
		const m = re.exec(text);
		return m ? [m[0]] : [];
	});
}

/** Retries `f` until it resolves (for what waits on the gatekeeper seeing a finalized block). */
export async function eventually(f, { timeout = 30_000, every = 1000 } = {}) {
	const deadline = Date.now() + timeout;
	for (;;) {
		try {
			return await f();
		} catch (e) {
			if (Date.now() > deadline) throw e;
			await new Promise((r) => setTimeout(r, every));
		}
	}
}

export function nav(page, label) {
	return page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: label, exact: true }).click();
}


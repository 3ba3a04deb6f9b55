// The researcher's arithmetic (src/dp.ts) against values `medrec_dp` computed:
// vectors/rust-dp.json, written by research/dp/tests/vectors.rs, which also fails if the Rust
// math stops producing them. Integers (bounds, intervals) must match exactly; floats to 1e-12
// relative, since JavaScript's and Rust's `exp` may differ in the last bit.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Below, combine, Count, noiseBounds, noiseFigures, tailProbability, type Reported } from '../src/dp.js';
import { noise95 } from '../src/research.js';

interface Vectors {
	combine: {
		milli_epsilon: number;
		alpha: number;
		cells: ({ count: number } | { below: number })[];
		estimate: number;
		low: number;
		high: number;
		reporting: number;
		below: number;
	}[];
	bounds: { milli_epsilon: number; sites: number; alpha: number; sum_low: number; positive_high: number }[];
	tail_probability: { milli_epsilon: number; m: number; p: number }[];
	figures: { milli_epsilon: number; q: number; scale: number; sigma: number; mean_abs_error: number }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const vectors = JSON.parse(readFileSync(join(here, 'vectors', 'rust-dp.json'), 'utf8')) as Vectors;

const close = (actual: number, expected: number) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

const cell = (c: { count: number } | { below: number }): Reported => ('count' in c ? Count(c.count) : Below(c.below));

describe('src/dp.ts computes what medrec_dp computes', () => {
	test('the vectors cover every function', () => {
		expect(vectors.combine.length).toBeGreaterThanOrEqual(9);
		expect(vectors.bounds.length).toBeGreaterThanOrEqual(12);
		expect(vectors.tail_probability.length).toBeGreaterThanOrEqual(28);
		expect(vectors.figures.length).toBeGreaterThanOrEqual(7);
	});

	test.each(vectors.combine)('combine at ε = $milli_epsilon‰, α = $alpha over $cells.length sites', (v) => {
		const c = combine(v.cells.map(cell), v.milli_epsilon, v.alpha);
		expect([c.low, c.high, c.reporting, c.below]).toEqual([v.low, v.high, v.reporting, v.below]);
		close(c.estimate, v.estimate);
	});

	test.each(vectors.bounds)('noise bounds at ε = $milli_epsilon‰ over $sites sites', (v) => {
		const b = noiseBounds(v.milli_epsilon, v.sites, v.alpha);
		expect([b.sumLow, b.positiveHigh]).toEqual([v.sum_low, v.positive_high]);
	});

	test.each(vectors.tail_probability)('P(|X| ≥ $m) at ε = $milli_epsilon‰', (v) => {
		close(tailProbability(v.milli_epsilon, v.m), v.p);
	});

	test.each(vectors.figures)('noise figures at ε = $milli_epsilon‰', (v) => {
		const f = noiseFigures(v.milli_epsilon);
		close(f.q, v.q);
		close(f.scale, v.scale);
		close(f.sigma, v.sigma);
		close(f.meanAbsError, v.mean_abs_error);
	});

	// The Queries screen's "±t at 95%": the smallest t with P(|X| > t) ≤ 5% by Rust's tail.
	test.each(vectors.figures)('noise95 at ε = $milli_epsilon‰ is the 95% bound of Rust\'s tail', (v) => {
		const t = noise95(v.milli_epsilon);
		expect(tailProbability(v.milli_epsilon, t + 1)).toBeLessThanOrEqual(0.05);
		if (t > 0) expect(tailProbability(v.milli_epsilon, t)).toBeGreaterThan(0.05);
	});
});

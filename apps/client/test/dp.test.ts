// The researcher's arithmetic (src/dp.ts) against `research/dp` (`medrec_dp`). The expectations
// are the ones the Rust tests assert, cited by file and test name, with the same inputs; the
// independent checks (closed forms, direct enumeration) are those tests' own methods, redone
// here. test/rust-dp.test.ts checks the same functions against values Rust computed.

import { describe, expect, test } from 'vitest';
import {
	Below, combine, combineWith, Count, MAX_MILLI_EPSILON, noiseBounds, noiseFigures, pmf, sumQuantiles, SumDistribution, tailProbability,
	TRUNCATION_MASS, type Reported,
} from '../src/dp.js';
import { noise95 } from '../src/research.js';

const triple = (c: { low: number; high: number; estimate: number }) => [c.low, c.high, c.estimate];

describe('combine, as research/dp/src/combine.rs tests it', () => {
	test('no_sites_gives_zero', () => {
		expect(combine([], 500, 0.05)).toEqual({ estimate: 0, low: 0, high: 0, reporting: 0, below: 0 });
	});

	test('without_noise_only_rounding_and_suppression_widen (ε = 65.535)', () => {
		expect(triple(combine([Count(40)], MAX_MILLI_EPSILON, 0.05))).toEqual([38, 42, 40]);
		expect(triple(combine([Count(40), Count(115)], MAX_MILLI_EPSILON, 0.05))).toEqual([151, 159, 155]);
		const mixed = combine([Count(40), Below(10)], MAX_MILLI_EPSILON, 0.05);
		expect(triple(mixed)).toEqual([38, 53, 44.5]);
		expect([mixed.reporting, mixed.below]).toEqual([1, 1]);
		expect(triple(combine([Below(10), Below(11)], MAX_MILLI_EPSILON, 0.05))).toEqual([0, 23, 9.5]);
	});

	test('one_site_at_epsilon_one', () => {
		const b = noiseBounds(1000, 1, 0.05);
		expect([b.sumLow, b.positiveHigh]).toEqual([-3, 3]);
		expect(triple(combine([Count(40)], 1000, 0.05))).toEqual([35, 45, 40]);
		expect(triple(combine([Below(10)], 1000, 0.05))).toEqual([0, 14, 4.5]);
		const small = combine([Count(5)], 1000, 0.05);
		expect([small.low, small.high]).toEqual([0, 10]);
	});

	test('two_sites_at_epsilon_one', () => {
		const b = noiseBounds(1000, 2, 0.05);
		expect([b.sumLow, b.positiveHigh]).toEqual([-4, 4]);
		expect(triple(combine([Count(40), Count(120)], 1000, 0.05))).toEqual([40 + 120 - 4 - 4, 40 + 120 + 4 + 4, 160]);
		expect(triple(combine([Count(40), Below(10)], 1000, 0.05))).toEqual([40 - 2 - 4, 40 + 2 + 11 + 4, 44.5]);
	});

	test('bounds_for_the_wrong_number_of_sites_are_refused', () => {
		expect(() => combineWith([Count(1)], noiseBounds(500, 2, 0.05))).toThrow(/another number of sites/);
	});

	test('ε and α outside their ranges are refused, as the Rust side panics', () => {
		expect(() => combine([Count(1)], 0, 0.05)).toThrow(RangeError);
		expect(() => combine([Count(1)], MAX_MILLI_EPSILON + 1, 0.05)).toThrow(RangeError);
		expect(() => combine([Count(1)], 500.5, 0.05)).toThrow(RangeError);
		expect(() => combine([Count(1)], 500, 1)).toThrow(RangeError);
		expect(() => combine([Count(1)], 500, 1e-7)).toThrow(RangeError);
	});
});

describe('combine, edge cases', () => {
	test('every site "fewer than k": the estimate is (k − 1)/2 each, the interval starts at 0', () => {
		const b = noiseBounds(500, 3, 0.05);
		const c = combine([Below(10), Below(10), Below(11)], 500, 0.05);
		expect(c.estimate).toBe(4.5 + 4.5 + 5);
		expect(c.low).toBe(0);
		// Σ (k + 1) − z_lo: nothing reported, so no rounding slack.
		expect(c.high).toBe(11 + 11 + 12 - b.sumLow);
		expect([c.reporting, c.below]).toEqual([0, 3]);
	});

	test('one site: the interval is the count ± 2 widened by the one-site quantiles', () => {
		const b = noiseBounds(250, 1, 0.05);
		const c = combine([Count(100)], 250, 0.05);
		expect(c.low).toBe(100 - 2 - b.positiveHigh);
		expect(c.high).toBe(100 + 2 - b.sumLow);
		// One site: max(X, 0) has the same upper tail as X.
		expect(b.positiveHigh).toBe(-b.sumLow);
	});

	test('a threshold of 0 still leaves one of slack and no estimate', () => {
		const c = combine([Below(0)], MAX_MILLI_EPSILON, 0.05);
		expect(triple(c)).toEqual([0, 1, 0]);
	});

	test('the interval never goes below 0 and always holds the estimate', () => {
		for (const cells of [[Count(10), Below(10)], [Count(0)], [Count(15), Count(10), Count(20), Below(12)]] as Reported[][]) {
			for (const e of [100, 500, 1000]) {
				const c = combine(cells, e, 0.05);
				expect(c.low).toBeGreaterThanOrEqual(0);
				expect(c.low).toBeLessThanOrEqual(c.estimate);
				expect(c.high).toBeGreaterThanOrEqual(c.estimate);
			}
		}
	});

	test('a smaller α widens the interval', () => {
		const wide = combine([Count(40), Count(60)], 500, 0.01);
		const narrow = combine([Count(40), Count(60)], 500, 0.1);
		expect(wide.low).toBeLessThan(narrow.low);
		expect(wide.high).toBeGreaterThan(narrow.high);
	});
});

describe('noise figures and quantiles, as research/dp/src/figures.rs tests them', () => {
	test('figures_match_the_table', () => {
		for (const [e, sigma, tol, mae] of [[100, 14.1, 0.05, 9.98], [500, 2.80, 0.005, 1.92], [1000, 1.36, 0.005, 0.85]] as const) {
			const f = noiseFigures(e);
			expect(Math.abs(f.sigma - sigma)).toBeLessThan(tol);
			expect(Math.abs(f.meanAbsError - mae)).toBeLessThan(0.005);
			expect(Math.abs(f.scale - 1000 / e)).toBeLessThan(1e-12);
		}
	});

	test('figures_agree_with_the_pmf (the tails)', () => {
		for (const e of [100, 500, 1000]) {
			let total = 0;
			for (let x = -20_000; x <= 20_000; x++) total += pmf(e, x);
			expect(Math.abs(total - 1)).toBeLessThan(1e-9);
			for (const m of [1, 2, 7, 50]) {
				let direct = 0;
				for (let x = -20_000; x <= 20_000; x++) if (Math.abs(x) >= m) direct += pmf(e, x);
				const closed = tailProbability(e, m);
				expect(Math.abs(direct - closed)).toBeLessThanOrEqual(1e-9 * closed + 1e-15);
			}
			expect(tailProbability(e, 0)).toBe(1);
		}
	});

	/** The Rust test's independent check: the smallest z with q^(z+1)/(1 + q) ≤ α/2. */
	const oneSiteUpper = (e: number, alpha: number): number => {
		const q = Math.exp(-e / 1000);
		for (let z = 0; ; z++) if (q ** (z + 1) / (1 + q) <= alpha / 2) return z;
	};

	test('one_site_quantiles_match_the_tail_formula', () => {
		for (const e of [10, 100, 500, 1000, 3000]) {
			for (const alpha of [0.5, 0.1, 0.05, 0.01, 1e-3, 1e-6]) {
				const [lo, hi] = sumQuantiles(e, 1, alpha);
				expect(hi, `ε = ${e}, α = ${alpha}`).toBe(oneSiteUpper(e, alpha));
				expect(lo + hi).toBe(0);
			}
		}
	});

	/** P(X1 + X2 = z) = c²·q^|z|·((|z| + 1) + 2q²/(1 − q²)), c = (1 − q)/(1 + q). */
	const twoSitePmf = (e: number, z: number): number => {
		const q = Math.exp(-e / 1000);
		const c = (1 - q) / (1 + q);
		const a = Math.abs(z);
		return c * c * q ** a * (a + 1 + (2 * q * q) / (1 - q * q));
	};

	test('two_site_distribution_matches_the_closed_form', () => {
		for (const e of [100, 500, 1000]) {
			const dist = SumDistribution.ofNoise(e, 2);
			for (let z = -40; z <= 40; z++) {
				const [got, want] = [dist.pmf(z), twoSitePmf(e, z)];
				expect(Math.abs(got - want)).toBeLessThan(1e-12 + 1e-10 * want);
			}
			for (const alpha of [0.1, 0.05, 0.01]) {
				const tail = (z: number) => {
					let s = 0;
					for (let y = z + 1; y < z + 20_000; y++) s += twoSitePmf(e, y);
					return s;
				};
				let want = 0;
				while (tail(want) > alpha / 2) want++;
				expect(sumQuantiles(e, 2, alpha)).toEqual([-want, want]);
			}
		}
	});

	test('quantiles_are_symmetric_and_widen_with_more_sites', () => {
		for (const e of [100, 500, 1000]) {
			let previous = 0;
			for (let n = 0; n <= 8; n++) {
				const [lo, hi] = sumQuantiles(e, n, 0.05);
				expect(lo + hi).toBe(0);
				expect(hi).toBeGreaterThanOrEqual(previous);
				if (n >= 1 && n <= 3 && e <= 500) expect(hi).toBeGreaterThan(previous);
				previous = hi;
			}
		}
		expect(sumQuantiles(500, 12, 0.05)[1]).toBeGreaterThan(sumQuantiles(500, 6, 0.05)[1] + 3);
		expect(sumQuantiles(500, 0, 0.05)).toEqual([0, 0]);
	});

	test('sums_keep_their_mass_and_variance', () => {
		for (const [e, n] of [[10, 3], [100, 10], [1000, 25]] as const) {
			const dist = SumDistribution.ofNoise(e, n);
			const [lo, hi] = dist.support();
			let total = 0;
			let variance = 0;
			for (let z = lo; z <= hi; z++) {
				total += dist.pmf(z);
				variance += z * z * dist.pmf(z);
			}
			expect(Math.abs(total + dist.droppedMass() - 1)).toBeLessThan(1e-9);
			expect(dist.droppedMass()).toBeLessThan(2 * n * TRUNCATION_MASS);
			expect(Math.abs(variance / (n * noiseFigures(e).sigma ** 2) - 1)).toBeLessThan(1e-6);
		}
	});

	test('positive_parts_match_direct_enumeration', () => {
		const e = 500;
		const q = Math.exp(-0.5);
		const one = SumDistribution.ofPositiveParts(e, 1);
		expect(Math.abs(one.pmf(0) - 1 / (1 + q))).toBeLessThan(1e-15);
		for (let x = 1; x < 30; x++) expect(Math.abs(one.pmf(x) - pmf(e, x))).toBeLessThan(1e-15);
		expect(one.pmf(-1)).toBe(0);
		const two = SumDistribution.ofPositiveParts(e, 2);
		for (let w = 0; w < 40; w++) {
			let direct = 0;
			for (let a = 0; a <= w; a++) direct += one.pmf(a) * one.pmf(w - a);
			expect(Math.abs(two.pmf(w) - direct)).toBeLessThan(1e-15);
		}
		for (let n = 1; n < 8; n++) {
			expect(SumDistribution.ofPositiveParts(e, n).upperQuantile(0.025)).toBeGreaterThanOrEqual(sumQuantiles(e, n, 0.05)[1]);
		}
	});

	test('the Queries screen\'s "±t at 95%" is the one-site tail of the same noise', () => {
		for (const e of [10, 100, 250, 500, 1000, 3000]) {
			const t = noise95(e);
			expect(tailProbability(e, t + 1)).toBeLessThanOrEqual(0.05);
			if (t > 0) expect(tailProbability(e, t)).toBeGreaterThan(0.05);
		}
	});
});

// Coverage, as research/dp/tests/combine.rs checks it: releases simulated with a seeded sampler
// (test-only, plain floating point: fine for statistics, never for releasing).
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Discrete Laplace as the difference of two geometric draws with ratio q. */
function laplace(random: () => number, milliEpsilon: number): number {
	const q = Math.exp(-milliEpsilon / 1000);
	const geometric = () => Math.floor(Math.log(1 - random()) / Math.log(q));
	return geometric() - geometric();
}

/** `medrec_dp::report`: round to a multiple of 5 (floor division), "< k" below k. */
function release(random: () => number, count: number, milliEpsilon: number, k: number): Reported {
	const noisy = count + laplace(random, milliEpsilon);
	const rounded = 5 * Math.floor((noisy + 2) / 5);
	return rounded >= k ? Count(rounded) : Below(k);
}

function coverage(counts: number[], milliEpsilon: number, k: number, alpha: number, trials: number, seed: number): number {
	const random = rng(seed);
	const truth = counts.reduce((a, b) => a + b, 0);
	const bounds = noiseBounds(milliEpsilon, counts.length, alpha);
	let covered = 0;
	for (let i = 0; i < trials; i++) {
		const c = combineWith(counts.map((n) => release(random, n, milliEpsilon, k)), bounds);
		expect(c.low).toBeLessThanOrEqual(c.high);
		if (c.low <= truth && truth <= c.high) covered++;
	}
	return covered / trials;
}

describe('coverage (research/dp/tests/combine.rs)', () => {
	test('three_sites_are_covered_at_95_percent', () => {
		expect(coverage([40, 7, 120], 500, 10, 0.05, 2000, 0xc04e)).toBeGreaterThanOrEqual(0.95);
	});

	test('mixed_sites_at_small_epsilon_are_covered', () => {
		expect(coverage([0, 3, 8, 12, 25, 60, 0, 5, 9, 150], 100, 11, 0.05, 2000, 0xc04f)).toBeGreaterThanOrEqual(0.95);
	});

	test('selection_by_the_threshold_is_accounted_for (30 empty sites)', () => {
		expect(coverage(new Array<number>(30).fill(0), 100, 10, 0.05, 1000, 0xc050)).toBeGreaterThanOrEqual(0.95);
	});
});

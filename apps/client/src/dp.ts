// The researcher's arithmetic on released research counts, as `research/dp` (`medrec_dp`) does
// it: the distribution of several sites' discrete Laplace noise, its quantiles, and combining
// one cell's answers from every site into an estimate with an interval that holds with
// probability at least 1 − α. Everything here is post-processing of released values: it costs
// no privacy, and it never draws noise.
//
// The floating-point steps are taken in the same order as the Rust code's (the same sums, the
// same truncation), so the quantiles, and with them the intervals, are the same integers. The
// unit tests pin them against the Rust tests' expectations (client/test/dp.test.ts).

/** Released counts are multiples of this (`medrec_dp::ROUNDING`). */
export const ROUNDING = 5;
/** How far rounding can move a value: 2 for a step of 5. */
export const HALF_STEP = (ROUNDING - 1) / 2;
/** The mass each side of a distribution may drop when truncated (`TRUNCATION_MASS`). */
export const TRUNCATION_MASS = 1e-12;
/** The smallest α accepted for intervals and quantiles (`MIN_ALPHA`). */
export const MIN_ALPHA = 1e-6;
/** ε in thousandths, as gatekeepers accept it (`MIN_MILLI_EPSILON..=MAX_MILLI_EPSILON`). */
export const MIN_MILLI_EPSILON = 1;
export const MAX_MILLI_EPSILON = 65_535;

/** One cell as a site released it: a noisy count rounded to a multiple of 5, or "fewer than k". */
export type Reported = { kind: 'Count'; value: number } | { kind: 'Below'; k: number };

export const Count = (value: number): Reported => ({ kind: 'Count', value });
export const Below = (k: number): Reported => ({ kind: 'Below', k });

function checkMilliEpsilon(milliEpsilon: number): void {
	if (!Number.isInteger(milliEpsilon) || milliEpsilon < MIN_MILLI_EPSILON || milliEpsilon > MAX_MILLI_EPSILON) {
		throw new RangeError(`milli-epsilon ${milliEpsilon} outside ${MIN_MILLI_EPSILON}..=${MAX_MILLI_EPSILON}`);
	}
}

function checkAlpha(alpha: number): void {
	if (!(alpha >= MIN_ALPHA && alpha < 1)) throw new RangeError(`alpha ${alpha} outside [${MIN_ALPHA}, 1)`);
}

/** λ = ε and q = e^−λ, the ratio of successive probabilities. */
function lambdaQ(milliEpsilon: number): [number, number] {
	checkMilliEpsilon(milliEpsilon);
	const lambda = milliEpsilon / 1000;
	return [lambda, Math.exp(-lambda)];
}

/** 1 − q without cancellation when ε is small. */
const oneMinusQ = (lambda: number): number => -Math.expm1(-lambda);

/** The noise's spread at one ε: q, the Laplace scale 1/ε, σ = √(2q)/(1 − q) and the mean
 * absolute error 2q/(1 − q²) (`NoiseFigures`). */
export interface NoiseFigures {
	q: number;
	scale: number;
	sigma: number;
	meanAbsError: number;
}

export function noiseFigures(milliEpsilon: number): NoiseFigures {
	const [lambda, q] = lambdaQ(milliEpsilon);
	const omq = oneMinusQ(lambda);
	return { q, scale: 1 / lambda, sigma: Math.sqrt(2 * q) / omq, meanAbsError: (2 * q) / (omq * (1 + q)) };
}

/** P(X = x) = (1 − q)/(1 + q) · q^|x|. */
export function pmf(milliEpsilon: number, x: number): number {
	const [lambda, q] = lambdaQ(milliEpsilon);
	return (oneMinusQ(lambda) / (1 + q)) * Math.exp(-Math.abs(x) * lambda);
}

/** P(|X| ≥ m): 1 for m = 0, else 2q^m/(1 + q). */
export function tailProbability(milliEpsilon: number, m: number): number {
	const [lambda, q] = lambdaQ(milliEpsilon);
	return m === 0 ? 1 : (2 * Math.exp(-m * lambda)) / (1 + q);
}

/** Smallest m with P(X > m) = q^(m+1)/(1 + q) below half the truncation allowance. */
function truncationPoint(lambda: number, q: number): number {
	const bound = (TRUNCATION_MASS / 2) * (1 + q);
	const needed = -Math.log(bound);
	// (m + 1)·λ > needed; the division is within an ulp, so step to the exact point.
	let m = Math.floor(needed / lambda);
	while (m > 0 && Math.exp(-m * lambda) < bound) m -= 1;
	while (Math.exp(-(m + 1) * lambda) >= bound) m += 1;
	return m;
}

/** A distribution on a window of integers `[min, min + probs.length)`, with the mass dropped
 * outside it (`SumDistribution`). */
export class SumDistribution {
	private constructor(private min: number, private probs: number[], private dropped: number) {}

	/** X_1 + … + X_n, the noise of `n` sites, by repeated convolution, each step truncated. */
	static ofNoise(milliEpsilon: number, n: number): SumDistribution {
		const [lambda, q] = lambdaQ(milliEpsilon);
		const m = truncationPoint(lambda, q);
		const c = oneMinusQ(lambda) / (1 + q);
		const probs: number[] = [];
		for (let x = -m; x <= m; x++) probs.push(c * Math.exp(-Math.abs(x) * lambda));
		const dropped = (2 * Math.exp(-(m + 1) * lambda)) / (1 + q);
		return SumDistribution.power(new SumDistribution(-m, probs, dropped), n);
	}

	/** max(X_1, 0) + … + max(X_n, 0): at least the noise of any subset of the sites, however
	 * the subset was chosen (even by the noise itself). */
	static ofPositiveParts(milliEpsilon: number, n: number): SumDistribution {
		const [lambda, q] = lambdaQ(milliEpsilon);
		const m = truncationPoint(lambda, q);
		const c = oneMinusQ(lambda) / (1 + q);
		// P(X ≤ 0) = 1/(1 + q).
		const probs = [1 / (1 + q)];
		for (let x = 1; x <= m; x++) probs.push(c * Math.exp(-x * lambda));
		const dropped = Math.exp(-(m + 1) * lambda) / (1 + q);
		return SumDistribution.power(new SumDistribution(0, probs, dropped), n);
	}

	private static power(base: SumDistribution, n: number): SumDistribution {
		if (!Number.isInteger(n) || n < 0) throw new RangeError(`the number of sites is a whole number: ${n}`);
		let acc = new SumDistribution(0, [1], 0);
		for (let i = 0; i < n; i++) {
			acc = acc.convolve(base);
			acc.trim();
		}
		return acc;
	}

	private convolve(other: SumDistribution): SumDistribution {
		const probs = new Array<number>(this.probs.length + other.probs.length - 1).fill(0);
		for (let i = 0; i < this.probs.length; i++) {
			const a = this.probs[i]!;
			for (let j = 0; j < other.probs.length; j++) probs[i + j]! += a * other.probs[j]!;
		}
		// Whatever either factor lost is lost from the product, wherever it would have landed.
		return new SumDistribution(this.min + other.min, probs, this.dropped + other.dropped);
	}

	/** Drops each end while the mass dropped at that end stays below half the allowance. */
	private trim(): void {
		const budget = TRUNCATION_MASS / 2;
		let start = 0;
		let left = 0;
		while (start + 1 < this.probs.length && left + this.probs[start]! < budget) {
			left += this.probs[start]!;
			start += 1;
		}
		let end = this.probs.length;
		let right = 0;
		while (end > start + 1 && right + this.probs[end - 1]! < budget) {
			right += this.probs[end - 1]!;
			end -= 1;
		}
		this.probs = this.probs.slice(start, end);
		this.min += start;
		this.dropped += left + right;
	}

	/** P(Z = z), 0 outside the computed window. */
	pmf(z: number): number {
		return this.probs[z - this.min] ?? 0;
	}

	/** The smallest and largest values in the window. */
	support(): [number, number] {
		return [this.min, this.min + this.probs.length - 1];
	}

	/** An upper bound on the mass outside the window. */
	droppedMass(): number {
		return this.dropped;
	}

	/** The smallest z with P(Z > z) ≤ p, counting all dropped mass as if it lay above z. */
	upperQuantile(p: number): number {
		if (!(p > this.dropped)) throw new RangeError(`tail ${p} too small for the truncated distribution`);
		let tail = this.dropped;
		let i = this.probs.length - 1;
		while (i > 0 && tail + this.probs[i]! <= p) {
			tail += this.probs[i]!;
			i -= 1;
		}
		return this.min + i;
	}

	/** The largest z with P(Z < z) ≤ p, counting all dropped mass as if it lay below z. */
	lowerQuantile(p: number): number {
		if (!(p > this.dropped)) throw new RangeError(`tail ${p} too small for the truncated distribution`);
		let tail = this.dropped;
		let i = 0;
		while (i + 1 < this.probs.length && tail + this.probs[i]! <= p) {
			tail += this.probs[i]!;
			i += 1;
		}
		return this.min + i;
	}
}

/** The α/2 and 1 − α/2 quantiles of the sum of `n` sites' noise (`sum_quantiles`). */
export function sumQuantiles(milliEpsilon: number, n: number, alpha: number): [number, number] {
	checkAlpha(alpha);
	const d = SumDistribution.ofNoise(milliEpsilon, n);
	return [d.lowerQuantile(alpha / 2), d.upperQuantile(alpha / 2)];
}

/** The noise quantiles an interval needs for a number of sites, ε and α (`NoiseBounds`): they
 * depend on nothing else, so a screen of many cells computes them once. */
export interface NoiseBounds {
	sites: number;
	/** z_lo: the α/2 quantile of Σ X_s (not positive). */
	sumLow: number;
	/** w_hi: the 1 − α/2 quantile of Σ max(X_s, 0). */
	positiveHigh: number;
}

export function noiseBounds(milliEpsilon: number, sites: number, alpha: number): NoiseBounds {
	checkMilliEpsilon(milliEpsilon);
	checkAlpha(alpha);
	return {
		sites,
		sumLow: SumDistribution.ofNoise(milliEpsilon, sites).lowerQuantile(alpha / 2),
		positiveHigh: SumDistribution.ofPositiveParts(milliEpsilon, sites).upperQuantile(alpha / 2),
	};
}

/** A combined total over sites (`Combined`). */
export interface Combined {
	/** Σ reported + Σ (k − 1)/2 over the "fewer than k" sites. */
	estimate: number;
	low: number;
	high: number;
	/** How many sites reported a count, and how many "fewer than k". */
	reporting: number;
	below: number;
}

/** Combines one cell's answers from every site (one per site, all at `milliEpsilon`) into an
 * estimate of the true total and an interval holding it with probability ≥ 1 − α
 * (`medrec_dp::combine`): high = Σ v + 2·|Rep| + Σ (k + 1) − z_lo; low = max(0, Σ v − 2·|Rep| −
 * w_hi), where w_hi bounds the noise of whichever sites happened to report. No site: 0, [0, 0]. */
export function combine(cells: readonly Reported[], milliEpsilon: number, alpha: number): Combined {
	return combineWith(cells, noiseBounds(milliEpsilon, cells.length, alpha));
}

/** `combine` with bounds computed beforehand, for as many sites as there are cells. */
export function combineWith(cells: readonly Reported[], bounds: NoiseBounds): Combined {
	if (bounds.sites !== cells.length) throw new RangeError('noise bounds computed for another number of sites');
	let sumReported = 0;
	let slackBelow = 0;
	let estimateBelow = 0;
	let reporting = 0;
	let below = 0;
	for (const cell of cells) {
		if (cell.kind === 'Count') {
			sumReported += cell.value;
			reporting += 1;
		} else {
			slackBelow += cell.k - 1 + HALF_STEP;
			estimateBelow += Math.max(cell.k - 1, 0) / 2;
			below += 1;
		}
	}
	const rounding = HALF_STEP * reporting;
	const low = sumReported - rounding - bounds.positiveHigh;
	const high = sumReported + rounding + slackBelow - bounds.sumLow;
	return { estimate: sumReported + estimateBelow, low: Math.max(0, low), high: Math.max(0, high), reporting, below };
}

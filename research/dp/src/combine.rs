//! Combining one cell's answers from several sites into a total with an error interval.
//!
//! Everything here is post-processing of released values, so it costs no privacy.

use crate::{
	figures::{check_alpha, SumDistribution},
	release::{Reported, HALF_STEP},
	sampler::check_milli_epsilon,
};

/// The noise quantiles an interval needs for a given number of sites, ε and α. They depend on
/// nothing else, so a client showing many cells can compute them once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoiseBounds {
	/// The number of sites |S| these bounds are for.
	pub sites: usize,
	/// z_lo: the α/2 quantile of Z_S = Σ_{s∈S} X_s, so P(Z_S < z_lo) ≤ α/2. Not positive.
	pub sum_low: i64,
	/// w_hi: the 1 − α/2 quantile of W_S = Σ_{s∈S} max(X_s, 0), so P(W_S > w_hi) ≤ α/2.
	pub positive_high: i64,
}

impl NoiseBounds {
	/// Computes the bounds for `sites` sites (see [`SumDistribution`] for the cost).
	///
	/// # Panics
	///
	/// If `milli_epsilon` or `alpha` is outside its accepted range.
	pub fn new(milli_epsilon: u32, sites: usize, alpha: f64) -> Self {
		check_milli_epsilon(milli_epsilon);
		check_alpha(alpha);
		Self {
			sites,
			sum_low: SumDistribution::of_noise(milli_epsilon, sites).lower_quantile(alpha / 2.0),
			positive_high: SumDistribution::of_positive_parts(milli_epsilon, sites)
				.upper_quantile(alpha / 2.0),
		}
	}
}

/// A combined total over sites.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Combined {
	/// Point estimate: Σ_Rep v_s + Σ_U (k_s − 1)/2.
	pub estimate: f64,
	/// Lower end of the interval.
	pub low: u64,
	/// Upper end of the interval.
	pub high: u64,
	/// Number of sites that reported a count.
	pub reporting: usize,
	/// Number of sites that reported "< k".
	pub below: usize,
}

/// Combines one cell's answers from all sites S (one [`Reported`] per site, every site's noise at
/// `milli_epsilon`) into an estimate of the true total T = Σ_S c_s and an interval containing T
/// with probability at least 1 − α.
///
/// Rep are the sites that reported v_s, U those that said "< k_s" (each carries its own k_s).
/// Per site y_s = c_s + X_s, and:
///
/// * for s ∈ Rep, |y_s − v_s| ≤ 2 (rounding to a multiple of 5), so c_s ∈ [v_s − 2 − X_s, v_s + 2 −
///   X_s];
/// * for s ∈ U, the rounded value was < k_s, so y_s ≤ k_s − 1 + 2 = k_s + 1, and c_s ≥ 0.
///
/// Hence, with z_lo and w_hi from [`NoiseBounds`]:
///
/// * high = Σ_Rep v_s + 2·|Rep| + Σ_U (k_s + 1) − z_lo, valid unless Σ_S X_s < z_lo (S is every
///   site, fixed in advance: probability ≤ α/2);
/// * low = max(0, Σ_Rep v_s − 2·|Rep| − w_hi), valid unless Σ_Rep X_s > w_hi. Rep is chosen by the
///   noise (a site near k reports only when its noise is high), so Σ_Rep X_s is not a sum of
///   |Rep| independent draws and is biased upwards. It is always at most W_S = Σ_S max(X_s, 0),
///   whose quantile w_hi bounds it with probability ≥ 1 − α/2 whatever the selection.
///
/// By the union bound T ∈ [low, high] with probability ≥ 1 − α. No input: estimate 0, [0, 0].
///
/// # Panics
///
/// If `milli_epsilon` or `alpha` is outside its accepted range.
pub fn combine(cells: &[Reported], milli_epsilon: u32, alpha: f64) -> Combined {
	combine_with(cells, &NoiseBounds::new(milli_epsilon, cells.len(), alpha))
}

/// [`combine`] with precomputed bounds.
///
/// # Panics
///
/// If `bounds` were computed for a different number of sites than `cells.len()`.
pub fn combine_with(cells: &[Reported], bounds: &NoiseBounds) -> Combined {
	assert_eq!(bounds.sites, cells.len(), "noise bounds computed for another number of sites");
	// i128: a sum of up to usize::MAX values below 2^64 (plus slack) cannot overflow it in practice
	// (2^64 cells of 2^64 would be needed).
	let (mut sum_reported, mut slack_below, mut estimate_below) = (0i128, 0i128, 0f64);
	let (mut reporting, mut below) = (0usize, 0usize);
	for cell in cells {
		match *cell {
			Reported::Count(v) => {
				sum_reported += i128::from(v);
				reporting += 1;
			},
			Reported::Below(k) => {
				slack_below += i128::from(k) - 1 + HALF_STEP;
				estimate_below += f64::from(k.saturating_sub(1)) / 2.0;
				below += 1;
			},
		}
	}
	let rounding = HALF_STEP * reporting as i128;
	let low = sum_reported - rounding - i128::from(bounds.positive_high);
	let high = sum_reported + rounding + slack_below - i128::from(bounds.sum_low);
	let clamp = |x: i128| u64::try_from(x.max(0)).unwrap_or(u64::MAX);
	Combined {
		estimate: sum_reported as f64 + estimate_below,
		low: clamp(low),
		high: clamp(high),
		reporting,
		below,
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::sampler::MAX_MILLI_EPSILON;
	use Reported::{Below, Count};

	#[test]
	fn no_sites_gives_zero() {
		let c = combine(&[], 500, 0.05);
		assert_eq!(c, Combined { estimate: 0.0, low: 0, high: 0, reporting: 0, below: 0 });
	}

	/// At ε = 65.535 the noise is 0 (up to 10^−28), so only rounding and suppression remain.
	#[test]
	fn without_noise_only_rounding_and_suppression_widen() {
		let c = combine(&[Count(40)], MAX_MILLI_EPSILON, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (38, 42, 40.0));
		let c = combine(&[Count(40), Count(115)], MAX_MILLI_EPSILON, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (151, 159, 155.0));
		let c = combine(&[Count(40), Below(10)], MAX_MILLI_EPSILON, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (38, 53, 44.5));
		assert_eq!((c.reporting, c.below), (1, 1));
		let c = combine(&[Below(10), Below(11)], MAX_MILLI_EPSILON, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (0, 23, 9.5));
	}

	/// ε = 1, α = 0.05, one site: P(X > z) = q^(z+1)/(1 + q) with q = e^−1 first drops to ≤ 0.025
	/// at z = 3 (0.0134; z = 2 gives 0.0366), and max(X, 0) has the same upper tail.
	#[test]
	fn one_site_at_epsilon_one() {
		let b = NoiseBounds::new(1000, 1, 0.05);
		assert_eq!((b.sum_low, b.positive_high), (-3, 3));
		let c = combine(&[Count(40)], 1000, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (35, 45, 40.0));
		let c = combine(&[Below(10)], 1000, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (0, 14, 4.5));
		let c = combine(&[Count(5)], 1000, 0.05);
		assert_eq!((c.low, c.high), (0, 10));
	}

	/// ε = 1, α = 0.05, two sites. Z = X1 + X2: P(Z > 4) = 0.0157 ≤ 0.025 < P(Z > 3) = 0.0365, so
	/// z_lo = −4. W = X1⁺ + X2⁺: P(W > 4) = 0.0176 ≤ 0.025 < P(W > 3) = 0.0417, so w_hi = 4
	/// (computed by hand from the closed forms tested in `figures`).
	#[test]
	fn two_sites_at_epsilon_one() {
		let b = NoiseBounds::new(1000, 2, 0.05);
		assert_eq!((b.sum_low, b.positive_high), (-4, 4));
		let c = combine(&[Count(40), Count(120)], 1000, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (40 + 120 - 4 - 4, 40 + 120 + 4 + 4, 160.0));
		let c = combine(&[Count(40), Below(10)], 1000, 0.05);
		assert_eq!((c.low, c.high, c.estimate), (40 - 2 - 4, 40 + 2 + 11 + 4, 44.5));
	}

	#[test]
	#[should_panic(expected = "another number of sites")]
	fn bounds_for_the_wrong_number_of_sites_are_refused() {
		combine_with(&[Count(1)], &NoiseBounds::new(500, 2, 0.05));
	}
}

//! Analytic figures of the noise, for reports and error bars: its probability mass function,
//! spread, tails, and the exact distribution of a sum of several sites' noise.
//!
//! These use floating point, which is fine: they describe the noise, they never draw it.

use crate::sampler::check_milli_epsilon;

/// The tail mass each side of a distribution may drop when it is truncated for computation. What is
/// dropped is tracked and added to every tail probability, so quantiles stay conservative.
pub const TRUNCATION_MASS: f64 = 1e-12;

/// Smallest α accepted for intervals and quantiles. Far above the dropped mass (at most about
/// 2·10^−12 per site), so the truncation cannot move a quantile.
pub const MIN_ALPHA: f64 = 1e-6;

/// λ = ε = e/1000 and q = exp(−λ), the ratio of successive probabilities.
fn lambda_q(milli_epsilon: u32) -> (f64, f64) {
	check_milli_epsilon(milli_epsilon);
	let lambda = f64::from(milli_epsilon) / 1000.0;
	(lambda, (-lambda).exp())
}

/// 1 − q without cancellation when ε is small.
fn one_minus_q(lambda: f64) -> f64 {
	-(-lambda).exp_m1()
}

/// Spread of the noise added to one cell at a given ε (in thousandths).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NoiseFigures {
	/// q = exp(−ε): P(X = x + 1)/P(X = x) for x ≥ 0.
	pub q: f64,
	/// The Laplace scale 1/ε (the sensitivity is 1).
	pub scale: f64,
	/// Standard deviation: √(2q)/(1 − q).
	pub sigma: f64,
	/// Mean absolute error E|X| = 2q/(1 − q²).
	pub mean_abs_error: f64,
}

impl NoiseFigures {
	/// The figures for `milli_epsilon` (ε in thousandths).
	///
	/// # Panics
	///
	/// If `milli_epsilon` is outside the accepted range.
	pub fn new(milli_epsilon: u32) -> Self {
		let (lambda, q) = lambda_q(milli_epsilon);
		let omq = one_minus_q(lambda);
		Self {
			q,
			scale: 1.0 / lambda,
			sigma: (2.0 * q).sqrt() / omq,
			mean_abs_error: 2.0 * q / (omq * (1.0 + q)),
		}
	}
}

/// P(X = x) = (1 − q)/(1 + q) · q^|x| for the noise at `milli_epsilon`.
///
/// # Panics
///
/// If `milli_epsilon` is outside the accepted range.
pub fn pmf(milli_epsilon: u32, x: i64) -> f64 {
	let (lambda, q) = lambda_q(milli_epsilon);
	one_minus_q(lambda) / (1.0 + q) * (-(x.unsigned_abs() as f64) * lambda).exp()
}

/// P(|X| ≥ m): 1 for m = 0, else 2q^m/(1 + q).
///
/// # Panics
///
/// If `milli_epsilon` is outside the accepted range.
pub fn tail_probability(milli_epsilon: u32, m: u64) -> f64 {
	let (lambda, q) = lambda_q(milli_epsilon);
	if m == 0 {
		1.0
	} else {
		2.0 * (-(m as f64) * lambda).exp() / (1.0 + q)
	}
}

/// A distribution on a finite window of integers, with the probability mass left outside it.
#[derive(Clone, Debug)]
pub struct SumDistribution {
	min: i64,
	probs: Vec<f64>,
	dropped: f64,
}

impl SumDistribution {
	/// The distribution of X_1 + … + X_n, the noise of `n` sites at `milli_epsilon`, by repeated
	/// convolution, each step truncated to drop at most [`TRUNCATION_MASS`] per side. `n = 0`
	/// gives the point mass at 0. Cost grows as n²/ε²; for ε ≥ 0.01 and a few dozen sites it is
	/// milliseconds to a second.
	///
	/// # Panics
	///
	/// If `milli_epsilon` is outside the accepted range.
	pub fn of_noise(milli_epsilon: u32, n: usize) -> Self {
		let (lambda, q) = lambda_q(milli_epsilon);
		let m = truncation_point(lambda, q);
		let c = one_minus_q(lambda) / (1.0 + q);
		let probs = (-m..=m).map(|x| c * (-(x.unsigned_abs() as f64) * lambda).exp()).collect();
		let dropped = 2.0 * (-((m + 1) as f64) * lambda).exp() / (1.0 + q);
		Self::power(&Self { min: -m, probs, dropped }, n)
	}

	/// The distribution of max(X_1, 0) + … + max(X_n, 0). The sum of the noise over any subset of
	/// the sites, however that subset was chosen (even by the noise itself), is at most this.
	///
	/// # Panics
	///
	/// If `milli_epsilon` is outside the accepted range.
	pub fn of_positive_parts(milli_epsilon: u32, n: usize) -> Self {
		let (lambda, q) = lambda_q(milli_epsilon);
		let m = truncation_point(lambda, q);
		let c = one_minus_q(lambda) / (1.0 + q);
		// P(X ≤ 0) = 1/(1 + q).
		let probs = core::iter::once(1.0 / (1.0 + q))
			.chain((1..=m).map(|x| c * (-(x as f64) * lambda).exp()))
			.collect();
		let dropped = (-((m + 1) as f64) * lambda).exp() / (1.0 + q);
		Self::power(&Self { min: 0, probs, dropped }, n)
	}

	fn power(base: &Self, n: usize) -> Self {
		let mut acc = Self { min: 0, probs: vec![1.0], dropped: 0.0 };
		for _ in 0..n {
			acc = acc.convolve(base);
			acc.trim();
		}
		acc
	}

	fn convolve(&self, other: &Self) -> Self {
		let mut probs = vec![0.0; self.probs.len() + other.probs.len() - 1];
		for (i, &a) in self.probs.iter().enumerate() {
			for (out, &b) in probs[i..].iter_mut().zip(&other.probs) {
				*out += a * b;
			}
		}
		// Whatever either factor had lost is lost from the product, wherever it would have landed.
		Self { min: self.min + other.min, probs, dropped: self.dropped + other.dropped }
	}

	/// Drops each end while the mass dropped at that end stays below half the allowance.
	fn trim(&mut self) {
		let budget = TRUNCATION_MASS / 2.0;
		let (mut start, mut left) = (0, 0.0);
		while start + 1 < self.probs.len() && left + self.probs[start] < budget {
			left += self.probs[start];
			start += 1;
		}
		let (mut end, mut right) = (self.probs.len(), 0.0);
		while end > start + 1 && right + self.probs[end - 1] < budget {
			right += self.probs[end - 1];
			end -= 1;
		}
		self.probs.truncate(end);
		self.probs.drain(..start);
		self.min += start as i64;
		self.dropped += left + right;
	}

	/// P(Z = z), 0 outside the computed window.
	pub fn pmf(&self, z: i64) -> f64 {
		z.checked_sub(self.min)
			.and_then(|i| usize::try_from(i).ok())
			.and_then(|i| self.probs.get(i).copied())
			.unwrap_or(0.0)
	}

	/// The smallest and largest values in the computed window.
	pub fn support(&self) -> (i64, i64) {
		(self.min, self.min + self.probs.len() as i64 - 1)
	}

	/// Upper bound on the probability mass outside [`Self::support`].
	pub fn dropped_mass(&self) -> f64 {
		self.dropped
	}

	/// The smallest z with P(Z > z) ≤ p, counting all dropped mass as if it lay above z.
	///
	/// # Panics
	///
	/// If p is not more than the dropped mass (p ≥ [`MIN_ALPHA`]/2 is always enough for any
	/// practical n).
	pub fn upper_quantile(&self, p: f64) -> i64 {
		assert!(p > self.dropped, "tail {p} too small for the truncated distribution");
		let mut tail = self.dropped;
		let mut i = self.probs.len() - 1;
		while i > 0 && tail + self.probs[i] <= p {
			tail += self.probs[i];
			i -= 1;
		}
		self.min + i as i64
	}

	/// The largest z with P(Z < z) ≤ p, counting all dropped mass as if it lay below z.
	///
	/// # Panics
	///
	/// As [`Self::upper_quantile`].
	pub fn lower_quantile(&self, p: f64) -> i64 {
		assert!(p > self.dropped, "tail {p} too small for the truncated distribution");
		let mut tail = self.dropped;
		let mut i = 0;
		while i + 1 < self.probs.len() && tail + self.probs[i] <= p {
			tail += self.probs[i];
			i += 1;
		}
		self.min + i as i64
	}
}

/// Smallest m with P(X > m) = q^(m+1)/(1 + q) below half the truncation allowance.
fn truncation_point(lambda: f64, q: f64) -> i64 {
	let needed = -(TRUNCATION_MASS / 2.0 * (1.0 + q)).ln();
	// (m + 1)·λ > needed; the float division is within an ulp, so step to the exact point.
	let mut m = (needed / lambda).floor() as i64;
	while m > 0 && (-(m as f64) * lambda).exp() < TRUNCATION_MASS / 2.0 * (1.0 + q) {
		m -= 1;
	}
	while (-((m + 1) as f64) * lambda).exp() >= TRUNCATION_MASS / 2.0 * (1.0 + q) {
		m += 1;
	}
	m
}

pub(crate) fn check_alpha(alpha: f64) {
	assert!((MIN_ALPHA..1.0).contains(&alpha), "alpha {alpha} outside [{MIN_ALPHA}, 1)");
}

/// The α/2 and 1 − α/2 quantiles (z_lo, z_hi) of the sum of `n` independent noise draws at
/// `milli_epsilon`: P(Z < z_lo) ≤ α/2 and P(Z > z_hi) ≤ α/2. They are symmetric, z_lo = −z_hi.
///
/// # Panics
///
/// If `milli_epsilon` is outside the accepted range or α is outside [[`MIN_ALPHA`], 1).
pub fn sum_quantiles(milli_epsilon: u32, n: usize, alpha: f64) -> (i64, i64) {
	check_alpha(alpha);
	let dist = SumDistribution::of_noise(milli_epsilon, n);
	(dist.lower_quantile(alpha / 2.0), dist.upper_quantile(alpha / 2.0))
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The sanity table of the design notes.
	#[test]
	fn figures_match_the_table() {
		// Each figure to within half a unit of its last printed digit.
		let table = [(100, 14.1, 0.05, 9.98), (500, 2.80, 0.005, 1.92), (1000, 1.36, 0.005, 0.85)];
		for (e, sigma, sigma_tol, mae) in table {
			let f = NoiseFigures::new(e);
			assert!((f.sigma - sigma).abs() < sigma_tol, "ε = {e}: σ = {}", f.sigma);
			assert!((f.mean_abs_error - mae).abs() < 0.005, "ε = {e}: MAE = {}", f.mean_abs_error);
			assert!((f.scale - 1000.0 / f64::from(e)).abs() < 1e-12);
		}
	}

	/// The closed forms against direct sums over the pmf.
	#[test]
	fn figures_agree_with_the_pmf() {
		for e in [10, 100, 500, 1000, 5000] {
			let f = NoiseFigures::new(e);
			let range = -200_000..=200_000i64;
			let total: f64 = range.clone().map(|x| pmf(e, x)).sum();
			let var: f64 = range.clone().map(|x| (x * x) as f64 * pmf(e, x)).sum();
			let mae: f64 = range.clone().map(|x| x.abs() as f64 * pmf(e, x)).sum();
			assert!((total - 1.0).abs() < 1e-9, "ε = {e}: total {total}");
			assert!((var.sqrt() / f.sigma - 1.0).abs() < 1e-9, "ε = {e}");
			assert!((mae / f.mean_abs_error - 1.0).abs() < 1e-9, "ε = {e}");
			for m in [1u64, 2, 7, 50] {
				let direct: f64 =
					range.clone().filter(|x| x.unsigned_abs() >= m).map(|x| pmf(e, x)).sum();
				let closed = tail_probability(e, m);
				assert!(
					(direct - closed).abs() <= 1e-9 * closed.max(1e-300) + 1e-15,
					"ε = {e}, m = {m}"
				);
			}
			assert_eq!(tail_probability(e, 0), 1.0);
		}
	}

	/// Independent check: the smallest z with P(X > z) = q^(z+1)/(1 + q) ≤ α/2.
	fn one_site_upper(e: u32, alpha: f64) -> i64 {
		let q = (-f64::from(e) / 1000.0).exp();
		(0..).find(|&z| q.powi(z as i32 + 1) / (1.0 + q) <= alpha / 2.0).unwrap_or(i64::MAX)
	}

	/// Independent check for two sites: for z ≥ 0,
	/// P(X1 + X2 = z) = c²·q^z·((z + 1) + 2q²/(1 − q²)), c = (1 − q)/(1 + q).
	fn two_site_pmf(e: u32, z: i64) -> f64 {
		let q = (-f64::from(e) / 1000.0).exp();
		let c = (1.0 - q) / (1.0 + q);
		let z = z.abs();
		c * c * q.powi(z as i32) * ((z + 1) as f64 + 2.0 * q * q / (1.0 - q * q))
	}

	#[test]
	fn one_site_quantiles_match_the_tail_formula() {
		for e in [10, 100, 500, 1000, 3000] {
			for alpha in [0.5, 0.1, 0.05, 0.01, 1e-3, 1e-6] {
				let (lo, hi) = sum_quantiles(e, 1, alpha);
				assert_eq!(hi, one_site_upper(e, alpha), "ε = {e}, α = {alpha}");
				assert_eq!(lo, -hi, "ε = {e}, α = {alpha}");
			}
		}
	}

	#[test]
	fn two_site_distribution_matches_the_closed_form() {
		for e in [100, 500, 1000] {
			let dist = SumDistribution::of_noise(e, 2);
			for z in -40..=40 {
				let (got, want) = (dist.pmf(z), two_site_pmf(e, z));
				assert!((got - want).abs() < 1e-12 + 1e-10 * want, "ε = {e}, z = {z}");
			}
			for alpha in [0.1, 0.05, 0.01] {
				let q = (-f64::from(e) / 1000.0).exp();
				// P(Z > z) summed in closed form from far out.
				let tail = |z: i64| (z + 1..z + 20_000).map(|y| two_site_pmf(e, y)).sum::<f64>();
				let want = (0..).find(|&z| tail(z) <= alpha / 2.0).unwrap_or(i64::MAX);
				assert_eq!(
					sum_quantiles(e, 2, alpha),
					(-want, want),
					"ε = {e}, α = {alpha}, q = {q}"
				);
			}
		}
	}

	#[test]
	fn quantiles_are_symmetric_and_widen_with_more_sites() {
		let alphas = [0.1, 0.05, 0.01];
		for e in [10, 100, 500, 1000] {
			let mut previous = [0i64; 3];
			// ε = 0.01 is the slow case (the cost grows as n²/ε²): fewer sites.
			let sites = if e < 100 { 4 } else { 12 };
			for n in 0..=sites {
				let dist = SumDistribution::of_noise(e, n);
				for (alpha, previous) in alphas.iter().zip(&mut previous) {
					let (lo, hi) =
						(dist.lower_quantile(alpha / 2.0), dist.upper_quantile(alpha / 2.0));
					assert_eq!(lo, -hi, "ε = {e}, α = {alpha}, n = {n}");
					assert!(hi >= *previous, "ε = {e}, α = {alpha}, n = {n}: {hi} < {previous}");
					// Discrete quantiles can stand still for a step once n is large.
					if (1..=3).contains(&n) && e <= 500 {
						assert!(hi > *previous, "ε = {e}, α = {alpha}, n = {n}: did not widen");
					}
					*previous = hi;
				}
			}
		}
		assert!(sum_quantiles(500, 12, 0.05).1 > sum_quantiles(500, 6, 0.05).1 + 3);
		assert_eq!(sum_quantiles(500, 0, 0.05), (0, 0));
		assert_eq!(sum_quantiles(500, 3, 0.05), {
			let d = SumDistribution::of_noise(500, 3);
			(d.lower_quantile(0.025), d.upper_quantile(0.025))
		});
	}

	#[test]
	fn sums_keep_their_mass_and_variance() {
		for (e, n) in [(10, 3), (100, 10), (1000, 25)] {
			let dist = SumDistribution::of_noise(e, n);
			let (lo, hi) = dist.support();
			let total: f64 = (lo..=hi).map(|z| dist.pmf(z)).sum();
			let var: f64 = (lo..=hi).map(|z| (z * z) as f64 * dist.pmf(z)).sum();
			let want = n as f64 * NoiseFigures::new(e).sigma.powi(2);
			assert!((total + dist.dropped_mass() - 1.0).abs() < 1e-9, "ε = {e}, n = {n}");
			assert!(dist.dropped_mass() < 2.0 * n as f64 * TRUNCATION_MASS);
			assert!((var / want - 1.0).abs() < 1e-6, "ε = {e}, n = {n}: {var} vs {want}");
		}
	}

	#[test]
	fn positive_parts_match_direct_enumeration() {
		let e = 500;
		let q = (-0.5f64).exp();
		let one = SumDistribution::of_positive_parts(e, 1);
		assert!((one.pmf(0) - 1.0 / (1.0 + q)).abs() < 1e-15);
		for x in 1..30 {
			assert!((one.pmf(x) - pmf(e, x)).abs() < 1e-15);
		}
		assert_eq!(one.pmf(-1), 0.0);
		// Two sites: P(W = w) = Σ_a P(X⁺ = a)·P(X⁺ = w − a).
		let two = SumDistribution::of_positive_parts(e, 2);
		for w in 0..40 {
			let direct: f64 = (0..=w).map(|a| one.pmf(a) * one.pmf(w - a)).sum();
			assert!((two.pmf(w) - direct).abs() < 1e-15, "w = {w}");
		}
		// Never below the plain sum's upper quantile: the positive part is the larger.
		for n in 1..8 {
			let w = SumDistribution::of_positive_parts(e, n).upper_quantile(0.025);
			assert!(w >= sum_quantiles(e, n, 0.05).1, "n = {n}");
		}
	}
}

//! Statistics for the sampler's tests: the model distribution (computed here, independently of the
//! crate's own figures), binned histograms, and the chi-square p-value.
//!
//! The p-value is the exact regularized upper incomplete gamma function Q(df/2, χ²/2), computed by
//! its power series below a + 1 and by Legendre's continued fraction above, with ln Γ exact for the
//! integer and half-integer arguments a chi-square needs. (No Wilson–Hilferty approximation.)

#![allow(dead_code)]

use medrec_dp::discrete_laplace;
use rand::RngCore;

/// Each test draws this many samples per ε unless it says otherwise.
pub const DRAWS: usize = 200_000;

/// Significance level of every goodness-of-fit test.
pub const GOF_ALPHA: f64 = 0.001;

/// q = exp(−e/1000) and the model probability P(X = x).
pub fn model_pmf(milli_epsilon: u32, x: i64) -> f64 {
	let lambda = f64::from(milli_epsilon) / 1000.0;
	-(-lambda).exp_m1() / (1.0 + (-lambda).exp()) * (-(x.unsigned_abs() as f64) * lambda).exp()
}

/// P(X > m) = q^(m+1)/(1 + q), also P(X < −m).
pub fn model_upper_tail(milli_epsilon: u32, m: i64) -> f64 {
	let lambda = f64::from(milli_epsilon) / 1000.0;
	(-((m + 1) as f64) * lambda).exp() / (1.0 + (-lambda).exp())
}

/// ln Γ(a) for a = k/2, k ≥ 1, by Γ(a + 1) = a·Γ(a) from Γ(1) = 1 or Γ(1/2) = √π.
pub fn ln_gamma_half_integer(a: f64) -> f64 {
	let twice = (2.0 * a).round();
	assert!(twice >= 1.0 && (2.0 * a - twice).abs() < 1e-9, "{a} is not a positive half-integer");
	let (mut x, mut acc) = if (twice as u64).is_multiple_of(2) {
		(1.0, 0.0)
	} else {
		(0.5, 0.5 * std::f64::consts::PI.ln())
	};
	while x < a - 0.25 {
		acc += x.ln();
		x += 1.0;
	}
	acc
}

/// Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), for half-integer a.
pub fn upper_regularized_gamma(a: f64, x: f64) -> f64 {
	if x <= 0.0 {
		return 1.0;
	}
	// x^a e^−x / Γ(a), the common factor of both expansions.
	let prefactor = (a * x.ln() - x - ln_gamma_half_integer(a)).exp();
	if x < a + 1.0 {
		// P(a, x) = prefactor · Σ_n x^n / (a (a+1) … (a+n)); the terms shrink once n > x − a.
		let mut term = 1.0 / a;
		let mut sum = term;
		let mut n = 1.0;
		while term > sum * 1e-17 {
			term *= x / (a + n);
			sum += term;
			n += 1.0;
		}
		1.0 - prefactor * sum
	} else {
		// Γ(a, x) = x^a e^−x · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))),
		// evaluated front to back by the modified Lentz method.
		let tiny = 1e-300;
		let mut b = x + 1.0 - a;
		let mut c = 1.0 / tiny;
		let mut d = 1.0 / b;
		let mut value = d;
		for i in 1..100_000 {
			let i = f64::from(i);
			let an = -i * (i - a);
			b += 2.0;
			d = an * d + b;
			if d.abs() < tiny {
				d = tiny;
			}
			c = b + an / c;
			if c.abs() < tiny {
				c = tiny;
			}
			d = 1.0 / d;
			let step = d * c;
			value *= step;
			if (step - 1.0).abs() < 1e-16 {
				break;
			}
		}
		prefactor * value
	}
}

/// P(χ²_df ≥ stat).
pub fn chi_square_p_value(stat: f64, df: usize) -> f64 {
	upper_regularized_gamma(df as f64 / 2.0, stat / 2.0)
}

/// P(N(0,1) > z) for z ≥ 0, as half of P(χ²_1 ≥ z²).
pub fn normal_upper_tail(z: f64) -> f64 {
	0.5 * chi_square_p_value(z * z, 1)
}

/// The z with P(N(0,1) > z) = p, by bisection.
pub fn normal_upper_quantile(p: f64) -> f64 {
	let (mut lo, mut hi) = (0.0, 40.0);
	for _ in 0..200 {
		let mid = (lo + hi) / 2.0;
		if normal_upper_tail(mid) > p {
			lo = mid;
		} else {
			hi = mid;
		}
	}
	(lo + hi) / 2.0
}

/// The outcome of one chi-square goodness-of-fit test.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
	pub stat: f64,
	pub df: usize,
	pub p: f64,
}

/// Bins for `draws` samples: every integer in [−m, m], where m is the largest x with expected
/// count ≥ 20, plus one bin for each tail beyond.
pub fn bin_edge(milli_epsilon: u32, draws: usize) -> i64 {
	let mut m = 0;
	while draws as f64 * model_pmf(milli_epsilon, m + 1) >= 20.0 {
		m += 1;
	}
	m
}

/// Draws `draws` samples with `sample_epsilon` and tests them against the model at
/// `model_epsilon` (equal, except when checking power).
pub fn fit<R: RngCore + ?Sized>(
	rng: &mut R,
	sample_epsilon: u32,
	model_epsilon: u32,
	draws: usize,
) -> Fit {
	let m = bin_edge(model_epsilon, draws);
	let width = 2 * m as usize + 3;
	let mut counts = vec![0u64; width];
	for _ in 0..draws {
		let x = discrete_laplace(rng, sample_epsilon).clamp(-m - 1, m + 1);
		counts[(x + m + 1) as usize] += 1;
	}
	let n = draws as f64;
	let mut stat = 0.0;
	for (i, &observed) in counts.iter().enumerate() {
		let x = i as i64 - m - 1;
		let p = if x.abs() > m {
			model_upper_tail(model_epsilon, m)
		} else {
			model_pmf(model_epsilon, x)
		};
		let expected = n * p;
		stat += (observed as f64 - expected).powi(2) / expected;
	}
	let df = width - 1;
	Fit { stat, df, p: chi_square_p_value(stat, df) }
}

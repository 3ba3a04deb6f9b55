//! The exact discrete Laplace sampler (Canonne, Kamath and Steinke 2020, "The Discrete Gaussian for
//! Differential Privacy", Algorithms 1 and 2) and the exact Bernoulli trials it is built from.
//!
//! Every probability here is a ratio of integers and every random decision is made by comparing a
//! uniform integer with an integer, so the output distribution is exactly the one stated, given
//! uniform 64-bit words. There is no floating point in this module.

use rand::{rand_core::UnwrapErr, rngs::OsRng, CryptoRng, RngCore, TryRngCore};

/// Smallest accepted privacy parameter, in thousandths of ε.
pub const MIN_MILLI_EPSILON: u32 = 1;

/// Largest accepted privacy parameter, in thousandths of ε (ε = 65.535, where the noise is 0 with
/// probability 1 − 10^−28: in effect no privacy at all).
pub const MAX_MILLI_EPSILON: u32 = 65_535;

/// The numerator s of the noise scale t = s/e where e is ε in thousandths: ε = e/1000 and the
/// sensitivity is 1, so t = 1/ε = 1000/e.
const SCALE_NUMERATOR: u32 = 1000;

/// The random source production callers must use: the operating system's generator. It panics if
/// the operating system cannot supply randomness; falling back to anything weaker would silently
/// void the privacy guarantee, and a failed answer is the safe outcome.
pub type SecureRng = UnwrapErr<OsRng>;

/// Returns the operating system's random generator ([`OsRng`], which reads `getrandom(2)` or the
/// platform equivalent on every call), wrapped so that it implements [`RngCore`].
///
/// # Panics
///
/// Drawing from the returned generator panics if the operating system reports an error.
pub fn secure_rng() -> SecureRng {
	OsRng.unwrap_err()
}

// Static check that the production source is a cryptographic one.
const _: fn() = || {
	fn is_crypto<T: CryptoRng>() {}
	is_crypto::<SecureRng>();
};

/// The machine words the uniform sampler can draw. Production uses `u64`; the tests instantiate the
/// same code with `u8` so that every possible word can be enumerated and exactness checked.
pub(crate) trait Word: Copy + PartialOrd + core::ops::Rem<Output = Self> {
	fn wrapping_neg(self) -> Self;
}

impl Word for u64 {
	fn wrapping_neg(self) -> Self {
		u64::wrapping_neg(self)
	}
}

#[cfg(test)]
impl Word for u8 {
	fn wrapping_neg(self) -> Self {
		u8::wrapping_neg(self)
	}
}

/// Maps one uniform word `w` to a uniform value in [0, d), or `None` to ask for another word.
///
/// With 2^b words, `excess = 2^b mod d` (computed as (2^b − d) mod d, which fits the word). The
/// words [excess, 2^b) number a multiple of d and, being consecutive, hit every residue equally
/// often; only the low `excess` words would bias small residues, so they are rejected. At least
/// half of all words are accepted whatever d is, and all but d/2^b of them when d is small.
pub(crate) fn reduce<W: Word>(w: W, d: W) -> Option<W> {
	let excess = d.wrapping_neg() % d;
	if w < excess {
		None
	} else {
		Some(w % d)
	}
}

/// A uniform integer in [0, d), by rejection sampling on 64-bit words (no modulo bias).
///
/// # Panics
///
/// If `d` is 0.
pub fn uniform_below<R: RngCore + ?Sized>(rng: &mut R, d: u64) -> u64 {
	assert!(d > 0, "uniform_below: empty range");
	loop {
		if let Some(v) = reduce(rng.next_u64(), d) {
			return v;
		}
	}
}

/// An exact Bernoulli(n/d) trial: true with probability exactly n/d.
///
/// # Panics
///
/// If `d` is 0 or `n > d`.
pub fn bernoulli_ratio<R: RngCore + ?Sized>(rng: &mut R, n: u64, d: u64) -> bool {
	assert!(d > 0 && n <= d, "bernoulli_ratio: {n}/{d} is not a probability");
	uniform_below(rng, d) < n
}

/// Bernoulli(γ/k) for γ = n/d ≤ 1, as integers.
///
/// Overflow: n ≤ d < 2^32 (d is a `u32`), so n ≤ d·k, and d·k is formed with `checked_mul`. It fits
/// a `u64` while k ≤ 2^32; beyond that (reached with probability below 1/(2^32 − 1)!, i.e. never,
/// but we do not want correctness to rest on that) the trial is split into the independent
/// Bernoulli(n/d) ∧ Bernoulli(1/k), which has the same probability n/(d·k).
fn bernoulli_gamma_over_k<R: RngCore + ?Sized>(rng: &mut R, n: u64, d: u32, k: u64) -> bool {
	match u64::from(d).checked_mul(k) {
		Some(dk) => bernoulli_ratio(rng, n, dk),
		None => bernoulli_ratio(rng, n, u64::from(d)) && bernoulli_ratio(rng, 1, k),
	}
}

/// Bernoulli(exp(−n/d)) for n ≤ d (CKS20 Algorithm 1, first part).
///
/// Counting K = 1, 2, … while Bernoulli(γ/K) succeeds stops at K = j with probability
/// γ^(j−1)/(j−1)! − γ^j/j!, and the odd-K terms sum to the series of exp(−γ).
///
/// Overflow of K: K grows by one per random word drawn, so reaching 2^64 would take 2^64 draws
/// (centuries), and happens with probability below 1/(2^64 − 1)!.
fn bernoulli_exp_neg_unit<R: RngCore + ?Sized>(rng: &mut R, n: u64, d: u32) -> bool {
	debug_assert!(d > 0 && n <= u64::from(d));
	let mut k: u64 = 1;
	while bernoulli_gamma_over_k(rng, n, d, k) {
		k += 1;
	}
	k % 2 == 1
}

/// An exact Bernoulli(exp(−γ)) trial for the rational γ = n/d ≥ 0 (CKS20 Algorithm 1).
///
/// For γ > 1 this runs ⌊γ⌋ trials of Bernoulli(exp(−1)) and one of Bernoulli(exp(−(γ − ⌊γ⌋))),
/// succeeding only if all do, since exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)). It stops at the first
/// failure, so the expected cost is bounded whatever γ is.
///
/// # Panics
///
/// If `d` is 0.
pub fn bernoulli_exp_neg<R: RngCore + ?Sized>(rng: &mut R, n: u64, d: u32) -> bool {
	assert!(d > 0, "bernoulli_exp_neg: zero denominator");
	let d64 = u64::from(d);
	for _ in 0..n / d64 {
		if !bernoulli_exp_neg_unit(rng, 1, 1) {
			return false;
		}
	}
	bernoulli_exp_neg_unit(rng, n % d64, d)
}

/// Panics unless `milli_epsilon` is within [`MIN_MILLI_EPSILON`]..=[`MAX_MILLI_EPSILON`].
pub(crate) fn check_milli_epsilon(milli_epsilon: u32) {
	assert!(
		(MIN_MILLI_EPSILON..=MAX_MILLI_EPSILON).contains(&milli_epsilon),
		"milli-epsilon {milli_epsilon} outside {MIN_MILLI_EPSILON}..={MAX_MILLI_EPSILON}"
	);
}

/// One exact draw from the discrete Laplace distribution with scale t = 1000/e, where e is ε in
/// thousandths (`milli_epsilon`):
///
/// P(X = x) = (1 − q)/(1 + q) · q^|x|, with q = exp(−e/1000).
///
/// Added to a count of sensitivity 1 this gives pure (e/1000)-differential privacy. The method is
/// CKS20 Algorithm 2 with integers only:
///
/// 1. U uniform in [0, 1000), kept with probability exp(−U/1000), else start again;
/// 2. V = number of successes of Bernoulli(exp(−1)) before the first failure;
/// 3. magnitude = ⌊(U + 1000·V)/e⌋ (U + 1000·V is geometric with ratio exp(−1/1000), so grouping it
///    in runs of e gives ratio q);
/// 4. a fair sign; a negative zero is rejected and the whole draw restarted, so 0 is not counted
///    twice.
///
/// It consumes about a dozen 64-bit words per sample (10 at ε = 0.1, 14 at ε = 1).
///
/// The one departure from the exact law: a magnitude above `i64::MAX` (which needs V > 9·10^15,
/// probability below exp(−9·10^15)) restarts the draw instead of overflowing.
///
/// # Panics
///
/// If `milli_epsilon` is outside [`MIN_MILLI_EPSILON`]..=[`MAX_MILLI_EPSILON`].
pub fn discrete_laplace<R: RngCore + ?Sized>(rng: &mut R, milli_epsilon: u32) -> i64 {
	check_milli_epsilon(milli_epsilon);
	let s = u64::from(SCALE_NUMERATOR);
	loop {
		let u = uniform_below(rng, s);
		if !bernoulli_exp_neg_unit(rng, u, SCALE_NUMERATOR) {
			continue;
		}
		let mut v: u64 = 0;
		while bernoulli_exp_neg_unit(rng, 1, 1) {
			v += 1;
		}
		// U < 2^10 and V < 2^64, so U + 1000·V < 2^74: no overflow in u128.
		let x = u128::from(u) + u128::from(s) * u128::from(v);
		let magnitude = x / u128::from(milli_epsilon);
		let negative = rng.next_u64() & 1 == 1;
		if negative && magnitude == 0 {
			continue;
		}
		let Ok(magnitude) = i64::try_from(magnitude) else { continue };
		return if negative { -magnitude } else { magnitude };
	}
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
	use super::*;
	use rand::SeedableRng;
	use rand_chacha::ChaCha20Rng;

	/// Replays a fixed list of words, to check which words the samplers consume and how they map
	/// them.
	struct Scripted {
		words: Vec<u64>,
		next: usize,
	}

	impl Scripted {
		fn new(words: &[u64]) -> Self {
			Self { words: words.to_vec(), next: 0 }
		}
	}

	impl RngCore for Scripted {
		fn next_u32(&mut self) -> u32 {
			self.next_u64() as u32
		}
		fn next_u64(&mut self) -> u64 {
			let w = *self.words.get(self.next).expect("script exhausted");
			self.next += 1;
			w
		}
		fn fill_bytes(&mut self, _: &mut [u8]) {
			unreachable!("the samplers draw whole words")
		}
	}

	/// Exhaustive over all 8-bit words: for every d, each residue is produced by exactly the same
	/// number of words, so Bernoulli(n/d) built on it is exactly n/d for every n.
	#[test]
	fn reduce_is_exactly_uniform_on_every_8_bit_word() {
		for d in 1..=u8::MAX {
			let mut hits = vec![0u32; usize::from(d)];
			let mut accepted = 0u32;
			for w in 0..=u8::MAX {
				if let Some(v) = reduce(w, d) {
					assert!(v < d);
					hits[usize::from(v)] += 1;
					accepted += 1;
				}
			}
			assert!(hits.iter().all(|&h| h == hits[0]), "d = {d}: {hits:?}");
			// Rejecting more than needed would only cost speed, but check it is minimal.
			assert_eq!(256 - accepted, 256 % u32::from(d), "d = {d}");
			for n in 0..=d {
				let yes: u32 = hits[..usize::from(n)].iter().sum();
				assert_eq!(yes * u32::from(d), u32::from(n) * accepted, "{n}/{d}");
			}
		}
	}

	/// The same code on 64-bit words: the rejected region is exactly [0, 2^64 mod d) (computed
	/// independently in u128) and what is left is a whole number of periods.
	#[test]
	fn reduce_u64_rejects_exactly_the_biased_words() {
		for d in
			[1u64, 2, 3, 7, 1000, 65_535, u64::from(u32::MAX), 1 << 63, (1 << 63) + 1, u64::MAX]
		{
			let excess = ((1u128 << 64) % u128::from(d)) as u64;
			assert_eq!(((1u128 << 64) - u128::from(excess)) % u128::from(d), 0);
			if excess > 0 {
				assert_eq!(reduce(excess - 1, d), None, "d = {d}");
				assert_eq!(reduce(0, d), None, "d = {d}");
			}
			assert_eq!(reduce(excess, d), Some(excess % d), "d = {d}");
			assert_eq!(reduce(u64::MAX, d), Some(u64::MAX % d), "d = {d}");
		}
	}

	#[test]
	fn uniform_below_retries_rejected_words() {
		// 2^64 mod 3 = 1: word 0 is rejected, word 5 gives 2.
		let mut rng = Scripted::new(&[0, 5]);
		assert_eq!(uniform_below(&mut rng, 3), 2);
		assert_eq!(rng.next, 2);
	}

	#[test]
	fn bernoulli_over_large_k_splits_without_overflow() {
		let k = 1u64 << 40;
		let d = u32::MAX;
		let n = u64::from(d);
		// γ = 1, d·k > 2^64: Bernoulli(d/d) then Bernoulli(1/k). For d = 2^32 − 1 word 0 is
		// rejected (2^64 mod d = 1), word 1 gives 1 < d; then only a word ≡ 0 mod k succeeds.
		assert!(bernoulli_gamma_over_k(&mut Scripted::new(&[1, 0]), n, d, k));
		assert!(!bernoulli_gamma_over_k(&mut Scripted::new(&[1, 1]), n, d, k));
		assert!(bernoulli_gamma_over_k(&mut Scripted::new(&[1, k]), n, d, k));
		let mut rng = Scripted::new(&[0, 1, 3 * k]);
		assert!(bernoulli_gamma_over_k(&mut rng, n, d, k));
		assert_eq!(rng.next, 3);
		// Without overflow one word decides, against d·k = 30 (2^64 mod 30 = 16 is rejected).
		assert!(bernoulli_gamma_over_k(&mut Scripted::new(&[34]), 5, 10, 3));
		assert!(!bernoulli_gamma_over_k(&mut Scripted::new(&[35]), 5, 10, 3));
		let mut rng = Scripted::new(&[4, 32]);
		assert!(bernoulli_gamma_over_k(&mut rng, 5, 10, 3));
		assert_eq!(rng.next, 2);
	}

	#[test]
	fn bernoulli_exp_neg_matches_exp_within_5_standard_errors() {
		let mut rng = ChaCha20Rng::seed_from_u64(0x0b_e7_ea);
		let draws = 200_000u32;
		for (n, d) in [(0u64, 1u32), (1, 4), (1, 2), (999, 1000), (1, 1), (3, 2), (27, 10), (5, 1)]
		{
			let hits = (0..draws).filter(|_| bernoulli_exp_neg(&mut rng, n, d)).count();
			let rate = hits as f64 / f64::from(draws);
			let p = (-(n as f64) / f64::from(d)).exp();
			if n == 0 {
				assert_eq!(hits, draws as usize, "exp(0) = 1 must always succeed");
				continue;
			}
			let se = (p * (1.0 - p) / f64::from(draws)).sqrt();
			assert!((rate - p).abs() < 5.0 * se, "γ = {n}/{d}: rate {rate}, expected {p}, se {se}");
		}
	}

	#[test]
	#[should_panic(expected = "outside")]
	fn zero_epsilon_is_refused() {
		discrete_laplace(&mut ChaCha20Rng::seed_from_u64(1), 0);
	}

	#[test]
	#[should_panic(expected = "outside")]
	fn epsilon_above_range_is_refused() {
		discrete_laplace(&mut ChaCha20Rng::seed_from_u64(1), MAX_MILLI_EPSILON + 1);
	}

	#[test]
	fn secure_rng_draws() {
		let mut rng = secure_rng();
		// Two independent 64-bit words collide with probability 2^−64.
		assert_ne!(rng.next_u64(), rng.next_u64());
		let x = discrete_laplace(&mut rng, 1000);
		assert!(x.abs() < 1000);
	}
}

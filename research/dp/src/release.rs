//! Releasing one count cell: noise, rounding to a multiple of [`ROUNDING`], and suppression of
//! small values as "< k".

use crate::sampler::discrete_laplace;
use rand::RngCore;

/// Released counts are multiples of this. Odd, so rounding to the nearest multiple has no ties
/// and moves a value by at most `ROUNDING / 2`.
pub const ROUNDING: u32 = 5;

const _: () = assert!(ROUNDING % 2 == 1);

/// How far rounding can move a value: 2 for a step of 5.
pub(crate) const HALF_STEP: i128 = (ROUNDING / 2) as i128;

/// What a gatekeeper reports for one cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reported {
	/// The noisy count, rounded to a multiple of [`ROUNDING`]; at least the threshold k.
	Count(u64),
	/// "Fewer than k": the noisy rounded count was below the threshold k carried here.
	Below(u32),
}

/// One release with the raw noise, for the gatekeeper's audit log. The noise must never leave the
/// gatekeeper: together with the report it reveals the true count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Release {
	/// The true count the noise was added to.
	pub true_count: u64,
	/// The discrete Laplace draw X.
	pub noise: i64,
	/// What is published.
	pub reported: Reported,
}

impl Release {
	/// The noisy count before rounding, y = c + X (it may be negative).
	pub fn noisy(&self) -> i128 {
		i128::from(self.true_count) + i128::from(self.noise)
	}
}

/// Rounds y to the nearest multiple of [`ROUNDING`]: 5·⌊(y + 2)/5⌋ with floor (Euclidean) division,
/// so negative values round the same way as positive ones (−3 → −5, −2 → 0, 2 → 0, 3 → 5).
pub fn round_to_step(noisy: i128) -> i128 {
	let step = i128::from(ROUNDING);
	step * (noisy + HALF_STEP).div_euclid(step)
}

/// Rounds a noisy count and applies the threshold: `Count(r)` if r ≥ k, else `Below(k)`. The
/// threshold sees only the noisy value, never the true count, so the choice between the two
/// reveals nothing beyond the noise's guarantee.
///
/// With k = 0 nothing non-negative is suppressed, but a negative value still comes back as
/// `Below(0)`, never as a count. A rounded value above `u64::MAX` (needing a true count near 2^64)
/// is reported as `u64::MAX`, itself a multiple of 5.
pub fn report(noisy: i128, k: u32) -> Reported {
	let rounded = round_to_step(noisy);
	if rounded >= i128::from(k) {
		Reported::Count(u64::try_from(rounded).unwrap_or(u64::MAX))
	} else {
		Reported::Below(k)
	}
}

/// Releases one cell and returns the raw noise alongside the report.
///
/// # Panics
///
/// If `milli_epsilon` is outside the accepted range.
pub fn release_with_noise<R: RngCore + ?Sized>(
	rng: &mut R,
	true_count: u64,
	milli_epsilon: u32,
	k: u32,
) -> Release {
	let noise = discrete_laplace(rng, milli_epsilon);
	let noisy = i128::from(true_count) + i128::from(noise);
	Release { true_count, noise, reported: report(noisy, k) }
}

/// Releases one cell of true count `true_count` under (`milli_epsilon`/1000)-DP with suppression
/// threshold `k`: y = c + X, X ~ discrete Laplace; r = y rounded to a multiple of [`ROUNDING`];
/// `Count(r)` if r ≥ k, else `Below(k)` (which covers 0 and negatives).
///
/// # Panics
///
/// If `milli_epsilon` is outside the accepted range.
pub fn release<R: RngCore + ?Sized>(
	rng: &mut R,
	true_count: u64,
	milli_epsilon: u32,
	k: u32,
) -> Reported {
	release_with_noise(rng, true_count, milli_epsilon, k).reported
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::sampler::MAX_MILLI_EPSILON;
	use rand::SeedableRng;
	use rand_chacha::ChaCha20Rng;

	#[test]
	fn rounding_is_to_the_nearest_multiple_including_negatives() {
		let cases = [
			(-8, -10),
			(-7, -5),
			(-3, -5),
			(-2, 0),
			(-1, 0),
			(0, 0),
			(2, 0),
			(3, 5),
			(7, 5),
			(8, 10),
			(12, 10),
			(13, 15),
		];
		for (y, r) in cases {
			assert_eq!(round_to_step(y), r, "y = {y}");
		}
		for y in -1000..=1000 {
			let r = round_to_step(y);
			assert_eq!(r % 5, 0);
			assert!((r - y).abs() <= 2, "y = {y} → {r}");
		}
	}

	#[test]
	fn threshold_applies_to_the_rounded_noisy_value() {
		assert_eq!(report(7, 10), Reported::Below(10)); // rounds to 5
		assert_eq!(report(8, 10), Reported::Count(10)); // rounds to 10
		assert_eq!(report(12, 11), Reported::Below(11)); // rounds to 10 < 11
		assert_eq!(report(13, 11), Reported::Count(15));
		for y in -50..=2 {
			// Never Count(0): zero and negatives are suppressed for any k ≥ 1.
			assert_eq!(report(y, 1), Reported::Below(1), "y = {y}");
		}
		assert_eq!(report(i128::from(u64::MAX) + 100, 10), Reported::Count(u64::MAX));
	}

	#[test]
	fn small_true_counts_never_come_back_as_count_zero() {
		let mut rng = ChaCha20Rng::seed_from_u64(6);
		for c in 0..12u64 {
			for _ in 0..2_000 {
				match release(&mut rng, c, 1000, 10) {
					Reported::Count(v) => assert!(v >= 10 && v % 5 == 0, "c = {c}: {v}"),
					Reported::Below(k) => assert_eq!(k, 10),
				}
			}
		}
	}

	#[test]
	fn high_epsilon_returns_the_count_within_rounding() {
		let mut rng = ChaCha20Rng::seed_from_u64(7);
		for c in [20u64, 997, 1000, 1003, 123_456_789] {
			for _ in 0..1_000 {
				let rel = release_with_noise(&mut rng, c, MAX_MILLI_EPSILON, 10);
				assert_eq!(rel.noise, 0, "P(X ≠ 0) < 10^−28 at ε = 65.535");
				let want = round_to_step(i128::from(c)) as u64;
				assert_eq!(rel.reported, Reported::Count(want), "c = {c}");
				assert!(want.abs_diff(c) <= 2);
			}
		}
	}

	#[test]
	fn the_audit_record_is_consistent_with_the_report() {
		let mut rng = ChaCha20Rng::seed_from_u64(8);
		let mut seen_below = false;
		let mut seen_count = false;
		for _ in 0..5_000 {
			let rel = release_with_noise(&mut rng, 9, 300, 10);
			assert_eq!(rel.reported, report(rel.noisy(), 10));
			seen_below |= matches!(rel.reported, Reported::Below(_));
			seen_count |= matches!(rel.reported, Reported::Count(_));
		}
		assert!(seen_below && seen_count);
	}
}

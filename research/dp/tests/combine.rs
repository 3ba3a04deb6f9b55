//! Coverage of the combined interval, by simulating every site's release.

#![allow(clippy::unwrap_used)]

use medrec_dp::{combine, combine_with, release, sum_quantiles, NoiseBounds, Reported};
use rand::SeedableRng;
use rand_chacha::ChaCha20Rng;

/// Fraction of `trials` in which the true total lies in the interval, and the same for the
/// interval whose lower end uses the plain sum's quantile z_hi instead of w_hi.
fn coverage(
	counts: &[u64],
	milli_epsilon: u32,
	k: u32,
	alpha: f64,
	trials: usize,
	seed: u64,
) -> (f64, f64) {
	let mut rng = ChaCha20Rng::seed_from_u64(seed);
	let truth: u64 = counts.iter().sum();
	let bounds = NoiseBounds::new(milli_epsilon, counts.len(), alpha);
	let (_, z_hi) = sum_quantiles(milli_epsilon, counts.len(), alpha);
	let (mut covered, mut covered_plain) = (0, 0);
	for trial in 0..trials {
		let cells: Vec<Reported> =
			counts.iter().map(|&c| release(&mut rng, c, milli_epsilon, k)).collect();
		let combined = combine_with(&cells, &bounds);
		if trial == 0 {
			assert_eq!(combined, combine(&cells, milli_epsilon, alpha));
		}
		assert!(combined.low <= combined.high);
		assert_eq!(combined.reporting + combined.below, counts.len());
		if (combined.low..=combined.high).contains(&truth) {
			covered += 1;
		}
		let reported: Vec<u64> = cells
			.iter()
			.filter_map(|c| if let Reported::Count(v) = c { Some(*v) } else { None })
			.collect();
		let plain_low = reported.iter().sum::<u64>() as i64 - 2 * reported.len() as i64 - z_hi;
		if plain_low.max(0) as u64 <= truth && truth <= combined.high {
			covered_plain += 1;
		}
	}
	(covered as f64 / trials as f64, covered_plain as f64 / trials as f64)
}

#[test]
fn three_sites_are_covered_at_95_percent() {
	let (covered, _) = coverage(&[40, 7, 120], 500, 10, 0.05, 2_000, 0xc0_4e);
	println!("3 sites, ε = 0.5, k = 10: coverage {covered}");
	assert!(covered >= 0.95, "coverage {covered}");
}

#[test]
fn mixed_sites_at_small_epsilon_are_covered() {
	let counts = [0, 3, 8, 12, 25, 60, 0, 5, 9, 150];
	let (covered, _) = coverage(&counts, 100, 11, 0.05, 2_000, 0xc0_4f);
	println!("10 sites, ε = 0.1, k = 11: coverage {covered}");
	assert!(covered >= 0.95, "coverage {covered}");
}

/// Why the lower end uses Σ max(X_s, 0): 30 sites with no patients at ε = 0.1, k = 10. A site
/// reports only when its noise is ≥ 8, so the reported sites' noise is far from a plain sum of
/// independent draws, and the plain quantile misses the true total of 0 far more often than α.
#[test]
fn selection_by_the_threshold_is_accounted_for() {
	let (covered, covered_plain) = coverage(&[0; 30], 100, 10, 0.05, 2_000, 0xc0_50);
	println!("30 empty sites, ε = 0.1, k = 10: coverage {covered}, with the plain quantile {covered_plain}");
	assert!(covered >= 0.95, "coverage {covered}");
	assert!(covered_plain < 0.9, "the plain quantile was expected to under-cover: {covered_plain}");
}

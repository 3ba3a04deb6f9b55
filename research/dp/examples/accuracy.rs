//! The accuracy a researcher gets: mean absolute error of what is released (noise, rounding to
//! 5, "< k" below k) against the true count, for one site and for three sites combined, at
//! ε = 0.1, 0.5 and 1, and how often the combined 95% interval holds the truth.
//!
//! `cargo run --release --locked -p medrec-dp --example accuracy`

use medrec_dp::{combine, release, NoiseFigures, Reported};
use rand::SeedableRng;
use rand_chacha::ChaCha20Rng;

const TRIALS: u32 = 20_000;
const K: u32 = 11;

fn value(r: Reported) -> f64 {
	match r {
		Reported::Count(n) => n as f64,
		// What a reader takes a suppressed cell for: the middle of 0..k.
		Reported::Below(k) => f64::from(k - 1) / 2.0,
	}
}

fn main() {
	let mut rng = ChaCha20Rng::seed_from_u64(2026);
	println!("true counts: one site 103; three sites 40 + 7 + 120 (k = {K}, rounding 5)");
	println!("  ε      MAE noise only  MAE one site  MAE three sites  95% interval holds");
	for milli in [100u32, 500, 1_000] {
		let (mut one, mut three, mut held) = (0.0, 0.0, 0u32);
		for _ in 0..TRIALS {
			one += (value(release(&mut rng, 103, milli, K)) - 103.0).abs();
			let sites: Vec<Reported> =
				[40u64, 7, 120].iter().map(|c| release(&mut rng, *c, milli, K)).collect();
			let combined = combine(&sites, milli, 0.05);
			three += (combined.estimate - 167.0).abs();
			held += u32::from(combined.low <= 167 && 167 <= combined.high);
		}
		let n = f64::from(TRIALS);
		println!(
			"  {:<5}  {:>14.2}  {:>12.2}  {:>15.2}  {:>17.1}%",
			f64::from(milli) / 1000.0,
			NoiseFigures::new(milli).mean_abs_error,
			one / n,
			three / n,
			100.0 * f64::from(held) / n
		);
	}
}

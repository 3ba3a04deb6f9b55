//! Prints how many discrete Laplace samples per second the exact sampler draws, from ChaCha20 (a
//! fast deterministic generator, so this measures the algorithm) and from the operating system's
//! generator (what production uses), and how many 64-bit words each sample consumes.
//!
//! `cargo run --release --example throughput -p medrec-dp`

use medrec_dp::{discrete_laplace, secure_rng};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha20Rng;
use std::time::{Duration, Instant};

/// Counts the words drawn through it.
struct Counting<R> {
	inner: R,
	words: u64,
}

impl<R: RngCore> RngCore for Counting<R> {
	fn next_u32(&mut self) -> u32 {
		self.words += 1;
		self.inner.next_u32()
	}
	fn next_u64(&mut self) -> u64 {
		self.words += 1;
		self.inner.next_u64()
	}
	fn fill_bytes(&mut self, dst: &mut [u8]) {
		self.words += dst.len().div_ceil(8) as u64;
		self.inner.fill_bytes(dst)
	}
}

/// Draws for about `budget` and returns (samples per second, words per sample).
fn measure<R: RngCore>(rng: R, milli_epsilon: u32, budget: Duration) -> (f64, f64) {
	let mut rng = Counting { inner: rng, words: 0 };
	let start = Instant::now();
	let mut samples = 0u64;
	let mut sink = 0i64;
	while start.elapsed() < budget {
		for _ in 0..1000 {
			sink = sink.wrapping_add(discrete_laplace(&mut rng, milli_epsilon));
		}
		samples += 1000;
	}
	std::hint::black_box(sink);
	let secs = start.elapsed().as_secs_f64();
	(samples as f64 / secs, rng.words as f64 / samples as f64)
}

fn main() {
	println!(
		"{:>6} {:>22} {:>22} {:>16}",
		"ε", "ChaCha20 samples/s", "OsRng samples/s", "words/sample"
	);
	for milli_epsilon in [100, 500, 1000] {
		let (chacha, words) =
			measure(ChaCha20Rng::seed_from_u64(1), milli_epsilon, Duration::from_secs(2));
		let (os, _) = measure(secure_rng(), milli_epsilon, Duration::from_secs(2));
		println!(
			"{:>6} {:>22.0} {:>22.0} {:>16.2}",
			f64::from(milli_epsilon) / 1000.0,
			chacha,
			os,
			words
		);
	}
}

//! The runtime's fuzz targets. Each is a function of arbitrary bytes that panics only on a
//! broken property; `fuzz/` runs them under libFuzzer for long runs, and `tests/corpus.rs`
//! replays the committed corpus (`fuzz/corpus/<target>/`) in CI.

pub mod calls;
pub mod seeds;
pub mod transactions;

use std::sync::OnceLock;

use sp_io::TestExternalities;

use crate::chain::{self, Raw};

/// A copy of the populated state, which is built once per process (a block of set-up takes
/// milliseconds, and a fuzzer runs its target thousands of times a second).
fn populated() -> TestExternalities {
	static STATE: OnceLock<Raw> = OnceLock::new();
	chain::restore(STATE.get_or_init(|| chain::populated().into_raw_snapshot()))
}

/// What an input did: how many transactions got into a block and how many were refused. The
/// corpus test checks that the committed inputs reach both sides of the gate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
	pub included: u32,
	pub refused: u32,
}

impl std::ops::AddAssign for Tally {
	fn add_assign(&mut self, other: Self) {
		self.included += other.included;
		self.refused += other.refused;
	}
}

/// `count` variations of `input`, the same for the same `seed`: a byte changed, inserted or
/// removed, the input cut short, or a run of it repeated. CI runs each target on these
/// beside the corpus, a brief fuzz run without libFuzzer that finds the same input again on
/// every machine.
pub fn mutants(input: &[u8], count: usize, seed: u64) -> Vec<Vec<u8>> {
	// xorshift64: enough to spread the edits; the inputs' order is what must not vary.
	let mut state = seed | 1;
	let mut next = move |bound: usize| {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		(state % bound.max(1) as u64) as usize
	};
	(0..count)
		.map(|_| {
			let mut m = input.to_vec();
			for _ in 0..1 + next(3) {
				let at = next(m.len() + 1);
				match next(5) {
					0 if at < m.len() => m[at] ^= 1 << next(8),
					1 if at < m.len() => m[at] = next(256) as u8,
					2 => m.insert(at, next(256) as u8),
					3 if at < m.len() => drop(m.remove(at)),
					_ => {
						// `at` is at most the length: repeat up to 16 bytes from there.
						let run = m[at..at + next(16).min(m.len() - at)].to_vec();
						m.splice(at..at, run);
					},
				}
			}
			if next(10) == 0 {
				m.truncate(next(m.len() + 1));
			}
			m
		})
		.collect()
}

/// Bytes taken from the front of a fuzz input.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
	fn byte(&mut self) -> Option<u8> {
		let (first, rest) = self.0.split_first()?;
		self.0 = rest;
		Some(*first)
	}
}

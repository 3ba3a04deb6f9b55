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

/// Bytes taken from the front of a fuzz input.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
	fn byte(&mut self) -> Option<u8> {
		let (first, rest) = self.0.split_first()?;
		self.0 = rest;
		Some(*first)
	}
}

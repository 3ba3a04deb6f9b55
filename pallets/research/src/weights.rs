//! Weights for `pallet_medrec_research`.
//!
//! Provisional: until `scripts/bench.sh` has measured this pallet on the reference machine,
//! each is its benchmark's storage accesses priced at the database weights, plus an execution
//! allowance (40 µs a call, 60 µs for a query at its largest; the relationships pallet's
//! heaviest measured call is 31 µs), with proof sizes from the items' `MaxEncodedLen`.

#![allow(unused_parens, unused_imports, clippy::unnecessary_cast)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for `pallet_medrec_research`.
pub trait WeightInfo {
	fn set_consent() -> Weight;
	fn withdraw_consent() -> Weight;
	fn choose() -> Weight;
	fn register_study() -> Weight;
	fn withdraw_study() -> Weight;
	fn close_study() -> Weight;
	fn authorize_query() -> Weight;
	fn authorize_repeat() -> Weight;
	/// `on_idle` looking at `n` consents for invitations.
	fn sweep(n: u32) -> Weight;
	fn verdict() -> Weight;
}

/// Execution picoseconds, proof bytes, reads and writes.
type Figures = (u64, u64, u64, u64);

// set_consent: role, proxies, provider, relationship, old consent; consent, two index writes.
const SET_CONSENT: Figures = (40_000_000, 8_000, 5, 3);
const WITHDRAW_CONSENT: Figures = (40_000_000, 4_000, 2, 3);
const CHOOSE: Figures = (40_000_000, 8_000, 5, 1);
// register_study, with the consortium's open-proposal list and proposal.
const REGISTER_STUDY: Figures = (40_000_000, 12_000, 6, 6);
const WITHDRAW_STUDY: Figures = (40_000_000, 12_000, 4, 4);
const CLOSE_STUDY: Figures = (40_000_000, 4_000, 2, 2);
const AUTHORIZE_QUERY: Figures = (60_000_000, 8_000, 3, 3);
const AUTHORIZE_REPEAT: Figures = (60_000_000, 8_000, 2, 0);
// The study and the sweep list.
const SWEEP_BASE: Figures = (10_000_000, 2_000, 2, 1);
// Per consent: consent, epoch, choice, relationship, the summary's status (read and write).
const SWEEP_STEP: Figures = (20_000_000, 6_000, 6, 2);
const VERDICT: Figures = (40_000_000, 6_000, 4, 3);

fn priced((ps, proof, reads, writes): Figures, db: RuntimeDbWeight) -> Weight {
	Weight::from_parts(ps, proof).saturating_add(db.reads_writes(reads, writes))
}

macro_rules! weights {
	($db:expr) => {
		fn set_consent() -> Weight {
			priced(SET_CONSENT, $db)
		}
		fn withdraw_consent() -> Weight {
			priced(WITHDRAW_CONSENT, $db)
		}
		fn choose() -> Weight {
			priced(CHOOSE, $db)
		}
		fn register_study() -> Weight {
			priced(REGISTER_STUDY, $db)
		}
		fn withdraw_study() -> Weight {
			priced(WITHDRAW_STUDY, $db)
		}
		fn close_study() -> Weight {
			priced(CLOSE_STUDY, $db)
		}
		fn authorize_query() -> Weight {
			priced(AUTHORIZE_QUERY, $db)
		}
		fn authorize_repeat() -> Weight {
			priced(AUTHORIZE_REPEAT, $db)
		}
		fn sweep(n: u32) -> Weight {
			priced(SWEEP_BASE, $db).saturating_add(priced(SWEEP_STEP, $db).saturating_mul(n as u64))
		}
		fn verdict() -> Weight {
			priced(VERDICT, $db)
		}
	};
}

/// Weights for the runtime, priced with its database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	weights!(T::DbWeight::get());
}

// For tests: the same figures, priced with the reference database weights.
impl WeightInfo for () {
	weights!(RocksDbWeight::get());
}

//! Weights for `pallet_medrec_summary`.
//!
//! Until `scripts/bench.sh` has been run for this pallet, these are estimates: the reads and
//! writes each call does, priced at the database weights, plus execution time.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for `pallet_medrec_summary`.
pub trait WeightInfo {
	fn acknowledge() -> Weight;
}

/// Weights priced with the runtime's database weights.
pub type SubstrateWeight<T> = Priced<<T as frame_system::Config>::DbWeight>;

/// Weights priced with database weights `D`.
pub struct Priced<D>(PhantomData<D>);
impl<D: Get<RuntimeDbWeight>> WeightInfo for Priced<D> {
	fn acknowledge() -> Weight {
		// The controller check reads the patient's proxies.
		Weight::from_parts(15_000_000, 3_000).saturating_add(D::get().reads_writes(3, 1))
	}
}

// For tests: the same shape with the reference database weights.
impl WeightInfo for () {
	fn acknowledge() -> Weight {
		Priced::<RocksDbWeight>::acknowledge()
	}
}

//! Weights for `pallet_medrec_registrar`.
//!
//! Until `scripts/bench.sh` has been run for this pallet, these are estimates: the reads and
//! writes each call does, priced at the database weights, plus 20 µs of execution.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for `pallet_medrec_registrar`.
pub trait WeightInfo {
	fn register_member() -> Weight;
	fn update_profile() -> Weight;
	fn deregister_member() -> Weight;
	fn set_encryption_key() -> Weight;
	fn link_eth_address() -> Weight;
	fn unlink_eth_address() -> Weight;
}

const EXECUTION: u64 = 20_000_000;

/// Weights priced with the runtime's database weights.
pub type SubstrateWeight<T> = Priced<<T as frame_system::Config>::DbWeight>;

/// Weights priced with database weights `D`.
pub struct Priced<D>(PhantomData<D>);
impl<D: Get<RuntimeDbWeight>> WeightInfo for Priced<D> {
	fn register_member() -> Weight {
		Weight::from_parts(EXECUTION, 2_000).saturating_add(D::get().reads_writes(3, 4))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(EXECUTION, 2_000).saturating_add(D::get().reads_writes(3, 3))
	}
	fn deregister_member() -> Weight {
		Weight::from_parts(EXECUTION, 2_000).saturating_add(D::get().reads_writes(4, 6))
	}
	fn set_encryption_key() -> Weight {
		Weight::from_parts(EXECUTION, 1_000).saturating_add(D::get().reads_writes(1, 1))
	}
	fn link_eth_address() -> Weight {
		// secp256k1 recovery dominates.
		Weight::from_parts(EXECUTION + 60_000_000, 2_000)
			.saturating_add(D::get().reads_writes(4, 2))
	}
	fn unlink_eth_address() -> Weight {
		Weight::from_parts(EXECUTION, 1_000).saturating_add(D::get().reads_writes(1, 2))
	}
}

// For tests: the same shape with the reference database weights.
impl WeightInfo for () {
	fn register_member() -> Weight {
		Priced::<RocksDbWeight>::register_member()
	}
	fn update_profile() -> Weight {
		Priced::<RocksDbWeight>::update_profile()
	}
	fn deregister_member() -> Weight {
		Priced::<RocksDbWeight>::deregister_member()
	}
	fn set_encryption_key() -> Weight {
		Priced::<RocksDbWeight>::set_encryption_key()
	}
	fn link_eth_address() -> Weight {
		Priced::<RocksDbWeight>::link_eth_address()
	}
	fn unlink_eth_address() -> Weight {
		Priced::<RocksDbWeight>::unlink_eth_address()
	}
}

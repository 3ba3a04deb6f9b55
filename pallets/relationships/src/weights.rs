//! Weights for `pallet_medrec_relationships`.
//!
//! Until `scripts/bench.sh` has been run for this pallet, these are estimates: the reads and
//! writes each call does at its bounds, priced at the database weights, plus execution time.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for `pallet_medrec_relationships`.
pub trait WeightInfo {
	fn open_relationship() -> Weight;
	fn accept_relationship() -> Weight;
	fn reject_relationship() -> Weight;
	fn end_relationship() -> Weight;
	fn set_pointer() -> Weight;
	fn remove_pointer() -> Weight;
	fn grant() -> Weight;
	fn revoke() -> Weight;
	fn create_group(m: u32) -> Weight;
	fn add_group_member() -> Weight;
	fn remove_group_member() -> Weight;
	fn remove_group() -> Weight;
	fn add_proxy() -> Weight;
	fn remove_proxy() -> Weight;
	fn set_break_glass() -> Weight;
	fn break_glass() -> Weight;
	fn set_dead_man_switch(b: u32) -> Weight;
	fn check_in() -> Weight;
	fn clear_dead_man_switch() -> Weight;
	fn request_access() -> Weight;
	fn approve_request() -> Weight;
	fn decline_request() -> Weight;
}

/// Weights priced with the runtime's database weights.
pub type SubstrateWeight<T> = Priced<<T as frame_system::Config>::DbWeight>;

/// Weights priced with database weights `D`.
pub struct Priced<D>(PhantomData<D>);
impl<D: Get<RuntimeDbWeight>> WeightInfo for Priced<D> {
	fn open_relationship() -> Weight {
		Weight::from_parts(20_000_000, 4_000).saturating_add(D::get().reads_writes(3, 4))
	}
	fn accept_relationship() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
	fn reject_relationship() -> Weight {
		Weight::from_parts(25_000_000, 4_000).saturating_add(D::get().reads_writes(4, 5))
	}
	fn end_relationship() -> Weight {
		Weight::from_parts(25_000_000, 4_000).saturating_add(D::get().reads_writes(4, 5))
	}
	fn set_pointer() -> Weight {
		Weight::from_parts(20_000_000, 4_000).saturating_add(D::get().reads_writes(1, 2))
	}
	fn remove_pointer() -> Weight {
		Weight::from_parts(20_000_000, 4_000).saturating_add(D::get().reads_writes(1, 2))
	}
	fn grant() -> Weight {
		Weight::from_parts(30_000_000, 4_000).saturating_add(D::get().reads_writes(5, 3))
	}
	fn revoke() -> Weight {
		Weight::from_parts(20_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
	fn create_group(m: u32) -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(m.into()))
			.saturating_add(D::get().reads_writes(3, 2))
	}
	fn add_group_member() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
	fn remove_group_member() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
	fn remove_group() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(3, 1))
	}
	fn add_proxy() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
	fn remove_proxy() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(1, 1))
	}
	fn set_break_glass() -> Weight {
		Weight::from_parts(10_000_000, 4_000).saturating_add(D::get().reads_writes(1, 1))
	}
	fn break_glass() -> Weight {
		Weight::from_parts(25_000_000, 4_000).saturating_add(D::get().reads_writes(4, 2))
	}
	fn set_dead_man_switch(b: u32) -> Weight {
		Weight::from_parts(15_000_000, 4_000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(b.into()))
			.saturating_add(D::get().reads_writes(1, 1))
	}
	fn check_in() -> Weight {
		Weight::from_parts(10_000_000, 4_000).saturating_add(D::get().reads_writes(1, 1))
	}
	fn clear_dead_man_switch() -> Weight {
		Weight::from_parts(10_000_000, 4_000).saturating_add(D::get().reads_writes(1, 1))
	}
	fn request_access() -> Weight {
		Weight::from_parts(25_000_000, 4_000).saturating_add(D::get().reads_writes(5, 3))
	}
	fn approve_request() -> Weight {
		Weight::from_parts(35_000_000, 4_000).saturating_add(D::get().reads_writes(6, 4))
	}
	fn decline_request() -> Weight {
		Weight::from_parts(15_000_000, 4_000).saturating_add(D::get().reads_writes(2, 1))
	}
}

// For tests: the same shape with the reference database weights.
impl WeightInfo for () {
	fn open_relationship() -> Weight {
		Priced::<RocksDbWeight>::open_relationship()
	}
	fn accept_relationship() -> Weight {
		Priced::<RocksDbWeight>::accept_relationship()
	}
	fn reject_relationship() -> Weight {
		Priced::<RocksDbWeight>::reject_relationship()
	}
	fn end_relationship() -> Weight {
		Priced::<RocksDbWeight>::end_relationship()
	}
	fn set_pointer() -> Weight {
		Priced::<RocksDbWeight>::set_pointer()
	}
	fn remove_pointer() -> Weight {
		Priced::<RocksDbWeight>::remove_pointer()
	}
	fn grant() -> Weight {
		Priced::<RocksDbWeight>::grant()
	}
	fn revoke() -> Weight {
		Priced::<RocksDbWeight>::revoke()
	}
	fn create_group(m: u32) -> Weight {
		Priced::<RocksDbWeight>::create_group(m)
	}
	fn add_group_member() -> Weight {
		Priced::<RocksDbWeight>::add_group_member()
	}
	fn remove_group_member() -> Weight {
		Priced::<RocksDbWeight>::remove_group_member()
	}
	fn remove_group() -> Weight {
		Priced::<RocksDbWeight>::remove_group()
	}
	fn add_proxy() -> Weight {
		Priced::<RocksDbWeight>::add_proxy()
	}
	fn remove_proxy() -> Weight {
		Priced::<RocksDbWeight>::remove_proxy()
	}
	fn set_break_glass() -> Weight {
		Priced::<RocksDbWeight>::set_break_glass()
	}
	fn break_glass() -> Weight {
		Priced::<RocksDbWeight>::break_glass()
	}
	fn set_dead_man_switch(b: u32) -> Weight {
		Priced::<RocksDbWeight>::set_dead_man_switch(b)
	}
	fn check_in() -> Weight {
		Priced::<RocksDbWeight>::check_in()
	}
	fn clear_dead_man_switch() -> Weight {
		Priced::<RocksDbWeight>::clear_dead_man_switch()
	}
	fn request_access() -> Weight {
		Priced::<RocksDbWeight>::request_access()
	}
	fn approve_request() -> Weight {
		Priced::<RocksDbWeight>::approve_request()
	}
	fn decline_request() -> Weight {
		Priced::<RocksDbWeight>::decline_request()
	}
}

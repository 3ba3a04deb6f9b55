//! A runtime with System and the summary pallet; proxies are faked: account 200 acts for
//! patient 100.

use frame_support::derive_impl;
use medrec_primitives::Controllers;
use sp_runtime::BuildStorage;

use crate as pallet_summary;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Summary: pallet_summary,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

pub const PATIENT: AccountId = 100;
pub const PROXY: AccountId = 200;
pub const STRANGER: AccountId = 999;

pub struct FakeControllers;
impl Controllers<AccountId> for FakeControllers {
	fn may_act_for(who: &AccountId, patient: &AccountId) -> bool {
		who == patient || (*who == PROXY && *patient == PATIENT)
	}
}

impl pallet_summary::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Controllers = FakeControllers;
	type WeightInfo = ();
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
		let mut ext: sp_io::TestExternalities = storage.into();
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Summary::do_try_state().expect("invariants hold");
		});
	}
}

//! A runtime with System, Timestamp and the relationships pallet. The registrar and the
//! summary are stood in for by thread-local fakes, so these tests exercise this pallet alone.

use std::{cell::RefCell, collections::BTreeMap};

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use medrec_primitives::{Moment, Registry, Role, StatusFlags, StatusSink, Subject, DAY};
use sp_runtime::{BuildStorage, DispatchResult};

use crate as pallet_relationships;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Relationships: pallet_relationships,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = Moment;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<0>;
	type WeightInfo = ();
}

thread_local! {
	static ROLES: RefCell<BTreeMap<AccountId, Role>> = const { RefCell::new(BTreeMap::new()) };
	static STATUS: RefCell<BTreeMap<(AccountId, Subject), StatusFlags>> = const { RefCell::new(BTreeMap::new()) };
}

/// Accounts 1-9 are providers, 20-29 organisations; patients register on first use.
pub struct FakeRegistry;
impl Registry<AccountId> for FakeRegistry {
	fn role(who: &AccountId) -> Option<Role> {
		ROLES.with(|r| r.borrow().get(who).copied())
	}
	fn ensure_patient(who: &AccountId) -> DispatchResult {
		ROLES.with(|r| match r.borrow_mut().entry(*who).or_insert(Role::Patient) {
			Role::Patient => Ok(()),
			_ => Err("not a patient".into()),
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_provider(who: &AccountId) {
		ROLES.with(|r| r.borrow_mut().insert(*who, Role::Provider));
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_researcher(who: &AccountId) {
		ROLES.with(|r| {
			r.borrow_mut()
				.insert(*who, Role::Organisation(medrec_primitives::OrganisationKind::Research))
		});
	}
}

/// Records the summary flags the pallet raises.
pub struct FakeSummary;
impl StatusSink<AccountId> for FakeSummary {
	fn raise(patient: &AccountId, subject: Subject, flags: StatusFlags) {
		STATUS.with(|s| {
			let mut s = s.borrow_mut();
			let entry = s.entry((*patient, subject)).or_default();
			*entry = entry.with(flags);
		})
	}
	fn clear(patient: &AccountId, subject: Subject) {
		STATUS.with(|s| s.borrow_mut().remove(&(*patient, subject)));
	}
}

/// The flags raised on `subject` of `patient` so far.
pub fn status(patient: AccountId, subject: Subject) -> StatusFlags {
	STATUS.with(|s| s.borrow().get(&(patient, subject)).copied().unwrap_or_default())
}

parameter_types! {
	pub const BreakGlassDuration: Moment = 60 * 60 * 1000;
	pub const MinDeadManTimeout: Moment = DAY;
}

impl pallet_relationships::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Registry = FakeRegistry;
	type Status = FakeSummary;
	type Time = Timestamp;
	type MaxRelationships = ConstU32<4>;
	type MaxPointers = ConstU32<3>;
	type MaxGrants = ConstU32<4>;
	type MaxGroups = ConstU32<2>;
	type MaxGroupMembers = ConstU32<3>;
	type MaxProxies = ConstU32<2>;
	type MaxRequests = ConstU32<2>;
	type MaxBeneficiaries = ConstU32<2>;
	type MaxEmergencyAccesses = ConstU32<2>;
	type MaxJustificationLength = ConstU32<32>;
	type BreakGlassDuration = BreakGlassDuration;
	type MinDeadManTimeout = MinDeadManTimeout;
	type WeightInfo = ();
}

pub const HOSPITAL: AccountId = 1;
pub const CLINIC: AccountId = 2;
pub const LAB: AccountId = 3;
pub const PHARMACY: AccountId = 20;
pub const PATIENT: AccountId = 100;
pub const OTHER_PATIENT: AccountId = 101;
pub const PROXY: AccountId = 200;
pub const FRIEND: AccountId = 201;
pub const STRANGER: AccountId = 999;

/// The start of the tests' clock: 2026-01-01T00:00:00Z.
pub const T0: Moment = 1_767_225_600_000;

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		ROLES.with(|r| {
			let mut r = r.borrow_mut();
			r.clear();
			for provider in 1..=9 {
				r.insert(provider, Role::Provider);
			}
			for org in 20..=29 {
				r.insert(org, Role::Organisation(medrec_primitives::OrganisationKind::Pharmacy));
			}
		});
		STATUS.with(|s| s.borrow_mut().clear());
		let storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
		let mut ext: sp_io::TestExternalities = storage.into();
		ext.execute_with(|| {
			System::set_block_number(1);
			set_now(T0);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Relationships::do_try_state().expect("invariants hold");
		});
	}
}

pub fn set_now(ms: Moment) {
	pallet_timestamp::Now::<Test>::put(ms);
}

pub fn now() -> Moment {
	pallet_timestamp::Now::<Test>::get()
}

//! A runtime with System, Timestamp and the research pallet. The registrar, relationships,
//! summary and consortium are faked in thread-locals, so each test says exactly who is who,
//! which relationships are active, and how the consortium decides.

use core::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use medrec_primitives::{
	research::StudyId, Categories, Moment, OrganisationKind, Registry, ResearchCare, Role,
	StatusFlags, StatusSink, StudyDeliberation, Subject,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

use crate as pallet_research;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Research: pallet_research,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = Moment;
	type OnTimestampSet = ();
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

pub const PATIENT: AccountId = 100;
pub const OTHER_PATIENT: AccountId = 101;
/// A proxy of PATIENT for conditions and medications only.
pub const PROXY: AccountId = 200;
pub const HOSPITAL: AccountId = 1;
pub const CLINIC: AccountId = 2;
pub const RESEARCHER: AccountId = 10;
pub const OTHER_RESEARCHER: AccountId = 11;
pub const PHARMACY: AccountId = 20;
pub const STRANGER: AccountId = 999;
/// The genesis timestamp: 2026-01-01.
pub const NOW: Moment = 1_767_225_600_000;

thread_local! {
	static ROLES: RefCell<BTreeMap<AccountId, Role>> = const { RefCell::new(BTreeMap::new()) };
	static ACTIVE: RefCell<BTreeSet<(AccountId, AccountId)>> = const { RefCell::new(BTreeSet::new()) };
	static RAISED: RefCell<Vec<(AccountId, Subject, StatusFlags)>> = const { RefCell::new(Vec::new()) };
	static PROPOSALS: RefCell<BTreeMap<u32, (AccountId, StudyId)>> = const { RefCell::new(BTreeMap::new()) };
	static NEXT_PROPOSAL: RefCell<u32> = const { RefCell::new(0) };
	static CONSORTIUM_FULL: RefCell<bool> = const { RefCell::new(false) };
}

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
		set_role(*who, Some(Role::Provider));
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_researcher(who: &AccountId) {
		set_role(*who, Some(Role::Organisation(OrganisationKind::Research)));
	}
}

pub fn set_role(who: AccountId, role: Option<Role>) {
	ROLES.with(|r| match role {
		Some(role) => r.borrow_mut().insert(who, role),
		None => r.borrow_mut().remove(&who),
	});
}

pub struct FakeCare;
impl ResearchCare<AccountId> for FakeCare {
	fn is_active(patient: &AccountId, provider: &AccountId) -> bool {
		ACTIVE.with(|a| a.borrow().contains(&(*patient, *provider)))
	}
	fn may_act_within(who: &AccountId, patient: &AccountId, categories: Categories) -> bool {
		who == patient
			|| (*who == PROXY
				&& *patient == PATIENT
				&& categories.is_subset_of(Categories::of(&[
					medrec_primitives::Category::Conditions,
					medrec_primitives::Category::Medications,
				])))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn make_active(patient: &AccountId, provider: &AccountId) {
		set_active(*patient, *provider, true);
	}
}

pub fn set_active(patient: AccountId, provider: AccountId, active: bool) {
	ACTIVE.with(|a| {
		if active {
			a.borrow_mut().insert((patient, provider));
		} else {
			a.borrow_mut().remove(&(patient, provider));
		}
	});
}

pub struct FakeStatus;
impl StatusSink<AccountId> for FakeStatus {
	fn raise(patient: &AccountId, subject: Subject, flags: StatusFlags) {
		RAISED.with(|r| r.borrow_mut().push((*patient, subject, flags)));
	}
	fn clear(_: &AccountId, _: Subject) {}
}

/// The invitations raised so far.
pub fn raised() -> Vec<(AccountId, Subject, StatusFlags)> {
	RAISED.with(|r| r.borrow().clone())
}

/// The consortium: proposals are recorded here, and tests decide them with `consortium_*`.
pub struct FakeConsortium;
impl StudyDeliberation<AccountId, u64> for FakeConsortium {
	fn open(researcher: &AccountId, study: StudyId) -> Result<(u32, u64), DispatchError> {
		if CONSORTIUM_FULL.with(|f| *f.borrow()) {
			return Err(DispatchError::Other("TooManyProposals"));
		}
		let index = NEXT_PROPOSAL.with(|n| {
			let index = *n.borrow();
			*n.borrow_mut() += 1;
			index
		});
		PROPOSALS.with(|p| p.borrow_mut().insert(index, (*researcher, study)));
		Ok((index, System::block_number() + 100))
	}
	fn withdraw(index: u32) {
		PROPOSALS.with(|p| p.borrow_mut().remove(&index));
	}
}

/// The open proposals, as (index, researcher, study).
pub fn proposals() -> Vec<(u32, AccountId, StudyId)> {
	PROPOSALS.with(|p| p.borrow().iter().map(|(i, (r, s))| (*i, *r, *s)).collect())
}

pub fn consortium_full(full: bool) {
	CONSORTIUM_FULL.with(|f| *f.borrow_mut() = full);
}

parameter_types! {
	pub const MaxStudyBudget: u32 = 10_000;
	pub const MaxQueryEpsilon: u32 = 1_000;
	pub const MinQueryEpsilon: u32 = 10;
	pub const MaxPendingStudies: u32 = 3;
	pub const MaxSweeps: u32 = 3;
}

impl pallet_research::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Registry = FakeRegistry;
	type Care = FakeCare;
	type Status = FakeStatus;
	type Time = Timestamp;
	type Deliberation = FakeConsortium;
	type CloseOrigin = EnsureRoot<AccountId>;
	type MaxStudyBudget = MaxStudyBudget;
	type MaxQueryEpsilon = MaxQueryEpsilon;
	type MinQueryEpsilon = MinQueryEpsilon;
	type MaxPendingStudies = MaxPendingStudies;
	type MaxSweeps = MaxSweeps;
	type WeightInfo = ();
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		ROLES.with(|r| {
			let mut r = r.borrow_mut();
			r.clear();
			for p in [PATIENT, OTHER_PATIENT] {
				r.insert(p, Role::Patient);
			}
			r.insert(PROXY, Role::Patient);
			r.insert(HOSPITAL, Role::Provider);
			r.insert(CLINIC, Role::Provider);
			r.insert(RESEARCHER, Role::Organisation(OrganisationKind::Research));
			r.insert(OTHER_RESEARCHER, Role::Organisation(OrganisationKind::Research));
			r.insert(PHARMACY, Role::Organisation(OrganisationKind::Pharmacy));
		});
		ACTIVE.with(|a| {
			let mut a = a.borrow_mut();
			a.clear();
			for p in [PATIENT, OTHER_PATIENT] {
				a.insert((p, HOSPITAL));
			}
			a.insert((PATIENT, CLINIC));
		});
		RAISED.with(|r| r.borrow_mut().clear());
		PROPOSALS.with(|p| p.borrow_mut().clear());
		NEXT_PROPOSAL.with(|n| *n.borrow_mut() = 0);
		consortium_full(false);
		let storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
		let mut ext: sp_io::TestExternalities = storage.into();
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(NOW);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Research::do_try_state().expect("invariants hold");
		});
	}
}

//! A runtime with System and the consortium pallet. The registrar and `pallet_session` are
//! faked with thread-local maps, so tests can see what the consortium asked of them; motions
//! may carry `System::remark_with_event`.

use core::cell::RefCell;
use std::collections::BTreeMap;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{derive_impl, parameter_types, traits::Contains, weights::Weight};
use medrec_primitives::{research::StudyId, ProviderAdmission, StudyVerdicts};
use scale_info::TypeInfo;
use sp_runtime::{traits::OpaqueKeys, BuildStorage, DispatchError, DispatchResult, KeyTypeId};

use crate::{self as pallet_consortium, EnsureMajority, SessionKeys};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Consortium: pallet_consortium,
	}
);

parameter_types! {
	/// The running runtime, for upgrade proposals: `medrec` at spec version 100.
	pub const Version: sp_version::RuntimeVersion = sp_version::RuntimeVersion {
		spec_name: alloc::borrow::Cow::Borrowed("medrec"),
		impl_name: alloc::borrow::Cow::Borrowed("medrec-mock"),
		authoring_version: 1,
		spec_version: 100,
		impl_version: 1,
		apis: sp_version::create_apis_vec!([]),
		transaction_version: 1,
		system_version: 1,
	};
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type Version = Version;
	// Upgrades voted in must carry the version voted for.
	type OnSetCode = Consortium;
}

/// Test "code": a runtime version's encoding, which [`ReadCodeAsVersion`] reads back as the
/// version, as the executor reads a real blob's `runtime_version` section.
pub fn code(spec_name: &'static str, spec_version: u32) -> Vec<u8> {
	let mut version = Version::get();
	version.spec_name = alloc::borrow::Cow::Borrowed(spec_name);
	version.spec_version = spec_version;
	version.encode()
}

/// Reads [`code`]'s version; anything else has none, as a blob without the section.
pub struct ReadCodeAsVersion;
impl sp_core::traits::ReadRuntimeVersion for ReadCodeAsVersion {
	fn read_runtime_version(
		&self,
		code: &[u8],
		_: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		sp_version::RuntimeVersion::decode(&mut &code[..])
			.map(|_| code.to_vec())
			.map_err(|_| "no runtime version".into())
	}
}

/// Founding members.
pub const A: AccountId = 1;
pub const B: AccountId = 2;
pub const C: AccountId = 3;
pub const D: AccountId = 4;
/// A candidate organisation.
pub const CANDIDATE: AccountId = 10;
pub const STRANGER: AccountId = 99;

pub const LIFETIME: u64 = 100;

/// Session keys whose proof of possession is the owner's encoding followed by the key.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct MockKeys(pub [u8; 8]);

impl OpaqueKeys for MockKeys {
	type KeyTypeIdProviders = ();
	fn key_ids() -> &'static [KeyTypeId] {
		const MOCK: KeyTypeId = KeyTypeId(*b"mock");
		&[MOCK]
	}
	fn get_raw(&self, _: KeyTypeId) -> &[u8] {
		&self.0
	}
	fn ownership_proof_is_valid(&self, owner: &[u8], proof: &[u8]) -> bool {
		proof == proof_for(owner, self).as_slice()
	}
}

pub fn keys(seed: u8) -> MockKeys {
	MockKeys([seed; 8])
}

pub fn proof_for(owner: &[u8], keys: &MockKeys) -> Vec<u8> {
	[owner, &keys.0[..]].concat()
}

pub fn proof(who: AccountId, keys: &MockKeys) -> Vec<u8> {
	proof_for(&who.encode(), keys)
}

thread_local! {
	/// Registered providers and their names.
	pub static PROVIDERS: RefCell<BTreeMap<AccountId, Vec<u8>>> = const { RefCell::new(BTreeMap::new()) };
	/// Session keys the consortium set.
	pub static SESSION_KEYS: RefCell<BTreeMap<AccountId, MockKeys>> = const { RefCell::new(BTreeMap::new()) };
}

pub struct FakeRegistrar;
impl ProviderAdmission<AccountId> for FakeRegistrar {
	fn can_admit(who: &AccountId, name: &[u8], _gatekeeper: &[u8]) -> DispatchResult {
		PROVIDERS.with(|p| {
			let p = p.borrow();
			if p.contains_key(who) || p.values().any(|n| n == name) {
				Err(DispatchError::Other("name or account taken"))
			} else {
				Ok(())
			}
		})
	}
	fn admit(who: &AccountId, name: &[u8], gatekeeper: &[u8]) -> DispatchResult {
		Self::can_admit(who, name, gatekeeper)?;
		PROVIDERS.with(|p| p.borrow_mut().insert(*who, name.to_vec()));
		Ok(())
	}
	fn remove(who: &AccountId) -> DispatchResult {
		PROVIDERS
			.with(|p| p.borrow_mut().remove(who))
			.map(|_| ())
			.ok_or(DispatchError::Other("not a provider"))
	}
}

pub struct FakeSession;
impl SessionKeys<AccountId, MockKeys> for FakeSession {
	fn set(who: &AccountId, keys: MockKeys, proof: Vec<u8>) -> DispatchResult {
		if !keys.ownership_proof_is_valid(&who.encode(), &proof) {
			return Err(DispatchError::Other("bad proof"));
		}
		SESSION_KEYS.with(|k| {
			let mut k = k.borrow_mut();
			if k.iter().any(|(owner, used)| owner != who && used == &keys) {
				return Err(DispatchError::Other("duplicated key"));
			}
			k.insert(*who, keys);
			Ok(())
		})
	}
	fn purge(who: &AccountId) {
		SESSION_KEYS.with(|k| k.borrow_mut().remove(who));
	}
}

/// Motions may carry remarks and the consortium's own parameter change.
pub struct MotionCalls;
impl Contains<RuntimeCall> for MotionCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(frame_system::Call::remark_with_event { .. })
				| RuntimeCall::Consortium(crate::Call::set_session_length { .. })
		)
	}
}

parameter_types! {
	pub const MaxCallWeight: Weight = Weight::from_parts(1_000_000_000_000, 1_000_000);
}

impl pallet_consortium::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type MotionCall = RuntimeCall;
	type MotionCalls = MotionCalls;
	type AdminOrigin = EnsureMajority;
	type Registry = FakeRegistrar;
	type Studies = FakeStudies;
	type Keys = MockKeys;
	type SessionKeys = FakeSession;
	type MaxMembers = frame_support::traits::ConstU32<8>;
	type MinMembers = frame_support::traits::ConstU32<2>;
	type MaxProposals = frame_support::traits::ConstU32<4>;
	type ProposalLifetime = frame_support::traits::ConstU64<LIFETIME>;
	type MaxNameLength = frame_support::traits::ConstU32<32>;
	type MaxUrlLength = frame_support::traits::ConstU32<64>;
	type MaxCallLength = frame_support::traits::ConstU32<128>;
	type MaxCallWeight = MaxCallWeight;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeysHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockKeysHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, MockKeys> for MockKeysHelper {
	fn keys_and_proof(owner: &AccountId) -> (MockKeys, Vec<u8>) {
		let k = keys(200);
		(k.clone(), proof(*owner, &k))
	}
}

/// What the research pallet heard from the consortium.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
	Approved(StudyId),
	Rejected(StudyId),
	Lapsed(StudyId),
}

thread_local! {
	static VERDICTS: RefCell<Vec<Verdict>> = const { RefCell::new(Vec::new()) };
}

pub struct FakeStudies;
impl StudyVerdicts for FakeStudies {
	fn approved(study: StudyId) {
		VERDICTS.with(|v| v.borrow_mut().push(Verdict::Approved(study)));
	}
	fn rejected(study: StudyId) {
		VERDICTS.with(|v| v.borrow_mut().push(Verdict::Rejected(study)));
	}
	fn lapsed(study: StudyId) {
		VERDICTS.with(|v| v.borrow_mut().push(Verdict::Lapsed(study)));
	}
	fn weight() -> Weight {
		Weight::from_parts(7_000_000, 700)
	}
}

/// The verdicts sent to the research pallet so far.
pub fn verdicts() -> Vec<Verdict> {
	VERDICTS.with(|v| v.borrow().clone())
}

pub struct ExtBuilder {
	members: Vec<AccountId>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { members: vec![A, B, C] }
	}
}

impl ExtBuilder {
	pub fn with_members(mut self, members: &[AccountId]) -> Self {
		self.members = members.to_vec();
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		VERDICTS.with(|v| v.borrow_mut().clear());
		PROVIDERS.with(|p| {
			*p.borrow_mut() =
				self.members.iter().map(|m| (*m, format!("provider {m}").into_bytes())).collect()
		});
		SESSION_KEYS.with(|k| {
			*k.borrow_mut() = self.members.iter().map(|m| (*m, keys(*m as u8))).collect()
		});
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			consortium: pallet_consortium::GenesisConfig {
				members: self.members,
				session_length: 10,
			},
		}
		.build_storage()
		.expect("builds");
		let mut ext: sp_io::TestExternalities = storage.into();
		ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(ReadCodeAsVersion));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Consortium::do_try_state().expect("invariants hold");
		});
	}
}

/// Runs blocks up to `n`, with the pallet's `on_initialize`.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Consortium::on_initialize(next);
	}
}

pub fn is_provider(who: AccountId) -> bool {
	PROVIDERS.with(|p| p.borrow().contains_key(&who))
}

pub fn session_keys(who: AccountId) -> Option<MockKeys> {
	SESSION_KEYS.with(|k| k.borrow().get(&who).cloned())
}

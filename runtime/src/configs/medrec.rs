//! Configuration of MedRec's own pallets: registrar, relationships, summary, consortium and
//! research.
//!
//! The limits below are what one patient's storage can hold; each is a `Max*` bound the
//! benchmarks run up to, so a full list costs what its weight says.

use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	weights::{constants::WEIGHT_REF_TIME_PER_MILLIS, Weight},
};
use medrec_primitives::{Moment, OpenCalls, DAY};
use pallet_medrec_consortium::EnsureMajority;

use crate::{
	AccountId, BlockNumber, Consortium, Registrar, Relationships, Research, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, SessionKeys, Summary, Timestamp, DAYS, MINUTES,
};

/// What a stranger may do: propose to join the consortium, once, while there is room, and
/// withdraw that proposal.
pub struct StrangerCalls;

impl OpenCalls<AccountId, RuntimeCall> for StrangerCalls {
	fn check(who: &AccountId, call: &RuntimeCall) -> Option<Result<(), u8>> {
		match call {
			RuntimeCall::Consortium(pallet_medrec_consortium::Call::propose_join { .. }) => {
				Some(Consortium::may_propose_join(who))
			},
			RuntimeCall::Consortium(pallet_medrec_consortium::Call::rescind { index }) => {
				Some(Consortium::may_rescind(who, *index))
			},
			_ => None,
		}
	}
}

/// What the consortium decides together: who else is in the registry (organisations, and
/// providers that run no validator), their profiles, and the session length. Removing a
/// consortium member goes through `propose_removal`, which also takes it out of the validator
/// set, never through the registrar alone.
pub struct MotionCalls;

impl Contains<RuntimeCall> for MotionCalls {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_medrec_registrar::Call as R;
		match call {
			RuntimeCall::Registrar(R::register_member { .. } | R::update_profile { .. }) => true,
			RuntimeCall::Registrar(R::deregister_member { who }) => !Consortium::is_member(who),
			RuntimeCall::Consortium(pallet_medrec_consortium::Call::set_session_length {
				..
			}) => true,
			// Closing a study early, for example when its ethics approval is withdrawn.
			RuntimeCall::Research(pallet_medrec_research::Call::close_study { .. }) => true,
			_ => false,
		}
	}
}

parameter_types! {
	/// One minute: short enough that a rate-limited member is not locked out for long.
	pub const RateWindow: BlockNumber = MINUTES;
}

impl pallet_medrec_registrar::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AdmitOrigin = EnsureMajority;
	type OpenCalls = StrangerCalls;
	type MaxNameLength = ConstU32<64>;
	type MaxUrlLength = ConstU32<256>;
	type RateWindow = RateWindow;
	/// Ten a second: a provider's gatekeeper pushing pointer updates after a bulk ingest.
	type ProviderTxPerWindow = ConstU32<600>;
	/// One every three seconds on average: far above what a person clicks, far below spam.
	type MemberTxPerWindow = ConstU32<20>;
	type EthSigner = super::evm::EthSigner;
	type OnEthLinked = super::evm::EthCredit;
	type WeightInfo = pallet_medrec_registrar::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const BreakGlassDuration: Moment = 60 * 60 * 1000;
	pub const MinDeadManTimeout: Moment = DAY;
}

impl pallet_medrec_relationships::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Registry = Registrar;
	type Status = Summary;
	type Time = Timestamp;
	type MaxRelationships = ConstU32<64>;
	type MaxPointers = ConstU32<32>;
	type MaxGrants = ConstU32<64>;
	type MaxGroups = ConstU32<16>;
	type MaxGroupMembers = ConstU32<32>;
	type MaxProxies = ConstU32<8>;
	type MaxRequests = ConstU32<16>;
	type MaxBeneficiaries = ConstU32<8>;
	type MaxEmergencyAccesses = ConstU32<8>;
	type MaxJustificationLength = ConstU32<256>;
	type BreakGlassDuration = BreakGlassDuration;
	type MinDeadManTimeout = MinDeadManTimeout;
	type WeightInfo = pallet_medrec_relationships::weights::SubstrateWeight<Runtime>;
}

impl pallet_medrec_summary::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Controllers = Relationships;
	type WeightInfo = pallet_medrec_summary::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Registrar calls take well under a millisecond; a motion may carry up to five.
	pub const MaxMotionWeight: Weight = Weight::from_parts(5 * WEIGHT_REF_TIME_PER_MILLIS, 256 * 1024);
}

impl pallet_medrec_consortium::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type MotionCall = RuntimeCall;
	type MotionCalls = MotionCalls;
	type AdminOrigin = EnsureMajority;
	type Registry = Registrar;
	type Studies = Research;
	type Keys = SessionKeys;
	type SessionKeys = pallet_medrec_consortium::ViaSession<Runtime>;
	/// Tens of hospitals; GRANDPA and Aura make room for more (`MAX_AUTHORITIES`).
	type MaxMembers = ConstU32<32>;
	/// With fewer than three validators one failure stalls GRANDPA: it needs more than two
	/// thirds of the voters.
	type MinMembers = ConstU32<3>;
	type MaxProposals = ConstU32<16>;
	/// Three days: members' boards can meet and check a candidate's evidence.
	type ProposalLifetime = ConstU32<{ 3 * DAYS }>;
	type MaxNameLength = ConstU32<64>;
	type MaxUrlLength = ConstU32<256>;
	type MaxCallLength = ConstU32<1024>;
	type MaxCallWeight = MaxMotionWeight;
	type WeightInfo = pallet_medrec_consortium::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GenerateSessionKeys;
}

/// Fresh session keys in the benchmark's keystore, with their proof of possession.
#[cfg(feature = "runtime-benchmarks")]
pub struct GenerateSessionKeys;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_medrec_consortium::BenchmarkHelper<AccountId, SessionKeys> for GenerateSessionKeys {
	fn keys_and_proof(owner: &AccountId) -> (SessionKeys, alloc::vec::Vec<u8>) {
		use codec::Encode;
		let generated = SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}

parameter_types! {
	/// ε = 10 over a study's life: Samply's default query spends 0.1, so a hundred of those.
	pub const MaxStudyBudget: u32 = 10_000;
	/// ε = 1 for one query: above it the noise protects little.
	pub const MaxQueryEpsilon: u32 = 1_000;
	/// ε = 0.01: with the largest budget, a study holds at most a thousand queries.
	pub const MinQueryEpsilon: u32 = 10;
}

impl pallet_medrec_research::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Registry = Registrar;
	type Care = Relationships;
	type Status = Summary;
	type Time = Timestamp;
	type Deliberation = Consortium;
	type CloseOrigin = EnsureMajority;
	type MaxStudyBudget = MaxStudyBudget;
	type MaxQueryEpsilon = MaxQueryEpsilon;
	type MinQueryEpsilon = MinQueryEpsilon;
	/// Half of the consortium's sixteen proposal slots: admissions and motions keep the rest.
	type MaxPendingStudies = ConstU32<8>;
	type MaxSweeps = ConstU32<8>;
	type WeightInfo = pallet_medrec_research::weights::SubstrateWeight<Runtime>;
}

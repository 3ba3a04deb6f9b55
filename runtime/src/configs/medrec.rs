//! Configuration of MedRec's own pallets: registrar, relationships and summary.
//!
//! The limits below are what one patient's storage can hold; each is a `Max*` bound the
//! benchmarks run up to, so a full list costs what its weight says.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EnsureOrigin, Nothing},
};
use medrec_primitives::{Moment, Registry, DAY};

use crate::{
	AccountId, BlockNumber, Registrar, Relationships, Runtime, RuntimeEvent, RuntimeOrigin,
	Summary, Timestamp, MINUTES,
};

/// A signed origin from a registered provider.
///
/// Stands in for the consortium's majority vote until the governance pallet supplies that
/// origin; any single admitted provider can admit or remove members meanwhile.
pub struct EnsureProvider;

impl EnsureOrigin<RuntimeOrigin> for EnsureProvider {
	type Success = AccountId;

	fn try_origin(origin: RuntimeOrigin) -> Result<AccountId, RuntimeOrigin> {
		match origin.clone().into() {
			Ok(frame_system::RawOrigin::Signed(who)) if Registrar::is_provider(&who) => Ok(who),
			_ => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		let who: AccountId = frame_benchmarking::account("admitting provider", 0, 0);
		Registrar::make_provider(&who);
		Ok(RuntimeOrigin::signed(who))
	}
}

parameter_types! {
	/// One minute: short enough that a rate-limited member is not locked out for long.
	pub const RateWindow: BlockNumber = MINUTES;
}

impl pallet_medrec_registrar::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AdmitOrigin = EnsureProvider;
	type OpenCalls = Nothing;
	type MaxNameLength = ConstU32<64>;
	type MaxUrlLength = ConstU32<256>;
	type RateWindow = RateWindow;
	/// Ten a second: a provider's gatekeeper pushing pointer updates after a bulk ingest.
	type ProviderTxPerWindow = ConstU32<600>;
	/// One every three seconds on average: far above what a person clicks, far below spam.
	type MemberTxPerWindow = ConstU32<20>;
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

//! One `Config` implementation per pallet, in the order the runtime declares them.

pub mod evm;
mod medrec;
pub use medrec::{MotionCalls, StrangerCalls};

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, Contains},
	weights::{constants::RocksDbWeight, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::ConvertInto, Perbill};

// `derive_impl` injects `PalletInfo`, `RuntimeOrigin` and `RuntimeTask` by name.
use crate::{
	AccountId, Aura, Balance, Block, Nonce, PalletInfo, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask, SessionKeys, System,
	SLOT_DURATION, VERSION, WEIGHT_REF_TIME_PER_SECOND,
};

/// Authorities the consensus pallets make room for. A consortium of hospitals is tens of
/// members, not thousands.
pub const MAX_AUTHORITIES: u32 = 64;

/// A quarter of a block is kept for `Operational` dispatches (session rotation, GRANDPA), as is
/// usual, so that ordinary traffic can never starve them.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: u32 = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;
	/// Two of the three seconds of a slot may be spent executing a block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which `Normal` dispatches may fill the same share as of weight.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	/// Generic Substrate SS58 prefix: MedRec is a private consortium, not a public network.
	pub const SS58Prefix: u8 = 42;
}

/// Keeps `pallet_balances` internal: no account may call it, since MedRec has no coin. Of
/// pallet-revive's calls, only the two an Ethereum transaction becomes may be dispatched
/// (`evm::CheckEvm` further keeps them to Ethereum signers): the others would let a native
/// account deploy or call contracts outside the Ethereum rules, or (`eth_substrate_call`)
/// dispatch anything as an Ethereum signer.
pub struct NoCoinCalls;
impl Contains<RuntimeCall> for NoCoinCalls {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_revive::Call as Revive;
		match call {
			RuntimeCall::Balances(_) => false,
			RuntimeCall::Revive(call) => {
				matches!(call, Revive::eth_call { .. } | Revive::eth_instantiate_with_code { .. })
			},
			_ => true,
		}
	}
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = crate::Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type BaseCallFilter = NoCoinCalls;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	// There is no root: the consortium's majority authorizes upgrades, and the consortium
	// pallet refuses authorized code that is not the version the members voted for.
	type OnSetCode = crate::Consortium;
	type SingleBlockMigrations = crate::migrations::SingleBlockMigrations;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = ();
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<0>;
	type MaxReserves = ConstU32<0>;
	// Room for every freeze reason a pallet declares (pallet-revive declares some; MedRec
	// freezes nothing today).
	type MaxFreezes = frame_support::traits::VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub const SessionOffset: u32 = 0;
}

/// Sessions last as many blocks as the consortium set (genesis, then by motion): the
/// granularity at which the validator set follows admissions and removals.
type SessionPeriod = pallet_medrec_consortium::SessionLength<Runtime>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// A validator is identified by its provider account.
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	// The consortium's members are the validators.
	type SessionManager = crate::Consortium;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = crate::Balances;
	// Validators are admitted by the consortium, not by stake: no deposit.
	type KeyDeposit = ConstU128<0>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

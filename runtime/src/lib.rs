//! The MedRec runtime.
//!
//! MedRec is a permissioned chain run by healthcare providers. It holds who is who, which patient
//! has a relationship with which provider, who may view what, and SHA-256 pointers to records that
//! stay in each provider's own database. Blocks are authored by the providers with Aura and
//! finalized with GRANDPA; the validator set comes from `pallet_session`.
//!
//! There is no user-facing coin. `pallet_balances` holds only the EVM's gas credit, which the
//! runtime mints for Ethereum signers linked to MedRec identities and nobody can buy or move
//! (see [`configs::evm`]); `pallet_session`'s key deposit is zero, and the call filter keeps
//! `Balances` calls out of reach.
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand into code with many arguments and nested types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

// Declared first: `define_benchmarks!` makes macros that `apis` uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod migrations;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;
pub use pallet_timestamp::Call as TimestampCall;

/// An index to a block.
pub type BlockNumber = u32;
/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;
/// Some way of identifying an account on the chain: an sr25519 public key, 32 bytes.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Internal balance type: the EVM's gas credit, and `pallet_session`'s (zero) key deposit.
pub type Balance = u128;
/// Index of a transaction in the chain.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block's id.
pub type BlockId = generic::BlockId<Block>;

/// The extensions every signed transaction carries, native or Ethereum. There is no payment
/// for native transactions: MedRec is fee-less; `CheckMember` keeps strangers out and
/// rate-limits members instead. Ethereum transactions pay gas in credit (`ChargeEthGas`,
/// see [`configs::evm`]). The four EVM entries encode to nothing, so what a wallet signs for a
/// native transaction is what it signed before they existed.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	// Before the nonce check, so a stranger is told "not registered", not "no account".
	pallet_medrec_registrar::CheckMember<Runtime>,
	// frame_system's nonce check, letting a candidate with no account yet propose to join.
	pallet_medrec_registrar::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// pallet-revive's calls are for Ethereum signers only, without value.
	configs::evm::CheckEvm<Runtime>,
	// Gas, for Ethereum transactions only; needs the signed origin `SetOrigin` replaces.
	configs::evm::ChargeEthGas<Runtime>,
	// Turns an Ethereum transaction's origin into pallet-revive's; after every extension that
	// needs a signed origin.
	pallet_revive::evm::tx_extension::SetOrigin<Runtime>,
	// Last, to give back the weight the others and the call did not use.
	frame_system::WeightReclaim<Runtime>,
);

/// The extensions a wallet attaches to a transaction with `nonce`: immortal, with MedRec's
/// membership check. Clients building extrinsics natively start from this.
pub fn tx_extension(nonce: Nonce) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		pallet_medrec_registrar::CheckMember::new(),
		pallet_medrec_registrar::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		configs::evm::CheckEvm::new(),
		configs::evm::ChargeEthGas::new(),
		pallet_revive::evm::tx_extension::SetOrigin::default(),
		frame_system::WeightReclaim::new(),
	)
}

/// The same extensions for an Ethereum transaction with `nonce`: every check runs as for a
/// native one; only the origin becomes pallet-revive's.
pub fn eth_tx_extension(nonce: Nonce) -> TxExtension {
	let mut extension = tx_extension(nonce);
	extension.10 = pallet_revive::evm::tx_extension::SetOrigin::new_from_eth_transaction();
	extension
}

/// What a signer signs besides the call and [`TxExtension`]'s own bytes: the runtime's
/// versions and the genesis hash (an immortal transaction's era block is genesis).
pub fn tx_implicit(
	spec_version: u32,
	transaction_version: u32,
	genesis: Hash,
) -> <TxExtension as sp_runtime::traits::TransactionExtension<RuntimeCall>>::Implicit {
	((), spec_version, transaction_version, genesis, genesis, (), (), (), (), (), (), ())
}

/// A signed extrinsic from its parts (pallet-revive's extrinsic type wraps the generic one).
pub fn signed_extrinsic(
	call: RuntimeCall,
	signer: Address,
	signature: Signature,
	extension: TxExtension,
) -> UncheckedExtrinsic {
	generic::UncheckedExtrinsic::new_signed(call, signer, signature, extension).into()
}

/// Unchecked extrinsic type as expected by this runtime: the generic one, except that a bare
/// `Revive::eth_transact` (a signed Ethereum transaction) is checked by
/// [`configs::evm::MedRecEthExtra`].
pub type UncheckedExtrinsic = pallet_revive::evm::runtime::UncheckedExtrinsic<
	Address,
	Signature,
	configs::evm::MedRecEthExtra,
>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Executive: handles dispatch to the various pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
>;

/// Opaque types: what the node needs to know of the runtime's types without depending on the
/// runtime's calls.
pub mod opaque {
	use super::*;
	use sp_runtime::OpaqueExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, OpaqueExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
}

impl_opaque_keys! {
	/// The keys a provider's validator signs with: Aura for authoring, GRANDPA for finality.
	// Bounded, so a candidate's proposal to join can hold them.
	#[derive(codec::MaxEncodedLen)]
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

#[cfg(not(feature = "upgrade-rehearsal"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medrec"),
	impl_name: alloc::borrow::Cow::Borrowed("medrec-node"),
	authoring_version: 1,
	// 103: runtime upgrades by the consortium's majority.
	spec_version: 103,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	// 2: the EVM's extensions joined `TxExtension`.
	transaction_version: 2,
	system_version: 1,
};

/// The upgrade rehearsal's test runtime: the same, one spec version later (the version macro
/// takes literals only, hence a second constant).
#[cfg(feature = "upgrade-rehearsal")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medrec"),
	impl_name: alloc::borrow::Cow::Borrowed("medrec-node"),
	authoring_version: 1,
	spec_version: 104,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// Target block time. Three seconds leaves a 2-core validator two seconds to author under
/// load and a second for the block to cross a hospital WAN before the next slot, while keeping
/// a grant's revocation visible to gatekeepers (after GRANDPA finality) within about 6-9 s.
pub const MILLI_SECS_PER_BLOCK: u64 = 3000;
/// Aura's slot is one block time.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

// Time in blocks, for configuration.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Session length at genesis (the consortium may change it by motion). The validator set
/// follows the members at session boundaries: `pallet_session` queues a new set one session
/// ahead so that Aura and GRANDPA switch together, so an admitted provider authors 10 to 20
/// minutes after its vote passes, and a removed one stops as late. That is soon enough for
/// governance that moves at the pace of hospital boards, leaves the new operator time to start
/// its node with the keys it proposed, and makes session rotation (and, when members changed,
/// a GRANDPA set change) a once-per-200-blocks event.
pub const SESSION_LENGTH: BlockNumber = 10 * MINUTES;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;

	// Session before Aura and GRANDPA: its genesis and rotations hand them their authorities.
	#[runtime::pallet_index(3)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(4)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(5)]
	pub type Grandpa = pallet_grandpa;

	// Charges Ethereum transactions' gas (in credit); native extrinsics pay nothing.
	#[runtime::pallet_index(6)]
	pub type TransactionPayment = pallet_transaction_payment;

	// MedRec's own pallets.
	#[runtime::pallet_index(10)]
	pub type Registrar = pallet_medrec_registrar;

	#[runtime::pallet_index(11)]
	pub type Relationships = pallet_medrec_relationships;

	#[runtime::pallet_index(12)]
	pub type Summary = pallet_medrec_summary;

	#[runtime::pallet_index(13)]
	pub type Consortium = pallet_medrec_consortium;

	#[runtime::pallet_index(14)]
	pub type Research = pallet_medrec_research;

	// The EVM, for the 2018 contracts and Ethereum tools. Eth-rpc finds it by this name.
	#[runtime::pallet_index(20)]
	pub type Revive = pallet_revive;
}

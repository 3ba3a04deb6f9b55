//! The EVM: pallet-revive running Ethereum bytecode (the 2018 MedRec contracts among it), and
//! the rules that keep Ethereum transactions inside MedRec's permissions.
//!
//! An Ethereum transaction reaches the runtime as a bare `Revive::eth_transact` carrying the
//! signed RLP. [`MedRecEthExtra`] turns it into an ordinary signed extrinsic from the signer's
//! account (its address followed by twelve `0xEE` bytes) with the same [`TxExtension`] every
//! native transaction runs, so:
//! - `CheckMember` counts it as the MedRec identity the address is linked to (the registrar's
//!   [`Config::EthSigner`](pallet_medrec_registrar::Config::EthSigner)), within that identity's
//!   rate limit; an unlinked address is refused before the pool, in `check` itself;
//! - raw runtime calls (a transaction to revive's runtime-call address) and transfers of value are
//!   refused before the pool too, and again by [`CheckEvm`] and the call filter;
//! - gas is paid in [gas credit](#gas-credit), never in a coin.
//!
//! # Gas credit
//!
//! pallet-revive prices gas in the native balance and needs a signer that can pay. MedRec has
//! no coin, so an Ethereum signer's balance is a credit the runtime mints: before each of its
//! transactions, the linked signer's free balance is topped up to [`GasCredit`]. It cannot be
//! bought (nothing sells it), moved (`Balances` calls are filtered, and every transaction or
//! call carrying value is refused) or hoarded (it is topped up, never accumulated). What bounds
//! an identity's EVM use is therefore what bounds its native use: `CheckMember`'s transactions
//! per window, each at most [`MaxEthExtrinsicWeight`] of a block. The credit only has to cover
//! one maximal transaction with its storage deposits, and does.
//!
//! The alternatives were a balance minted once at link time (spent, it locks a member out of
//! the EVM until someone tops it up by hand) and a per-window allowance (a second rate limit
//! beside `CheckMember`'s, with its own storage, bounding nothing the first does not).
//!
//! Native extrinsics stay fee-less: [`ChargeEthGas`] runs `pallet_transaction_payment` for the
//! two Ethereum calls only.

use core::marker::PhantomData;

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Inspect, Mutate},
		ConstBool, ConstU32, ConstU8,
	},
	weights::{ConstantMultiplier, Weight},
};
use frame_system::EnsureSigned;
use pallet_revive::{
	evm::{
		fees::{BlockRatioFee, Info as FeeInfo},
		runtime::EthExtra,
		TransactionSigned,
	},
	AccountId32Mapper, AddressMapper,
};
use pallet_transaction_payment::{ChargeTransactionPayment, ConstFeeMultiplier, Multiplier};
use scale_info::TypeInfo;
use sp_core::H160;
use sp_runtime::{
	traits::{
		Convert, DispatchInfoOf, Implication, One, PostDispatchInfoOf, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
	},
	DispatchResult, FixedU128, Perbill,
};

use crate::{
	AccountId, Balance, Balances, Nonce, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason,
	RuntimeOrigin, Timestamp, TxExtension,
};

/// The EIP-155 chain id of MedRec networks: what Ethereum wallets sign for, and, since an
/// Ethereum transaction names no genesis hash, what keeps one network's transactions off
/// another. A consortium running its own network builds its runtime with its own id.
pub const EVM_CHAIN_ID: u64 = 633_732;

/// Planck per Ethereum wei-unit: balances have 12 decimals, Ethereum's 18.
pub const NATIVE_TO_ETH_RATIO: u32 = 1_000_000;

/// The free balance a linked Ethereum signer is topped up to before each transaction: 10^13
/// planck, shown by wallets as 10 ETH. A maximal Ethereum transaction (half of a block's
/// normal-class weight, 0.75 s, at one planck per picosecond) costs 7.5 * 10^11 in fees; the
/// rest leaves room for storage deposits: deploying the largest 2018 contract holds about
/// 2 * 10^10.
pub const GAS_CREDIT: Balance = 10_000_000_000_000;

parameter_types! {
	pub const GasCredit: Balance = GAS_CREDIT;
	/// One Ethereum transaction may use half of the block weight an extrinsic may use, so a
	/// block always has room for native transactions (revocations above all) beside it.
	pub MaxEthExtrinsicWeight: FixedU128 = FixedU128::from_rational(1, 2);
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// Storage deposits, held from the signer's credit while the storage exists.
	pub const DepositPerItem: Balance = 10_000_000_000;
	pub const DepositPerChildTrieItem: Balance = 100_000_000;
	pub const DepositPerByte: Balance = 1_000_000;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Fees are burnt: credit is minted for gas and there is nobody to pay it to.
	type OnChargeTransaction = pallet_transaction_payment::FungibleAdapter<Balances, ()>;
	// The only weight-to-fee mapping pallet-revive's gas accounting accepts: a planck per
	// picosecond of ref time, with proof size priced in the same proportion.
	type WeightToFee = BlockRatioFee<1, 1, Runtime, Balance>;
	type LengthToFee = ConstantMultiplier<Balance, frame_support::traits::ConstU128<1_000_000>>;
	// A fixed price: congestion pricing means nothing when nobody buys the credit.
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = ();
}

impl pallet_revive::Config for Runtime {
	type Time = Timestamp;
	type Balance = Balance;
	type Currency = Balances;
	// Gas rounding remainders are burnt, like fees.
	type OnBurn = ();
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WeightInfo = pallet_revive::weights::SubstrateWeight<Runtime>;
	// MedRec's registry (0x…0D010000) and permissions (0x…0D020000) with a Solidity ABI.
	type Precompiles = (medrec_precompiles::Registry<Runtime>, medrec_precompiles::Access<Runtime>);
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Runtime, crate::Aura>;
	type DepositPerByte = DepositPerByte;
	type DepositPerItem = DepositPerItem;
	type DepositPerChildTrieItem = DepositPerChildTrieItem;
	// Each contract's code is deposited once by whoever uploads it; instantiating it again
	// (one 2018 `Relationship` per patient) holds nothing more.
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercentage;
	type AddressMapper = AccountId32Mapper<Self>;
	type AllowEVMBytecode = ConstBool<true>;
	// Membership is checked before a transaction gets here (`CheckMember`).
	type UploadOrigin = EnsureSigned<AccountId>;
	type InstantiateOrigin = EnsureSigned<AccountId>;
	// The node's default: 2048 heap pages of 64 KiB.
	type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
	type PVFMemory = ConstU32<{ 512 * 1024 * 1024 }>;
	type ChainId = frame_support::traits::ConstU64<EVM_CHAIN_ID>;
	type NativeToEthRatio = ConstU32<NATIVE_TO_ETH_RATIO>;
	type FeeInfo = FeeInfo<crate::Address, crate::Signature, MedRecEthExtra>;
	type Deposit = ();
	type MaxEthExtrinsicWeight = MaxEthExtrinsicWeight;
	type DebugEnabled = ConstBool<false>;
	// Native accounts are never given an Ethereum identity implicitly: linking is explicit,
	// in the registrar, with a proof from the Ethereum key.
	type AutoMap = ConstBool<false>;
	// Gas price = 10^6 wei per planck * 50,000 = 50 gwei, a price wallets display sensibly.
	type GasScale = ConstU32<50_000>;
}

parameter_types! {
	pub const CodeHashLockupDepositPercentage: Perbill = Perbill::zero();
}

/// The registrar's view of Ethereum signers: an account pallet-revive derived from an Ethereum
/// key stands for that key's address.
pub struct EthSigner;
impl Convert<AccountId, Option<H160>> for EthSigner {
	fn convert(who: AccountId) -> Option<H160> {
		let mapper = <AccountId32Mapper<Runtime> as AddressMapper<Runtime>>::is_eth_derived;
		mapper(&who).then(|| AccountId32Mapper::<Runtime>::to_address(&who))
	}
}

/// `InvalidTransaction::Custom` code: an Ethereum transaction or call carries value. MedRec
/// has no coin to send.
pub const VALUE_REFUSED: u8 = 120;

/// Builds the extensions of Ethereum transactions, the same tuple as native ones, and decides
/// which Ethereum transactions may become extrinsics at all.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MedRecEthExtra;

/// pallet-revive's conversion, untouched, for [`MedRecEthExtra`] to call after its own checks.
struct RevivesConversion;

impl EthExtra for RevivesConversion {
	type Config = Runtime;
	type ExtensionV0 = TxExtension;
	type ExtensionOtherVersions = sp_runtime::traits::InvalidVersion;

	fn get_eth_extension(nonce: Nonce, _tip: Balance) -> TxExtension {
		crate::eth_tx_extension(nonce)
	}
}

impl EthExtra for MedRecEthExtra {
	type Config = Runtime;
	type ExtensionV0 = TxExtension;
	type ExtensionOtherVersions = sp_runtime::traits::InvalidVersion;

	fn get_eth_extension(nonce: Nonce, _tip: Balance) -> TxExtension {
		crate::eth_tx_extension(nonce)
	}

	fn try_into_checked_extrinsic(
		payload: &[u8],
		encoded_len: usize,
	) -> Result<
		sp_runtime::generic::CheckedExtrinsic<
			AccountId,
			RuntimeCall,
			TxExtension,
			sp_runtime::traits::InvalidVersion,
		>,
		InvalidTransaction,
	> {
		// Decoded and recovered once more here (pallet-revive does it again below, ~50 us)
		// because both decisions must come before its conversion, which already withdraws the
		// storage deposit: a stranger would be told "payment", and a signer whose credit ran
		// low could never be topped up.
		let tx = TransactionSigned::decode(payload).map_err(|_| InvalidTransaction::Call)?;
		let address = tx.recover_eth_address().map_err(|_| InvalidTransaction::BadProof)?;
		if pallet_medrec_registrar::EthAddressToAccount::<Runtime>::get(address).is_none() {
			return Err(InvalidTransaction::Custom(pallet_medrec_registrar::NOT_REGISTERED));
		}
		top_up(&AccountId32Mapper::<Runtime>::to_fallback_account_id(&address));
		let checked = RevivesConversion::try_into_checked_extrinsic(payload, encoded_len)?;
		refuse_call(&checked.function)?;
		Ok(checked)
	}
}

/// Tops `who`'s free balance up to [`GasCredit`].
fn top_up(who: &AccountId) {
	let free = Balances::balance(who);
	if free < GAS_CREDIT {
		// Minting cannot fail below the total issuance's bound; were it to, the transaction
		// would meet pallet-revive's "payment" refusal, which is the right answer then too.
		let _ = Balances::mint_into(who, GAS_CREDIT - free);
	}
}

/// Gives an address its gas credit as soon as the registrar links it, so a wallet shows it can
/// pay (and `eth_estimateGas` with a balance check passes) before its first transaction.
pub struct EthCredit;

impl medrec_primitives::OnEthLinked for EthCredit {
	fn linked(address: H160) {
		top_up(&AccountId32Mapper::<Runtime>::to_fallback_account_id(&address));
	}

	fn weight() -> Weight {
		// The balance read, the mint (the account and the total issuance).
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, 2)
	}
}

/// What no Ethereum transaction may do: dispatch raw runtime calls, or carry value.
fn refuse_call(call: &RuntimeCall) -> Result<(), InvalidTransaction> {
	use pallet_revive::Call as Revive;
	match call {
		RuntimeCall::Revive(Revive::eth_call { value, .. })
		| RuntimeCall::Revive(Revive::eth_instantiate_with_code { value, .. }) => {
			if value.is_zero() {
				Ok(())
			} else {
				Err(InvalidTransaction::Custom(VALUE_REFUSED))
			}
		},
		_ => Err(InvalidTransaction::Call),
	}
}

/// Whether `call` is one of the two Ethereum calls an Ethereum transaction becomes.
fn is_eth_call(call: &RuntimeCall) -> bool {
	use pallet_revive::Call as Revive;
	matches!(
		call,
		RuntimeCall::Revive(Revive::eth_call { .. } | Revive::eth_instantiate_with_code { .. })
	)
}

/// Keeps pallet-revive's calls to Ethereum transactions: a native signer may not call any of
/// them, and an Ethereum signer only `eth_call` and `eth_instantiate_with_code` without value.
/// [`MedRecEthExtra`] already refuses the rest before the pool; this holds the line for
/// extrinsics built any other way. Encodes to nothing.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckEvm<T>(PhantomData<T>);

impl<T> CheckEvm<T> {
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for CheckEvm<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> core::fmt::Debug for CheckEvm<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckEvm")
	}
}

impl TransactionExtension<RuntimeCall> for CheckEvm<Runtime> {
	const IDENTIFIER: &'static str = "CheckEvm";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, _call: &RuntimeCall) -> Weight {
		Weight::zero()
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), RuntimeCall> {
		if let RuntimeCall::Revive(_) = call {
			let eth_signer = frame_system::ensure_signed(origin.clone())
				.ok()
				.and_then(EthSigner::convert)
				.is_some();
			if !eth_signer {
				return Err(InvalidTransaction::Call.into());
			}
			refuse_call(call)?;
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	sp_runtime::impl_tx_ext_default!(RuntimeCall; prepare);
}

/// `pallet_transaction_payment`'s charge, for Ethereum transactions only. Native extrinsics
/// pay nothing and weigh nothing here. Encodes to nothing, so native transactions are signed
/// as before.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct ChargeEthGas<T>(PhantomData<T>);

impl<T> ChargeEthGas<T> {
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for ChargeEthGas<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> core::fmt::Debug for ChargeEthGas<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "ChargeEthGas")
	}
}

type Payment = ChargeTransactionPayment<Runtime>;

impl TransactionExtension<RuntimeCall> for ChargeEthGas<Runtime> {
	const IDENTIFIER: &'static str = "ChargeEthGas";
	type Implicit = ();
	type Val = Option<pallet_transaction_payment::Val<Runtime>>;
	type Pre = Option<pallet_transaction_payment::Pre<Runtime>>;

	fn weight(&self, call: &RuntimeCall) -> Weight {
		if is_eth_call(call) {
			// The charge, and the credit top-up `check` did: a balance read and write.
			Payment::from(0).weight(call).saturating_add(
				<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1),
			)
		} else {
			Weight::zero()
		}
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		_self_implicit: (),
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if !is_eth_call(call) {
			return Ok((ValidTransaction::default(), None, origin));
		}
		let (mut validity, val, origin) = Payment::from(0).validate(
			origin,
			call,
			info,
			len,
			(),
			inherited_implication,
			source,
		)?;
		// The payment pallet ranks by fee; with minted credit that ranking means nothing, and
		// it must not let Ethereum transactions crowd native ones (a revocation) out.
		validity.priority = 0;
		Ok((validity, Some(val), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			Some(val) => Payment::from(0).prepare(val, origin, call, info, len).map(Some),
			None => Ok(None),
		}
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			Some(pre) => Payment::post_dispatch_details(pre, info, post_info, len, result),
			None => Ok(Weight::zero()),
		}
	}
}

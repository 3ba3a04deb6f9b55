//! Ethereum transactions for the runtime's tests: development keys, signed transactions as a
//! wallet makes them, and pallet-revive's dry run as `eth_call` and gas estimation use it.

use alloy_core::primitives::Address as SolAddress;
use alloy_sol_types::SolCall;
use medrec_runtime::{
	genesis_config_presets::HARDHAT_ACCOUNTS, Executive, Revive, Runtime, RuntimeCall, System,
	UncheckedExtrinsic,
};
use pallet_revive::evm::{Account, GenericTransaction};
use sp_core::{H160, U256};
use sp_runtime::{
	generic,
	traits::Get,
	transaction_validity::{TransactionSource, TransactionValidityError},
	AccountId32, ApplyExtrinsicResult,
};

/// Hardhat/Anvil development keys: 0-2 are linked at genesis to Alice General Hospital, Bob
/// Family Clinic and Dave Pharmacy; 3 and on are linked by nobody.
pub fn hardhat(n: usize) -> Account {
	let account = Account::from_secret_key(hardhat_secret(n));
	if let Some(linked) = HARDHAT_ACCOUNTS.get(n) {
		assert_eq!(&account.address(), linked);
	}
	account
}

/// The secret key of Hardhat key `n` (0-3).
pub fn hardhat_secret(n: usize) -> [u8; 32] {
	let keys = [
		"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
		"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
		"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
		"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	];
	let mut secret = [0u8; 32];
	secret.copy_from_slice(&sp_core::bytes::from_hex(keys[n]).expect("hex"));
	secret
}

/// The registrar call that links the address of `secret` to `account`, with the
/// `personal_sign` signature a wallet makes over the registrar's message for this chain.
pub fn link_call(account: &AccountId32, secret: [u8; 32]) -> RuntimeCall {
	use sp_core::Pair;
	let key = sp_core::ecdsa::Pair::from_seed_slice(&secret).expect("a secp256k1 secret");
	let message = pallet_medrec_registrar::link_message(
		&codec::Encode::encode(account),
		System::block_hash(0).as_ref(),
	);
	let mut prefixed = format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend(&message);
	let signature = key.sign_prehashed(&sp_io::hashing::keccak_256(&prefixed));
	RuntimeCall::Registrar(pallet_medrec_registrar::Call::link_eth_address {
		address: Account::from_secret_key(secret).address(),
		signature: signature.0,
	})
}

pub fn sol_address(address: H160) -> SolAddress {
	SolAddress::from(address.0)
}

pub fn evm_chain_id() -> u64 {
	<Runtime as pallet_revive::Config>::ChainId::get()
}

/// A transaction from `from` to `to` (None: a deployment) with `input`, as a wallet makes it:
/// the chain's nonce and gas price, gas estimated by a dry run.
pub fn eth_tx(from: &Account, to: Option<H160>, input: Vec<u8>, value: U256) -> UncheckedExtrinsic {
	let mut tx = GenericTransaction {
		from: Some(from.address()),
		to,
		input: input.into(),
		value: Some(value),
		chain_id: Some(evm_chain_id().into()),
		nonce: Some(Revive::evm_nonce(&from.address()).into()),
		..Default::default()
	};
	let gas = dry_run(tx.clone())
		.map(|info| info.eth_gas)
		// Refused in the dry run (value, a raw call): what a wallet would send anyway.
		.unwrap_or_else(|| U256::from(10_000_000u64));
	tx.gas = Some(gas);
	tx.gas_price = Some(Revive::evm_base_fee());
	let signed = from.sign_transaction(tx.try_into_unsigned().expect("a legacy transaction"));
	let call =
		RuntimeCall::Revive(pallet_revive::Call::eth_transact { payload: signed.signed_payload() });
	generic::UncheckedExtrinsic::new_bare(call).into()
}

/// pallet-revive's dry run, with its state changes (a deployment bumps the nonce) discarded,
/// as the node's runtime API call discards them.
pub fn dry_run(tx: GenericTransaction) -> Option<pallet_revive::EthTransactInfo<u128>> {
	sp_io::storage::start_transaction();
	let info = Revive::dry_run_eth_transact(tx, None, false, None).ok();
	sp_io::storage::rollback_transaction();
	info
}

pub fn pool(xt: UncheckedExtrinsic) -> Result<(), TransactionValidityError> {
	Executive::validate_transaction(TransactionSource::External, xt, System::block_hash(0))
		.map(|_| ())
}

/// Applies `xt` as a block would, and requires the dispatch to succeed.
pub fn apply_ok(xt: UncheckedExtrinsic) {
	let outcome: ApplyExtrinsicResult = Executive::apply_extrinsic(xt);
	match outcome {
		Ok(Ok(())) => {},
		other => panic!("not applied: {other:?}"),
	}
}

/// Sends `call` and requires it to succeed. A reverted call is still an included transaction
/// (status 0, as on Ethereum), so the dry run is what says whether it reverts.
pub fn send<C: SolCall + Clone>(from: &Account, to: H160, call: C) {
	assert!(!reverts(from, to, call.clone()), "{} reverts", C::SIGNATURE);
	apply_ok(eth_tx(from, Some(to), call.abi_encode(), U256::zero()));
}

/// A read-only call, as `eth_call` makes it.
pub fn view<C: SolCall>(to: H160, call: C) -> C::Return {
	let tx =
		GenericTransaction { to: Some(to), input: call.abi_encode().into(), ..Default::default() };
	let info = dry_run(tx).expect("the call succeeds");
	C::abi_decode_returns(&info.data).expect("decodes")
}

/// Whether a call from `from` reverts (the 2018 contracts' `require`s and `revert()`s).
pub fn reverts<C: SolCall>(from: &Account, to: H160, call: C) -> bool {
	let tx = GenericTransaction {
		from: Some(from.address()),
		to: Some(to),
		input: call.abi_encode().into(),
		..Default::default()
	};
	dry_run(tx).is_none()
}

/// The reason a call from `from` reverts with (`revert("...")`, or a precompile's
/// `Error::Revert`), or `None` if it does not revert.
pub fn revert_reason<C: SolCall>(from: &Account, to: H160, call: C) -> Option<String> {
	use alloy_sol_types::{Revert, SolError};
	let tx = GenericTransaction {
		from: Some(from.address()),
		to: Some(to),
		input: call.abi_encode().into(),
		..Default::default()
	};
	sp_io::storage::start_transaction();
	let outcome = Revive::dry_run_eth_transact(tx, None, false, None);
	sp_io::storage::rollback_transaction();
	match outcome {
		Ok(_) => None,
		Err(pallet_revive::EthTransactError::Data(data)) => Some(
			Revert::abi_decode(&data)
				.map(|r| r.reason)
				.unwrap_or_else(|_| format!("undecodable revert data 0x{}", hex(&data))),
		),
		Err(pallet_revive::EthTransactError::Message(message)) => Some(message),
	}
}

pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

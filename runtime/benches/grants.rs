//! Grants per second: the native `relationships.grant` extrinsic against the same grant sent as
//! an Ethereum transaction to the `IMedRecAccess` precompile, on one chain in one run.
//!
//! One chain (the development preset) gets `N` patients, each with a relationship with Alice
//! General Hospital and a linked Ethereum key. Every patient then makes one grant each way, so
//! no identity nears its rate limit and both paths do the same storage work. Extrinsics are
//! signed beforehand; the timed part is `Executive::apply_extrinsic` (signature check, every
//! transaction extension, dispatch), with the two paths interleaved in batches so that both see
//! the same state sizes. It also reports the weight each path is charged, which is what bounds
//! a block, and so the chain's grants per second at its block time.
//!
//!   cargo bench --locked --workspace --bench grants             # N = 200
//!   GRANTS_N=50 cargo bench --locked --workspace --bench grants
//!
//! Native code, not the Wasm runtime a node executes: the ratio is the figure to read.

#[path = "../tests/common/mod.rs"]
mod common;

use alloy_sol_types::SolCall;
use common::{eth::link_call, preset_ext, signed};
use medrec_precompiles::{address_of, IMedRecAccess, ACCESS_ADDRESS};
use medrec_primitives::{Categories, Category, Purpose, Scope, Viewer, DAY};
use medrec_runtime::{
	Executive, Revive, Runtime, RuntimeCall, System, UncheckedExtrinsic, MILLI_SECS_PER_BLOCK,
};
use pallet_medrec_relationships as relationships;
use pallet_revive::evm::{Account, GenericTransaction};
use sp_core::{sr25519, Pair, U256};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Dave};
use sp_runtime::{generic, traits::Get, AccountId32, Weight};
use std::time::{Duration, Instant};

struct Patient {
	pair: sr25519::Pair,
	wallet: Account,
	relationship: u64,
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

fn apply(xt: UncheckedExtrinsic) -> Weight {
	let info = frame_system::BlockWeight::<Runtime>::get().total();
	match Executive::apply_extrinsic(xt) {
		Ok(Ok(())) => {},
		other => panic!("not applied: {other:?}"),
	}
	frame_system::BlockWeight::<Runtime>::get().total().saturating_sub(info)
}

/// Starts the next block's accounting (its weight and length) without its hooks, so that the
/// run never fills a block: block building is the same for both paths and is not measured.
fn next_block() {
	let number = System::block_number() + 1;
	System::reset_events();
	System::initialize(&number, &System::parent_hash(), &Default::default());
}

fn native(pair: &sr25519::Pair, call: RuntimeCall) -> UncheckedExtrinsic {
	signed(pair, System::account_nonce(account(pair)), call)
}

fn setup(n: usize) -> Vec<Patient> {
	let alice = Alice.pair();
	(0..n)
		.map(|i| {
			if i % 50 == 0 {
				next_block();
			}
			let pair =
				sr25519::Pair::from_string(&format!("//Patient{i}"), None).expect("a dev key");
			let patient = account(&pair);
			apply(native(
				&alice,
				RuntimeCall::Relationships(relationships::Call::open_relationship {
					patient: patient.clone(),
				}),
			));
			let relationship = relationships::PatientAndProviderToRelationship::<Runtime>::get(
				&patient,
				Alice.to_account_id(),
			)
			.expect("opened");
			apply(native(
				&pair,
				RuntimeCall::Relationships(relationships::Call::accept_relationship {
					relationship,
				}),
			));
			let secret = sp_io::hashing::keccak_256(format!("patient {i}").as_bytes());
			apply(native(&pair, link_call(&patient, secret)));
			Patient { pair, wallet: Account::from_secret_key(secret), relationship }
		})
		.collect()
}

fn grant_call(patient: &Patient, viewer: AccountId32) -> RuntimeCall {
	RuntimeCall::Relationships(relationships::Call::grant {
		patient: account(&patient.pair),
		viewer: Viewer::Account(viewer),
		scope: Scope::Relationship(patient.relationship),
		categories: Categories::of(&[Category::Medications]),
		purpose: Purpose::Treatment,
		not_before: 0,
		expires: 30 * DAY,
	})
}

fn precompile_input(patient: &Patient, viewer: AccountId32) -> Vec<u8> {
	IMedRecAccess::grantCall {
		patient: alloy_core::primitives::FixedBytes(account(&patient.pair).into()),
		viewer: alloy_core::primitives::FixedBytes(viewer.into()),
		allRelationships: false,
		relationship: patient.relationship,
		categories: Categories::of(&[Category::Medications]).0,
		purpose: Purpose::Treatment as u8,
		notBefore: 0,
		expires: 30 * DAY,
	}
	.abi_encode()
}

/// The same grant as a signed Ethereum transaction to the precompile, with `gas`.
fn eth_grant(patient: &Patient, viewer: AccountId32, gas: U256) -> UncheckedExtrinsic {
	let chain_id: u64 = <Runtime as pallet_revive::Config>::ChainId::get();
	let tx = GenericTransaction {
		from: Some(patient.wallet.address()),
		to: Some(address_of(ACCESS_ADDRESS)),
		input: precompile_input(patient, viewer).into(),
		value: Some(U256::zero()),
		chain_id: Some(chain_id.into()),
		nonce: Some(Revive::evm_nonce(&patient.wallet.address()).into()),
		gas: Some(gas),
		gas_price: Some(Revive::evm_base_fee()),
		..Default::default()
	};
	let signed = patient.wallet.sign_transaction(tx.try_into_unsigned().expect("legacy"));
	let call =
		RuntimeCall::Revive(pallet_revive::Call::eth_transact { payload: signed.signed_payload() });
	generic::UncheckedExtrinsic::new_bare(call).into()
}

/// The gas a wallet would set: pallet-revive's estimate for the first patient's grant.
fn estimate(patient: &Patient, viewer: AccountId32) -> U256 {
	let tx = GenericTransaction {
		from: Some(patient.wallet.address()),
		to: Some(address_of(ACCESS_ADDRESS)),
		input: precompile_input(patient, viewer).into(),
		..Default::default()
	};
	sp_io::storage::start_transaction();
	let info = Revive::dry_run_eth_transact(tx, None, false, None).expect("the grant runs");
	sp_io::storage::rollback_transaction();
	info.eth_gas
}

fn main() {
	let n: usize = std::env::var("GRANTS_N").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
	let batch = 25;
	preset_ext("development").execute_with(|| {
		let patients = setup(n);
		next_block();
		let gas = estimate(&patients[0], Dave.to_account_id());
		let (mut native_time, mut eth_time) = (Duration::ZERO, Duration::ZERO);
		let (mut native_weight, mut eth_weight) = (Weight::zero(), Weight::zero());
		for chunk in patients.chunks(batch) {
			next_block();
			let natives: Vec<_> =
				chunk.iter().map(|p| native(&p.pair, grant_call(p, Bob.to_account_id()))).collect();
			let eths: Vec<_> =
				chunk.iter().map(|p| eth_grant(p, Dave.to_account_id(), gas)).collect();
			let start = Instant::now();
			for xt in natives {
				native_weight = native_weight.saturating_add(apply(xt));
			}
			native_time += start.elapsed();
			let start = Instant::now();
			for xt in eths {
				eth_weight = eth_weight.saturating_add(apply(xt));
			}
			eth_time += start.elapsed();
		}
		for p in &patients {
			let grants = relationships::PatientToGrants::<Runtime>::get(account(&p.pair));
			assert_eq!(grants.len(), 2, "each patient made both grants");
		}

		let per_second = |time: Duration| n as f64 / time.as_secs_f64();
		let (native_rate, eth_rate) = (per_second(native_time), per_second(eth_time));
		let limits = <Runtime as frame_system::Config>::BlockWeights::get();
		let budget = limits
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(limits.max_block);
		let per_block = |w: Weight| {
			let each = w.ref_time() / n as u64;
			(budget.ref_time() / each.max(1), each)
		};
		let ((native_block, native_each), (eth_block, eth_each)) =
			(per_block(native_weight), per_block(eth_weight));
		let block_seconds = MILLI_SECS_PER_BLOCK as f64 / 1000.0;
		println!("grants, {n} each way, one chain (development preset), native code:");
		println!(
			"  native extrinsic:        {native_rate:>9.0} grants/s executed, weight {:>6.3} ms \
			 -> {native_block} per block, {:.0} grants/s on chain",
			native_each as f64 / 1e9,
			native_block as f64 / block_seconds
		);
		println!(
			"  precompile (Ethereum tx): {eth_rate:>8.0} grants/s executed, weight {:>6.3} ms \
			 -> {eth_block} per block, {:.0} grants/s on chain ({gas} gas)",
			eth_each as f64 / 1e9,
			eth_block as f64 / block_seconds
		);
		println!(
			"  native / precompile: {:.1}x executed, {:.1}x by weight",
			native_rate / eth_rate,
			eth_each as f64 / native_each as f64
		);
	});
}

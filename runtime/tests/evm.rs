//! The 2018 MedRec contracts on MedRec's EVM, unchanged, and the rules every Ethereum
//! transaction meets: it must come from an address linked to a MedRec identity, counts against
//! that identity's rate limit, carries no value, dispatches no raw runtime call, and pays gas
//! in credit while native extrinsics pay nothing.
//!
//! Transactions are signed Ethereum transactions (RLP, secp256k1), submitted as the bare
//! `Revive::eth_transact` extrinsic eth-rpc submits, and go through `Executive` as the pool and
//! block builder run them.

mod common;

use alloy_core::primitives::{Address as SolAddress, U256 as SolU256};
use alloy_sol_types::{sol, SolCall, SolValue};
use codec::Encode;
use common::{
	eth::{apply_ok, dry_run, eth_tx, hardhat, hex, pool, reverts, send, sol_address, view},
	preset_ext, remark, signed,
};
use medrec_runtime::{
	configs::evm::{GAS_CREDIT, VALUE_REFUSED},
	genesis_config_presets::HARDHAT_ACCOUNTS,
	Balances, Executive, Revive, Runtime, RuntimeCall, TxExtension,
};
use pallet_medrec_registrar::{NOT_REGISTERED, RATE_LIMITED};
use pallet_revive::{
	evm::{Account, GenericTransaction},
	AddressMapper,
};
use serde_json::Value;
use sp_core::{H160, U256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{Get, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

sol! {
	// What the tests call of the 2018 contracts, written from their ABI; each selector is
	// checked against the artifact's ABI below, so a typo cannot pass unnoticed.
	interface AgentRegistry {
		function propose(string name) external;
		function vote(address prospective, bool value) external;
		function kick(address rip) external;
		function setAgentHost(string host) external;
		function getNumSigners() external view returns (uint256);
		function isSigner(address) external view returns (bool);
		function getAgentByName(string name) external view returns (address);
		function getAgentName(address addr) external view returns (string);
		function getAgentHost(address addr) external view returns (string);
	}
	interface Agent {
		function addCustodian(address addr) external;
		function removeCustodian(address addr) external;
		function addRelationship(address r) external;
		function getNumCustodians() external view returns (uint256);
		function getNumRelationships() external view returns (uint256);
		function relationships(uint256) external view returns (address);
	}
	interface Relationship {
		function addViewerGroup() external;
		function addViewer(string name, uint256 viewerGroup, address viewer, string provAddr) external;
		function removeViewer(uint256 viewerGroup, address viewer) external;
		function isViewer(address) external view returns (bool);
		function getNumViewers(uint256 group) external view returns (uint256);
		function getViewerName(address addr) external view returns (string);
		function patron() external view returns (address);
		function terminate() external;
	}
	interface AllAccessRelationship {
		// Misnamed in 2018, so not its constructor: whoever calls it first becomes patron.
		function Relationship(address _provider) external;
		function patron() external view returns (address);
		function addViewer(string name, address viewer) external;
		function getNumViewers() external view returns (uint256);
	}
	interface AgentGroup {
		function addAgent(address addr) external;
		function getNumAgents() external view returns (uint256);
	}
	interface DeadmanSwitch {
		function setTimeout(uint256 _timeout) external;
		function touch() external;
		function isAlive() external view returns (bool);
	}
	interface Migrations {
		function setCompleted(uint256 completed) external;
		function last_completed_migration() external view returns (uint256);
	}
}

const CONTRACTS: [&str; 7] = [
	"AgentRegistry",
	"Agent",
	"Relationship",
	"AllAccessRelationship",
	"AgentGroup",
	"DeadmanSwitch",
	"Migrations",
];

/// A 2018 truffle artifact, vendored byte for byte in `evm-compat/fixtures/medrec-2018`.
fn artifact(name: &str) -> Value {
	// Relative to the package, where cargo runs tests: `env!("CARGO_MANIFEST_DIR")` would be
	// the checkout the binary was compiled in, and the build cache is shared between checkouts.
	let path = format!("../evm-compat/fixtures/medrec-2018/{name}.json");
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
	serde_json::from_str(&text).expect("an artifact is JSON")
}

fn bytes(artifact: &Value, field: &str) -> Vec<u8> {
	let hex = artifact[field].as_str().expect("hex field");
	sp_core::bytes::from_hex(hex).expect("valid hex")
}

/// Deploys a 2018 artifact unchanged, constructor arguments appended to its creation code as
/// truffle did; returns its address.
fn deploy(from: &Account, name: &str, args: Vec<u8>) -> H160 {
	let address =
		pallet_revive::create1(&from.address(), Revive::evm_nonce(&from.address()).into());
	let mut code = bytes(&artifact(name), "bytecode");
	code.extend(args);
	apply_ok(eth_tx(from, None, code, U256::zero()));
	assert_eq!(
		Revive::code(&address),
		bytes(&artifact(name), "deployedBytecode"),
		"{name}'s code on chain is the artifact's runtime bytecode"
	);
	address
}

#[test]
fn the_vendored_artifacts_are_the_2018_bytes() {
	let manifest: Value = serde_json::from_str(
		&std::fs::read_to_string("../evm-compat/fixtures/medrec-2018/MANIFEST.json")
			.expect("manifest"),
	)
	.expect("JSON");
	for name in CONTRACTS {
		let a = artifact(name);
		for (field, key) in
			[("bytecode", "bytecodeKeccak256"), ("deployedBytecode", "deployedBytecodeKeccak256")]
		{
			let digest = sp_io::hashing::keccak_256(&bytes(&a, field));
			let expected = manifest["contracts"][name][key].as_str().expect("recorded");
			assert_eq!(format!("0x{}", hex(&digest)), expected, "{name}.{field}");
		}
	}
}

#[test]
fn the_interfaces_the_tests_use_are_the_artifacts_abi() {
	fn selectors(name: &str) -> Vec<[u8; 4]> {
		artifact(name)["abi"]
			.as_array()
			.expect("abi")
			.iter()
			.filter(|item| item["type"] == "function")
			.map(|f| {
				let inputs: Vec<&str> = f["inputs"]
					.as_array()
					.expect("inputs")
					.iter()
					.map(|i| i["type"].as_str().expect("type"))
					.collect();
				let signature =
					format!("{}({})", f["name"].as_str().expect("name"), inputs.join(","));
				let digest = sp_io::hashing::keccak_256(signature.as_bytes());
				[digest[0], digest[1], digest[2], digest[3]]
			})
			.collect()
	}
	let ours: [(&str, Vec<[u8; 4]>); 7] = [
		("AgentRegistry", AgentRegistry::AgentRegistryCalls::SELECTORS.to_vec()),
		("Agent", Agent::AgentCalls::SELECTORS.to_vec()),
		("Relationship", Relationship::RelationshipCalls::SELECTORS.to_vec()),
		(
			"AllAccessRelationship",
			AllAccessRelationship::AllAccessRelationshipCalls::SELECTORS.to_vec(),
		),
		("AgentGroup", AgentGroup::AgentGroupCalls::SELECTORS.to_vec()),
		("DeadmanSwitch", DeadmanSwitch::DeadmanSwitchCalls::SELECTORS.to_vec()),
		("Migrations", Migrations::MigrationsCalls::SELECTORS.to_vec()),
	];
	for (name, selectors_used) in ours {
		let abi = selectors(name);
		let code = bytes(&artifact(name), "deployedBytecode");
		for selector in selectors_used {
			assert!(abi.contains(&selector), "{name}: {} is not in the ABI", hex(&selector));
			// And the dispatcher really compares against it: `PUSH4 <selector>`.
			let push4 = [&[0x63][..], &selector[..]].concat();
			assert!(code.windows(5).any(|w| w == push4), "{name}: no PUSH4 {}", hex(&selector));
		}
	}
}

#[test]
fn the_2018_contracts_run_unchanged() {
	preset_ext("development").execute_with(|| {
		let (hospital, clinic, pharmacy) = (hardhat(0), hardhat(1), hardhat(2));
		let (h, c, p) = (hospital.address(), clinic.address(), pharmacy.address());

		// AgentRegistry: the deployer is the first signer; the others propose and are voted
		// in by a majority, then one is kicked.
		let agent = deploy(&hospital, "Agent", vec![]);
		let args = (
			"Alice General Hospital".to_string(),
			sol_address(agent),
			"http://127.0.0.1:7070".to_string(),
		);
		let registry = deploy(&hospital, "AgentRegistry", args.abi_encode_params());
		assert_eq!(view(registry, AgentRegistry::getNumSignersCall {}), SolU256::from(1));
		send(&clinic, registry, AgentRegistry::proposeCall { name: "Bob Family Clinic".into() });
		// Only signers vote.
		assert!(reverts(
			&pharmacy,
			registry,
			AgentRegistry::voteCall { prospective: sol_address(c), value: true }
		));
		send(
			&hospital,
			registry,
			AgentRegistry::voteCall { prospective: sol_address(c), value: true },
		);
		assert!(view(registry, AgentRegistry::isSignerCall(sol_address(c))));
		send(&pharmacy, registry, AgentRegistry::proposeCall { name: "Dave Pharmacy".into() });
		// The 2018 threshold is `(signers + 1) / 2` yays: one of two signers suffices.
		send(
			&hospital,
			registry,
			AgentRegistry::voteCall { prospective: sol_address(p), value: true },
		);
		assert_eq!(view(registry, AgentRegistry::getNumSignersCall {}), SolU256::from(3));
		// Kicking takes two of three: the proposer's own vote, then another.
		send(&hospital, registry, AgentRegistry::kickCall { rip: sol_address(p) });
		assert!(view(registry, AgentRegistry::isSignerCall(sol_address(p))));
		send(
			&clinic,
			registry,
			AgentRegistry::voteCall { prospective: sol_address(p), value: true },
		);
		assert_eq!(view(registry, AgentRegistry::getNumSignersCall {}), SolU256::from(2));
		assert!(!view(registry, AgentRegistry::isSignerCall(sol_address(p))));
		// Names and hosts.
		assert_eq!(
			view(
				registry,
				AgentRegistry::getAgentByNameCall { name: "Alice General Hospital".into() }
			),
			sol_address(h)
		);
		assert_eq!(
			view(registry, AgentRegistry::getAgentNameCall { addr: sol_address(c) }),
			"Bob Family Clinic"
		);
		send(
			&clinic,
			registry,
			AgentRegistry::setAgentHostCall { host: "https://clinic.example".into() },
		);
		assert_eq!(
			view(registry, AgentRegistry::getAgentHostCall { addr: sol_address(c) }),
			"https://clinic.example"
		);

		// Agent: custodians and relationships.
		send(&hospital, agent, Agent::addCustodianCall { addr: sol_address(c) });
		assert_eq!(view(agent, Agent::getNumCustodiansCall {}), SolU256::from(1));
		assert!(
			reverts(&pharmacy, agent, Agent::addCustodianCall { addr: sol_address(p) }),
			"only owners"
		);
		// The custodian acts for the agent.
		send(&clinic, agent, Agent::addCustodianCall { addr: sol_address(p) });
		send(&clinic, agent, Agent::removeCustodianCall { addr: sol_address(p) });
		assert_eq!(view(agent, Agent::getNumCustodiansCall {}), SolU256::from(1));

		// Relationship: the patron (here the pharmacy's key standing in for a patient's)
		// manages viewer groups and viewers.
		let relationship = deploy(&pharmacy, "Relationship", (sol_address(h),).abi_encode_params());
		send(&hospital, agent, Agent::addRelationshipCall { r: sol_address(relationship) });
		assert_eq!(view(agent, Agent::getNumRelationshipsCall {}), SolU256::from(1));
		assert_eq!(view(agent, Agent::relationshipsCall(SolU256::ZERO)), sol_address(relationship));
		assert_eq!(view(relationship, Relationship::patronCall {}), sol_address(p));
		send(&pharmacy, relationship, Relationship::addViewerGroupCall {});
		let viewer = Relationship::addViewerCall {
			name: "Bob Family Clinic".into(),
			viewerGroup: SolU256::ZERO,
			viewer: sol_address(c),
			provAddr: "enc:host".into(),
		};
		assert!(reverts(&clinic, relationship, viewer.clone()), "only the patron adds viewers");
		send(&pharmacy, relationship, viewer);
		assert!(view(relationship, Relationship::isViewerCall(sol_address(c))));
		assert_eq!(
			view(relationship, Relationship::getViewerNameCall { addr: sol_address(c) }),
			"Bob Family Clinic"
		);
		send(
			&pharmacy,
			relationship,
			Relationship::removeViewerCall { viewerGroup: SolU256::ZERO, viewer: sol_address(c) },
		);
		assert!(!view(relationship, Relationship::isViewerCall(sol_address(c))));
		assert_eq!(
			view(relationship, Relationship::getNumViewersCall { group: SolU256::ZERO }),
			SolU256::ZERO
		);
		// `terminate` is SELFDESTRUCT. Under EIP-6780 (Cancun, which pallet-revive follows) a
		// contract created in an earlier transaction keeps its code and storage: it answers
		// as before, so "it answers" must never be read as "not terminated".
		assert!(reverts(&clinic, relationship, Relationship::terminateCall {}), "only its parties");
		send(&hospital, relationship, Relationship::terminateCall {});
		assert_eq!(
			Revive::code(&relationship),
			bytes(&artifact("Relationship"), "deployedBytecode")
		);
		assert_eq!(view(relationship, Relationship::patronCall {}), sol_address(p));

		// AllAccessRelationship and AgentGroup.
		let all_access = deploy(&pharmacy, "AllAccessRelationship", vec![]);
		let add =
			AllAccessRelationship::addViewerCall { name: "Bob".into(), viewer: sol_address(c) };
		assert!(reverts(&pharmacy, all_access, add.clone()), "no patron yet");
		send(
			&pharmacy,
			all_access,
			AllAccessRelationship::RelationshipCall { _provider: sol_address(h) },
		);
		assert_eq!(view(all_access, AllAccessRelationship::patronCall {}), sol_address(p));
		send(&pharmacy, all_access, add);
		assert_eq!(view(all_access, AllAccessRelationship::getNumViewersCall {}), SolU256::from(1));
		// The deployer is the group's first agent.
		let group = deploy(&hospital, "AgentGroup", vec![]);
		send(&hospital, group, AgentGroup::addAgentCall { addr: sol_address(agent) });
		assert_eq!(view(group, AgentGroup::getNumAgentsCall {}), SolU256::from(2));

		// DeadmanSwitch: TIMESTAMP is in seconds, as in 2018.
		let switch = deploy(&pharmacy, "DeadmanSwitch", vec![]);
		pallet_timestamp::Now::<Runtime>::put(1_700_000_000_000u64);
		send(&pharmacy, switch, DeadmanSwitch::setTimeoutCall { _timeout: SolU256::from(60) });
		send(&pharmacy, switch, DeadmanSwitch::touchCall {});
		assert!(view(switch, DeadmanSwitch::isAliveCall {}));
		pallet_timestamp::Now::<Runtime>::put(1_700_000_000_000u64 + 61_000);
		assert!(!view(switch, DeadmanSwitch::isAliveCall {}));
		assert!(reverts(&clinic, switch, DeadmanSwitch::touchCall {}), "only its agent");

		// Migrations.
		let migrations = deploy(&hospital, "Migrations", vec![]);
		send(&hospital, migrations, Migrations::setCompletedCall { completed: SolU256::from(3) });
		assert_eq!(view(migrations, Migrations::last_completed_migrationCall {}), SolU256::from(3));
	});
}

#[test]
fn an_unlinked_address_is_refused_before_the_pool() {
	preset_ext("development").execute_with(|| {
		let stranger = Account::from_secret_key([7; 32]);
		let xt = eth_tx(&stranger, None, bytes(&artifact("Agent"), "bytecode"), U256::zero());
		let refused = TransactionValidityError::Invalid(InvalidTransaction::Custom(NOT_REGISTERED));
		assert_eq!(pool(xt.clone()), Err(refused));
		assert_eq!(Executive::apply_extrinsic(xt), Err(refused));
		// It was not given credit either.
		let fallback = <Runtime as pallet_revive::Config>::AddressMapper::to_fallback_account_id(
			&stranger.address(),
		);
		assert_eq!(Balances::free_balance(&fallback), 0);
	});
}

#[test]
fn raw_runtime_calls_and_value_are_refused() {
	preset_ext("development").execute_with(|| {
		let hospital = hardhat(0);
		// A transaction to the runtime-call address would dispatch any call as the signer.
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: Sr25519Keyring::Eve.to_account_id().into(),
			value: 1,
		});
		let raw = eth_tx(
			&hospital,
			Some(pallet_revive::RUNTIME_PALLETS_ADDR),
			call.encode(),
			U256::zero(),
		);
		assert_eq!(pool(raw), Err(InvalidTransaction::Call.into()));
		// Credit cannot be sent anywhere.
		let value = eth_tx(&hospital, Some(HARDHAT_ACCOUNTS[1]), vec![], U256::from(1u64));
		assert_eq!(pool(value), Err(InvalidTransaction::Custom(VALUE_REFUSED).into()));
		// Nor can a native account reach pallet-revive's calls directly, even the two
		// Ethereum ones.
		let direct = RuntimeCall::Revive(pallet_revive::Call::eth_call {
			dest: HARDHAT_ACCOUNTS[1],
			value: U256::zero(),
			weight_limit: Default::default(),
			eth_gas_limit: U256::from(1_000_000u64),
			data: vec![],
			transaction_encoded: vec![],
			effective_gas_price: U256::zero(),
			encoded_len: 0,
		});
		assert_eq!(
			pool(signed(&Sr25519Keyring::Alice.pair(), 0, direct)),
			Err(InvalidTransaction::Call.into())
		);
		let upload = RuntimeCall::Revive(pallet_revive::Call::upload_code {
			code: bytes(&artifact("Agent"), "deployedBytecode"),
			storage_deposit_limit: u128::MAX,
		});
		assert!(pool(signed(&Sr25519Keyring::Alice.pair(), 0, upload)).is_err());
	});
}

#[test]
fn ethereum_and_native_transactions_share_the_identitys_rate_limit() {
	preset_ext("development").execute_with(|| {
		// Dave Pharmacy: a member, 20 transactions per window, some native, some from its
		// linked Ethereum key.
		let limit: u32 = <Runtime as pallet_medrec_registrar::Config>::MemberTxPerWindow::get();
		let dave = Sr25519Keyring::Dave.pair();
		for nonce in 0..limit - 2 {
			apply_ok(signed(&dave, nonce, remark()));
		}
		let pharmacy = hardhat(2);
		let code = bytes(&artifact("Agent"), "bytecode");
		apply_ok(eth_tx(&pharmacy, None, code.clone(), U256::zero()));
		apply_ok(eth_tx(&pharmacy, None, code.clone(), U256::zero()));
		let limited = TransactionValidityError::Invalid(InvalidTransaction::Custom(RATE_LIMITED));
		assert_eq!(pool(eth_tx(&pharmacy, None, code, U256::zero())), Err(limited));
		assert_eq!(pool(signed(&dave, limit - 2, remark())), Err(limited));
	});
}

#[test]
fn gas_is_paid_in_credit_topped_up_per_transaction_and_native_calls_pay_nothing() {
	preset_ext("development").execute_with(|| {
		let hospital = hardhat(0);
		let fallback = <Runtime as pallet_revive::Config>::AddressMapper::to_fallback_account_id(
			&hospital.address(),
		);
		// Genesis gave the linked keys their credit, so wallets show it at once.
		assert_eq!(Balances::free_balance(&fallback), GAS_CREDIT);
		deploy(
			&hospital,
			"AgentRegistry",
			("A".to_string(), SolAddress::ZERO, "h".to_string()).abi_encode_params(),
		);
		let after = Balances::free_balance(&fallback);
		assert!(after < GAS_CREDIT, "the deployment paid gas and deposits");
		// Nearly drained: the next transaction is topped up first, and goes through.
		<Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&fallback, 1);
		deploy(&hospital, "Agent", vec![]);
		let topped = Balances::free_balance(&fallback);
		assert!(topped > GAS_CREDIT / 2 && topped < GAS_CREDIT, "{topped}");
		// A native extrinsic costs nothing: Alice holds no balance before or after.
		let alice = Sr25519Keyring::Alice.to_account_id();
		let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
		apply_ok(signed(&Sr25519Keyring::Alice.pair(), 0, remark()));
		assert_eq!(Balances::free_balance(&alice), 0);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), issuance);
	});
}

#[test]
fn every_extension_runs_for_ethereum_transactions_in_order() {
	// One tuple for both kinds, in this order; an Ethereum transaction differs only in its
	// origin being turned into pallet-revive's at `EthSetOrigin`, after every check that reads
	// the signer.
	let names: Vec<&str> = <TxExtension as TransactionExtension<RuntimeCall>>::metadata()
		.iter()
		.map(|m| m.identifier)
		.collect();
	assert_eq!(
		names,
		[
			"CheckNonZeroSender",
			"CheckSpecVersion",
			"CheckTxVersion",
			"CheckGenesis",
			"CheckMortality",
			"CheckMember",
			"CheckNonce",
			"CheckWeight",
			"CheckEvm",
			"ChargeEthGas",
			"EthSetOrigin",
			"WeightReclaim",
		]
	);
	let (native, eth) = (medrec_runtime::tx_extension(3), medrec_runtime::eth_tx_extension(3));
	assert_eq!(native.encode(), eth.encode(), "the same checks, with the same data");
	assert_ne!(format!("{:?}", native.10), format!("{:?}", eth.10));
}

#[test]
fn a_2018_add_viewer_costs_more_than_a_native_grant() {
	use frame_support::dispatch::GetDispatchInfo;
	use medrec_primitives::{Categories, Category, Purpose, Scope, Viewer, DAY};
	preset_ext("development").execute_with(|| {
		// The 2018 way: the patient's Relationship contract, one viewer group, one viewer.
		let patient = hardhat(2);
		let relationship = deploy(
			&patient,
			"Relationship",
			(sol_address(HARDHAT_ACCOUNTS[0]),).abi_encode_params(),
		);
		send(&patient, relationship, Relationship::addViewerGroupCall {});
		let add = Relationship::addViewerCall {
			name: "Bob Family Clinic".into(),
			viewerGroup: SolU256::ZERO,
			viewer: sol_address(HARDHAT_ACCOUNTS[1]),
			provAddr: "enc:host".into(),
		};
		let tx = GenericTransaction {
			from: Some(patient.address()),
			to: Some(relationship),
			input: add.abi_encode().into(),
			..Default::default()
		};
		let evm = dry_run(tx).expect("addViewer runs");
		// The native way: one grant extrinsic, weighed by the pallet's benchmarked weights.
		let grant = RuntimeCall::Relationships(pallet_medrec_relationships::Call::grant {
			patient: Sr25519Keyring::Eve.to_account_id(),
			viewer: Viewer::Account(Sr25519Keyring::Bob.to_account_id()),
			scope: Scope::Relationship(0),
			categories: Categories::of(&[Category::Medications]),
			purpose: Purpose::Treatment,
			not_before: 0,
			expires: 30 * DAY,
		});
		let native = grant.get_dispatch_info().total_weight();
		let ratio = evm.weight_required.ref_time() as f64 / native.ref_time() as f64;
		println!(
			"Relationship.addViewer: {} gas, {} ps ref time, {} bytes proof; native grant: {} ps, \
			 {} bytes proof; addViewer / grant = {ratio:.1}x ref time",
			evm.eth_gas,
			evm.weight_required.ref_time(),
			evm.weight_required.proof_size(),
			native.ref_time(),
			native.proof_size(),
		);
		assert!(ratio > 1.0, "the EVM path is the heavier one ({ratio:.2}x)");
	});
}

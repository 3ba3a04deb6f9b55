//! MedRec's precompiles on the runtime: the registry and the access pallet with a Solidity
//! ABI (`evm-compat/solidity`), called by signed Ethereum transactions and `eth_call`s as a
//! wallet makes them, and checked against the native pallets' storage and answers.

mod common;

use alloy_core::primitives::{Address as SolAddress, FixedBytes};
use alloy_sol_types::SolCall;
use common::{
	eth::{apply_ok, eth_tx, hardhat, hardhat_secret, link_call, revert_reason, view},
	preset_ext, signed,
};
use frame_support::dispatch::GetDispatchInfo;
use medrec_precompiles::{
	address_of, IMedRecAccess as A, IMedRecRegistry as R, ACCESS_ADDRESS, NOT_LINKED,
	REGISTRY_ADDRESS,
};
use medrec_primitives::{Categories, Category, Purpose, Scope, Viewer, DAY};
use medrec_runtime::{genesis_config_presets::HARDHAT_ACCOUNTS, Executive, RuntimeCall, System};
use pallet_medrec_relationships as relationships;
use pallet_revive::{evm::Account, AddressMapper};
use sp_core::{H160, H256, U256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Dave, Eve};
use sp_runtime::AccountId32;

fn registry() -> H160 {
	address_of(REGISTRY_ADDRESS)
}

fn access() -> H160 {
	address_of(ACCESS_ADDRESS)
}

fn b32(who: Sr25519Keyring) -> FixedBytes<32> {
	FixedBytes(who.to_account_id().into())
}

/// Applies a native extrinsic signed by `who` and requires it to succeed.
fn native(who: Sr25519Keyring, call: RuntimeCall) {
	let nonce = System::account_nonce(who.to_account_id());
	match Executive::apply_extrinsic(signed(&who.pair(), nonce, call)) {
		Ok(Ok(())) => {},
		other => panic!("native call not applied: {other:?}"),
	}
}

/// A signed Ethereum transaction from `from` calling `call` on `to`, required to succeed.
fn transact<C: SolCall + Clone>(from: &Account, to: H160, call: C) {
	if let Some(reason) = revert_reason(from, to, call.clone()) {
		panic!("{} reverts: {reason}", C::SIGNATURE);
	}
	apply_ok(eth_tx(from, Some(to), call.abi_encode(), U256::zero()));
}

/// What a call from `from` would return, as `eth_call` answers it.
fn call_as<C: SolCall>(from: &Account, to: H160, call: C) -> C::Return {
	let tx = pallet_revive::evm::GenericTransaction {
		from: Some(from.address()),
		to: Some(to),
		input: call.abi_encode().into(),
		..Default::default()
	};
	let info = common::eth::dry_run(tx).expect("the call succeeds");
	C::abi_decode_returns(&info.data).expect("decodes")
}

/// Links Hardhat key 3 to `who` as a wallet does: `personal_sign` over the registrar's message.
fn link(who: Sr25519Keyring) -> Account {
	native(who, link_call(&who.to_account_id(), hardhat_secret(3)));
	hardhat(3)
}

/// Alice General Hospital opens a relationship with Eve, Eve accepts and links an Ethereum
/// key; returns the relationship id and Eve's wallet.
fn eve_with_alice() -> (u64, Account) {
	native(
		Alice,
		RuntimeCall::Relationships(relationships::Call::open_relationship {
			patient: Eve.to_account_id(),
		}),
	);
	let id = relationships::PatientAndProviderToRelationship::<medrec_runtime::Runtime>::get(
		Eve.to_account_id(),
		Alice.to_account_id(),
	)
	.expect("opened");
	native(
		Eve,
		RuntimeCall::Relationships(relationships::Call::accept_relationship { relationship: id }),
	);
	(id, link(Eve))
}

fn medications() -> u16 {
	Categories::of(&[Category::Medications]).0
}

#[test]
fn the_precompiles_answer_at_their_fixed_addresses() {
	assert_eq!(format!("{:?}", registry()), "0x000000000000000000000000000000000d010000");
	assert_eq!(format!("{:?}", access()), "0x000000000000000000000000000000000d020000");
	preset_ext("development").execute_with(|| {
		// Nothing is deployed there, yet each answers its ABI.
		assert_eq!(view(registry(), R::openProposalCountCall {}), 0);
		let nobody = b32(Eve);
		assert!(view(access(), A::relationshipsOfCall { patient: nobody }).is_empty());
	});
}

#[test]
fn the_registry_reads_who_is_who() {
	preset_ext("development").execute_with(|| {
		let [hospital, clinic, pharmacy] = HARDHAT_ACCOUNTS.map(|a| SolAddress::from(a.0));
		assert_eq!(view(registry(), R::identityOfCall { eth: hospital }), b32(Alice));
		assert_eq!(view(registry(), R::identityOfCall { eth: clinic }), b32(Bob));
		assert_eq!(view(registry(), R::identityOfCall { eth: pharmacy }), b32(Dave));
		assert_eq!(view(registry(), R::identityOfCall { eth: SolAddress::ZERO }), FixedBytes::ZERO);
		assert_eq!(view(registry(), R::ethAddressOfCall { account: b32(Bob) }), clinic);
		assert_eq!(view(registry(), R::ethAddressOfCall { account: b32(Eve) }), SolAddress::ZERO);

		assert_eq!(view(registry(), R::roleOfCall { account: b32(Alice) }), 2, "provider");
		assert_eq!(view(registry(), R::roleOfCall { account: b32(Dave) }), 3, "pharmacy");
		assert_eq!(view(registry(), R::roleOfCall { account: b32(Eve) }), 0, "not registered");

		let profile = view(registry(), R::profileOfCall { account: b32(Alice) });
		assert_eq!(profile.name, "Alice General Hospital");
		assert!(profile.gatekeeper.starts_with("http://127.0.0.1:"), "{}", profile.gatekeeper);
		let none = view(registry(), R::profileOfCall { account: b32(Eve) });
		assert_eq!((none.name.as_str(), none.gatekeeper.as_str()), ("", ""));
		assert_eq!(
			view(registry(), R::accountByNameCall { name: "Bob Family Clinic".into() }),
			b32(Bob)
		);
		assert_eq!(
			view(registry(), R::accountByNameCall { name: "Nobody".into() }),
			FixedBytes::ZERO
		);
		assert!(!view(registry(), R::encryptionKeyOfCall { account: b32(Eve) }).published);

		// Alice validates; Bob is a provider that does not.
		assert!(view(registry(), R::isConsortiumMemberCall { account: b32(Alice) }));
		assert!(!view(registry(), R::isConsortiumMemberCall { account: b32(Bob) }));
		assert_eq!(view(registry(), R::consortiumMembersCall {}), vec![b32(Alice)]);
	});
}

#[test]
fn a_patient_grants_and_revokes_with_an_ethereum_key() {
	preset_ext("development").execute_with(|| {
		let (relationship, eve) = eve_with_alice();
		// Linking gave the key its gas credit: a wallet sees it can pay before it sends.
		assert_eq!(
			medrec_runtime::Balances::free_balance(fallback_account(&eve)),
			medrec_runtime::configs::evm::GAS_CREDIT
		);
		let decide = || {
			view(
				access(),
				A::decideCall {
					viewer: b32(Bob),
					patient: b32(Eve),
					provider: b32(Alice),
					category: Category::Medications as u8,
					purpose: Purpose::Treatment as u8,
				},
			)
		};
		let denied = decide();
		assert!(!denied.allowed);
		assert_eq!(denied.code, 4, "no grant");

		let grant = A::grantCall {
			patient: b32(Eve),
			viewer: b32(Bob),
			allRelationships: false,
			relationship,
			categories: medications(),
			purpose: Purpose::Treatment as u8,
			notBefore: 0,
			expires: 30 * DAY,
		};
		assert_eq!(call_as(&eve, access(), grant.clone()), 0, "the id the grant will get");
		transact(&eve, access(), grant);

		// The native pallet holds the grant, made by Eve's identity, not her Ethereum account.
		let grants = relationships::PatientToGrants::<medrec_runtime::Runtime>::get(
			Eve.to_account_id(),
		);
		assert_eq!(grants.len(), 1);
		assert_eq!(grants[0].granted_by, Eve.to_account_id());
		assert_eq!(grants[0].viewer, Viewer::Account(Bob.to_account_id()));
		assert_eq!(grants[0].scope, Scope::Relationship(relationship));
		// ...and the EVM log says so.
		let granted = System::events().into_iter().any(|r| {
			matches!(
				&r.event,
				medrec_runtime::RuntimeEvent::Revive(pallet_revive::Event::ContractEmitted { contract, topics, .. })
					if *contract == access() &&
						topics.first() == Some(&H256(<A::Granted as alloy_sol_types::SolEvent>::SIGNATURE_HASH.0))
			)
		});
		assert!(granted, "a Granted log from the access precompile");

		let allowed = decide();
		assert!(allowed.allowed);
		assert_eq!((allowed.code, allowed.grantId, allowed.expires), (2, 0, 30 * DAY));
		let listed = view(access(), A::grantsOfCall { patient: b32(Eve) });
		assert_eq!(listed.len(), 1);
		assert_eq!((listed[0].viewer, listed[0].categories), (b32(Bob), medications()));
		assert_eq!(listed[0].grantedBy, b32(Eve));

		transact(&eve, access(), A::revokeCall { patient: b32(Eve), grantId: 0 });
		let after = decide();
		assert!(!after.allowed);
		assert_eq!(after.code, 4, "no grant after the revocation");
	});
}

#[test]
fn writes_act_only_as_the_callers_linked_identity() {
	preset_ext("development").execute_with(|| {
		let (relationship, _eve) = eve_with_alice();
		let grant = A::grantCall {
			patient: b32(Eve),
			viewer: b32(Dave),
			allRelationships: false,
			relationship,
			categories: medications(),
			purpose: Purpose::Treatment as u8,
			notBefore: 0,
			expires: 30 * DAY,
		};
		// Bob's key is linked, to Bob, who is not Eve's controller: the pallet's own refusal.
		assert_eq!(
			revert_reason(&hardhat(1), access(), grant.clone()).as_deref(),
			Some("MedRec: NotAuthorized")
		);
		// An address linked to no one never acts as anyone.
		let stranger = Account::from_secret_key([7; 32]);
		assert_eq!(revert_reason(&stranger, access(), grant).as_deref(), Some(NOT_LINKED));
		assert!(relationships::PatientToGrants::<medrec_runtime::Runtime>::get(
			Eve.to_account_id()
		)
		.is_empty());
	});
}

#[test]
fn bad_arguments_revert_with_what_is_wrong() {
	preset_ext("development").execute_with(|| {
		let (relationship, eve) = eve_with_alice();
		let decide = |category, purpose| A::decideCall {
			viewer: b32(Bob),
			patient: b32(Eve),
			provider: b32(Alice),
			category,
			purpose,
		};
		assert_eq!(
			revert_reason(&eve, access(), decide(13, 0)).as_deref(),
			Some("MedRec: no category 13")
		);
		assert_eq!(
			revert_reason(&eve, access(), decide(0, 5)).as_deref(),
			Some("MedRec: no purpose 5")
		);
		let grant = |categories, expires| A::grantCall {
			patient: b32(Eve),
			viewer: b32(Bob),
			allRelationships: false,
			relationship,
			categories,
			purpose: 0,
			notBefore: 0,
			expires,
		};
		assert_eq!(
			revert_reason(&eve, access(), grant(0, DAY)).as_deref(),
			Some("MedRec: InvalidCategories")
		);
		assert_eq!(
			revert_reason(&eve, access(), grant(1 << 13, DAY)).as_deref(),
			Some("MedRec: InvalidCategories")
		);
		assert_eq!(
			revert_reason(&eve, access(), grant(medications(), 0)).as_deref(),
			Some("MedRec: Expired")
		);
		assert_eq!(
			revert_reason(&eve, access(), A::revokeCall { patient: b32(Eve), grantId: 9 })
				.as_deref(),
			Some("MedRec: NotFound")
		);
		// Calldata that matches no function of the interface.
		let garbage = eth_tx(&eve, Some(access()), vec![0xde, 0xad, 0xbe, 0xef, 1], U256::zero());
		let before = System::account_nonce(fallback_account(&eve));
		let _ = Executive::apply_extrinsic(garbage);
		assert!(relationships::PatientToGrants::<medrec_runtime::Runtime>::get(
			Eve.to_account_id()
		)
		.is_empty());
		assert_eq!(System::account_nonce(fallback_account(&eve)), before + 1, "included, reverted");
	});
}

/// The account an Ethereum signer's transactions come from (its address and twelve 0xEE).
fn fallback_account(wallet: &Account) -> AccountId32 {
	<medrec_runtime::Runtime as pallet_revive::Config>::AddressMapper::to_account_id(
		&wallet.address(),
	)
}

#[test]
fn viewer_groups_through_the_precompile() {
	preset_ext("development").execute_with(|| {
		let (_, eve) = eve_with_alice();
		let create = A::createGroupCall { patient: b32(Eve), members: vec![b32(Bob)] };
		assert_eq!(call_as(&eve, access(), create.clone()), 0);
		transact(&eve, access(), create);
		transact(
			&eve,
			access(),
			A::addGroupMemberCall { patient: b32(Eve), group: 0, member: b32(Dave) },
		);
		let groups = view(access(), A::groupsOfCall { patient: b32(Eve) });
		assert_eq!(groups.len(), 1);
		assert_eq!(groups[0].members, vec![b32(Bob), b32(Dave)]);

		let to_group = A::grantToGroupCall {
			patient: b32(Eve),
			group: 0,
			allRelationships: true,
			relationship: 0,
			categories: medications(),
			purpose: Purpose::Treatment as u8,
			notBefore: 0,
			expires: DAY,
		};
		transact(&eve, access(), to_group);
		let dave_reads = view(
			access(),
			A::decideCall {
				viewer: b32(Dave),
				patient: b32(Eve),
				provider: b32(Alice),
				category: Category::Medications as u8,
				purpose: Purpose::Treatment as u8,
			},
		);
		assert!(dave_reads.allowed, "a group member reads through the group's grant");
		assert_eq!(
			revert_reason(&eve, access(), A::removeGroupCall { patient: b32(Eve), group: 0 })
				.as_deref(),
			Some("MedRec: GroupInUse")
		);
		transact(
			&eve,
			access(),
			A::removeGroupMemberCall { patient: b32(Eve), group: 0, member: b32(Bob) },
		);
		transact(&eve, access(), A::revokeCall { patient: b32(Eve), grantId: 0 });
		transact(&eve, access(), A::removeGroupCall { patient: b32(Eve), group: 0 });
		assert!(view(access(), A::groupsOfCall { patient: b32(Eve) }).is_empty());
	});
}

#[test]
fn the_dead_man_switch_through_the_precompile() {
	preset_ext("development").execute_with(|| {
		let (_, eve) = eve_with_alice();
		let set = |timeout| A::setDeadManSwitchCall {
			timeout,
			beneficiaries: vec![b32(Bob)],
			categories: medications(),
		};
		assert_eq!(
			revert_reason(&eve, access(), set(DAY - 1)).as_deref(),
			Some("MedRec: TimeoutTooShort")
		);
		transact(&eve, access(), set(7 * DAY));
		let switch = view(access(), A::deadManSwitchOfCall { patient: b32(Eve) });
		assert!(switch.set && !switch.fired);
		assert_eq!((switch.timeout, switch.beneficiaries), (7 * DAY, vec![b32(Bob)]));
		transact(&eve, access(), A::checkInCall {});
		transact(&eve, access(), A::clearDeadManSwitchCall {});
		assert!(!view(access(), A::deadManSwitchOfCall { patient: b32(Eve) }).set);
		// Bob is a provider, not a patient: the pallet refuses him a switch.
		assert_eq!(
			revert_reason(&hardhat(1), access(), set(7 * DAY)).as_deref(),
			Some("MedRec: NotAPatient")
		);
	});
}

#[test]
fn relationships_and_their_sha256_pointers_read_as_bytes32() {
	preset_ext("development").execute_with(|| {
		let (relationship, _) = eve_with_alice();
		let digest = H256(sp_io::hashing::sha2_256(b"Eve's medication list"));
		native(
			Alice,
			RuntimeCall::Relationships(relationships::Call::set_pointer {
				relationship,
				record_set: 2,
				category: Category::Medications,
				digest,
			}),
		);
		let rels = view(access(), A::relationshipsOfCall { patient: b32(Eve) });
		assert_eq!(rels.len(), 1);
		assert_eq!(
			(rels[0].id, rels[0].provider, rels[0].active),
			(relationship, b32(Alice), true)
		);
		assert_eq!(rels[0].pointers.len(), 1);
		assert_eq!(rels[0].pointers[0].digest, FixedBytes(digest.0));
		assert_eq!(rels[0].pointers[0].category, Category::Medications as u8);
		let found = view(
			access(),
			A::pointerCall { patient: b32(Eve), provider: b32(Alice), recordSet: 2 },
		);
		assert!(found.found);
		assert_eq!(found.digest, FixedBytes(digest.0));
		let missing = view(
			access(),
			A::pointerCall { patient: b32(Eve), provider: b32(Alice), recordSet: 3 },
		);
		assert!(!missing.found);
		let between =
			view(access(), A::relationshipBetweenCall { patient: b32(Eve), provider: b32(Alice) });
		assert!(between.exists);
		assert_eq!(between.id, relationship);
	});
}

#[test]
fn a_precompile_grant_is_charged_at_least_the_native_weight() {
	preset_ext("development").execute_with(|| {
		let (relationship, eve) = eve_with_alice();
		let call = A::grantCall {
			patient: b32(Eve),
			viewer: b32(Bob),
			allRelationships: false,
			relationship,
			categories: medications(),
			purpose: 0,
			notBefore: 0,
			expires: DAY,
		};
		let tx = pallet_revive::evm::GenericTransaction {
			from: Some(eve.address()),
			to: Some(access()),
			input: call.abi_encode().into(),
			..Default::default()
		};
		let evm = common::eth::dry_run(tx).expect("runs");
		let native = RuntimeCall::Relationships(relationships::Call::grant {
			patient: Eve.to_account_id(),
			viewer: Viewer::Account(Bob.to_account_id()),
			scope: Scope::Relationship(relationship),
			categories: Categories(medications()),
			purpose: Purpose::Treatment,
			not_before: 0,
			expires: DAY,
		})
		.get_dispatch_info()
		.total_weight();
		assert!(
			evm.weight_required.all_gte(native),
			"the precompile charges the pallet's weight: {:?} vs {native:?}",
			evm.weight_required
		);
	});
}

//! Governance through the real runtime: a stranger's proposal to join gets through the pool
//! once and only while there is room, and an admitted provider's keys reach Aura and GRANDPA
//! at the second session rotation.

mod common;

use std::sync::Arc;

use codec::Encode;
use common::{preset_ext, remark, signed};
use medrec_primitives::{Registry, Role};
use medrec_runtime::{
	Consortium, Executive, Grandpa, Registrar, Runtime, RuntimeCall, RuntimeOrigin, Session,
	SessionKeys, System,
};
use pallet_medrec_consortium::{
	Call as ConsortiumCall, NOT_PROPOSER, PROPOSAL_OPEN, TOO_MANY_PROPOSALS,
};
use pallet_medrec_registrar::NOT_REGISTERED;
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{
	traits::Get,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
};

fn invalid(code: u8) -> TransactionValidityError {
	TransactionValidityError::Invalid(InvalidTransaction::Custom(code))
}

/// A candidate's `propose_join`, with session keys generated in the test's keystore.
fn propose_join(candidate: &sr25519::Pair, name: &str) -> (RuntimeCall, SessionKeys) {
	let account: medrec_runtime::AccountId = candidate.public().into();
	let generated = SessionKeys::generate(&account.encode(), None);
	let call = RuntimeCall::Consortium(ConsortiumCall::propose_join {
		name: name.as_bytes().to_vec(),
		gatekeeper: b"https://gatekeeper.clinic.example".to_vec(),
		keys: generated.keys.clone(),
		proof: generated.proof.encode(),
		evidence_url: b"https://registry.example/clinic.pdf".to_vec(),
		evidence_sha256: [9; 32],
	});
	(call, generated.keys)
}

/// Dave proposes to join with new keys; Alice and Bob, two of three, vote aye. Returns the keys
/// and Dave's signed proposal.
fn admit_dave() -> (SessionKeys, medrec_runtime::UncheckedExtrinsic) {
	let dave = Sr25519Keyring::Dave;
	let (call, keys) = propose_join(&dave.pair(), "Dave Health");
	let proposal = signed(&dave.pair(), 0, call);
	assert!(Executive::apply_extrinsic(proposal.clone()).expect("valid").is_ok());
	for voter in [Sr25519Keyring::Alice, Sr25519Keyring::Bob] {
		Consortium::vote(RuntimeOrigin::signed(voter.to_account_id()), 0, true)
			.expect("members vote");
	}
	(keys, proposal)
}

fn local_with_keystore() -> sp_io::TestExternalities {
	let mut ext = preset_ext("local_testnet");
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext
}

fn validate(xt: medrec_runtime::UncheckedExtrinsic) -> Result<(), TransactionValidityError> {
	Executive::validate_transaction(TransactionSource::External, xt, System::block_hash(0))
		.map(|_| ())
}

#[test]
fn a_stranger_may_propose_to_join_once_and_nothing_else() {
	local_with_keystore().execute_with(|| {
		let (candidate, _) = sr25519::Pair::generate();
		let (call, _) = propose_join(&candidate, "Eve Clinic");
		// Anything else from the stranger never reaches the pool.
		assert_eq!(validate(signed(&candidate, 0, remark())), Err(invalid(NOT_REGISTERED)));
		let xt = signed(&candidate, 0, call);
		assert_eq!(validate(xt.clone()), Ok(()));
		assert!(Executive::apply_extrinsic(xt.clone()).expect("valid").is_ok());
		assert_eq!(pallet_medrec_consortium::OpenProposals::<Runtime>::get().len(), 1);
		// A second proposal, or the same one again, is refused while the first is open.
		let (again, _) = propose_join(&candidate, "Eve Clinic");
		assert_eq!(validate(signed(&candidate, 1, again)), Err(invalid(PROPOSAL_OPEN)));
		assert_eq!(validate(xt.clone()), Err(invalid(PROPOSAL_OPEN)));
		// Still a stranger: its open call gave it no other way in.
		assert_eq!(validate(signed(&candidate, 1, remark())), Err(invalid(NOT_REGISTERED)));
		// It may withdraw its own proposal, and nobody else's.
		let rescind = |index| RuntimeCall::Consortium(ConsortiumCall::rescind { index });
		assert_eq!(validate(signed(&candidate, 1, rescind(5))), Err(invalid(NOT_PROPOSER)));
		assert!(Executive::apply_extrinsic(signed(&candidate, 1, rescind(0)))
			.expect("valid")
			.is_ok());
		// With the proposal gone, the old signed proposal cannot be replayed: its nonce is used.
		assert_eq!(validate(xt), Err(TransactionValidityError::Invalid(InvalidTransaction::Stale)));
	});
}

#[test]
fn strangers_cannot_open_more_proposals_than_the_bound() {
	local_with_keystore().execute_with(|| {
		let bound: u32 = <Runtime as pallet_medrec_consortium::Config>::MaxProposals::get();
		for i in 0..bound {
			let (candidate, _) = sr25519::Pair::generate();
			let (call, _) = propose_join(&candidate, &format!("Clinic {i}"));
			assert!(Executive::apply_extrinsic(signed(&candidate, 0, call))
				.expect("valid")
				.is_ok());
		}
		let (late, _) = sr25519::Pair::generate();
		let (call, _) = propose_join(&late, "One Too Many");
		let xt = signed(&late, 0, call);
		assert_eq!(validate(xt.clone()), Err(invalid(TOO_MANY_PROPOSALS)));
		// Nor can a block builder include it.
		assert_eq!(Executive::apply_extrinsic(xt), Err(invalid(TOO_MANY_PROPOSALS)));
	});
}

#[test]
fn an_admitted_provider_joins_aura_and_grandpa_at_the_second_rotation() {
	local_with_keystore().execute_with(|| {
		let dave = Sr25519Keyring::Dave;
		let (keys, _) = admit_dave();
		assert!(Consortium::is_member(&dave.to_account_id()));
		assert_eq!(Registrar::role(&dave.to_account_id()), Some(Role::Provider));
		// As a registered provider, Dave's transactions are now ordinary ones.
		assert_eq!(validate(signed(&dave.pair(), 1, remark())), Ok(()));

		let authorities = || pallet_aura::Authorities::<Runtime>::get().into_inner();
		assert!(!authorities().contains(&keys.aura));
		Session::rotate_session();
		assert!(!authorities().contains(&keys.aura), "queued, not yet active");
		Session::rotate_session();
		assert!(authorities().contains(&keys.aura));
		assert_eq!(authorities().len(), 4);
		let change = Grandpa::pending_change().expect("GRANDPA set change scheduled");
		assert!(change.next_authorities.iter().any(|(id, _)| id == &keys.grandpa));
	});
}

#[test]
fn a_removed_provider_leaves_the_validator_set() {
	local_with_keystore().execute_with(|| {
		let dave = Sr25519Keyring::Dave;
		let (keys, first_proposal) = admit_dave();
		Session::rotate_session();
		Session::rotate_session();
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));

		let alice = Sr25519Keyring::Alice.to_account_id();
		Consortium::propose_removal(RuntimeOrigin::signed(alice), dave.to_account_id())
			.expect("Alice proposes");
		for voter in [Sr25519Keyring::Bob, Sr25519Keyring::Charlie] {
			Consortium::vote(RuntimeOrigin::signed(voter.to_account_id()), 1, true)
				.expect("members vote");
		}
		assert!(!Consortium::is_member(&dave.to_account_id()));
		assert_eq!(Registrar::role(&dave.to_account_id()), None);
		// Its transactions are a stranger's again, and its old signed proposal to join stays
		// used: the account keeps its nonce.
		assert_eq!(validate(signed(&dave.pair(), 1, remark())), Err(invalid(NOT_REGISTERED)));
		assert_eq!(
			validate(first_proposal),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		Session::rotate_session();
		Session::rotate_session();
		assert!(!pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
	});
}

#[test]
fn no_single_provider_registers_members_any_more() {
	local_with_keystore().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let pharmacy = Sr25519Keyring::Ferdie.to_account_id();
		let register = || {
			RuntimeCall::Registrar(pallet_medrec_registrar::Call::register_member {
				who: pharmacy.clone(),
				role: Role::Organisation(medrec_primitives::OrganisationKind::Pharmacy),
				name: b"Ferdie Pharmacy".to_vec(),
				gatekeeper: None,
			})
		};
		assert!(Registrar::register_member(
			RuntimeOrigin::signed(alice.clone()),
			pharmacy.clone(),
			Role::Organisation(medrec_primitives::OrganisationKind::Pharmacy),
			b"Ferdie Pharmacy".to_vec(),
			None
		)
		.is_err());
		// By motion, with a majority, it is done.
		Consortium::propose_motion(RuntimeOrigin::signed(alice), Box::new(register()))
			.expect("registrar calls are motions");
		Consortium::vote(RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()), 0, true)
			.expect("Bob votes");
		assert!(matches!(Registrar::role(&pharmacy), Some(Role::Organisation(_))));
	});
}

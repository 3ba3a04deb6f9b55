//! Runtime upgrades through the real runtime: only the consortium's majority authorizes one,
//! never a single provider, an organisation, a patient or a motion; anyone may then submit the
//! authorized code, unsigned; and the compressed runtime fits one block.

mod common;

use common::{preset_ext, signed};
use frame_support::dispatch::DispatchClass;
use medrec_primitives::{Registry, Role};
use medrec_runtime::{
	configs::RuntimeBlockLength, Executive, Registrar, Runtime, RuntimeCall, System,
	UncheckedExtrinsic, VERSION, WASM_BINARY,
};
use pallet_medrec_consortium::{Call as ConsortiumCall, Error as ConsortiumError};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError,
};

fn code() -> Vec<u8> {
	WASM_BINARY.expect("built with the wasm runtime").to_vec()
}

fn propose(code_hash: H256) -> RuntimeCall {
	RuntimeCall::Consortium(ConsortiumCall::propose_upgrade {
		code_hash,
		spec_name: b"medrec".to_vec(),
		spec_version: VERSION.spec_version + 1,
	})
}

/// Applies `call` signed by `who` and returns its dispatch result.
fn dispatch(who: &sr25519::Pair, call: RuntimeCall) -> Result<(), DispatchError> {
	let nonce = System::account_nonce(sp_core::crypto::AccountId32::from(who.public()));
	Executive::apply_extrinsic(signed(who, nonce, call)).expect("valid")
}

/// The code hash `frame_system` is authorized to take (its storage is private: read raw).
fn authorized() -> Option<H256> {
	let key = frame_support::storage::storage_prefix(b"System", b"AuthorizedUpgrade");
	frame_support::storage::unhashed::get::<(H256, bool)>(&key).map(|(hash, _)| hash)
}

fn bare(call: RuntimeCall) -> UncheckedExtrinsic {
	sp_runtime::generic::UncheckedExtrinsic::new_bare(call).into()
}

#[test]
fn the_compressed_runtime_fits_one_block() {
	let code = code();
	// `apply_authorized_upgrade` is an operational call: the whole block length is its.
	let block = *RuntimeBlockLength::get().max.get(DispatchClass::Operational);
	// The proposer's own limit (sc-basic-authorship's default, which the node keeps).
	let proposer = 4 * 1024 * 1024 + 512;
	let extrinsic = codec::Encode::encoded_size(&bare(RuntimeCall::System(
		frame_system::Call::apply_authorized_upgrade { code: code.clone() },
	)));
	println!(
		"runtime: {} bytes compressed; its extrinsic {} bytes; block length {block}, proposer \
		 limit {proposer}",
		code.len(),
		extrinsic
	);
	assert!(extrinsic < block as usize && extrinsic < proposer, "the upgrade cannot be included");
}

#[test]
fn two_of_three_providers_authorize_and_anyone_submits() {
	preset_ext("local_testnet").execute_with(|| {
		let hash = BlakeTwo256::hash(&code());
		dispatch(&Sr25519Keyring::Alice.pair(), propose(hash)).expect("a member proposes");
		assert_eq!(authorized(), None, "one of three is not a majority");
		let vote = RuntimeCall::Consortium(ConsortiumCall::vote { index: 0, aye: true });
		dispatch(&Sr25519Keyring::Bob.pair(), vote).expect("a member votes");
		assert_eq!(authorized(), Some(hash));

		// The authorized code is valid unsigned, from anyone; other code is not.
		let validate = |call| {
			Executive::validate_transaction(
				TransactionSource::External,
				bare(call),
				System::block_hash(0),
			)
			.map(|_| ())
		};
		let apply =
			|code| RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code });
		assert_eq!(validate(apply(code())), Ok(()));
		let mut other = code();
		other.push(0);
		assert_eq!(
			validate(apply(other)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
	});
}

#[test]
fn no_provider_organisation_or_patient_upgrades_alone() {
	preset_ext("development").execute_with(|| {
		let hash = BlakeTwo256::hash(&code());
		// Bob Family Clinic is a provider but not a member; Dave Pharmacy an organisation; Eve
		// a patient once registered.
		let eve = Sr25519Keyring::Eve;
		let onboard =
			RuntimeCall::Relationships(pallet_medrec_relationships::Call::open_relationship {
				patient: eve.to_account_id(),
			});
		dispatch(&Sr25519Keyring::Alice.pair(), onboard).expect("a provider onboards Eve");
		assert_eq!(Registrar::role(&eve.to_account_id()), Some(Role::Patient));
		for who in [Sr25519Keyring::Bob, Sr25519Keyring::Dave, eve] {
			assert_eq!(
				dispatch(&who.pair(), propose(hash)),
				Err(ConsortiumError::<Runtime>::NotAuthorized.into()),
				"{who:?}"
			);
		}
		// frame_system's own upgrade calls need root, which no account is and this chain has
		// not got.
		let alice = Sr25519Keyring::Alice.pair();
		for call in [
			frame_system::Call::authorize_upgrade { code_hash: hash },
			frame_system::Call::authorize_upgrade_without_checks { code_hash: hash },
			frame_system::Call::set_code { code: code() },
		] {
			assert_eq!(dispatch(&alice, RuntimeCall::System(call)), Err(DispatchError::BadOrigin));
		}
		// A motion cannot carry them.
		let motion = RuntimeCall::Consortium(ConsortiumCall::propose_motion {
			call: Box::new(RuntimeCall::System(frame_system::Call::authorize_upgrade {
				code_hash: hash,
			})),
		});
		assert_eq!(
			dispatch(&alice, motion),
			Err(ConsortiumError::<Runtime>::CallNotAllowed.into())
		);
		assert_eq!(authorized(), None);
	});
}

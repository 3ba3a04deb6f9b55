//! Unit tests: every call, every error path, the transaction extension, and the original's
//! flaws 6 and 7 as they apply to a registry.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, GetDispatchInfo},
};
use medrec_primitives::{OrganisationKind, Registry, Role};
use sp_core::H160;
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError, DispatchResult,
};

use crate::{mock::*, *};

fn register_provider(n: u8, name: &[u8]) -> DispatchResult {
	Registrar::register_member(
		RuntimeOrigin::root(),
		account(n),
		Role::Provider,
		name.to_vec(),
		Some(b"https://gk.example".to_vec()),
	)
}

mod register_member {
	use super::*;

	#[test]
	fn admits_providers_and_organisations() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(register_provider(HOSPITAL, b"General"));
			System::assert_last_event(
				Event::MemberRegistered {
					who: account(HOSPITAL),
					role: Role::Provider,
					name: b"General".to_vec().try_into().unwrap(),
				}
				.into(),
			);
			assert_ok!(Registrar::register_member(
				RuntimeOrigin::root(),
				account(PHARMACY),
				Role::Organisation(OrganisationKind::Pharmacy),
				b"Pharmacy".to_vec(),
				None,
			));
			assert_eq!(Registrar::role(&account(HOSPITAL)), Some(Role::Provider));
			assert_eq!(
				Registrar::role(&account(PHARMACY)),
				Some(Role::Organisation(OrganisationKind::Pharmacy))
			);
			assert_eq!(
				NameToAccount::<Test>::get(NameOf::<Test>::try_from(b"General".to_vec()).unwrap()),
				Some(account(HOSPITAL))
			);
			assert_eq!(
				Registrar::gatekeeper(&account(HOSPITAL)).unwrap().to_vec(),
				b"https://gk.example"
			);
			// Registration makes the account exist, so that it can sign without a balance.
			assert!(System::account_exists(&account(HOSPITAL)));
		});
	}

	#[test]
	fn only_the_consortium_admits() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			// Not even an existing provider on its own.
			assert_noop!(
				Registrar::register_member(
					RuntimeOrigin::signed(account(HOSPITAL)),
					account(STRANGER),
					Role::Provider,
					b"Rogue".to_vec(),
					Some(b"https://rogue.example".to_vec()),
				),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn refuses_bad_profiles() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let root = RuntimeOrigin::root;
			let who = account(STRANGER);
			let reg = |role, name: &[u8], url: Option<&[u8]>| {
				Registrar::register_member(
					root(),
					who.clone(),
					role,
					name.to_vec(),
					url.map(|u| u.to_vec()),
				)
			};
			let url = Some(&b"https://ok.example"[..]);
			assert_noop!(reg(Role::Patient, b"P", url), Error::<Test>::NotAMember);
			assert_noop!(reg(Role::Provider, b"", url), Error::<Test>::EmptyName);
			assert_noop!(reg(Role::Provider, &[b'x'; 17], url), Error::<Test>::NameTooLong);
			assert_noop!(reg(Role::Provider, b"New", None), Error::<Test>::GatekeeperRequired);
			assert_noop!(reg(Role::Provider, b"New", Some(b"ftp://x")), Error::<Test>::InvalidUrl);
			assert_noop!(
				reg(Role::Provider, b"New", Some(&[b'h'; 33][..])),
				Error::<Test>::InvalidUrl
			);
			assert_noop!(
				reg(Role::Provider, b"New", Some(b"https://a-very-long-host.example/x")),
				Error::<Test>::UrlTooLong
			);
			assert_noop!(reg(Role::Provider, b"General", url), Error::<Test>::NameTaken);
		});
	}

	#[test]
	fn refuses_an_account_that_holds_a_role() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_noop!(register_provider(HOSPITAL, b"Other"), Error::<Test>::AlreadyExists);
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			// Flaw 7: nobody takes over an existing identity by registering over it.
			assert_noop!(register_provider(PATIENT, b"Other"), Error::<Test>::AlreadyExists);
		});
	}
}

mod update_profile {
	use super::*;

	#[test]
	fn the_member_itself_or_the_consortium_may_change_it() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_ok!(Registrar::update_profile(
				RuntimeOrigin::signed(account(HOSPITAL)),
				account(HOSPITAL),
				Some(b"General 2".to_vec()),
				None,
			));
			let profile = AccountToProfile::<Test>::get(account(HOSPITAL)).unwrap();
			assert_eq!(profile.name.to_vec(), b"General 2");
			assert_eq!(profile.gatekeeper.unwrap().to_vec(), b"https://general.example");
			// The old name is free again, the new one taken.
			assert!(!NameToAccount::<Test>::contains_key(
				NameOf::<Test>::try_from(b"General".to_vec()).unwrap()
			));
			assert_ok!(Registrar::update_profile(
				RuntimeOrigin::root(),
				account(HOSPITAL),
				None,
				Some(b"https://new.example".to_vec()),
			));
			System::assert_last_event(
				Event::ProfileUpdated {
					who: account(HOSPITAL),
					name: b"General 2".to_vec().try_into().unwrap(),
					gatekeeper: Some(b"https://new.example".to_vec().try_into().unwrap()),
				}
				.into(),
			);
		});
	}

	#[test]
	fn nobody_else_may_change_it() {
		// Flaw 7: the original let anyone set a provider's name and address.
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_noop!(
				Registrar::update_profile(
					RuntimeOrigin::signed(account(CLINIC)),
					account(HOSPITAL),
					None,
					Some(b"https://evil.example".to_vec()),
				),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn refuses_unknown_accounts_patients_and_taken_names() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_noop!(
				Registrar::update_profile(RuntimeOrigin::root(), account(STRANGER), None, None),
				Error::<Test>::NotFound
			);
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			assert_noop!(
				Registrar::update_profile(
					RuntimeOrigin::signed(account(PATIENT)),
					account(PATIENT),
					Some(b"Me".to_vec()),
					None
				),
				Error::<Test>::NotAMember
			);
			assert_noop!(
				Registrar::update_profile(
					RuntimeOrigin::root(),
					account(HOSPITAL),
					Some(b"Clinic".to_vec()),
					None
				),
				Error::<Test>::NameTaken
			);
			assert_noop!(
				Registrar::update_profile(
					RuntimeOrigin::root(),
					account(HOSPITAL),
					None,
					Some(b"gopher://x".to_vec())
				),
				Error::<Test>::InvalidUrl
			);
		});
	}
}

mod deregister_member {
	use super::*;

	#[test]
	fn removes_the_member_and_frees_its_name_and_address() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let address = link_hospital_address();
			assert_ok!(Registrar::deregister_member(RuntimeOrigin::root(), account(HOSPITAL)));
			System::assert_last_event(Event::MemberDeregistered { who: account(HOSPITAL) }.into());
			assert_eq!(Registrar::role(&account(HOSPITAL)), None);
			assert!(EthAddressToAccount::<Test>::get(address).is_none());
			assert_ok!(register_provider(CLINIC + 10, b"General"));
		});
	}

	#[test]
	fn a_departed_member_keeps_its_nonce_and_one_reference_when_it_returns() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			frame_system::Pallet::<Test>::inc_account_nonce(account(HOSPITAL));
			assert_ok!(Registrar::deregister_member(RuntimeOrigin::root(), account(HOSPITAL)));
			// Not reaped: a reaped account's nonce would restart at zero, replaying old
			// signed transactions.
			assert_eq!(System::account_nonce(account(HOSPITAL)), 1);
			assert_ok!(register_provider(HOSPITAL, b"General again"));
			assert_eq!(System::providers(&account(HOSPITAL)), 1);
		});
	}

	#[test]
	fn refuses_strangers_patients_and_non_consortium_origins() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_noop!(
				Registrar::deregister_member(
					RuntimeOrigin::signed(account(CLINIC)),
					account(HOSPITAL)
				),
				DispatchError::BadOrigin
			);
			// Flaw 7: removing someone absent must not remove someone else.
			assert_noop!(
				Registrar::deregister_member(RuntimeOrigin::root(), account(STRANGER)),
				Error::<Test>::NotFound
			);
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			assert_noop!(
				Registrar::deregister_member(RuntimeOrigin::root(), account(PATIENT)),
				Error::<Test>::NotAMember
			);
		});
	}
}

mod encryption_key {
	use super::*;

	#[test]
	fn any_identity_publishes_and_replaces_its_key() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			for key in [[1u8; 32], [2u8; 32]] {
				assert_ok!(Registrar::set_encryption_key(
					RuntimeOrigin::signed(account(PATIENT)),
					key
				));
				System::assert_last_event(
					Event::EncryptionKeySet { who: account(PATIENT), key }.into(),
				);
				assert_eq!(
					AccountToIdentity::<Test>::get(account(PATIENT)).unwrap().encryption_key,
					Some(key)
				);
			}
		});
	}

	#[test]
	fn strangers_have_no_identity_to_key() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registrar::set_encryption_key(RuntimeOrigin::signed(account(STRANGER)), [1; 32]),
				Error::<Test>::NotFound
			);
		});
	}
}

/// An Ethereum key from `seed`: its address and a `personal_sign` signature of the link
/// message for `who` on the test chain. Signed with k256 (RustCrypto), independently of the
/// pallet's own recovery through `sp_io`.
fn eth_proof(seed: u8, who: &AccountId32) -> (H160, [u8; 65]) {
	eth_proof_for(seed, &who.encode(), Registrar::genesis_hash().as_ref())
}

fn eth_proof_for(seed: u8, account: &[u8], genesis: &[u8]) -> (H160, [u8; 65]) {
	let key = k256::ecdsa::SigningKey::from_slice(&[seed; 32]).unwrap();
	let public = key.verifying_key().to_encoded_point(false);
	let address = H160::from_slice(&sp_io::hashing::keccak_256(&public.as_bytes()[1..])[12..]);
	let message = link_message(account, genesis);
	let mut prefixed = format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend_from_slice(&message);
	let digest = sp_io::hashing::keccak_256(&prefixed);
	let (sig, recovery) = key.sign_prehash_recoverable(&digest).unwrap();
	let mut signature = [0u8; 65];
	signature[..64].copy_from_slice(&sig.to_bytes());
	signature[64] = recovery.to_byte() + 27;
	(address, signature)
}

use sp_runtime::AccountId32;

/// Links the Ethereum address of key 7 to the hospital, as its own proof allows.
fn link_hospital_address() -> H160 {
	let (address, signature) = eth_proof(7, &account(HOSPITAL));
	assert_ok!(Registrar::link_eth_address(
		RuntimeOrigin::signed(account(HOSPITAL)),
		address,
		signature
	));
	address
}

mod eth_address {
	use super::*;

	#[test]
	fn links_with_a_valid_proof_and_looks_up_both_ways() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let address = link_hospital_address();
			System::assert_last_event(
				Event::EthAddressLinked { who: account(HOSPITAL), address }.into(),
			);
			assert_eq!(EthAddressToAccount::<Test>::get(address), Some(account(HOSPITAL)));
			assert_eq!(AccountToEthAddress::<Test>::get(account(HOSPITAL)), Some(address));
		});
	}

	#[test]
	fn v_may_be_0_or_1_too() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let (address, mut signature) = eth_proof(7, &account(HOSPITAL));
			signature[64] -= 27;
			assert_ok!(Registrar::link_eth_address(
				RuntimeOrigin::signed(account(HOSPITAL)),
				address,
				signature
			));
		});
	}

	#[test]
	fn nobody_claims_an_address_they_cannot_sign_for() {
		// Flaw 6: in the original anyone could claim any contract address.
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let hospital = RuntimeOrigin::signed(account(HOSPITAL));
			let (address, signature) = eth_proof(7, &account(HOSPITAL));
			let (other, _) = eth_proof(8, &account(HOSPITAL));
			assert_noop!(
				Registrar::link_eth_address(hospital.clone(), other, signature),
				Error::<Test>::BadSignature
			);
			// A proof made for one account does not link the address to another.
			assert_noop!(
				Registrar::link_eth_address(
					RuntimeOrigin::signed(account(CLINIC)),
					address,
					signature
				),
				Error::<Test>::BadSignature
			);
			// Nor does a proof made for another chain.
			let (address, foreign) = eth_proof_for(7, &account(HOSPITAL).encode(), &[1u8; 32]);
			assert_noop!(
				Registrar::link_eth_address(hospital.clone(), address, foreign),
				Error::<Test>::BadSignature
			);
			let mut bad_v = signature;
			bad_v[64] = 29;
			assert_noop!(
				Registrar::link_eth_address(hospital.clone(), address, bad_v),
				Error::<Test>::BadSignature
			);
			assert_noop!(
				Registrar::link_eth_address(hospital, address, [0u8; 65]),
				Error::<Test>::BadSignature
			);
		});
	}

	#[test]
	fn one_address_per_account_and_account_per_address() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			link_hospital_address();
			let (second, second_sig) = eth_proof(8, &account(HOSPITAL));
			assert_noop!(
				Registrar::link_eth_address(
					RuntimeOrigin::signed(account(HOSPITAL)),
					second,
					second_sig
				),
				Error::<Test>::EthAddressAlreadyLinked
			);
			let (same, clinic_sig) = eth_proof(7, &account(CLINIC));
			assert_noop!(
				Registrar::link_eth_address(
					RuntimeOrigin::signed(account(CLINIC)),
					same,
					clinic_sig
				),
				Error::<Test>::EthAddressTaken
			);
		});
	}

	#[test]
	fn strangers_cannot_link_and_unlink_needs_a_link() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let (address, signature) = eth_proof(7, &account(STRANGER));
			assert_noop!(
				Registrar::link_eth_address(
					RuntimeOrigin::signed(account(STRANGER)),
					address,
					signature
				),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Registrar::unlink_eth_address(RuntimeOrigin::signed(account(HOSPITAL))),
				Error::<Test>::NotFound
			);
		});
	}

	#[test]
	fn unlink_frees_the_address() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let address = link_hospital_address();
			assert_ok!(Registrar::unlink_eth_address(RuntimeOrigin::signed(account(HOSPITAL))));
			System::assert_last_event(
				Event::EthAddressUnlinked { who: account(HOSPITAL), address }.into(),
			);
			assert!(EthAddressToAccount::<Test>::get(address).is_none());
			assert!(AccountToEthAddress::<Test>::get(account(HOSPITAL)).is_none());
		});
	}
}

mod patients {
	use super::*;

	#[test]
	fn ensure_patient_registers_once() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			System::assert_last_event(Event::PatientRegistered { who: account(PATIENT) }.into());
			let events = System::events().len();
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			assert_eq!(System::events().len(), events, "registered twice");
			assert_eq!(Registrar::role(&account(PATIENT)), Some(Role::Patient));
			assert!(System::account_exists(&account(PATIENT)));
		});
	}

	#[test]
	fn a_provider_is_not_a_patient() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_noop!(Registrar::ensure_patient(&account(HOSPITAL)), Error::<Test>::NotAPatient);
		});
	}
}

mod check_member {
	use super::*;

	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
	}

	fn validate(who: u8, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		validate_as(account(who), call)
	}

	fn validate_as(who: AccountId32, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		CheckMember::<Test>::new()
			.validate_only(
				RuntimeOrigin::signed(who),
				call,
				&call.get_dispatch_info(),
				0,
				TransactionSource::External,
				0,
			)
			.map(|_| ())
	}

	/// Validates and then applies `call` from `who`, as block execution does.
	fn include(who: u8, call: RuntimeCall) -> Result<(), TransactionValidityError> {
		include_as(account(who), call)
	}

	fn include_as(who: AccountId32, call: RuntimeCall) -> Result<(), TransactionValidityError> {
		let info: DispatchInfo = call.get_dispatch_info();
		CheckMember::<Test>::new()
			.dispatch_transaction(RuntimeOrigin::signed(who), call, &info, 0, 0)
			.map(|_| ())
	}

	const REFUSED: TransactionValidityError =
		TransactionValidityError::Invalid(InvalidTransaction::Custom(NOT_REGISTERED));
	const LIMITED: TransactionValidityError =
		TransactionValidityError::Invalid(InvalidTransaction::Custom(RATE_LIMITED));

	#[test]
	fn strangers_are_refused_except_for_open_calls() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_eq!(validate(STRANGER, &remark()), Err(REFUSED));
			assert_eq!(include(STRANGER, remark()), Err(REFUSED));
			let open =
				RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![] });
			assert_eq!(validate(STRANGER, &open), Ok(()));
			// The runtime may refuse an open call, with its own reason.
			let refused =
				RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1] });
			assert_eq!(
				validate(STRANGER, &refused),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
					OPEN_CALL_REFUSED
				)))
			);
			// Strangers' open calls are not counted: they have no activity entry to grow.
			assert_eq!(include(STRANGER, open), Ok(()));
			assert!(AccountToActivity::<Test>::get(account(STRANGER)).is_none());
		});
	}

	#[test]
	fn unsigned_and_root_pass_through() {
		ExtBuilder::default().build_and_execute(|| {
			let call = remark();
			for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
				// Called directly: `validate_only` itself refuses origins no extension authorized.
				let verdict = CheckMember::<Test>::new().validate(
					origin,
					&call,
					&call.get_dispatch_info(),
					0,
					(),
					&TxBaseImplication(()),
					TransactionSource::External,
				);
				assert!(verdict.is_ok(), "{:?}", verdict.map(|_| ()));
			}
		});
	}

	#[test]
	fn members_are_rate_limited_per_window() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			assert_ok!(Registrar::ensure_patient(&account(PATIENT)));
			// Patients: 2 per 10-block window.
			assert_eq!(include(PATIENT, remark()), Ok(()));
			assert_eq!(include(PATIENT, remark()), Ok(()));
			assert_eq!(validate(PATIENT, &remark()), Err(LIMITED));
			assert_eq!(include(PATIENT, remark()), Err(LIMITED));
			// Providers: 5.
			for _ in 0..5 {
				assert_eq!(include(HOSPITAL, remark()), Ok(()));
			}
			assert_eq!(include(HOSPITAL, remark()), Err(LIMITED));
			// The next window starts afresh.
			System::set_block_number(10);
			assert_eq!(include(PATIENT, remark()), Ok(()));
			assert_eq!(include(HOSPITAL, remark()), Ok(()));
			assert_eq!(AccountToActivity::<Test>::get(account(PATIENT)), Some((1, 1)));
		});
	}

	#[test]
	fn ethereum_signers_count_as_their_linked_identity() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let signer = crate::mock::eth_account(link_hospital_address());
			// Linked: admitted, and counted in the hospital's own window (5 per window), so
			// native and Ethereum transactions share one budget.
			for _ in 0..3 {
				assert_eq!(include_as(signer.clone(), remark()), Ok(()));
			}
			for _ in 0..2 {
				assert_eq!(include(HOSPITAL, remark()), Ok(()));
			}
			assert_eq!(include_as(signer.clone(), remark()), Err(LIMITED));
			assert_eq!(include(HOSPITAL, remark()), Err(LIMITED));
			let window = System::block_number() / 10;
			assert_eq!(AccountToActivity::<Test>::get(account(HOSPITAL)), Some((window, 5)));
			assert!(AccountToActivity::<Test>::get(&signer).is_none());
			// Unlinked, the key is a stranger, without even the candidates' open calls.
			assert_ok!(Registrar::unlink_eth_address(RuntimeOrigin::signed(account(HOSPITAL))));
			let open =
				RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![] });
			assert_eq!(validate(STRANGER, &open), Ok(()));
			assert_eq!(validate_as(signer.clone(), &open), Err(REFUSED));
			System::set_block_number(10);
			assert_eq!(validate_as(signer, &remark()), Err(REFUSED));
		});
	}

	#[test]
	fn validation_alone_counts_nothing() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			for _ in 0..10 {
				assert_eq!(validate(HOSPITAL, &remark()), Ok(()));
			}
			assert!(AccountToActivity::<Test>::get(account(HOSPITAL)).is_none());
		});
	}
}

mod check_nonce {
	use super::*;

	fn open_call() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![] })
	}

	fn validate(who: u8, nonce: u32, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		CheckNonce::<Test>::from(nonce)
			.validate_only(
				RuntimeOrigin::signed(account(who)),
				call,
				&call.get_dispatch_info(),
				0,
				TransactionSource::External,
				0,
			)
			.map(|_| ())
	}

	fn include(who: u8, nonce: u32, call: RuntimeCall) -> Result<(), TransactionValidityError> {
		let info: DispatchInfo = call.get_dispatch_info();
		CheckNonce::<Test>::from(nonce)
			.dispatch_transaction(RuntimeOrigin::signed(account(who)), call, &info, 0, 0)
			.map(|_| ())
	}

	const NO_ACCOUNT: TransactionValidityError =
		TransactionValidityError::Invalid(InvalidTransaction::Payment);
	const STALE: TransactionValidityError =
		TransactionValidityError::Invalid(InvalidTransaction::Stale);

	#[test]
	fn a_stranger_makes_its_open_call_once() {
		ExtBuilder::default().build_and_execute(|| {
			// frame_system alone refuses an account that does not exist.
			let plain = frame_system::CheckNonce::<Test>::from(0).validate_only(
				RuntimeOrigin::signed(account(STRANGER)),
				&open_call(),
				&open_call().get_dispatch_info(),
				0,
				TransactionSource::External,
				0,
			);
			assert_eq!(plain.map(|_| ()), Err(NO_ACCOUNT));
			assert_eq!(validate(STRANGER, 0, &open_call()), Ok(()));
			assert_eq!(include(STRANGER, 0, open_call()), Ok(()));
			// The nonce is kept: the same signed transaction cannot be replayed.
			assert_eq!(frame_system::Pallet::<Test>::account_nonce(account(STRANGER)), 1);
			assert_eq!(validate(STRANGER, 0, &open_call()), Err(STALE));
			assert_eq!(include(STRANGER, 0, open_call()), Err(STALE));
		});
	}

	#[test]
	fn strangers_other_calls_and_refused_open_calls_get_no_nonce() {
		ExtBuilder::default().build_and_execute(|| {
			let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
			assert_eq!(validate(STRANGER, 0, &remark), Err(NO_ACCOUNT));
		});
	}

	#[test]
	fn members_nonces_work_as_frame_systems() {
		ExtBuilder::default().with_providers().build_and_execute(|| {
			let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
			assert_eq!(include(HOSPITAL, 0, remark.clone()), Ok(()));
			assert_eq!(validate(HOSPITAL, 0, &remark), Err(STALE));
			assert_eq!(validate(HOSPITAL, 1, &remark), Ok(()));
			// A future nonce waits in the pool for the one before it.
			assert_eq!(validate(HOSPITAL, 5, &remark), Ok(()));
			assert_eq!(
				include(HOSPITAL, 5, remark),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Future))
			);
		});
	}
}

//! Fee-less but not spammable: strangers never reach the pool, members are rate-limited, and
//! however many transactions a member pushes, a block carries no more than its limit.

mod common;

use common::{preset_ext, remark, signed};
use medrec_runtime::{Executive, Relationships, Runtime, RuntimeCall, RuntimeOrigin, System};
use pallet_medrec_registrar::{NOT_REGISTERED, RATE_LIMITED};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::Get,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
};

fn invalid(code: u8) -> TransactionValidityError {
	TransactionValidityError::Invalid(InvalidTransaction::Custom(code))
}

#[test]
fn a_strangers_transaction_is_invalid() {
	preset_ext("development").execute_with(|| {
		let (stranger, _) = sr25519::Pair::generate();
		let xt = signed(&stranger, 0, remark());
		let verdict = Executive::validate_transaction(
			TransactionSource::External,
			xt.clone(),
			System::block_hash(0),
		);
		assert_eq!(verdict, Err(invalid(NOT_REGISTERED)));
		// Nor can it be forced into a block.
		assert_eq!(Executive::apply_extrinsic(xt), Err(invalid(NOT_REGISTERED)));
	});
}

#[test]
fn a_registered_account_is_valid() {
	preset_ext("development").execute_with(|| {
		let xt = signed(&Sr25519Keyring::Alice.pair(), 0, remark());
		assert!(Executive::validate_transaction(
			TransactionSource::External,
			xt,
			System::block_hash(0)
		)
		.is_ok());
	});
}

#[test]
fn a_block_carries_no_more_of_a_members_transactions_than_the_limit() {
	preset_ext("development").execute_with(|| {
		// A patient, onboarded by Alice's hospital.
		let (patient, _) = sr25519::Pair::generate();
		let who: medrec_runtime::AccountId = patient.public().into();
		Relationships::open_relationship(
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			who,
		)
		.expect("Alice is a provider");
		let limit: u32 = <Runtime as pallet_medrec_registrar::Config>::MemberTxPerWindow::get();
		let mut included = 0;
		let mut refused = 0;
		for nonce in 0..limit + 10 {
			match Executive::apply_extrinsic(signed(&patient, nonce, remark())) {
				Ok(outcome) => {
					assert!(outcome.is_ok());
					included += 1;
				},
				Err(e) => {
					assert_eq!(e, invalid(RATE_LIMITED));
					refused += 1;
				},
			}
		}
		assert_eq!((included, refused), (limit, 10));
		// The pool sees the same verdict for the next one.
		let next = signed(&patient, limit, remark());
		assert_eq!(
			Executive::validate_transaction(
				TransactionSource::External,
				next,
				System::block_hash(0)
			),
			Err(invalid(RATE_LIMITED))
		);
	});
}

#[test]
fn coin_calls_stay_unreachable_even_for_members() {
	preset_ext("development").execute_with(|| {
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		let outcome =
			Executive::apply_extrinsic(signed(&Sr25519Keyring::Alice.pair(), 0, transfer))
				.expect("valid transaction");
		assert_eq!(outcome, Err(frame_system::Error::<Runtime>::CallFiltered.into()));
	});
}

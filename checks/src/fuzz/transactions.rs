//! Target `transactions`: arbitrary bytes through the transaction pool's validation and then
//! block application, with every transaction extension (`CheckMember`, `CheckNonce`, the
//! EVM's `CheckEvm`, `ChargeEthGas` and `SetOrigin`, frame_system's).
//!
//! The first byte picks how the rest is read:
//! - even: the rest is an encoded extrinsic, as a peer would gossip it (signed, bare or an Ethereum
//!   transaction);
//! - odd: `[who][nonce offset][a SCALE-encoded RuntimeCall]`, signed properly by that person with
//!   their nonce plus the offset, so that inputs get past the signature check and reach the
//!   extensions and the call.
//!
//! What the pool accepts is then applied in the next block, as an author would. Properties:
//! - validation and application never panic;
//! - nothing from a stranger (an account the registrar does not know, including an unlinked
//!   Ethereum key) enters the pool or a block, except a call open to strangers that the chain lets
//!   that stranger make.

use codec::DecodeLimit;
use frame_support::storage::{with_transaction, TransactionOutcome};
use medrec_primitives::OpenCalls;
use medrec_runtime::{AccountId, Executive, Runtime, RuntimeCall, System, UncheckedExtrinsic};
use sp_runtime::{
	generic::ExtrinsicFormat, traits::Checkable, transaction_validity::TransactionSource,
	DispatchError,
};

use super::{populated, Input, Tally};
use crate::chain::{self, Kind};

const MAX_DECODE_DEPTH: u32 = 256;

/// Runs one input. Panics if a property breaks.
pub fn run(data: &[u8]) -> Tally {
	let mut input = Input(data);
	let Some(mode) = input.byte() else { return Tally::default() };
	let mut ext = populated();
	ext.execute_with(|| {
		let xt = if mode % 2 == 0 {
			match UncheckedExtrinsic::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut input.0) {
				Ok(xt) => xt,
				Err(_) => return Tally::default(),
			}
		} else {
			let people = chain::people();
			let (Some(who), Some(offset)) = (input.byte(), input.byte()) else {
				return Tally::default();
			};
			let Ok(call) = RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut input.0)
			else {
				return Tally::default();
			};
			let (_, pair) = &people[usize::from(who) % people.len()];
			let nonce = System::account_nonce(chain::account(pair)).wrapping_add(offset.into());
			chain::signed(pair, nonce, call)
		};
		let (stranger, open, call) = match signed_by(&xt) {
			Some((who, call)) => (
				is_stranger(&who),
				<Runtime as pallet_medrec_registrar::Config>::OpenCalls::check(&who, &call),
				Some(call),
			),
			None => (false, None, None),
		};

		// The pool validates against the best block, and what it validates there it keeps.
		let parent = System::block_hash(System::block_number());
		let valid = with_transaction(|| {
			let verdict =
				Executive::validate_transaction(TransactionSource::External, xt.clone(), parent);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(verdict))
		})
		.expect("rolling back cannot fail");
		if valid.is_err() {
			return Tally { included: 0, refused: 1 };
		}
		if stranger {
			assert_eq!(open, Some(Ok(())), "the pool took a stranger's transaction: {call:?}");
		}
		chain::start_block(System::block_number() + 1);
		let included = Executive::apply_extrinsic(xt).is_ok();
		if included && stranger {
			assert_eq!(open, Some(Ok(())), "a stranger's transaction got into a block: {call:?}");
		}
		chain::end_block();
		Tally { included: u32::from(included), refused: u32::from(!included) }
	})
}

/// The account a transaction acts for and its call, as the runtime sees them once the
/// signature checks out (an Ethereum transaction acts for the account derived from its key,
/// with the call it was converted to); `None` if bare or badly signed.
fn signed_by(xt: &UncheckedExtrinsic) -> Option<(AccountId, RuntimeCall)> {
	let checked = xt.clone().check(&frame_system::ChainContext::<Runtime>::default()).ok()?;
	match checked.format {
		ExtrinsicFormat::Signed(who, _) => Some((who, checked.function)),
		_ => None,
	}
}

/// Whether `who` is nobody the chain knows: not one of the populated chain's members,
/// organisation or patients.
fn is_stranger(who: &AccountId) -> bool {
	!chain::people()
		.iter()
		.any(|(kind, pair)| *kind != Kind::Stranger && chain::account(pair) == *who)
}

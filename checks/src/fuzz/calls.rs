//! Target `calls`: arbitrary sequences of every MedRec call (and every other pallet's) from
//! members, an organisation, patients and strangers, applied as signed transactions through
//! every transaction extension, against the populated state.
//!
//! The input is a run of records, each `[who][lapse][a SCALE-encoded RuntimeCall]`:
//! - `who` picks the signer from [`chain::people`](crate::chain::people);
//! - `lapse` 0 keeps the current block; otherwise the block ends and the next one starts up to a
//!   few days of blocks later ([`blocks_after`]), so that proposals expire and windows turn;
//! - the first record whose call does not decode ends the input.
//!
//! Properties, each a panic when broken:
//! - no call panics, in dispatch or in any hook;
//! - after every block, `try_state` of every pallet holds;
//! - a call's pre-dispatch weight is at least the weight it reports using;
//! - a stranger's transaction is included only if it is a call open to strangers (a candidate's
//!   proposal to join) that the chain lets that stranger make.

use codec::DecodeLimit;
use frame_support::{
	dispatch::GetDispatchInfo,
	storage::{with_transaction, TransactionOutcome},
};
use medrec_primitives::OpenCalls;
use medrec_runtime::{Executive, Runtime, RuntimeCall, RuntimeOrigin, System};
use sp_runtime::{traits::Dispatchable, DispatchError};

use super::{populated, Input, Tally};
use crate::chain::{self, Kind};

/// How deep a decoded call may nest (a batch in a batch…), as the runtime's own limit.
const MAX_DECODE_DEPTH: u32 = 256;

/// How many blocks pass for a `lapse` byte: 1 block for 1, then growing as a cube, up to
/// about nine days (256 048 blocks of 3 s) for 255.
pub fn blocks_after(lapse: u8) -> u32 {
	let n = u32::from(lapse.saturating_sub(1));
	1 + n * n * n / 64
}

/// Runs one input. Panics if a property breaks.
pub fn run(data: &[u8]) -> Tally {
	let people = chain::people();
	let mut input = Input(data);
	let mut ext = populated();
	let mut tally = Tally::default();
	ext.execute_with(|| {
		let mut block = System::block_number() + 1;
		chain::start_block(block);
		while let (Some(who), Some(lapse)) = (input.byte(), input.byte()) {
			let Ok(call) = RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut input.0)
			else {
				break;
			};
			if lapse != 0 {
				chain::end_block();
				block = block.saturating_add(blocks_after(lapse));
				chain::start_block(block);
			}
			let (kind, pair) = &people[usize::from(who) % people.len()];
			if apply(*kind, pair, call) {
				tally.included += 1;
			} else {
				tally.refused += 1;
			}
		}
		chain::end_block();
	});
	tally
}

/// Signs and applies `call`; whether it got into the block.
fn apply(kind: Kind, pair: &sp_core::sr25519::Pair, call: RuntimeCall) -> bool {
	let who = chain::account(pair);
	check_weight(&who, &call);
	// Whether the chain would let this stranger make this call now, asked before the call
	// changes anything.
	let open = <Runtime as pallet_medrec_registrar::Config>::OpenCalls::check(&who, &call);
	let xt = chain::signed(pair, System::account_nonce(&who), call.clone());
	let included = Executive::apply_extrinsic(xt).is_ok();
	if included && kind == Kind::Stranger {
		assert_eq!(
			open,
			Some(Ok(())),
			"a stranger's call got into a block although it is not open to strangers: {call:?}"
		);
	}
	included
}

/// Dispatches `call` from `who` and undoes it, to compare the weight it reports using (its
/// post-dispatch weight, before frame_system caps it at the pre-dispatch one) with the weight
/// charged before dispatch.
fn check_weight(who: &medrec_runtime::AccountId, call: &RuntimeCall) {
	let charged = call.get_dispatch_info().call_weight;
	let post = with_transaction(|| {
		let post = call.clone().dispatch(RuntimeOrigin::signed(who.clone()));
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(post))
	})
	.expect("rolling back cannot fail");
	let used = match post {
		Ok(info) => info.actual_weight,
		Err(e) => e.post_info.actual_weight,
	};
	if let Some(used) = used {
		assert!(
			used.all_lte(charged),
			"{call:?} reports using {used:?}, more than the {charged:?} charged before dispatch"
		);
	}
}

/// One record of an input: what the seeds are made of.
pub fn record(who: u8, lapse: u8, call: &RuntimeCall) -> Vec<u8> {
	let mut bytes = vec![who, lapse];
	codec::Encode::encode_to(call, &mut bytes);
	bytes
}

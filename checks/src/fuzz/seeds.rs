//! The seed inputs: what people really do on the chain, so that the fuzzer starts from deep
//! paths (a grant, a vote, an expiry) rather than from bytes that decode to nothing.
//! `medrec-fuzz-seeds` writes them into `fuzz/corpus/` (where long runs start); the corpus test
//! replays them as the code makes them now, too.

use medrec_primitives::{Categories, Category, Purpose, Scope, Viewer};
use medrec_runtime::RuntimeCall;
use sp_core::H256;

use super::calls::record;
use crate::chain::{account, people};

// Indices into `chain::people()`.
const ALICE: u8 = 0;
const BOB: u8 = 1;
const CHARLIE: u8 = 2;
const DAVE: u8 = 3;
const EVE: u8 = 4;
const FERDIE: u8 = 5;
const STRANGER: u8 = 6;

fn who(index: u8) -> medrec_runtime::AccountId {
	account(&people()[usize::from(index)].1)
}

fn relationships(call: pallet_medrec_relationships::Call<medrec_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::Relationships(call)
}

fn consortium(call: pallet_medrec_consortium::Call<medrec_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::Consortium(call)
}

fn study() -> RuntimeCall {
	RuntimeCall::Research(pallet_medrec_research::Call::register_study {
		terms: crate::chain::study_terms(),
	})
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: b"seed".to_vec() })
}

/// Seeds of the `calls` target, each a sequence of records.
pub fn calls() -> Vec<Vec<u8>> {
	use pallet_medrec_consortium::Call as C;
	use pallet_medrec_relationships::Call as R;
	let all = Categories::standard();
	let grant = R::grant {
		patient: who(EVE),
		viewer: Viewer::Account(who(BOB)),
		scope: Scope::Relationship(0),
		categories: all,
		purpose: Purpose::Treatment,
		not_before: 0,
		expires: u64::MAX,
	};
	let sequences: Vec<Vec<(u8, u8, RuntimeCall)>> = vec![
		// A record added, shared with another provider, then the share revoked.
		vec![
			(
				ALICE,
				0,
				relationships(R::set_pointer {
					relationship: 0,
					record_set: 1,
					category: Category::Medications,
					digest: H256::repeat_byte(7),
				}),
			),
			(EVE, 0, relationships(grant)),
			(EVE, 1, relationships(R::revoke { patient: who(EVE), grant: 0 })),
		],
		// Ferdie accepts, names Eve his proxy, and turns break-glass on.
		vec![
			(FERDIE, 0, relationships(R::accept_relationship { relationship: 1 })),
			(
				FERDIE,
				0,
				relationships(R::add_proxy { proxy: who(EVE), categories: all, expires: u64::MAX }),
			),
			(FERDIE, 1, relationships(R::set_break_glass { enabled: true })),
			(EVE, 0, relationships(R::end_relationship { relationship: 2 })),
		],
		// Charlie Research Institute's study goes before the consortium; Alice, the development
		// chain's one member, approves it.
		vec![
			(CHARLIE, 0, study()),
			(ALICE, 1, consortium(C::vote { index: 0, aye: true })),
			(BOB, 0, consortium(C::propose_removal { member: who(ALICE) })),
		],
		// A study left to expire, days later.
		vec![(CHARLIE, 0, study()), (DAVE, 255, remark()), (DAVE, 0, remark())],
		// Strangers try everyone's calls.
		vec![
			(STRANGER, 0, remark()),
			(STRANGER, 0, consortium(C::vote { index: 0, aye: true })),
			(STRANGER + 1, 1, relationships(R::open_relationship { patient: who(EVE) })),
		],
	];
	sequences
		.into_iter()
		.map(|records| {
			records.iter().flat_map(|(who, lapse, call)| record(*who, *lapse, call)).collect()
		})
		.collect()
}

/// Seeds of the `transactions` target: each call above, signed (odd mode byte), and a wallet's
/// real encoding of a signed transaction (even mode byte).
pub fn transactions() -> Vec<Vec<u8>> {
	use codec::Encode;
	let mut seeds = Vec::new();
	for (who, call) in [
		(ALICE, remark()),
		(EVE, relationships(pallet_medrec_relationships::Call::check_in {})),
		(STRANGER, remark()),
		(BOB, consortium(pallet_medrec_consortium::Call::propose_removal { member: who(CHARLIE) })),
	] {
		let mut seed = vec![1, who, 0];
		call.encode_to(&mut seed);
		seeds.push(seed);
	}
	let mut ext = super::populated();
	ext.execute_with(|| {
		for who in [ALICE, STRANGER] {
			let xt = crate::chain::signed(&people()[usize::from(who)].1, 0, remark());
			let mut seed = vec![0];
			xt.encode_to(&mut seed);
			seeds.push(seed);
		}
	});
	seeds
}

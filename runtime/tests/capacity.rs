//! How many of MedRec's everyday transactions fit in one block, beside a plain
//! `System::remark`, using the runtime's own weights: grants and pointer updates, and research's
//! consents, opt-ins and query authorizations. `scripts/bench.sh` prints these after it
//! regenerates the weights; the assertions keep a regression in weights from going unnoticed.

mod common;

use common::research::{consent_terms, diabetes_by_sex};
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use medrec_primitives::{research::Choice, Categories, Category, Purpose, Scope, Viewer};
use medrec_runtime::{configs::RuntimeBlockWeights, RuntimeCall, TxExtension};
use pallet_medrec_relationships::Call as Rel;
use pallet_medrec_research::Call as Research;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::TransactionExtension;

/// Extrinsics of `call` that fit in a block's normal-class budget.
fn per_block(call: &RuntimeCall) -> u64 {
	let weights = RuntimeBlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let budget = normal.max_total.unwrap_or(weights.max_block).saturating_sub(weights.base_block);
	let extension: TxExtension = common::default_extension();
	let each =
		normal.base_extrinsic.saturating_add(call.get_dispatch_info().call_weight).saturating_add(
			<TxExtension as TransactionExtension<RuntimeCall>>::weight(&extension, call),
		);
	let by_time = budget.ref_time() / each.ref_time().max(1);
	let by_proof = budget.proof_size() / each.proof_size().max(1);
	by_time.min(by_proof)
}

#[test]
fn grants_and_pointer_updates_per_block() {
	let patient = Sr25519Keyring::Eve.to_account_id();
	let remark = common::remark();
	let grant = RuntimeCall::Relationships(Rel::grant {
		patient: patient.clone(),
		viewer: Viewer::Account(Sr25519Keyring::Bob.to_account_id()),
		scope: Scope::AllRelationships,
		categories: Categories::of(&[Category::Medications]),
		purpose: Purpose::Treatment,
		not_before: 0,
		expires: 1,
	});
	let pointer = RuntimeCall::Relationships(Rel::set_pointer {
		relationship: 0,
		record_set: 0,
		category: Category::Medications,
		digest: H256::zero(),
	});
	let (remarks, grants, pointers) = (per_block(&remark), per_block(&grant), per_block(&pointer));
	println!("per block: {remarks} System::remark, {grants} grant ({:.2}x remark), {pointers} set_pointer ({:.2}x remark)",
		grants as f64 / remarks as f64, pointers as f64 / remarks as f64);
	// A 3 s block must carry a busy hospital's traffic many times over.
	assert!(grants >= 1_000, "only {grants} grants fit in a block");
	assert!(pointers >= 1_000, "only {pointers} pointer updates fit in a block");
	assert!(
		grants <= remarks && pointers <= remarks,
		"a MedRec call cannot be cheaper than a remark"
	);
}

#[test]
fn research_calls_per_block() {
	let patient = Sr25519Keyring::Eve.to_account_id();
	let remarks = per_block(&common::remark());
	let calls = [
		(
			"set_consent",
			RuntimeCall::Research(Research::set_consent {
				patient: patient.clone(),
				terms: consent_terms(),
			}),
		),
		(
			"choose",
			RuntimeCall::Research(Research::choose {
				patient,
				study: 0,
				choice: Choice::OptIn { categories: Categories::standard() },
			}),
		),
		// Priced at the largest query the pallet accepts, whatever this one's size.
		(
			"authorize_query",
			RuntimeCall::Research(Research::authorize_query {
				study: 0,
				query: diabetes_by_sex(100),
			}),
		),
	];
	for (name, call) in calls {
		let n = per_block(&call);
		println!("per block: {n} {name} ({:.2}x remark)", n as f64 / remarks as f64);
		// Consent and opt-in are a patient's, queries a researcher's: hundreds a block is
		// far beyond either's pace, and a weight that fell below would be a regression.
		assert!(n >= 500, "only {n} {name} fit in a block");
		assert!(n <= remarks, "{name} cannot be cheaper than a remark");
	}
}

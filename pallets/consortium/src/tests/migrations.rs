//! Storage migrations, run on state that the version before wrote.

use super::*;
use crate::{migrations::v1, OpenProposals};
use frame_support::{
	parameter_types,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};

parameter_types! {
	pub const Day: u64 = 50;
}

type Migration = v1::MigrateV0ToV1<Test, Day>;

#[test]
fn v1_extends_every_open_proposal_in_order() {
	ExtBuilder::default().build_and_execute(|| {
		StorageVersion::new(0).put::<Consortium>();
		let first = propose_candidate(CANDIDATE);
		run_to_block(7);
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), C));
		let second = first + 1;
		let before = v1::snapshot::<Test>();
		assert_eq!(before, vec![(first, 1 + LIFETIME), (second, 7 + LIFETIME)]);

		Migration::on_runtime_upgrade();

		assert_eq!(Consortium::on_chain_storage_version(), 1);
		assert_eq!(Proposals::<Test>::get(first).unwrap().expires, 1 + LIFETIME + 50);
		assert_eq!(Proposals::<Test>::get(second).unwrap().expires, 7 + LIFETIME + 50);
		v1::verify::<Test, Day>(before).expect("the post-upgrade checks pass");
		// The extension is real: the first proposal outlives its old expiry, and still passes.
		run_to_block(2 + LIFETIME);
		assert!(is_open(first));
		vote(A, first, true);
		vote(B, first, true);
		assert!(members().contains(&CANDIDATE));
	});
}

#[test]
fn v1_runs_once() {
	ExtBuilder::default().build_and_execute(|| {
		StorageVersion::new(0).put::<Consortium>();
		let index = propose_candidate(CANDIDATE);
		Migration::on_runtime_upgrade();
		Migration::on_runtime_upgrade();
		assert_eq!(Proposals::<Test>::get(index).unwrap().expires, 1 + LIFETIME + 50);
	});
}

#[test]
fn v1_checks_catch_a_proposal_left_behind() {
	ExtBuilder::default().build_and_execute(|| {
		StorageVersion::new(0).put::<Consortium>();
		let index = propose_candidate(CANDIDATE);
		let before = v1::snapshot::<Test>();
		Migration::on_runtime_upgrade();
		// A migration that forgot the proposal itself, as a buggy one could.
		Proposals::<Test>::mutate(index, |p| p.as_mut().unwrap().expires -= 50);
		assert!(v1::verify::<Test, Day>(before.clone()).is_err());
		Proposals::<Test>::mutate(index, |p| p.as_mut().unwrap().expires += 50);
		assert!(v1::verify::<Test, Day>(before).is_ok());
	});
}

#[test]
fn a_proposal_opened_after_v1_expires_in_order_with_the_extended_ones() {
	ExtBuilder::default().build_and_execute(|| {
		StorageVersion::new(0).put::<Consortium>();
		let extended = propose_candidate(CANDIDATE);
		Migration::on_runtime_upgrade();
		run_to_block(5);
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), C));
		let later = extended + 1;
		// Opened later, it expires first (5 + LIFETIME < 1 + LIFETIME + 50), so it comes first.
		let order: Vec<_> = OpenProposals::<Test>::get().iter().map(|p| p.index).collect();
		assert_eq!(order, vec![later, extended]);

		run_to_block(6 + LIFETIME);
		assert!(!is_open(later));
		assert!(is_open(extended));
		run_to_block(2 + LIFETIME + 50);
		assert!(!is_open(extended));
	});
}

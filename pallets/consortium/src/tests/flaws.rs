//! MEDREC_REFERENCE item 6: the original `AgentRegistry`'s voting flaws, one test each.

use super::*;
use crate::Error;
use frame_support::assert_noop;

#[test]
fn kicking_a_non_member_removes_nobody() {
	ExtBuilder::default().build_and_execute(|| {
		// The original deleted the last signer when asked to kick an address that was not one.
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(A), STRANGER),
			Error::<Test>::NotAMember
		);
		assert_eq!(members(), vec![A, B, C]);
		assert!(is_provider(C));
	});
}

#[test]
fn a_tie_does_not_pass() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		// The original passed with yes >= (signers + 1) / 2: two of four.
		let index = propose_candidate(CANDIDATE);
		vote(A, index, true);
		vote(B, index, true);
		assert!(is_open(index));
		assert_eq!(members(), vec![A, B, C, D]);
		vote(C, index, true);
		assert!(members().contains(&CANDIDATE));
	});
}

#[test]
fn votes_of_members_who_left_do_not_count() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		vote(A, index, true);
		vote(D, index, true);
		assert_ok!(Consortium::leave(RuntimeOrigin::signed(D)));
		let proposal = Proposals::<Test>::get(index).expect("still open");
		assert_eq!(proposal.ayes.into_inner(), vec![A]);
		// With D's vote, B's aye would make three of four; without it, B's aye makes two of
		// three, a majority of the members there are now.
		vote(B, index, true);
		System::assert_has_event(Event::Passed { index, ayes: 2, members: 3 }.into());
	});
}

#[test]
fn proposals_expire() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		vote(A, index, true);
		run_to_block(1 + LIFETIME);
		assert!(is_open(index), "open through its last block");
		run_to_block(2 + LIFETIME);
		assert!(!is_open(index));
		System::assert_last_event(Event::Expired { index }.into());
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(B), index, true),
			Error::<Test>::NotFound
		);
		assert!(!is_provider(CANDIDATE));
		// And the candidate may try again.
		assert_eq!(Consortium::may_propose_join(&CANDIDATE), Ok(()));
	});
}

#[test]
fn a_vote_after_expiry_but_before_cleanup_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		// The block after expiry, before its on_initialize ran.
		System::set_block_number(2 + LIFETIME);
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(A), index, true),
			Error::<Test>::Expired
		);
	});
}

use super::*;
use crate::Error;
use frame_support::assert_noop;

#[test]
fn majority_removes_a_member_from_registry_and_validators() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), D));
		let index = 0;
		// The proposer's aye counts: A alone is one of four.
		assert_eq!(Proposals::<Test>::get(index).map(|p| p.ayes.into_inner()), Some(vec![A]));
		vote(B, index, true);
		assert!(is_open(index), "two of four is a tie, not a majority");
		vote(C, index, true);
		assert_eq!(members(), vec![A, B, C]);
		assert!(!is_provider(D));
		assert_eq!(session_keys(D), None);
		System::assert_last_event(Event::MemberRemoved { member: D }.into());
	});
}

#[test]
fn the_member_to_be_removed_may_vote_against() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), D));
		vote(D, 0, false);
		vote(C, 0, false);
		System::assert_last_event(Event::Rejected { index: 0, nays: 2, members: 4 }.into());
		assert_eq!(members(), vec![A, B, C, D]);
	});
}

#[test]
fn a_removal_below_the_minimum_is_refused() {
	// MinMembers is 2.
	ExtBuilder::default().with_members(&[A, B]).build_and_execute(|| {
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(A), B),
			Error::<Test>::TooFewMembers
		);
		assert_noop!(Consortium::leave(RuntimeOrigin::signed(A)), Error::<Test>::TooFewMembers);
	});
}

#[test]
fn a_removal_that_became_too_many_fails_when_it_passes() {
	ExtBuilder::default().with_members(&[A, B, C]).build_and_execute(|| {
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), C));
		// B leaves meanwhile: two members remain, the minimum.
		assert_ok!(Consortium::leave(RuntimeOrigin::signed(B)));
		assert_eq!(members(), vec![A, C]);
		// C's own aye would make two of two, but enacting it would leave one member.
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(C), 0, true),
			Error::<Test>::TooFewMembers
		);
	});
}

#[test]
fn only_members_propose_removals_and_not_of_themselves() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(STRANGER), A),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(A), A),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn one_proposal_per_subject() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), D));
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(B), D),
			Error::<Test>::AlreadyExists
		);
		// ... and one per proposer.
		assert_noop!(
			Consortium::propose_removal(RuntimeOrigin::signed(A), C),
			Error::<Test>::AlreadyExists
		);
	});
}

#[test]
fn leaving_deregisters_and_closes_what_the_member_proposed_or_was_about() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(D), C));
		assert_ok!(Consortium::propose_removal(RuntimeOrigin::signed(A), D));
		assert_ok!(Consortium::leave(RuntimeOrigin::signed(D)));
		assert_eq!(members(), vec![A, B, C]);
		assert!(!is_provider(D));
		assert!(!is_open(0) && !is_open(1));
		assert!(crate::OpenProposals::<Test>::get().is_empty());
	});
}

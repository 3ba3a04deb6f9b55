//! Research studies: the members decide them as they decide admissions, and the research
//! pallet hears every outcome.

use super::*;
use crate::{Action, Error};
use frame_support::{assert_noop, weights::Weight};
use medrec_primitives::StudyDeliberation;

/// A research organisation; not a member.
const LAB: AccountId = 40;

fn propose_study(study: u32) -> ProposalIndex {
	let (index, expires) =
		<Consortium as StudyDeliberation<_, _>>::open(&LAB, study).expect("opens");
	assert_eq!(expires, System::block_number() + LIFETIME);
	assert_eq!(
		events().last(),
		Some(&Event::StudyProposed { index, researcher: LAB, study, expires })
	);
	index
}

#[test]
fn a_study_passes_with_a_strict_majority_and_the_researcher_has_no_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_study(5);
		let proposal = Proposals::<Test>::get(index).expect("open");
		assert_eq!(proposal.action, Action::Study { study: 5 });
		assert!(proposal.ayes.is_empty(), "the researcher's registration is no aye");
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(LAB), index, true),
			Error::<Test>::NotAuthorized
		);
		vote(A, index, true);
		assert!(verdicts().is_empty(), "one of three is no majority");
		vote(B, index, true);
		assert_eq!(verdicts(), vec![Verdict::Approved(5)]);
		assert!(!is_open(index));
	});
}

#[test]
fn half_the_members_reject_a_study() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		let index = propose_study(6);
		vote(A, index, true);
		vote(B, index, false);
		assert!(verdicts().is_empty());
		// Two of four against: a tie cannot pass, so it is rejected.
		vote(C, index, false);
		assert_eq!(verdicts(), vec![Verdict::Rejected(6)]);
		assert!(!is_open(index));
	});
}

#[test]
fn an_undecided_study_lapses_when_it_expires_or_is_rescinded() {
	ExtBuilder::default().build_and_execute(|| {
		let expiring = propose_study(1);
		run_to_block(1 + LIFETIME + 1);
		assert!(!is_open(expiring));
		assert_eq!(verdicts(), vec![Verdict::Lapsed(1)]);
		let rescinded = propose_study(2);
		assert_noop!(
			Consortium::rescind(RuntimeOrigin::signed(A), rescinded),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Consortium::rescind(RuntimeOrigin::signed(LAB), rescinded));
		assert_eq!(verdicts(), vec![Verdict::Lapsed(1), Verdict::Lapsed(2)]);
	});
}

#[test]
fn the_research_pallet_withdraws_a_study_without_a_verdict() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_study(3);
		<Consortium as StudyDeliberation<_, _>>::withdraw(index);
		assert!(!is_open(index));
		assert_eq!(events().last(), Some(&Event::Rescinded { index }));
		// It asked, so it needs no telling.
		assert!(verdicts().is_empty());
		// Only studies are withdrawn this way: a candidate's proposal stays.
		let join = propose_candidate(CANDIDATE);
		<Consortium as StudyDeliberation<_, _>>::withdraw(join);
		assert!(is_open(join));
	});
}

#[test]
fn studies_share_the_proposal_limits() {
	ExtBuilder::default().build_and_execute(|| {
		propose_study(1);
		// One open proposal per proposer.
		assert_eq!(
			<Consortium as StudyDeliberation<_, _>>::open(&LAB, 2),
			Err(Error::<Test>::AlreadyExists.into())
		);
		for (who, study) in [(41, 2), (42, 3), (43, 4)] {
			assert_ok!(<Consortium as StudyDeliberation<_, _>>::open(&who, study));
		}
		assert_eq!(
			<Consortium as StudyDeliberation<_, _>>::open(&44, 5),
			Err(Error::<Test>::TooManyProposals.into())
		);
	});
}

#[test]
fn a_deciding_vote_on_a_study_is_charged_the_verdict() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_study(9);
		vote(A, index, true);
		let info = Consortium::vote(RuntimeOrigin::signed(B), index, true).expect("passes");
		let verdict = Weight::from_parts(7_000_000, 700);
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::vote().saturating_add(verdict))
		);
	});
}

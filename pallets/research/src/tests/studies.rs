//! Studies: registration, the consortium's verdicts, withdrawal and closing.

use super::*;
use crate::{Error, PendingStudies, Studies, StudyState};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn a_researcher_registers_a_study_and_the_consortium_hears_of_it() {
	ExtBuilder.build_and_execute(|| {
		let terms = study_terms(&[Conditions]);
		assert_ok!(Research::register_study(RuntimeOrigin::signed(RESEARCHER), terms.clone()));
		assert_eq!(proposals(), vec![(0, RESEARCHER, 0)]);
		assert_eq!(
			last_event(),
			Event::StudyRegistered { study: 0, researcher: RESEARCHER, proposal: 0, expires: 101 }
		);
		let s = Studies::<Test>::get(0).expect("stored");
		assert_eq!(s.terms, terms);
		assert_eq!(s.state, StudyState::Proposed { proposal: 0, expires: 101 });
		assert_eq!(PendingStudies::<Test>::get(), 1);
	});
}

#[test]
fn only_research_organisations_register_sound_studies() {
	ExtBuilder.build_and_execute(|| {
		let register = |who, terms| Research::register_study(RuntimeOrigin::signed(who), terms);
		let good = study_terms(&[Conditions]);
		for who in [PATIENT, HOSPITAL, PHARMACY, STRANGER] {
			assert_noop!(register(who, good.clone()), Error::<Test>::NotAResearcher);
		}
		let mut t = good.clone();
		t.min_cell = 9;
		assert_noop!(register(RESEARCHER, t), Error::<Test>::CellCountTooLow);
		for (budget, per_query) in [(10_001, 500), (1_000, 1_001), (1_000, 9), (400, 500)] {
			let mut t = good.clone();
			t.budget = budget;
			t.max_per_query = per_query;
			assert_noop!(register(RESEARCHER, t), Error::<Test>::InvalidBudget);
		}
		let mut t = good.clone();
		t.ends = NOW;
		assert_noop!(register(RESEARCHER, t), Error::<Test>::InvalidWindow);
		let mut t = good.clone();
		t.categories = Categories::empty();
		assert_noop!(register(RESEARCHER, t), Error::<Test>::InvalidCategories);
		let mut t = good.clone();
		t.purpose.primary = PrimaryPurpose::Disease(Default::default());
		assert_noop!(register(RESEARCHER, t), Error::<Test>::InvalidTerms);
		// The consortium's refusal comes through unchanged, and nothing is stored.
		consortium_full(true);
		assert_noop!(register(RESEARCHER, good), DispatchError::Other("TooManyProposals"));
	});
}

#[test]
fn pending_studies_are_bounded() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..3 {
			assert_ok!(Research::register_study(
				RuntimeOrigin::signed(RESEARCHER),
				study_terms(&[Conditions])
			));
		}
		assert_noop!(
			Research::register_study(RuntimeOrigin::signed(RESEARCHER), study_terms(&[Conditions])),
			Error::<Test>::TooManyPendingStudies
		);
		// A verdict frees the slot.
		<Research as StudyVerdicts>::rejected(0);
		assert_eq!(last_event(), Event::StudyRejected { study: 0 });
		assert_eq!(Studies::<Test>::get(0).map(|s| s.state), Some(StudyState::Rejected));
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			study_terms(&[Conditions])
		));
	});
}

#[test]
fn verdicts_apply_once_and_only_to_proposed_studies() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		assert_eq!(
			Studies::<Test>::get(study).map(|s| s.state),
			Some(StudyState::Approved { at: 1 })
		);
		assert!(research_events().contains(&Event::StudyApproved { study }));
		// A late verdict (a second vote, an expiry) changes nothing.
		<Research as StudyVerdicts>::rejected(study);
		<Research as StudyVerdicts>::lapsed(study);
		assert_eq!(
			Studies::<Test>::get(study).map(|s| s.state),
			Some(StudyState::Approved { at: 1 })
		);
		assert_eq!(PendingStudies::<Test>::get(), 0);
	});
}

#[test]
fn a_researcher_who_left_before_approval_gets_a_lapsed_study() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			study_terms(&[Conditions])
		));
		set_role(RESEARCHER, None);
		<Research as StudyVerdicts>::approved(0);
		assert_eq!(Studies::<Test>::get(0).map(|s| s.state), Some(StudyState::Lapsed));
		assert_eq!(last_event(), Event::StudyLapsed { study: 0 });
	});
}

#[test]
fn the_researcher_withdraws_a_proposed_study() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			study_terms(&[Conditions])
		));
		assert_noop!(
			Research::withdraw_study(RuntimeOrigin::signed(OTHER_RESEARCHER), 0),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Research::withdraw_study(RuntimeOrigin::signed(RESEARCHER), 0));
		assert_eq!(proposals(), vec![]);
		assert_eq!(Studies::<Test>::get(0).map(|s| s.state), Some(StudyState::Lapsed));
		assert_eq!(PendingStudies::<Test>::get(), 0);
		assert_noop!(
			Research::withdraw_study(RuntimeOrigin::signed(RESEARCHER), 0),
			Error::<Test>::WrongState
		);
	});
}

#[test]
fn the_researcher_or_the_consortium_closes_a_study() {
	ExtBuilder.build_and_execute(|| {
		let first = approved_study();
		assert_noop!(
			Research::close_study(RuntimeOrigin::signed(OTHER_RESEARCHER), first),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Research::close_study(RuntimeOrigin::signed(RESEARCHER), first));
		assert_eq!(last_event(), Event::StudyClosed { study: first });
		assert_eq!(
			Studies::<Test>::get(first).map(|s| s.state),
			Some(StudyState::Closed { at: 1 })
		);
		assert_noop!(
			Research::close_study(RuntimeOrigin::signed(RESEARCHER), first),
			Error::<Test>::WrongState
		);
		let second = approved_study();
		assert_ok!(Research::close_study(RuntimeOrigin::root(), second));
		// A closed study authorizes nothing.
		assert_noop!(
			Research::authorize_query(
				RuntimeOrigin::signed(RESEARCHER),
				second,
				diabetes_by_sex(100)
			),
			Error::<Test>::StudyNotApproved
		);
	});
}

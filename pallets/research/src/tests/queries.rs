//! Queries: authorization against the study, the budget, repeats and the differencing pair.

use super::*;
use crate::{Error, Studies, StudyAndHashToQuery, StudyAndQueryToRecord};
use frame_support::{assert_noop, dispatch::Pays};

fn authorize(study: StudyId, query: Query) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Research::authorize_query(RuntimeOrigin::signed(RESEARCHER), study, query)
}

#[test]
fn an_authorized_query_is_recorded_and_debited() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		let q = diabetes_by_sex(300);
		assert_ok!(authorize(study, q.clone()));
		let record = StudyAndQueryToRecord::<Test>::get(study, 0).expect("recorded");
		assert_eq!(record.query, q);
		assert_eq!(record.authorized_at, 1);
		assert_eq!(record.at_time, NOW);
		assert_eq!(StudyAndHashToQuery::<Test>::get(study, record.hash), Some(0));
		assert_eq!(Studies::<Test>::get(study).map(|s| s.spent), Some(300));
		assert_eq!(
			last_event(),
			Event::QueryAuthorized {
				study,
				query: 0,
				hash: record.hash,
				epsilon: 300,
				remaining: 700
			}
		);
	});
}

#[test]
fn budget_exhaustion_is_refused_with_what_remains() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		assert_ok!(authorize(study, diabetes_over(18, 300)));
		assert_ok!(authorize(study, diabetes_over(40, 300)));
		assert_noop!(
			authorize(study, diabetes_over(65, 500)),
			Error::<Test>::BudgetExceeded { remaining: 400 }
		);
		// What remains can still be spent, exactly.
		assert_ok!(authorize(study, diabetes_over(65, 400)));
		assert_noop!(
			authorize(study, diabetes_over(80, 10)),
			Error::<Test>::BudgetExceeded { remaining: 0 }
		);
		assert_eq!(Studies::<Test>::get(study).map(|s| (s.spent, s.remaining())), Some((1_000, 0)));
	});
}

#[test]
fn a_repeated_query_keeps_its_id_and_spends_nothing() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		assert_ok!(authorize(study, diabetes_by_sex(500)));
		assert_ok!(authorize(study, diabetes_by_sex(500)));
		let info = authorize(study, diabetes_by_sex(500)).expect("a repeat succeeds");
		assert_eq!(last_event(), Event::QueryRepeated { study, query: 0 });
		// Charged only for the lookup.
		assert_eq!(info.actual_weight, Some(<() as crate::WeightInfo>::authorize_repeat()));
		assert_eq!(info.pays_fee, Pays::Yes);
		assert_eq!(Studies::<Test>::get(study).map(|s| (s.spent, s.next_query)), Some((500, 1)));
		// Even once the budget is spent, the repeat is answered.
		assert_ok!(authorize(study, diabetes_over(30, 500)));
		assert_ok!(authorize(study, diabetes_by_sex(500)));
		assert_eq!(last_event(), Event::QueryRepeated { study, query: 0 });
	});
}

#[test]
fn a_differencing_pair_cannot_be_answered_beyond_the_budget() {
	ExtBuilder.build_and_execute(|| {
		// Q1 and Q2 differ by one patient's worth (an age limit one year apart). Together they
		// cost ε1 + ε2: once that is more than the budget, the second is refused, so the pair
		// never reveals more than the study's ε about anyone.
		let mut terms = study_terms(&[Conditions, Medications, Demographics]);
		terms.budget = 800;
		let study = approved(terms);
		assert_ok!(authorize(study, diabetes_over(40, 500)));
		assert_noop!(
			authorize(study, diabetes_over(41, 500)),
			Error::<Test>::BudgetExceeded { remaining: 300 }
		);
		// Rewording the second query does not dodge the ledger: a new hash is a new debit.
		let mut reworded = diabetes_over(41, 500);
		reworded.index_date += 1;
		assert_noop!(authorize(study, reworded), Error::<Test>::BudgetExceeded { remaining: 300 });
	});
}

#[test]
fn only_the_studys_researcher_queries_an_approved_active_study() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		assert_noop!(
			Research::authorize_query(
				RuntimeOrigin::signed(OTHER_RESEARCHER),
				study,
				diabetes_by_sex(100)
			),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(authorize(99, diabetes_by_sex(100)), Error::<Test>::NotFound);
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			study_terms(&[Conditions])
		));
		assert_noop!(authorize(study + 1, diabetes_by_sex(100)), Error::<Test>::StudyNotApproved);
		<Research as StudyVerdicts>::rejected(study + 1);
		assert_noop!(authorize(study + 1, diabetes_by_sex(100)), Error::<Test>::StudyNotApproved);
		// Outside the study's period.
		set_now(NOW + 181 * DAY);
		assert_noop!(authorize(study, diabetes_by_sex(100)), Error::<Test>::StudyNotActive);
	});
}

#[test]
fn queries_must_be_valid_and_within_the_studys_terms() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		let mut reversed = diabetes_over(18, 100);
		let mut criteria = reversed.criteria.into_inner();
		criteria.reverse();
		reversed.criteria = criteria.try_into().expect("two");
		assert_noop!(
			authorize(study, reversed),
			Error::<Test>::InvalidQuery { reason: QueryProblem::NotCanonical as u8 }
		);
		// Grouping by sex reads demographics, which a study of conditions alone does not name.
		let narrow = approved(study_terms(&[Conditions]));
		assert_noop!(
			authorize(narrow, diabetes_by_sex(100)),
			Error::<Test>::QueryOutsideStudyCategories
		);
		// A clause that also searches substance-use records needs a study that names them.
		let mut oud = diabetes_by_sex(100);
		if let Some(Criterion::Has(clause)) = oud.criteria.get_mut(0) {
			clause.codes = vec![code("F11")].try_into().expect("one");
			clause.sensitive = Categories::of(&[SubstanceUse]);
		}
		assert_noop!(authorize(study, oud.clone()), Error::<Test>::QueryOutsideStudyCategories);
		let sud = approved(study_terms(&[Demographics, Conditions, SubstanceUse]));
		assert_ok!(authorize(sud, oud));
		assert_noop!(authorize(study, diabetes_by_sex(9)), Error::<Test>::EpsilonTooLow);
		assert_noop!(authorize(study, diabetes_by_sex(501)), Error::<Test>::EpsilonAboveQueryMax);
	});
}

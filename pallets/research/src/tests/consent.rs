//! Consents: who may give and withdraw them, what they must say, and choices on top.

use super::*;
use crate::{Error, HomeAndPatient, PatientToConsent};
use frame_support::assert_noop;

#[test]
fn a_patient_consents_with_a_home_site_they_are_cared_for_at() {
	ExtBuilder.build_and_execute(|| {
		consent(PATIENT, HOSPITAL);
		let stored = PatientToConsent::<Test>::get(PATIENT).expect("stored");
		assert_eq!(stored.terms, consent_terms(HOSPITAL));
		assert_eq!(stored.given_by, PATIENT);
		assert!(HomeAndPatient::<Test>::contains_key(HOSPITAL, PATIENT));
		assert_eq!(
			last_event(),
			Event::ConsentGiven { patient: PATIENT, terms: consent_terms(HOSPITAL), by: PATIENT }
		);
	});
}

#[test]
fn a_new_consent_replaces_the_old_one_and_moves_the_home() {
	ExtBuilder.build_and_execute(|| {
		consent(PATIENT, HOSPITAL);
		consent(PATIENT, CLINIC);
		assert!(!HomeAndPatient::<Test>::contains_key(HOSPITAL, PATIENT));
		assert!(HomeAndPatient::<Test>::contains_key(CLINIC, PATIENT));
		assert_eq!(PatientToConsent::<Test>::get(PATIENT).map(|c| c.terms.home), Some(CLINIC));
	});
}

#[test]
fn consent_needs_a_patient_an_active_home_and_sound_terms() {
	ExtBuilder.build_and_execute(|| {
		let set =
			|who, patient, terms| Research::set_consent(RuntimeOrigin::signed(who), patient, terms);
		assert_noop!(set(HOSPITAL, HOSPITAL, consent_terms(CLINIC)), Error::<Test>::NotAPatient);
		assert_noop!(set(STRANGER, PATIENT, consent_terms(HOSPITAL)), Error::<Test>::NotAuthorized);
		assert_noop!(set(PATIENT, PATIENT, consent_terms(PHARMACY)), Error::<Test>::NotAProvider);
		// OTHER_PATIENT has no relationship with the clinic.
		assert_noop!(
			set(OTHER_PATIENT, OTHER_PATIENT, consent_terms(CLINIC)),
			Error::<Test>::NoActiveRelationship
		);
		let mut terms = consent_terms(HOSPITAL);
		terms.categories = Categories(1 << 15);
		assert_noop!(set(PATIENT, PATIENT, terms), Error::<Test>::InvalidCategories);
		let mut terms = consent_terms(HOSPITAL);
		terms.expires = terms.not_before;
		assert_noop!(set(PATIENT, PATIENT, terms), Error::<Test>::InvalidWindow);
		let mut terms = consent_terms(HOSPITAL);
		terms.modifiers = DuoModifiers::GS;
		assert_noop!(set(PATIENT, PATIENT, terms), Error::<Test>::InvalidTerms);
	});
}

#[test]
fn a_proxy_consents_only_within_its_categories() {
	ExtBuilder.build_and_execute(|| {
		// Standard categories reach beyond the proxy's conditions and medications.
		assert_noop!(
			Research::set_consent(RuntimeOrigin::signed(PROXY), PATIENT, consent_terms(HOSPITAL)),
			Error::<Test>::NotAuthorized
		);
		let mut terms = consent_terms(HOSPITAL);
		terms.categories = Categories::of(&[Conditions]);
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(PROXY), PATIENT, terms));
		assert_eq!(PatientToConsent::<Test>::get(PATIENT).map(|c| c.given_by), Some(PROXY));
		// Any proxy in force may withdraw.
		assert_ok!(Research::withdraw_consent(RuntimeOrigin::signed(PROXY), PATIENT));
	});
}

#[test]
fn withdrawal_removes_the_consent_and_voids_the_choices_made_under_it() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		consent(PATIENT, HOSPITAL);
		assert_ok!(Research::choose(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			study,
			Choice::OptOut
		));
		assert_eq!(Research::choice(&PATIENT, study), Some(Choice::OptOut));
		assert_noop!(
			Research::withdraw_consent(RuntimeOrigin::signed(STRANGER), PATIENT),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Research::withdraw_consent(RuntimeOrigin::signed(PATIENT), PATIENT));
		assert_eq!(last_event(), Event::ConsentWithdrawn { patient: PATIENT, by: PATIENT });
		assert!(PatientToConsent::<Test>::get(PATIENT).is_none());
		assert!(!HomeAndPatient::<Test>::contains_key(HOSPITAL, PATIENT));
		assert_eq!(Research::eligibility_of(&PATIENT, study), Err(Ineligible::NoConsent));
		// A new consent does not bring the old opt-out back: it was made under the old one.
		consent(PATIENT, HOSPITAL);
		assert_eq!(Research::choice(&PATIENT, study), None);
		assert_eq!(Research::eligibility_of(&PATIENT, study), Ok(Eligible::Broad));
		assert_noop!(
			Research::withdraw_consent(RuntimeOrigin::signed(OTHER_PATIENT), OTHER_PATIENT),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn choices_need_a_consent_an_approved_study_and_covering_categories() {
	ExtBuilder.build_and_execute(|| {
		let study = approved(study_terms(&[Conditions, Medications]));
		let choose =
			|who, choice| Research::choose(RuntimeOrigin::signed(who), PATIENT, study, choice);
		let wide = Choice::OptIn { categories: Categories::of(&[Conditions, Medications]) };
		assert_noop!(choose(PATIENT, wide), Error::<Test>::NoConsent);
		consent(PATIENT, HOSPITAL);
		assert_noop!(
			choose(PATIENT, Choice::OptIn { categories: Categories::of(&[Conditions]) }),
			Error::<Test>::CategoriesNotCovered
		);
		assert_noop!(choose(STRANGER, Choice::OptOut), Error::<Test>::NotAuthorized);
		// The proxy covers conditions and medications, so it may opt in to this study...
		assert_ok!(choose(PROXY, wide));
		assert_eq!(
			last_event(),
			Event::ChoiceMade { study, patient: PATIENT, choice: wide, by: PROXY }
		);
		// ...but not over categories beyond its own.
		assert_noop!(
			choose(PROXY, Choice::OptIn { categories: Categories::standard() }),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Research::choose(RuntimeOrigin::signed(PATIENT), PATIENT, 77, Choice::OptOut),
			Error::<Test>::NotFound
		);
		// A study still before the consortium takes no choices.
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(OTHER_RESEARCHER),
			study_terms(&[Conditions])
		));
		assert_noop!(
			Research::choose(RuntimeOrigin::signed(PATIENT), PATIENT, study + 1, Choice::OptOut),
			Error::<Test>::StudyNotApproved
		);
	});
}

#[test]
fn a_sensitive_study_counts_only_those_who_named_the_category() {
	ExtBuilder.build_and_execute(|| {
		let study = approved(study_terms(&[Conditions, SubstanceUse]));
		consent(PATIENT, HOSPITAL);
		assert_eq!(Research::eligibility_of(&PATIENT, study), Err(Ineligible::Categories));
		let mut terms = consent_terms(HOSPITAL);
		terms.categories = Categories(Categories::standard().0 | Categories::of(&[SubstanceUse]).0);
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(PATIENT), PATIENT, terms));
		assert_eq!(Research::eligibility_of(&PATIENT, study), Ok(Eligible::Broad));
	});
}

#[test]
fn the_cohort_is_the_eligible_patients_homed_at_the_site() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		consent(PATIENT, CLINIC);
		consent(OTHER_PATIENT, HOSPITAL);
		assert_eq!(Research::cohort(study, &HOSPITAL, None, 10), (vec![OTHER_PATIENT], None));
		assert_eq!(Research::cohort(study, &CLINIC, None, 10), (vec![PATIENT], None));
		// An opt-out takes the patient out; so does the end of the home relationship.
		assert_ok!(Research::choose(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			study,
			Choice::OptOut
		));
		assert_eq!(Research::cohort(study, &CLINIC, None, 10).0, Vec::<AccountId>::new());
		set_active(OTHER_PATIENT, HOSPITAL, false);
		assert_eq!(Research::cohort(study, &HOSPITAL, None, 10).0, Vec::<AccountId>::new());
		assert_eq!(Research::eligibility_of(&OTHER_PATIENT, study), Err(Ineligible::HomeNotActive));
	});
}

#[test]
fn the_cohort_pages_through_every_patient_once() {
	ExtBuilder.build_and_execute(|| {
		let study = approved_study();
		let patients: Vec<AccountId> = (1_000..1_025).collect();
		for p in &patients {
			set_role(*p, Some(medrec_primitives::Role::Patient));
			set_active(*p, HOSPITAL, true);
			consent(*p, HOSPITAL);
		}
		let mut seen = Vec::new();
		let mut after = None;
		let mut pages = 0;
		loop {
			let (members, next) = Research::cohort(study, &HOSPITAL, after, 7);
			seen.extend(members);
			pages += 1;
			match next {
				Some(n) => after = Some(n),
				None => break,
			}
		}
		seen.sort();
		assert_eq!(seen, patients);
		assert_eq!(pages, 4);
	});
}

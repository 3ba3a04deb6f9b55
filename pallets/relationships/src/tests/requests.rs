//! Access requests.

use super::*;

fn request(who: AccountId, scope: Scope) -> DispatchResult {
	Relationships::request_access(signed(who), PATIENT, scope, meds(), Purpose::Treatment, 30 * DAY)
}

#[test]
fn a_new_doctor_asks_and_the_patient_approves() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		assert_ok!(request(CLINIC, Scope::Relationship(id)));
		let req = PatientToRequests::<Test>::get(PATIENT)[0].clone();
		System::assert_last_event(
			Event::AccessRequested { patient: PATIENT, request: req.clone() }.into(),
		);
		assert!(status(PATIENT, Subject::Relationship(id)).contains(StatusFlags::ACCESS_REQUESTED));
		assert!(!decide(CLINIC, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert_ok!(Relationships::approve_request(signed(PATIENT), PATIENT, req.id));
		let grant = PatientToGrants::<Test>::get(PATIENT)[0].clone();
		System::assert_last_event(
			Event::RequestApproved {
				patient: PATIENT,
				request: req.id,
				grant: grant.id,
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!(grant.expires, now() + 30 * DAY);
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert!(PatientToRequests::<Test>::get(PATIENT).is_empty());
	});
}

#[test]
fn a_declined_request_grants_nothing() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(request(PHARMACY, Scope::AllRelationships));
		assert!(status(PATIENT, Subject::Patient).contains(StatusFlags::ACCESS_REQUESTED));
		assert_noop!(
			Relationships::decline_request(signed(STRANGER), PATIENT, 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::decline_request(signed(PATIENT), PATIENT, 5),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::decline_request(signed(PATIENT), PATIENT, 0));
		System::assert_last_event(
			Event::RequestDeclined { patient: PATIENT, request: 0, by: PATIENT }.into(),
		);
		assert!(PatientToGrants::<Test>::get(PATIENT).is_empty());
		assert!(!decide(PHARMACY, PATIENT, HOSPITAL, Category::Medications).is_allowed());
	});
}

#[test]
fn requests_refuse_bad_input_and_are_bounded() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		let other = open_active(OTHER_PATIENT, HOSPITAL);
		assert_noop!(request(STRANGER, Scope::AllRelationships), Error::<Test>::NotAuthorized);
		assert_noop!(
			Relationships::request_access(
				signed(CLINIC),
				CLINIC,
				Scope::AllRelationships,
				meds(),
				Purpose::Treatment,
				DAY
			),
			Error::<Test>::NotAPatient
		);
		assert_noop!(
			Relationships::request_access(
				signed(OTHER_PATIENT),
				OTHER_PATIENT,
				Scope::AllRelationships,
				meds(),
				Purpose::Treatment,
				DAY
			),
			Error::<Test>::SelfReference
		);
		assert_noop!(
			Relationships::request_access(
				signed(CLINIC),
				PATIENT,
				Scope::AllRelationships,
				Categories::empty(),
				Purpose::Treatment,
				DAY
			),
			Error::<Test>::InvalidCategories
		);
		assert_noop!(
			Relationships::request_access(
				signed(CLINIC),
				PATIENT,
				Scope::AllRelationships,
				meds(),
				Purpose::Treatment,
				0
			),
			Error::<Test>::Expired
		);
		assert_noop!(request(CLINIC, Scope::Relationship(other)), Error::<Test>::NotFound);
		assert_ok!(request(CLINIC, Scope::Relationship(id)));
		assert_noop!(request(CLINIC, Scope::AllRelationships), Error::<Test>::AlreadyExists);
		assert_ok!(request(LAB, Scope::AllRelationships));
		assert_noop!(request(PHARMACY, Scope::AllRelationships), Error::<Test>::TooManyRequests);
		assert_noop!(
			Relationships::approve_request(signed(STRANGER), PATIENT, 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::approve_request(signed(PATIENT), PATIENT, 9),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn a_proxy_approves_only_within_its_categories() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::add_proxy(
			signed(PATIENT),
			PROXY,
			Categories::of(&[Category::Allergies]),
			now() + DAY
		));
		assert_ok!(request(CLINIC, Scope::AllRelationships));
		assert_noop!(
			Relationships::approve_request(signed(PROXY), PATIENT, 0),
			Error::<Test>::OutsideProxyScope
		);
		assert_ok!(Relationships::decline_request(signed(PROXY), PATIENT, 0));
	});
}

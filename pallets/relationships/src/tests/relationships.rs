//! Opening, accepting, rejecting and ending relationships.

use super::*;

#[test]
fn a_provider_opens_and_the_patient_accepts() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		System::assert_last_event(
			Event::RelationshipOpened { relationship: 0, patient: PATIENT, provider: HOSPITAL }
				.into(),
		);
		// The patient was registered by the opening, and told.
		assert_eq!(FakeRegistry::role(&PATIENT), Some(Role::Patient));
		assert!(
			status(PATIENT, Subject::Relationship(0)).contains(StatusFlags::AWAITING_ACCEPTANCE)
		);
		assert_eq!(
			IdToRelationship::<Test>::get(0).unwrap().state,
			RelationshipState::AwaitingAcceptance
		);

		assert_ok!(Relationships::accept_relationship(signed(PATIENT), 0));
		System::assert_last_event(
			Event::RelationshipAccepted { relationship: 0, patient: PATIENT, by: PATIENT }.into(),
		);
		assert_eq!(IdToRelationship::<Test>::get(0).unwrap().state, RelationshipState::Active);
		assert_eq!(PatientAndProviderToRelationship::<Test>::get(PATIENT, HOSPITAL), Some(0));
	});
}

#[test]
fn only_providers_open_and_only_with_patients() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Relationships::open_relationship(signed(STRANGER), PATIENT),
			Error::<Test>::NotAProvider
		);
		assert_noop!(
			Relationships::open_relationship(signed(PHARMACY), PATIENT),
			Error::<Test>::NotAProvider
		);
		assert_noop!(
			Relationships::open_relationship(signed(HOSPITAL), CLINIC),
			Error::<Test>::NotAPatient
		);
		assert_noop!(
			Relationships::open_relationship(signed(HOSPITAL), HOSPITAL),
			Error::<Test>::SelfReference
		);
		assert_noop!(
			Relationships::open_relationship(RuntimeOrigin::none(), PATIENT),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn one_relationship_per_pair_and_a_bounded_number_per_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		assert_noop!(
			Relationships::open_relationship(signed(HOSPITAL), PATIENT),
			Error::<Test>::AlreadyExists
		);
		for provider in 2..=4 {
			assert_ok!(Relationships::open_relationship(signed(provider), PATIENT));
		}
		assert_noop!(
			Relationships::open_relationship(signed(5), PATIENT),
			Error::<Test>::TooManyRelationships
		);
	});
}

#[test]
fn nobody_else_accepts_and_only_once() {
	// Flaw 7: in the original anyone could make themselves the patron of a relationship.
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		assert_noop!(
			Relationships::accept_relationship(signed(STRANGER), 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::accept_relationship(signed(HOSPITAL), 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::accept_relationship(signed(PATIENT), 7),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::accept_relationship(signed(PATIENT), 0));
		assert_noop!(
			Relationships::accept_relationship(signed(PATIENT), 0),
			Error::<Test>::WrongState
		);
		assert_eq!(IdToRelationship::<Test>::get(0).unwrap().patient, PATIENT);
	});
}

#[test]
fn rejecting_removes_a_pending_relationship() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		assert_noop!(
			Relationships::reject_relationship(signed(STRANGER), 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::reject_relationship(signed(PATIENT), 9),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::reject_relationship(signed(PATIENT), 0));
		System::assert_last_event(
			Event::RelationshipRejected { relationship: 0, patient: PATIENT, by: PATIENT }.into(),
		);
		assert!(IdToRelationship::<Test>::get(0).is_none());
		assert!(PatientToRelationships::<Test>::get(PATIENT).is_empty());
		assert!(status(PATIENT, Subject::Relationship(0)).is_empty());
		// The provider may try again later.
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
	});
}

#[test]
fn an_accepted_relationship_cannot_be_rejected_but_can_be_ended() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		assert_noop!(
			Relationships::reject_relationship(signed(PATIENT), id),
			Error::<Test>::WrongState
		);
		assert_noop!(
			Relationships::end_relationship(signed(CLINIC), id),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::end_relationship(signed(HOSPITAL), 42),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::end_relationship(signed(HOSPITAL), id));
		System::assert_last_event(
			Event::RelationshipEnded { relationship: id, patient: PATIENT, by: HOSPITAL }.into(),
		);
		let id = open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::end_relationship(signed(PATIENT), id));
		assert!(IdToRelationship::<Test>::get(id).is_none());
	});
}

#[test]
fn ending_takes_the_grants_and_requests_on_it_along() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		let other = open_active(PATIENT, CLINIC);
		grant_meds(PATIENT, LAB, Scope::Relationship(id));
		let kept = grant_meds(PATIENT, LAB, Scope::Relationship(other));
		let wide = grant_meds(PATIENT, PHARMACY, Scope::AllRelationships);
		assert_ok!(Relationships::request_access(
			signed(LAB),
			PATIENT,
			Scope::Relationship(id),
			meds(),
			Purpose::Treatment,
			DAY
		));
		assert_ok!(Relationships::end_relationship(signed(PATIENT), id));
		let left: Vec<_> = PatientToGrants::<Test>::get(PATIENT).iter().map(|g| g.id).collect();
		assert_eq!(left, vec![kept, wide]);
		assert!(PatientToRequests::<Test>::get(PATIENT).is_empty());
		assert_eq!(
			decide(LAB, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::NoRelationship)
		);
	});
}

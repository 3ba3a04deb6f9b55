//! Grants, revocation and the decisions they lead to.

use super::*;

#[test]
fn a_grant_allows_its_viewer_and_revocation_denies_from_then_on() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		// Flaw 1: nothing is allowed before the patient grants it.
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::NoGrant)
		);
		let grant = grant_meds(PATIENT, CLINIC, Scope::Relationship(id));
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Allow { basis: Basis::Grant(grant), expires: Some(now() + 30 * DAY) }
		);
		assert_ok!(Relationships::revoke(signed(PATIENT), PATIENT, grant));
		System::assert_last_event(Event::Revoked { patient: PATIENT, grant, by: PATIENT }.into());
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::NoGrant)
		);
	});
}

#[test]
fn a_grant_is_limited_to_its_categories_purpose_window_and_relationship() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		open_active(PATIENT, LAB);
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Account(CLINIC),
			Scope::Relationship(id),
			meds(),
			Purpose::Treatment,
			now() + DAY,
			now() + 2 * DAY,
		));
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::NotYetValid)
		);
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Allergies),
			Decision::Deny(DenyReason::CategoryNotGranted)
		);
		assert_eq!(
			Relationships::decide(
				&CLINIC,
				&PATIENT,
				&HOSPITAL,
				Category::Medications,
				Purpose::Research
			),
			Decision::Deny(DenyReason::PurposeNotGranted)
		);
		assert_eq!(
			decide(CLINIC, PATIENT, LAB, Category::Medications),
			Decision::Deny(DenyReason::NoGrant)
		);
		set_now(T0 + DAY);
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		set_now(T0 + 2 * DAY);
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::Expired)
		);
	});
}

#[test]
fn a_category_wide_grant_covers_every_relationship_present_and_future() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		grant_meds(PATIENT, PHARMACY, Scope::AllRelationships);
		open_active(PATIENT, CLINIC);
		assert!(decide(PHARMACY, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert!(decide(PHARMACY, PATIENT, CLINIC, Category::Medications).is_allowed());
		assert!(!decide(PHARMACY, PATIENT, CLINIC, Category::Conditions).is_allowed());
	});
}

#[test]
fn sensitive_categories_need_naming() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Account(CLINIC),
			Scope::AllRelationships,
			Categories::standard(),
			Purpose::Treatment,
			now(),
			now() + DAY,
		));
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::Imaging).is_allowed());
		for sensitive in
			[Category::MentalHealth, Category::SubstanceUse, Category::SexualReproductiveHealth]
		{
			assert_eq!(
				decide(CLINIC, PATIENT, HOSPITAL, sensitive),
				Decision::Deny(DenyReason::CategoryNotGranted)
			);
		}
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Account(CLINIC),
			Scope::AllRelationships,
			Categories::of(&[Category::MentalHealth]),
			Purpose::Treatment,
			now(),
			now() + DAY,
		));
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::MentalHealth).is_allowed());
	});
}

#[test]
fn the_patient_and_the_record_holder_always_see_an_active_relationship() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(
			decide(PATIENT, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::UnknownPatient)
		);
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		assert_eq!(
			decide(PATIENT, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::RelationshipNotActive)
		);
		assert_ok!(Relationships::accept_relationship(signed(PATIENT), 0));
		assert_eq!(
			decide(PATIENT, PATIENT, HOSPITAL, Category::MentalHealth),
			Decision::Allow { basis: Basis::Patient, expires: None }
		);
		assert_eq!(
			decide(HOSPITAL, PATIENT, HOSPITAL, Category::Medications),
			Decision::Allow { basis: Basis::RecordHolder, expires: None }
		);
		assert_eq!(
			decide(CLINIC, PATIENT, STRANGER, Category::Medications),
			Decision::Deny(DenyReason::UnknownProvider)
		);
		assert_eq!(
			decide(CLINIC, PATIENT, CLINIC, Category::Medications),
			Decision::Deny(DenyReason::NoRelationship)
		);
	});
}

#[test]
fn bad_grants_are_refused() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		let other = open_active(OTHER_PATIENT, HOSPITAL);
		let grant = |who, viewer, scope, categories, from, until| {
			Relationships::grant(
				signed(who),
				PATIENT,
				viewer,
				scope,
				categories,
				Purpose::Treatment,
				from,
				until,
			)
		};
		let all = Scope::AllRelationships;
		let clinic = Viewer::Account(CLINIC);
		// Flaw 3: permission calls are authenticated.
		assert_noop!(
			grant(STRANGER, clinic.clone(), all, meds(), now(), now() + DAY),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			grant(HOSPITAL, clinic.clone(), all, meds(), now(), now() + DAY),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), all, Categories::empty(), now(), now() + DAY),
			Error::<Test>::InvalidCategories
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), all, Categories(1 << 15), now(), now() + DAY),
			Error::<Test>::InvalidCategories
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), all, meds(), now(), now()),
			Error::<Test>::Expired
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), all, meds(), now() - 2, now() - 1),
			Error::<Test>::Expired
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), Scope::Relationship(other), meds(), now(), now() + DAY),
			Error::<Test>::NotFound
		);
		assert_noop!(
			grant(PATIENT, clinic.clone(), Scope::Relationship(77), meds(), now(), now() + DAY),
			Error::<Test>::NotFound
		);
		assert_noop!(
			grant(PATIENT, Viewer::Group(5), all, meds(), now(), now() + DAY),
			Error::<Test>::NotFound
		);
		assert_noop!(
			grant(
				PATIENT,
				Viewer::Account(PATIENT),
				Scope::Relationship(id),
				meds(),
				now(),
				now() + DAY
			),
			Error::<Test>::SelfReference
		);
	});
}

#[test]
fn grants_are_bounded_and_expired_ones_make_room() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		let mut ids = vec![];
		for _ in 0..4 {
			ids.push(grant_meds(PATIENT, CLINIC, Scope::AllRelationships));
		}
		assert_noop!(
			Relationships::grant(
				signed(PATIENT),
				PATIENT,
				Viewer::Account(LAB),
				Scope::AllRelationships,
				meds(),
				Purpose::Treatment,
				now(),
				now() + DAY
			),
			Error::<Test>::TooManyGrants
		);
		set_now(T0 + 31 * DAY);
		let fresh = grant_meds(PATIENT, LAB, Scope::AllRelationships);
		assert!(System::events().iter().any(
			|e| e.event == Event::GrantsPruned { patient: PATIENT, grants: ids.clone() }.into()
		));
		let left: Vec<_> = PatientToGrants::<Test>::get(PATIENT).iter().map(|g| g.id).collect();
		assert_eq!(left, vec![fresh]);
	});
}

#[test]
fn revoking_a_missing_grant_fails_without_touching_others() {
	// Flaw 7 and flaw 3: a missing target is an error, not the last element, and no panic.
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		let kept = grant_meds(PATIENT, CLINIC, Scope::AllRelationships);
		assert_noop!(
			Relationships::revoke(signed(PATIENT), PATIENT, kept + 10),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::revoke(signed(PATIENT), PATIENT, u32::MAX),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::revoke(signed(CLINIC), PATIENT, kept),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::revoke(signed(PATIENT), OTHER_PATIENT, kept),
			Error::<Test>::NotAuthorized
		);
		assert_eq!(PatientToGrants::<Test>::get(PATIENT).len(), 1);
	});
}

//! Viewer groups.

use super::*;

#[test]
fn a_grant_to_a_group_allows_its_members_as_they_come_and_go() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::create_group(signed(PATIENT), PATIENT, vec![CLINIC, LAB]));
		System::assert_has_event(
			Event::GroupCreated { patient: PATIENT, group: 0, by: PATIENT }.into(),
		);
		System::assert_last_event(
			Event::GroupMemberAdded { patient: PATIENT, group: 0, member: LAB, by: PATIENT }.into(),
		);
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Group(0),
			Scope::Relationship(id),
			meds(),
			Purpose::Treatment,
			now(),
			now() + DAY,
		));
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert!(!decide(PHARMACY, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert_ok!(Relationships::add_group_member(signed(PATIENT), PATIENT, 0, PHARMACY));
		System::assert_last_event(
			Event::GroupMemberAdded { patient: PATIENT, group: 0, member: PHARMACY, by: PATIENT }
				.into(),
		);
		assert!(decide(PHARMACY, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert_ok!(Relationships::remove_group_member(signed(PATIENT), PATIENT, 0, CLINIC));
		System::assert_last_event(
			Event::GroupMemberRemoved { patient: PATIENT, group: 0, member: CLINIC, by: PATIENT }
				.into(),
		);
		assert_eq!(
			decide(CLINIC, PATIENT, HOSPITAL, Category::Medications),
			Decision::Deny(DenyReason::NoGrant)
		);
	});
}

#[test]
fn group_calls_refuse_bad_input() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Relationships::create_group(signed(STRANGER), PATIENT, vec![]),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::create_group(signed(PATIENT), PATIENT, vec![PATIENT]),
			Error::<Test>::SelfReference
		);
		assert_noop!(
			Relationships::create_group(signed(PATIENT), PATIENT, vec![CLINIC, CLINIC]),
			Error::<Test>::AlreadyExists
		);
		assert_noop!(
			Relationships::create_group(signed(PATIENT), PATIENT, vec![1, 2, 3, 4]),
			Error::<Test>::TooManyGroupMembers
		);
		assert_ok!(Relationships::create_group(signed(PATIENT), PATIENT, vec![1, 2, 3]));
		assert_ok!(Relationships::create_group(signed(PATIENT), PATIENT, vec![]));
		assert_noop!(
			Relationships::create_group(signed(PATIENT), PATIENT, vec![]),
			Error::<Test>::TooManyGroups
		);

		assert_noop!(
			Relationships::add_group_member(signed(PATIENT), PATIENT, 0, 4),
			Error::<Test>::TooManyGroupMembers
		);
		assert_ok!(Relationships::add_group_member(signed(PATIENT), PATIENT, 1, 4));
		assert_noop!(
			Relationships::add_group_member(signed(PATIENT), PATIENT, 1, 4),
			Error::<Test>::AlreadyExists
		);
		assert_noop!(
			Relationships::add_group_member(signed(PATIENT), PATIENT, 9, 4),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::add_group_member(signed(PATIENT), PATIENT, 1, PATIENT),
			Error::<Test>::SelfReference
		);
		assert_noop!(
			Relationships::add_group_member(signed(STRANGER), PATIENT, 1, 5),
			Error::<Test>::NotAuthorized
		);

		assert_noop!(
			Relationships::remove_group_member(signed(PATIENT), PATIENT, 1, 5),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::remove_group_member(signed(PATIENT), PATIENT, 9, 1),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::remove_group_member(signed(STRANGER), PATIENT, 0, 1),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_group_named_by_a_grant_cannot_be_removed() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::create_group(signed(PATIENT), PATIENT, vec![CLINIC]));
		let grant = PatientToCounters::<Test>::get(PATIENT).grant;
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Group(0),
			Scope::AllRelationships,
			meds(),
			Purpose::Treatment,
			now(),
			now() + DAY,
		));
		assert_noop!(
			Relationships::remove_group(signed(PATIENT), PATIENT, 0),
			Error::<Test>::GroupInUse
		);
		assert_noop!(
			Relationships::remove_group(signed(STRANGER), PATIENT, 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::remove_group(signed(PATIENT), PATIENT, 4),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::revoke(signed(PATIENT), PATIENT, grant));
		assert_ok!(Relationships::remove_group(signed(PATIENT), PATIENT, 0));
		System::assert_last_event(
			Event::GroupRemoved { patient: PATIENT, group: 0, by: PATIENT }.into(),
		);
		assert!(PatientToGroups::<Test>::get(PATIENT).is_empty());
	});
}

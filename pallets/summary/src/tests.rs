//! Raising, reading and acknowledging statuses.

use frame_support::{assert_noop, assert_ok};
use medrec_primitives::{StatusFlags, StatusSink, Subject};

use crate::{mock::*, *};

const REL: Subject = Subject::Relationship(7);

#[test]
fn raised_flags_accumulate_and_are_announced() {
	ExtBuilder.build_and_execute(|| {
		Summary::raise(&PATIENT, REL, StatusFlags::AWAITING_ACCEPTANCE);
		Summary::raise(&PATIENT, REL, StatusFlags::NEW_CONTENT);
		let both = StatusFlags::AWAITING_ACCEPTANCE.with(StatusFlags::NEW_CONTENT);
		System::assert_last_event(
			Event::StatusRaised {
				patient: PATIENT,
				subject: REL,
				flags: StatusFlags::NEW_CONTENT,
				status: both,
			}
			.into(),
		);
		Summary::raise(&PATIENT, Subject::Patient, StatusFlags::EMERGENCY_ACCESS_USED);
		assert_eq!(Summary::status(&PATIENT, REL), both);
		let mut pending = Summary::pending(&PATIENT);
		pending.sort_by_key(|(subject, _)| *subject);
		assert_eq!(
			pending,
			vec![(REL, both), (Subject::Patient, StatusFlags::EMERGENCY_ACCESS_USED)]
		);
		assert!(Summary::pending(&STRANGER).is_empty());
	});
}

#[test]
fn the_patient_or_a_proxy_acknowledges() {
	ExtBuilder.build_and_execute(|| {
		Summary::raise(&PATIENT, REL, StatusFlags::NEW_CONTENT.with(StatusFlags::ACCESS_REQUESTED));
		assert_ok!(Summary::acknowledge(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			REL,
			StatusFlags::NEW_CONTENT
		));
		System::assert_last_event(
			Event::StatusAcknowledged {
				patient: PATIENT,
				subject: REL,
				flags: StatusFlags::NEW_CONTENT,
				status: StatusFlags::ACCESS_REQUESTED,
				by: PATIENT,
			}
			.into(),
		);
		assert_ok!(Summary::acknowledge(
			RuntimeOrigin::signed(PROXY),
			PATIENT,
			REL,
			StatusFlags::ACCESS_REQUESTED
		));
		// Nothing left: the entry is gone, not kept empty.
		assert!(PatientAndSubjectToStatus::<Test>::get(PATIENT, REL).is_none());
	});
}

#[test]
fn acknowledging_refuses_strangers_bad_flags_and_empty_subjects() {
	ExtBuilder.build_and_execute(|| {
		Summary::raise(&PATIENT, REL, StatusFlags::NEW_CONTENT);
		assert_noop!(
			Summary::acknowledge(
				RuntimeOrigin::signed(STRANGER),
				PATIENT,
				REL,
				StatusFlags::NEW_CONTENT
			),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Summary::acknowledge(RuntimeOrigin::signed(PATIENT), PATIENT, REL, StatusFlags(0)),
			Error::<Test>::InvalidFlags
		);
		assert_noop!(
			Summary::acknowledge(RuntimeOrigin::signed(PATIENT), PATIENT, REL, StatusFlags(0x80)),
			Error::<Test>::InvalidFlags
		);
		assert_noop!(
			Summary::acknowledge(
				RuntimeOrigin::signed(PATIENT),
				PATIENT,
				Subject::Patient,
				StatusFlags::NEW_CONTENT
			),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Summary::acknowledge(RuntimeOrigin::none(), PATIENT, REL, StatusFlags::NEW_CONTENT),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn clearing_forgets_a_subject() {
	ExtBuilder.build_and_execute(|| {
		Summary::raise(&PATIENT, REL, StatusFlags::NEW_CONTENT);
		Summary::clear(&PATIENT, REL);
		assert!(Summary::pending(&PATIENT).is_empty());
	});
}

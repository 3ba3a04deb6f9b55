//! Break-glass access and the dead-man switch.

use super::*;

#[test]
fn break_glass_needs_opt_in_and_opens_the_emergency_set_briefly() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::add_proxy(signed(PATIENT), PROXY, meds(), now() + DAY));
		assert_noop!(
			Relationships::break_glass(signed(CLINIC), PATIENT, b"unconscious in ER".to_vec()),
			Error::<Test>::BreakGlassDisabled
		);
		assert_ok!(Relationships::set_break_glass(signed(PATIENT), true));
		System::assert_last_event(Event::BreakGlassSet { patient: PATIENT, enabled: true }.into());
		assert_ok!(Relationships::break_glass(
			signed(CLINIC),
			PATIENT,
			b"unconscious in ER".to_vec()
		));
		let expires = now() + BreakGlassDuration::get();
		System::assert_last_event(
			Event::EmergencyAccessUsed {
				patient: PATIENT,
				provider: CLINIC,
				justification: b"unconscious in ER".to_vec().try_into().unwrap(),
				expires,
				notified: vec![PROXY],
			}
			.into(),
		);
		assert!(status(PATIENT, Subject::Patient).contains(StatusFlags::EMERGENCY_ACCESS_USED));
		for category in [Category::Allergies, Category::Medications, Category::Conditions] {
			assert_eq!(
				decide(CLINIC, PATIENT, HOSPITAL, category),
				Decision::Allow { basis: Basis::Emergency, expires: Some(expires) }
			);
		}
		assert!(!decide(CLINIC, PATIENT, HOSPITAL, Category::ClinicalNotes).is_allowed());
		assert!(!decide(LAB, PATIENT, HOSPITAL, Category::Allergies).is_allowed());
		set_now(expires);
		assert!(!decide(CLINIC, PATIENT, HOSPITAL, Category::Allergies).is_allowed());
	});
}

#[test]
fn break_glass_refuses_bad_input() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		assert_ok!(Relationships::set_break_glass(signed(PATIENT), true));
		let why = || b"why".to_vec();
		assert_noop!(
			Relationships::break_glass(signed(PHARMACY), PATIENT, why()),
			Error::<Test>::NotAProvider
		);
		assert_noop!(
			Relationships::break_glass(signed(CLINIC), STRANGER, why()),
			Error::<Test>::NotAPatient
		);
		assert_noop!(
			Relationships::break_glass(signed(CLINIC), PATIENT, vec![]),
			Error::<Test>::BadJustification
		);
		assert_noop!(
			Relationships::break_glass(signed(CLINIC), PATIENT, vec![b'x'; 33]),
			Error::<Test>::BadJustification
		);
		assert_ok!(Relationships::break_glass(signed(CLINIC), PATIENT, why()));
		assert_ok!(Relationships::break_glass(signed(LAB), PATIENT, why()));
		// The same provider again refreshes its entry rather than taking a new one.
		assert_ok!(Relationships::break_glass(signed(LAB), PATIENT, why()));
		assert_noop!(
			Relationships::break_glass(signed(4), PATIENT, why()),
			Error::<Test>::TooManyEmergencyAccesses
		);
		// Expired accesses make room.
		set_now(T0 + BreakGlassDuration::get());
		assert_ok!(Relationships::break_glass(signed(4), PATIENT, why()));
		assert_noop!(
			Relationships::set_break_glass(signed(CLINIC), true),
			Error::<Test>::NotAPatient
		);
		assert_ok!(Relationships::set_break_glass(signed(PATIENT), false));
		assert_noop!(
			Relationships::break_glass(signed(5), PATIENT, why()),
			Error::<Test>::BreakGlassDisabled
		);
	});
}

#[test]
fn the_dead_man_switch_fires_after_the_timeout_and_check_in_closes_it() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		let notes = Categories::of(&[Category::ClinicalNotes]);
		assert_ok!(Relationships::set_dead_man_switch(
			signed(PATIENT),
			7 * DAY,
			vec![FRIEND],
			notes
		));
		System::assert_last_event(
			Event::DeadManSwitchSet {
				patient: PATIENT,
				timeout: 7 * DAY,
				beneficiaries: vec![FRIEND],
				categories: notes,
			}
			.into(),
		);
		assert!(!decide(FRIEND, PATIENT, HOSPITAL, Category::ClinicalNotes).is_allowed());
		set_now(T0 + 7 * DAY);
		assert_eq!(
			decide(FRIEND, PATIENT, HOSPITAL, Category::ClinicalNotes),
			Decision::Allow { basis: Basis::DeadManSwitch, expires: None }
		);
		assert!(!decide(FRIEND, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert!(!decide(CLINIC, PATIENT, HOSPITAL, Category::ClinicalNotes).is_allowed());
		assert_ok!(Relationships::check_in(signed(PATIENT)));
		System::assert_last_event(Event::CheckedIn { patient: PATIENT, at: T0 + 7 * DAY }.into());
		assert!(!decide(FRIEND, PATIENT, HOSPITAL, Category::ClinicalNotes).is_allowed());
		assert_ok!(Relationships::clear_dead_man_switch(signed(PATIENT)));
		System::assert_last_event(Event::DeadManSwitchCleared { patient: PATIENT }.into());
		set_now(T0 + 30 * DAY);
		assert!(!decide(FRIEND, PATIENT, HOSPITAL, Category::ClinicalNotes).is_allowed());
	});
}

#[test]
fn dead_man_switch_calls_refuse_bad_input() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		let notes = Categories::of(&[Category::ClinicalNotes]);
		let set = |who, timeout, people: Vec<AccountId>, categories| {
			Relationships::set_dead_man_switch(signed(who), timeout, people, categories)
		};
		assert_noop!(set(STRANGER, DAY, vec![FRIEND], notes), Error::<Test>::NotAPatient);
		assert_noop!(set(PATIENT, DAY - 1, vec![FRIEND], notes), Error::<Test>::TimeoutTooShort);
		assert_noop!(
			set(PATIENT, DAY, vec![FRIEND], Categories::empty()),
			Error::<Test>::InvalidCategories
		);
		assert_noop!(set(PATIENT, DAY, vec![FRIEND, FRIEND], notes), Error::<Test>::AlreadyExists);
		assert_noop!(set(PATIENT, DAY, vec![PATIENT], notes), Error::<Test>::SelfReference);
		assert_noop!(set(PATIENT, DAY, vec![1, 2, 3], notes), Error::<Test>::TooManyBeneficiaries);
		assert_noop!(Relationships::check_in(signed(PATIENT)), Error::<Test>::NotFound);
		assert_noop!(
			Relationships::clear_dead_man_switch(signed(PATIENT)),
			Error::<Test>::NotFound
		);
	});
}

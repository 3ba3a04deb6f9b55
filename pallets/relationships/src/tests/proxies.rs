//! Proxies (2018: custodians): limited in categories and time, attributable, and only ever
//! named by the patient.

use super::*;

fn add_meds_proxy(expires: u64) {
	assert_ok!(Relationships::add_proxy(signed(PATIENT), PROXY, meds(), expires));
}

#[test]
fn a_proxy_grants_within_its_scope_and_is_named_in_the_event() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		add_meds_proxy(now() + DAY);
		System::assert_last_event(
			Event::ProxyAdded {
				patient: PATIENT,
				proxy: PROXY,
				categories: meds(),
				expires: now() + DAY,
			}
			.into(),
		);
		assert_ok!(Relationships::grant(
			signed(PROXY),
			PATIENT,
			Viewer::Account(CLINIC),
			Scope::Relationship(id),
			meds(),
			Purpose::Treatment,
			now(),
			now() + DAY,
		));
		let grant = PatientToGrants::<Test>::get(PATIENT)[0].clone();
		assert_eq!(grant.granted_by, PROXY, "the grant is attributable to the proxy");
		assert!(decide(CLINIC, PATIENT, HOSPITAL, Category::Medications).is_allowed());
		assert_ok!(Relationships::revoke(signed(PROXY), PATIENT, grant.id));
		System::assert_last_event(
			Event::Revoked { patient: PATIENT, grant: grant.id, by: PROXY }.into(),
		);
	});
}

#[test]
fn a_proxy_cannot_exceed_its_categories_or_outlive_its_term() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		add_meds_proxy(now() + DAY);
		let grant = |categories| {
			Relationships::grant(
				signed(PROXY),
				PATIENT,
				Viewer::Account(CLINIC),
				Scope::Relationship(id),
				categories,
				Purpose::Treatment,
				now(),
				now() + DAY,
			)
		};
		assert_noop!(grant(Categories::standard()), Error::<Test>::OutsideProxyScope);
		// A grant the patient made on more than the proxy's categories is not the proxy's to
		// revoke.
		let wide = PatientToCounters::<Test>::get(PATIENT).grant;
		assert_ok!(Relationships::grant(
			signed(PATIENT),
			PATIENT,
			Viewer::Account(LAB),
			Scope::AllRelationships,
			Categories::standard(),
			Purpose::Treatment,
			now(),
			now() + DAY
		));
		assert_noop!(
			Relationships::revoke(signed(PROXY), PATIENT, wide),
			Error::<Test>::OutsideProxyScope
		);
		set_now(T0 + DAY);
		assert_noop!(grant(meds()), Error::<Test>::NotAuthorized);
	});
}

#[test]
fn only_the_patient_names_proxies() {
	// Flaw 7: in the original anyone could re-enable a custodian.
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		add_meds_proxy(now() + DAY);
		assert_noop!(
			Relationships::add_proxy(signed(PROXY), FRIEND, meds(), now() + DAY),
			Error::<Test>::NotAPatient
		);
		assert_noop!(
			Relationships::add_proxy(signed(STRANGER), PROXY, meds(), now() + DAY),
			Error::<Test>::NotAPatient
		);
		assert_noop!(
			Relationships::add_proxy(signed(PATIENT), PATIENT, meds(), now() + DAY),
			Error::<Test>::SelfReference
		);
		assert_noop!(
			Relationships::add_proxy(signed(PATIENT), FRIEND, Categories::empty(), now() + DAY),
			Error::<Test>::InvalidCategories
		);
		assert_noop!(
			Relationships::add_proxy(signed(PATIENT), FRIEND, meds(), now()),
			Error::<Test>::Expired
		);
		assert_ok!(Relationships::add_proxy(signed(PATIENT), FRIEND, meds(), now() + DAY));
		assert_noop!(
			Relationships::add_proxy(signed(PATIENT), 202, meds(), now() + DAY),
			Error::<Test>::TooManyProxies
		);
		// Re-naming an existing proxy narrows or widens it in place.
		assert_ok!(Relationships::add_proxy(
			signed(PATIENT),
			PROXY,
			Categories::standard(),
			now() + 2 * DAY
		));
		assert_eq!(PatientToProxies::<Test>::get(PATIENT).len(), 2);
	});
}

#[test]
fn the_patient_removes_a_proxy_or_it_resigns_but_nobody_else_may() {
	ExtBuilder.build_and_execute(|| {
		open_active(PATIENT, HOSPITAL);
		add_meds_proxy(now() + DAY);
		assert_ok!(Relationships::add_proxy(signed(PATIENT), FRIEND, meds(), now() + DAY));
		assert_noop!(
			Relationships::remove_proxy(signed(FRIEND), PATIENT, PROXY),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::remove_proxy(signed(PATIENT), PATIENT, STRANGER),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::remove_proxy(signed(PROXY), PATIENT, PROXY));
		System::assert_last_event(
			Event::ProxyRemoved { patient: PATIENT, proxy: PROXY, by: PROXY }.into(),
		);
		assert_ok!(Relationships::remove_proxy(signed(PATIENT), PATIENT, FRIEND));
		assert!(PatientToProxies::<Test>::get(PATIENT).is_empty());
		assert_noop!(
			Relationships::grant(
				signed(PROXY),
				PATIENT,
				Viewer::Account(CLINIC),
				Scope::AllRelationships,
				meds(),
				Purpose::Treatment,
				now(),
				now() + DAY
			),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_proxy_may_accept_relationships_and_answer_requests() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		add_meds_proxy(now() + DAY);
		assert_ok!(Relationships::accept_relationship(signed(PROXY), 0));
		System::assert_last_event(
			Event::RelationshipAccepted { relationship: 0, patient: PATIENT, by: PROXY }.into(),
		);
		assert!(<Relationships as Controllers<AccountId>>::may_act_for(&PROXY, &PATIENT));
		assert!(!<Relationships as Controllers<AccountId>>::may_act_for(&FRIEND, &PATIENT));
	});
}

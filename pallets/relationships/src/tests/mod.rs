//! Unit tests, by topic. Every call and every error path of every call is exercised; the
//! property test in `model` checks the access decision against a reference model.

use frame_support::{assert_noop, assert_ok};
use medrec_primitives::{
	Basis, Categories, Category, Decision, DenyReason, GrantId, Purpose, RelationshipId, Scope,
	StatusFlags, Subject, Viewer, DAY,
};
use sp_core::H256;

use crate::{mock::*, *};

mod emergency;
mod grants;
mod groups;
mod model;
mod pointers;
mod proxies;
mod relationships;
mod requests;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn meds() -> Categories {
	Categories::of(&[Category::Medications])
}

/// Opens a relationship from `provider` to `patient` and has the patient accept it.
fn open_active(patient: AccountId, provider: AccountId) -> RelationshipId {
	let id = NextRelationshipId::<Test>::get();
	assert_ok!(Relationships::open_relationship(signed(provider), patient));
	assert_ok!(Relationships::accept_relationship(signed(patient), id));
	id
}

/// Grants `viewer` medications on `scope` for treatment, from now for 30 days.
fn grant_meds(patient: AccountId, viewer: AccountId, scope: Scope) -> GrantId {
	let id = PatientToCounters::<Test>::get(patient).grant;
	assert_ok!(Relationships::grant(
		signed(patient),
		patient,
		Viewer::Account(viewer),
		scope,
		meds(),
		Purpose::Treatment,
		now(),
		now() + 30 * DAY,
	));
	id
}

fn decide(
	viewer: AccountId,
	patient: AccountId,
	provider: AccountId,
	category: Category,
) -> Decision {
	Relationships::decide(&viewer, &patient, &provider, category, Purpose::Treatment)
}

//! The research pallet's tests, by topic, with the helpers they share.

mod consent;
mod invitations;
mod queries;
mod studies;

use crate::{mock::*, Event};
use frame_support::assert_ok;
use medrec_primitives::{
	research::*,
	Categories,
	Category::{self, *},
	StudyVerdicts, DAY,
};

pub fn consent_terms(home: AccountId) -> ConsentTerms<AccountId> {
	ConsentTerms {
		permission: DuoPermission::Hmb,
		modifiers: DuoModifiers::default(),
		region: None,
		categories: Categories::standard(),
		not_before: NOW - DAY,
		expires: NOW + 365 * DAY,
		home,
		mode: ConsentMode::Broad,
	}
}

pub fn study_terms(categories: &[Category]) -> StudyTerms {
	StudyTerms {
		title: b"Type 2 diabetes and opioids".to_vec().try_into().expect("short"),
		protocol_url: b"https://research.example/protocol.pdf".to_vec().try_into().expect("short"),
		protocol_sha256: [1; 32],
		ethics_sha256: [2; 32],
		purpose: StudyPurpose {
			primary: PrimaryPurpose::Health,
			methods_development: false,
			commercial: false,
			for_profit_org: false,
			publishes: true,
			region: *b"NL",
			sensitive_area: false,
		},
		categories: Categories::of(categories),
		starts: NOW - 1,
		ends: NOW + 180 * DAY,
		min_cell: 11,
		budget: 1_000,
		max_per_query: 500,
	}
}

/// Registers a study on demographics, conditions and medications by RESEARCHER and has the
/// consortium approve it.
pub fn approved_study() -> StudyId {
	approved(study_terms(&[Demographics, Conditions, Medications]))
}

pub fn approved(terms: StudyTerms) -> StudyId {
	let id = crate::NextStudyId::<Test>::get();
	assert_ok!(Research::register_study(RuntimeOrigin::signed(RESEARCHER), terms));
	<Research as StudyVerdicts>::approved(id);
	id
}

pub fn consent(patient: AccountId, home: AccountId) {
	assert_ok!(Research::set_consent(RuntimeOrigin::signed(patient), patient, consent_terms(home)));
}

pub fn code(s: &str) -> Code {
	Code::new(s).expect("short")
}

/// "Has type 2 diabetes (E11 and below)", by sex, at `epsilon` milli-ε.
pub fn diabetes_by_sex(epsilon: MilliEpsilon) -> Query {
	let mut q = Query {
		epsilon,
		index_date: NOW,
		criteria: vec![Criterion::Has(Clause {
			resource: ResourceKind::Condition,
			system: CodeSystem::Icd10,
			codes: vec![code("E11")].try_into().expect("one"),
			prefix: true,
			value: None,
			window: None,
			sensitive: Categories::empty(),
		})]
		.try_into()
		.expect("one"),
		group_by: vec![Dimension::Sex].try_into().expect("one"),
	};
	q.canonicalize();
	q
}

/// The same question with `n` years as the lower age limit: a different query.
pub fn diabetes_over(years: u8, epsilon: MilliEpsilon) -> Query {
	let mut q = diabetes_by_sex(epsilon);
	let mut criteria = q.criteria.into_inner();
	criteria.push(Criterion::Age { min: years, max: 120 });
	q.criteria = criteria.try_into().expect("two");
	q.canonicalize();
	q
}

pub fn research_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Research(e) => Some(e),
			_ => None,
		})
		.collect()
}

pub fn last_event() -> Event<Test> {
	research_events().pop().expect("an event")
}

pub fn set_now(now: u64) {
	Timestamp::set_timestamp(now);
}

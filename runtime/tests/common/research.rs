//! Research values shared by the runtime tests: a patient's consent and a study's query.

use medrec_primitives::{
	research::{
		Clause, Code, CodeSystem, ConsentMode, ConsentTerms, Criterion, Dimension, DuoModifiers,
		DuoPermission, Query, ResourceKind,
	},
	Categories, DAY,
};
use sp_keyring::Sr25519Keyring::Alice;

/// 2026-06-01, when the tests run.
pub const NOW: u64 = 1_780_272_000_000;

/// Broad HMB consent under IRB oversight to every standard category, homed at Alice General
/// Hospital, for a year from yesterday.
pub fn consent_terms() -> ConsentTerms<medrec_runtime::AccountId> {
	ConsentTerms {
		permission: DuoPermission::Hmb,
		modifiers: DuoModifiers::IRB,
		region: None,
		categories: Categories::standard(),
		not_before: NOW - DAY,
		expires: NOW + 365 * DAY,
		home: Alice.to_account_id(),
		mode: ConsentMode::Broad,
	}
}

/// Patients with a type 2 diabetes diagnosis (ICD-10 E11*), by sex, at `epsilon`.
pub fn diabetes_by_sex(epsilon: u32) -> Query {
	let mut q = Query {
		epsilon,
		index_date: NOW,
		criteria: vec![Criterion::Has(Clause {
			resource: ResourceKind::Condition,
			system: CodeSystem::Icd10,
			codes: vec![Code::new("E11").expect("short")].try_into().expect("one"),
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

//! Research through the real runtime, on the development preset: Charlie Research Institute
//! registers a study with signed extrinsics, the consortium (Alice alone is its majority)
//! approves it, the consenting patient is invited and counted, and the budget holds.

mod common;

use common::{
	preset_ext,
	research::{consent_terms, diabetes_by_sex, NOW},
	signed,
};
use frame_support::{traits::Hooks, weights::Weight};
use medrec_primitives::{
	research::{
		Choice, Code, Eligible, Ineligible, PrimaryPurpose, StudyPurpose, StudyState, StudyTerms,
	},
	Categories, Category, StatusFlags, Subject, DAY,
};
use medrec_runtime::{
	Consortium, Executive, Relationships, Research, Runtime, RuntimeCall, RuntimeOrigin, Summary,
	System,
};
// The runtime side of the API: its functions called on `Runtime`, as the node calls them.
use medrec_runtime_api::runtime_decl_for_research_api::ResearchApiV1;
use pallet_medrec_research::Call as ResearchCall;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Eve, Ferdie};

/// Eve and Ferdie are Alice General Hospital's patients; Eve also Bob Family Clinic's.
fn patients() {
	// Set directly: the timestamp inherent would also check Aura's slot.
	pallet_timestamp::Now::<Runtime>::put(NOW);
	for (provider, patient) in [(Alice, Eve), (Alice, Ferdie), (Bob, Eve)] {
		let id = pallet_medrec_relationships::NextRelationshipId::<Runtime>::get();
		Relationships::open_relationship(
			RuntimeOrigin::signed(provider.to_account_id()),
			patient.to_account_id(),
		)
		.expect("provider opens");
		Relationships::accept_relationship(RuntimeOrigin::signed(patient.to_account_id()), id)
			.expect("patient accepts");
	}
}

fn study_terms() -> StudyTerms {
	StudyTerms {
		title: b"Type 2 diabetes in primary care".to_vec().try_into().expect("short"),
		protocol_url: b"https://charlie-research.example/t2d.pdf"
			.to_vec()
			.try_into()
			.expect("short"),
		protocol_sha256: [3; 32],
		ethics_sha256: [4; 32],
		purpose: StudyPurpose {
			primary: PrimaryPurpose::Disease(
				vec![Code::new("E11").expect("short")].try_into().expect("one"),
			),
			methods_development: false,
			commercial: false,
			for_profit_org: false,
			publishes: true,
			region: *b"NL",
			sensitive_area: false,
		},
		categories: Categories::of(&[Category::Demographics, Category::Conditions]),
		starts: NOW,
		ends: NOW + 90 * DAY,
		min_cell: 11,
		budget: 1_000,
		max_per_query: 500,
	}
}

/// Applies `call` signed by `who` through the executive, as a block author would.
fn apply(who: sp_keyring::Sr25519Keyring, call: RuntimeCall) -> sp_runtime::DispatchResult {
	let nonce = System::account_nonce(who.to_account_id());
	Executive::apply_extrinsic(signed(&who.pair(), nonce, call)).expect("valid transaction")
}

#[test]
fn a_study_is_approved_by_the_consortium_and_counts_only_the_consenting() {
	preset_ext("development").execute_with(|| {
		patients();
		// Eve consents through a signed extrinsic; Ferdie never does.
		apply(
			Eve,
			RuntimeCall::Research(ResearchCall::set_consent {
				patient: Eve.to_account_id(),
				terms: consent_terms(),
			}),
		)
		.expect("Eve consents");
		// Charlie Research Institute registers; the consortium hears of it.
		apply(
			Charlie,
			RuntimeCall::Research(ResearchCall::register_study { terms: study_terms() }),
		)
		.expect("a research organisation registers");
		assert!(matches!(
			pallet_medrec_research::Studies::<Runtime>::get(0).map(|s| s.state),
			Some(StudyState::Proposed { proposal: 0, .. })
		));
		// Queries wait for approval.
		assert!(apply(
			Charlie,
			RuntimeCall::Research(ResearchCall::authorize_query {
				study: 0,
				query: diabetes_by_sex(100)
			})
		)
		.is_err());
		// Alice is the development consortium's only member: her aye is a strict majority.
		Consortium::vote(RuntimeOrigin::signed(Alice.to_account_id()), 0, true).expect("votes");
		let study = Runtime::study(0).expect("the API shows it");
		assert!(study.is_approved());

		// The invitation reaches Eve in idle weight; Ferdie, without a consent, hears nothing.
		Research::on_idle(System::block_number(), Weight::MAX);
		let flags = |who: sp_keyring::Sr25519Keyring| {
			Summary::status(&who.to_account_id(), Subject::Study(0))
		};
		assert!(flags(Eve).contains(StatusFlags::RESEARCH_INVITATION));
		assert!(flags(Ferdie).is_empty());

		// The cohort: Eve at her home site, nobody at the clinic, where she is not homed.
		assert_eq!(
			Runtime::cohort(0, Alice.to_account_id(), None, 100),
			(vec![Eve.to_account_id()], None)
		);
		assert_eq!(Runtime::cohort(0, Bob.to_account_id(), None, 100), (vec![], None));
		// Where the query goes: every provider's gatekeeper, the pharmacy and the institute not.
		let mut sites = Runtime::sites();
		sites.sort();
		let mut expected = vec![
			(Alice.to_account_id(), b"http://127.0.0.1:8080".to_vec()),
			(Bob.to_account_id(), b"http://127.0.0.1:8090".to_vec()),
		];
		expected.sort();
		assert_eq!(sites, expected);
		assert_eq!(Runtime::eligibility(Eve.to_account_id(), 0), Ok(Eligible::Broad));
		assert_eq!(Runtime::eligibility(Ferdie.to_account_id(), 0), Err(Ineligible::NoConsent));

		// The query is authorized and debited; the budget refuses more than remains.
		apply(
			Charlie,
			RuntimeCall::Research(ResearchCall::authorize_query {
				study: 0,
				query: diabetes_by_sex(500),
			}),
		)
		.expect("authorized");
		assert_eq!(Runtime::queries(0).len(), 1);
		assert_eq!(Runtime::study(0).map(|s| s.remaining()), Some(500));

		// Eve opts out: from this block on she is in no cohort of the study.
		apply(
			Eve,
			RuntimeCall::Research(ResearchCall::choose {
				patient: Eve.to_account_id(),
				study: 0,
				choice: Choice::OptOut,
			}),
		)
		.expect("Eve opts out");
		assert_eq!(Runtime::cohort(0, Alice.to_account_id(), None, 100), (vec![], None));
		assert_eq!(Runtime::choices(Eve.to_account_id()), vec![(0, Choice::OptOut)]);
	});
}

#[test]
fn ending_the_home_relationship_takes_the_patient_out_of_every_cohort() {
	preset_ext("development").execute_with(|| {
		patients();
		Research::set_consent(
			RuntimeOrigin::signed(Eve.to_account_id()),
			Eve.to_account_id(),
			consent_terms(),
		)
		.expect("Eve consents");
		Research::register_study(RuntimeOrigin::signed(Charlie.to_account_id()), study_terms())
			.expect("registers");
		Consortium::vote(RuntimeOrigin::signed(Alice.to_account_id()), 0, true).expect("votes");
		assert_eq!(Runtime::cohort(0, Alice.to_account_id(), None, 100).0.len(), 1);
		let relationship =
			pallet_medrec_relationships::PatientAndProviderToRelationship::<Runtime>::get(
				Eve.to_account_id(),
				Alice.to_account_id(),
			)
			.expect("exists");
		Relationships::end_relationship(RuntimeOrigin::signed(Eve.to_account_id()), relationship)
			.expect("Eve ends it");
		assert_eq!(Runtime::cohort(0, Alice.to_account_id(), None, 100).0.len(), 0);
		assert_eq!(Runtime::eligibility(Eve.to_account_id(), 0), Err(Ineligible::HomeNotActive));
	});
}

#[test]
fn only_a_research_organisation_registers_studies() {
	preset_ext("development").execute_with(|| {
		// Set directly: the timestamp inherent would also check Aura's slot.
		pallet_timestamp::Now::<Runtime>::put(NOW);
		// Dave Pharmacy is an organisation, but not a research one.
		assert!(apply(
			sp_keyring::Sr25519Keyring::Dave,
			RuntimeCall::Research(ResearchCall::register_study { terms: study_terms() })
		)
		.is_err());
		assert_eq!(Runtime::studies(0, 10), vec![]);
	});
}

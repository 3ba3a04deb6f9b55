//! Every generated Bundle passes the gatekeeper's ingest check, in the category its labels say.

use medrec_fhir::check_ingest;
use medrec_synth::{codes, patients, AccountMode, Config, SynthPatient};

/// The checked category's name. `Category` lives in `medrec-primitives`, which this crate does
/// not depend on; its unit variants' Debug names are their names.
fn category(c: &medrec_fhir::Checked) -> String {
	format!("{:?}", c.category)
}

/// Checks every Bundle of `p`; returns how many resources were in sensitive categories.
fn check(p: &SynthPatient) -> (usize, usize) {
	let t = &p.truth;
	let (mut mental, mut substance) = (0, 0);
	for (site, bundle) in &p.bundles {
		let checked = match check_ingest(bundle) {
			Ok(c) => c,
			Err(issues) => panic!("patient {} site {site}: {issues:#?}", t.index),
		};
		let facts = t.facts_at(*site).count();
		assert!(checked.len() > 1 && checked.len() <= facts + 1, "{} resources", checked.len());
		for c in &checked {
			assert_eq!(c.patient, t.patient_id);
			if c.resource_type == "Patient" {
				assert_eq!(c.account.as_deref(), Some(t.account.as_str()));
				assert_eq!(category(c), "Demographics");
				continue;
			}
			let codes_of = |system: &str| {
				t.facts
					.iter()
					.filter(|f| f.id == c.id && f.system == system)
					.map(|f| f.code.clone())
					.collect::<Vec<_>>()
			};
			let icd = codes_of(codes::ICD10CM);
			let rx = codes_of(codes::RXNORM);
			let expected = if icd == ["F32.9"] || rx == ["36437"] {
				mental += 1;
				"MentalHealth"
			} else if icd == ["F11.20"] || rx == ["1819"] || rx == ["6813"] {
				substance += 1;
				"SubstanceUse"
			} else {
				match c.resource_type.as_str() {
					"Condition" => "Conditions",
					"MedicationRequest" => "Medications",
					"Observation" => "Observations",
					"Immunization" => "Immunizations",
					"Encounter" => "Encounters",
					other => panic!("unexpected {other}"),
				}
			};
			assert_eq!(category(c), expected, "{} {}", c.resource_type, c.id);
		}
	}
	(mental, substance)
}

#[test]
fn every_bundle_passes_the_ingest_check_in_its_category() {
	// Dev keys, as CI loads them: 300 patients over 3 sites.
	let config = Config { seed: 7, sites: 3, accounts: AccountMode::Keys, ..Config::default() };
	let (mut mental, mut bundles) = (0, 0);
	for p in patients(&config, 0..300) {
		mental += check(&p).0;
		bundles += p.bundles.len();
	}
	assert!(bundles > 350, "{bundles} bundles");
	assert!(mental > 10, "{mental} mental-health resources");

	// OUD is rare: check the OUD patients among the next 4 000 (keyless, to be quick).
	let config = Config { accounts: AccountMode::Keyless, ..config };
	let mut substance = 0;
	for p in patients(&config, 300..4300).filter(|p| p.truth.has_code(codes::ICD10CM, "F11.20")) {
		substance += check(&p).1;
	}
	assert!(substance >= 20, "{substance} substance-use resources");
}

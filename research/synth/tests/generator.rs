//! The generator through its public API: determinism, accounts, ids, the truth against the
//! Bundles, and the population's distributions.

use medrec_synth::{
	account_ss58, codes,
	model::{age_band, AGE_BANDS},
	patient, patients, AccountMode, Config, Date, Fact, Gender, SecurityLabel, SynthPatient,
};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use std::collections::{BTreeMap, HashSet};

fn keyless(seed: u64) -> Config {
	Config { seed, accounts: AccountMode::Keyless, ..Config::default() }
}

#[test]
fn a_patient_is_the_same_whatever_slice_generates_it() {
	let config = Config { seed: 7, ..Config::default() };
	let slice: Vec<SynthPatient> = patients(&config, 5000..5012).collect();
	for (k, p) in slice.iter().enumerate() {
		let i = 5000 + k as u64;
		assert_eq!(p.truth.index, i);
		assert_eq!(*p, patient(&config, i), "patient {i} alone");
	}
	// A slice that starts elsewhere overlaps identically.
	let other: Vec<SynthPatient> = patients(&config, 5006..5020).collect();
	assert_eq!(slice[6..], other[..6]);
	// Repeated calls agree, byte for byte once serialized.
	let a = serde_json::to_string(&patient(&config, 3).bundles).expect("json");
	let b = serde_json::to_string(&patient(&config, 3).bundles).expect("json");
	assert_eq!(a, b);
}

#[test]
fn different_seeds_make_different_patients() {
	let (a, b) = (keyless(1), keyless(2));
	let differing = (0..50)
		.filter(|&i| {
			let (p, q) = (patient(&a, i), patient(&b, i));
			p.truth.birth_date != q.truth.birth_date || p.truth.facts.len() != q.truth.facts.len()
		})
		.count();
	assert!(differing >= 45, "only {differing} of 50 differ");
	// And even the ids never collide across seeds.
	assert_ne!(patient(&a, 0).truth.patient_id, patient(&b, 0).truth.patient_id);
}

#[test]
fn keys_mode_accounts_are_the_dev_keys_and_keyless_ones_depend_on_the_seed() {
	let config = Config::default();
	for i in [0u64, 1, 42, 99_999] {
		let pair = sr25519::Pair::from_string(&format!("//synth//{i}"), None).expect("dev uri");
		let expected = sp_core::crypto::AccountId32::from(pair.public()).to_ss58check();
		assert_eq!(account_ss58(&config, i), expected, "//synth//{i}");
	}
	assert_eq!(patient(&config, 42).truth.account, account_ss58(&config, 42));
	// The dev key of index 0 is not Alice's or anyone's well known key.
	assert_ne!(account_ss58(&config, 0), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

	let (a, b) = (keyless(1), keyless(2));
	assert_ne!(account_ss58(&a, 5), account_ss58(&b, 5));
	assert_ne!(account_ss58(&a, 5), account_ss58(&a, 6));
	assert_ne!(account_ss58(&a, 5), account_ss58(&config, 5));
	assert_eq!(account_ss58(&a, 5), account_ss58(&keyless(1), 5));
	assert!(sp_core::crypto::AccountId32::from_ss58check(&account_ss58(&a, 5)).is_ok());
}

fn valid_id(id: &str) -> bool {
	(1..=64).contains(&id.len())
		&& id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

fn resources(bundle: &Value) -> impl Iterator<Item = &Value> {
	bundle["entry"].as_array().into_iter().flatten().map(|e| &e["resource"])
}

#[test]
fn ids_are_valid_and_unique_over_a_run() {
	let config = Config { seed: u64::MAX, sites: 8, ..keyless(0) };
	let mut clinical = HashSet::new();
	let mut patients_per_site: Vec<HashSet<String>> = vec![HashSet::new(); 8];
	for p in patients(&config, u64::MAX - 1500..u64::MAX) {
		for (site, bundle) in &p.bundles {
			let pid = &p.truth.patient_id;
			for r in resources(bundle) {
				let id = r["id"].as_str().expect("id").to_string();
				assert!(valid_id(&id), "{id:?}");
				if r["resourceType"] == "Patient" {
					assert_eq!(&id, pid);
					assert!(patients_per_site[usize::from(*site)].insert(id), "Patient twice");
				} else {
					let subject = if r["resourceType"] == "Immunization" {
						&r["patient"]
					} else {
						&r["subject"]
					};
					assert_eq!(subject["reference"], format!("Patient/{pid}"));
					assert!(clinical.insert(id.clone()), "{id} twice in the run");
				}
			}
		}
	}
	assert!(clinical.len() > 15_000, "{} resources", clinical.len());
}

/// The facts a Bundle states, read from its JSON independently of the generator.
fn facts_of(site: u8, bundle: &Value) -> Vec<Fact> {
	let mut out = Vec::new();
	for r in resources(bundle) {
		let kind = r["resourceType"].as_str().expect("type");
		let (codings, date) = match kind {
			"Patient" => continue,
			"Encounter" => (vec![r["class"].clone()], &r["period"]["start"]),
			"Condition" => {
				(r["code"]["coding"].as_array().expect("coding").clone(), &r["onsetDateTime"])
			},
			"MedicationRequest" => (
				r["medicationCodeableConcept"]["coding"].as_array().expect("coding").clone(),
				&r["authoredOn"],
			),
			"Observation" => {
				(r["code"]["coding"].as_array().expect("coding").clone(), &r["effectiveDateTime"])
			},
			"Immunization" => (
				r["vaccineCode"]["coding"].as_array().expect("coding").clone(),
				&r["occurrenceDateTime"],
			),
			other => panic!("unexpected {other}"),
		};
		let date: Date = date.as_str().expect("date").parse().expect("a FHIR date");
		let labels = r["meta"]["security"].as_array().cloned().unwrap_or_default();
		assert!(labels.len() <= 1);
		let label = labels.first().map(|l| {
			assert_eq!(l["system"], codes::ACT_CODE);
			serde_json::from_value::<SecurityLabel>(l["code"].clone()).expect("label")
		});
		for c in codings {
			out.push(Fact {
				site,
				resource_type: kind.to_string(),
				id: r["id"].as_str().expect("id").to_string(),
				system: c["system"].as_str().expect("system").to_string(),
				code: c["code"].as_str().expect("code").to_string(),
				value: r["valueQuantity"]["value"].as_f64(),
				date,
				label,
			});
		}
	}
	out
}

fn sorted(mut facts: Vec<Fact>) -> Vec<Fact> {
	facts.sort_by(|a, b| (a.site, &a.id, &a.system).cmp(&(b.site, &b.id, &b.system)));
	facts
}

#[test]
fn the_truth_is_exactly_what_the_bundles_say() {
	let config = keyless(11);
	let mut labelled = 0;
	for p in patients(&config, 0..1500) {
		let t = &p.truth;
		let sites: Vec<u8> = p.bundles.iter().map(|(s, _)| *s).collect();
		assert_eq!(sites, t.sites);
		assert_eq!(t.sites[0], t.home_site);
		let written = p.bundles.iter().flat_map(|(s, b)| facts_of(*s, b)).collect();
		assert_eq!(sorted(written), sorted(t.facts.clone()), "patient {}", t.index);

		// The Patient copies state the truth's demographics.
		for (_, b) in &p.bundles {
			let pat = resources(b).next().expect("Patient first");
			assert_eq!(pat["resourceType"], "Patient");
			assert_eq!(pat["birthDate"], t.birth_date.to_string());
			assert_eq!(pat["gender"], serde_json::to_value(t.gender).expect("gender"));
			assert_eq!(pat["identifier"][0]["value"], t.account.as_str());
		}
		assert_eq!(t.birth_date.age_on(config.as_of), t.age);

		// Dates, values, units and labels follow the design.
		let window_start = t.birth_date.max(config.as_of.years_before(10));
		let diabetic = t.has_code(codes::ICD10CM, "E11.9");
		for f in &t.facts {
			let born_today = t.birth_date == config.as_of;
			assert!(f.date >= window_start && (f.date < config.as_of || born_today), "{f:?}");
			let expected_label = match (f.system.as_str(), f.code.as_str()) {
				(codes::ICD10CM, "F32.9") | (codes::SNOMED, "35489007") => Some(SecurityLabel::Psy),
				(codes::RXNORM, "36437") => Some(SecurityLabel::Psy),
				(codes::ICD10CM, "F11.20") | (codes::SNOMED, "75544000") => {
					Some(SecurityLabel::OpioidUd)
				},
				(codes::RXNORM, "1819" | "6813") => Some(SecurityLabel::OpioidUd),
				_ => None,
			};
			assert_eq!(f.label, expected_label, "{f:?}");
			labelled += usize::from(f.label.is_some());
			if f.code == "4548-4" {
				let v = f.value.expect("HbA1c value");
				let (lo, hi) = if diabetic { (7.0, 10.0) } else { (4.8, 5.9) };
				assert!((lo..=hi).contains(&v), "HbA1c {v}, diabetic {diabetic}");
			}
		}
		for (_, b) in &p.bundles {
			for r in resources(b).filter(|r| r["resourceType"] == "Observation") {
				let q = &r["valueQuantity"];
				let loinc = r["code"]["coding"][0]["code"].as_str().expect("code");
				let m = codes::MEASURES.iter().find(|m| m.code.code == loinc).expect("known");
				assert_eq!(
					(&q["system"], &q["code"]),
					(&Value::from(codes::UCUM), &Value::from(m.ucum))
				);
				assert_eq!(r["category"][0]["coding"][0]["code"], m.category.code);
			}
			for r in resources(b).filter(|r| r["resourceType"] == "Condition") {
				let systems: Vec<&str> = r["code"]["coding"]
					.as_array()
					.expect("coding")
					.iter()
					.map(|c| c["system"].as_str().expect("system"))
					.collect();
				assert_eq!(systems, [codes::ICD10CM, codes::SNOMED]);
			}
		}
	}
	assert!(labelled > 100, "{labelled} labelled facts");
}

fn share(n: usize, of: usize) -> f64 {
	100.0 * n as f64 / of as f64
}

#[test]
fn the_population_has_the_designed_distributions() {
	const N: u64 = 20_000;
	let config = keyless(2026);
	let mut bands = [0usize; 6];
	let mut diabetic = [0usize; 6];
	let mut genders: BTreeMap<Gender, usize> = BTreeMap::new();
	let (mut adults, mut oud, mut treated_oud, mut opioid_orders) = (0, 0, 0, 0);
	let (mut second, mut homes) = (0, [0usize; 3]);
	let (mut with_condition, mut only_second) = (0, 0);
	let mut resources_per_patient = Vec::new();
	for p in patients(&config, 0..N) {
		let t = &p.truth;
		let b = age_band(t.age);
		assert!((AGE_BANDS[b].min..=AGE_BANDS[b].max).contains(&t.age));
		bands[b] += 1;
		diabetic[b] += usize::from(t.has_code(codes::ICD10CM, "E11.9"));
		*genders.entry(t.gender).or_default() += 1;
		if t.age >= 18 {
			adults += 1;
			if t.has_code(codes::ICD10CM, "F11.20") {
				oud += 1;
				treated_oud += usize::from(
					t.has_code(codes::RXNORM, "1819") || t.has_code(codes::RXNORM, "6813"),
				);
			}
			opioid_orders += usize::from(t.has_opioid_order());
		} else {
			assert!(!t.has_code(codes::ICD10CM, "F11.20"), "OUD is adults only");
		}
		homes[usize::from(t.home_site)] += 1;
		second += usize::from(t.sites.len() == 2);
		for d in codes::DIAGNOSES {
			let (icd, code) = (d.icd10cm.system, d.icd10cm.code);
			if t.has_code(icd, code) {
				with_condition += 1;
				only_second += usize::from(!t.has_code_at(t.home_site, icd, code));
			}
		}
		resources_per_patient.push(
			p.bundles
				.iter()
				.map(|(_, b)| b["entry"].as_array().expect("entries").len())
				.sum::<usize>(),
		);
	}
	let n = N as usize;

	for (band, count) in AGE_BANDS.iter().zip(bands) {
		let (got, want) = (share(count, n), f64::from(band.permille) / 10.0);
		assert!((got - want).abs() <= 1.5, "ages {}-{}: {got:.2}% vs {want}%", band.min, band.max);
	}
	for (gender, want, tolerance) in [
		(Gender::Female, 50.5, 1.5),
		(Gender::Male, 49.0, 1.5),
		(Gender::Other, 0.3, 0.2),
		(Gender::Unknown, 0.2, 0.15),
	] {
		let got = share(genders.get(&gender).copied().unwrap_or(0), n);
		assert!((got - want).abs() <= tolerance, "{gender:?}: {got:.2}% vs {want}%");
	}

	// ~1% of adults have OUD (binomial SE at 15 600 adults is ~0.08 pp); most are treated.
	let oud_share = share(oud, adults);
	assert!((0.7..=1.4).contains(&oud_share), "OUD {oud_share:.2}% of adults");
	assert!(treated_oud * 100 >= oud * 70, "{treated_oud} of {oud} OUD patients treated");
	let opioid_share = share(opioid_orders, adults);
	assert!((10.5..=13.5).contains(&opioid_share), "opioid orders {opioid_share:.2}% of adults");

	// Diabetes rises band over band up to 65-79; 80+ (800 patients) only beats 50-64, since
	// its designed 2-point edge over 65-79 is within its sampling noise.
	let rate: Vec<f64> = diabetic.iter().zip(bands).map(|(d, b)| share(*d, b)).collect();
	assert!(rate.windows(2).take(4).all(|w| w[0] < w[1]), "diabetes by band {rate:?}");
	assert!(rate[5] > rate[3], "diabetes by band {rate:?}");

	let second_share = share(second, n);
	assert!((23.5..=26.5).contains(&second_share), "second site {second_share:.2}%");
	for h in homes {
		assert!((share(h, n) - 100.0 / 3.0).abs() <= 1.5, "home sites {homes:?}");
	}
	// Some conditions are only at a second site, so home-only counts undercount: a few percent.
	let missed = share(only_second, with_condition);
	assert!((1.0..=8.0).contains(&missed), "{missed:.2}% of condition-patient pairs");

	resources_per_patient.sort();
	let mean = resources_per_patient.iter().sum::<usize>() as f64 / n as f64;
	let (p5, p95) = (resources_per_patient[n / 20], resources_per_patient[n - n / 20]);
	assert!((12.5..=16.0).contains(&mean), "{mean:.2} resources per patient");
	assert!(p5 >= 8 && p95 <= 22, "5th-95th percentile {p5}-{p95}");
}

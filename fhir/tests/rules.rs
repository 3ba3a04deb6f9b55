//! The FHIR rules through the crate's public API. They live here, not in a `#[cfg(test)]`
//! module, so that the test build links the library instead of compiling it (and the R4 model's
//! serde code it instantiates, minutes of release compile) a second time.

use medrec_fhir::{check_ingest, check_resource, ACCOUNT_SYSTEM, ACT_CODE};
use medrec_primitives::Category;
use serde_json::{json, Value};

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

fn patient() -> Value {
	json!({
		"resourceType": "Patient", "id": "p1",
		"identifier": [{ "system": ACCOUNT_SYSTEM, "value": ALICE }],
		"name": [{ "family": "Chalmers", "given": ["Peter"] }],
		"birthDate": "1974-12-25"
	})
}

fn allergy() -> Value {
	json!({
		"resourceType": "AllergyIntolerance", "id": "a1",
		"patient": { "reference": "Patient/p1" },
		"code": { "text": "Penicillin" }
	})
}

#[test]
fn a_bundle_checks_and_maps_each_resource() {
	let bundle = json!({
		"resourceType": "Bundle", "type": "collection",
		"entry": [{ "resource": patient() }, { "resource": allergy() }]
	});
	let checked = check_ingest(&bundle).expect("valid bundle");
	assert_eq!(checked.len(), 2);
	assert_eq!(checked[0].category, Category::Demographics);
	assert_eq!(checked[0].account.as_deref(), Some(ALICE));
	assert_eq!(checked[1].category, Category::Allergies);
	assert_eq!(checked[1].patient, "p1");
}

#[test]
fn security_labels_move_a_resource_to_a_sensitive_category() {
	let mut condition = json!({
		"resourceType": "Condition", "id": "c1",
		"subject": { "reference": "Patient/p1" },
		"meta": { "security": [{ "system": ACT_CODE, "code": "PSY" }] }
	});
	assert_eq!(check_resource(&condition).map(|c| c.category), Ok(Category::MentalHealth));
	condition["meta"]["security"][0]["code"] = json!("R");
	assert_eq!(check_resource(&condition).map(|c| c.category), Ok(Category::Conditions));
}

#[test]
fn broken_resources_are_refused_with_their_locations() {
	let mut bad = allergy();
	bad["criticality"] = json!(42);
	let issues = check_resource(&bad).expect_err("a number is not a code");
	assert_eq!(issues[0].code, "structure");

	let mut unknown = allergy();
	unknown["colour"] = json!("red");
	let issues = check_resource(&unknown).expect_err("unknown element");
	assert_eq!(issues[0].location.as_deref(), Some("colour"));

	let mut orphan = allergy();
	orphan["patient"] = json!({ "reference": "Group/1" });
	let issues = check_resource(&orphan).expect_err("not a patient reference");
	assert_eq!(issues[0].location.as_deref(), Some("patient.reference"));

	let mut anonymous = patient();
	anonymous["identifier"] = json!([]);
	assert!(check_resource(&anonymous).is_err());

	let unsupported = json!({ "resourceType": "Claim", "id": "x" });
	assert_eq!(check_resource(&unsupported).expect_err("claim")[0].code, "not-supported");
}

#[test]
fn one_bad_entry_fails_the_whole_bundle() {
	let mut bad = allergy();
	bad["id"] = json!("has spaces");
	let bundle = json!({
		"resourceType": "Bundle", "type": "transaction",
		"entry": [{ "resource": patient() }, { "resource": bad }]
	});
	let issues = check_ingest(&bundle).expect_err("bad id");
	assert!(issues
		.iter()
		.all(|i| i.location.as_deref().is_some_and(|l| l.starts_with("Bundle.entry[1]"))));
}

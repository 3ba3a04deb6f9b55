//! MedRec's FHIR R4 rules, on the way in and out of a gatekeeper: checking what is ingested,
//! mapping each resource to a chain [`Category`], and the few resources the gatekeeper writes
//! itself (`OperationOutcome`, searchset `Bundle`).
//!
//! Structure is checked by the `fhir` crate's generated R4 model (element types, cardinality,
//! primitive formats, required bindings), and elements the R4 model does not know are
//! refused rather than silently dropped. What the gatekeeper stores is the provider's own JSON,
//! so nothing is lost to a model round trip.

pub mod fuzzing;

use fhir::r4::{resources::Resource as R4Resource, validate::Validate};
use medrec_primitives::Category;
use serde_json::{json, Map, Value};
use sp_core::crypto::{AccountId32, Ss58Codec};

/// The identifier system whose value is a patient's MedRec account (SS58). Every `Patient`
/// ingested carries one, which is how the gatekeeper knows whom the chain asks about.
pub const ACCOUNT_SYSTEM: &str = "urn:medrec:account";

/// HL7 v3 ActCode, the code system of FHIR's sensitivity security labels.
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// The resource types a gatekeeper holds, with the element naming their patient and the
/// category they fall in unless a security label says otherwise.
const HELD: &[(&str, &str, Category)] = &[
	("Patient", "", Category::Demographics),
	("Condition", "subject", Category::Conditions),
	("MedicationRequest", "subject", Category::Medications),
	("AllergyIntolerance", "patient", Category::Allergies),
	("Immunization", "patient", Category::Immunizations),
	("Observation", "subject", Category::Observations),
	("Procedure", "subject", Category::Procedures),
	("Encounter", "subject", Category::Encounters),
	("DocumentReference", "subject", Category::ClinicalNotes),
	("ImagingStudy", "subject", Category::Imaging),
];

/// The searchable types: every held type but `Patient`, which is read by id.
pub fn searchable(resource_type: &str) -> bool {
	resource_type != "Patient" && HELD.iter().any(|(t, _, _)| *t == resource_type)
}

/// The category a type's resources fall in when no security label says otherwise.
pub fn default_category(resource_type: &str) -> Option<Category> {
	HELD.iter().find(|(t, _, _)| *t == resource_type).map(|(_, _, c)| *c)
}

/// A problem with a request, as FHIR reports it: an HTTP status plus an `OperationOutcome`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
	/// FHIR `IssueType` code (`structure`, `invalid`, `not-found`, `security`...).
	pub code: &'static str,
	/// A FHIRPath-ish location, when the problem is in a resource.
	pub location: Option<String>,
	pub diagnostics: String,
}

impl Issue {
	pub fn new(code: &'static str, diagnostics: impl Into<String>) -> Self {
		Self { code, location: None, diagnostics: diagnostics.into() }
	}

	pub fn at(mut self, location: impl Into<String>) -> Self {
		self.location = Some(location.into());
		self
	}
}

/// An `OperationOutcome` with one `error` issue per entry of `issues`.
pub fn operation_outcome(issues: &[Issue]) -> Value {
	let issue: Vec<Value> = issues
		.iter()
		.map(|i| {
			let mut v =
				json!({ "severity": "error", "code": i.code, "diagnostics": i.diagnostics });
			if let Some(location) = &i.location {
				v["expression"] = json!([location]);
			}
			v
		})
		.collect();
	json!({ "resourceType": "OperationOutcome", "issue": issue })
}

/// One resource that passed validation, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
	pub resource_type: String,
	pub id: String,
	/// The `Patient` id this resource belongs to (its own id for a `Patient`).
	pub patient: String,
	pub category: Category,
	/// For a `Patient`: the MedRec account named by its [`ACCOUNT_SYSTEM`] identifier.
	pub account: Option<String>,
	pub body: Value,
}

/// Checks an ingest payload, a single resource or a `Bundle` of them, and returns every
/// resource in it, or every problem found (with its location) and nothing else.
pub fn check_ingest(payload: &Value) -> Result<Vec<Checked>, Vec<Issue>> {
	let Some(kind) = payload.get("resourceType").and_then(Value::as_str) else {
		return Err(vec![Issue::new(
			"structure",
			"the body is not a FHIR resource: no resourceType",
		)]);
	};
	let resources: Vec<(String, &Value)> = if kind == "Bundle" {
		let bundle_type = payload.get("type").and_then(Value::as_str).unwrap_or_default();
		if !matches!(bundle_type, "transaction" | "batch" | "collection") {
			return Err(vec![Issue::new(
				"invalid",
				format!(
					"a Bundle to ingest is a transaction, batch or collection, not {bundle_type:?}"
				),
			)
			.at("Bundle.type")]);
		}
		let entries =
			payload.get("entry").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
		if entries.is_empty() {
			return Err(
				vec![Issue::new("required", "the Bundle has no entries").at("Bundle.entry")],
			);
		}
		let mut out = Vec::new();
		for (i, entry) in entries.iter().enumerate() {
			match entry.get("resource") {
				Some(resource) => out.push((format!("Bundle.entry[{i}].resource"), resource)),
				None => {
					return Err(vec![Issue::new("required", "entry without a resource")
						.at(format!("Bundle.entry[{i}]"))])
				},
			}
		}
		out
	} else {
		vec![(kind.to_string(), payload)]
	};

	let mut checked = Vec::new();
	let mut issues = Vec::new();
	for (at, resource) in resources {
		match check_resource(resource) {
			Ok(c) => checked.push(c),
			Err(found) => issues.extend(found.into_iter().map(|i| {
				let location = match &i.location {
					Some(inner) => format!("{at}.{inner}"),
					None => at.clone(),
				};
				i.at(location)
			})),
		}
	}
	if !issues.is_empty() {
		return Err(issues);
	}
	let mut seen = std::collections::HashSet::new();
	for c in &checked {
		if !seen.insert((c.resource_type.as_str(), c.id.as_str())) {
			return Err(vec![Issue::new(
				"duplicate",
				format!("{}/{} appears twice in the Bundle", c.resource_type, c.id),
			)]);
		}
	}
	Ok(checked)
}

/// Checks one resource against the R4 model and the gatekeeper's own rules.
pub fn check_resource(resource: &Value) -> Result<Checked, Vec<Issue>> {
	let Some(resource_type) = resource.get("resourceType").and_then(Value::as_str) else {
		return Err(vec![Issue::new("structure", "no resourceType")]);
	};
	let Some((_, patient_element, default_category)) =
		HELD.iter().find(|(t, _, _)| *t == resource_type)
	else {
		return Err(vec![Issue::new(
			"not-supported",
			format!("this gatekeeper does not hold {resource_type} resources"),
		)]);
	};

	let typed: R4Resource = serde_json::from_value(resource.clone()).map_err(|e| {
		vec![Issue::new("structure", format!("not a valid R4 {resource_type}: {e}"))]
	})?;
	let mut issues: Vec<Issue> =
		typed.validate().into_iter().map(|i| Issue::new("value", i.message).at(i.path)).collect();
	// serde ignores keys it does not know; an element R4 does not define would vanish.
	let known = serde_json::to_value(&typed).unwrap_or(Value::Null);
	unknown_elements(resource, &known, "", &mut issues);

	let id = resource.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
	if id.is_empty() {
		issues.push(
			Issue::new("required", "the gatekeeper stores resources under their own id").at("id"),
		);
	} else if !valid_id(&id) {
		issues.push(Issue::new("value", format!("{id:?} is not a FHIR id")).at("id"));
	}

	let (patient, account) = if resource_type == "Patient" {
		let account = resource
			.get("identifier")
			.and_then(Value::as_array)
			.into_iter()
			.flatten()
			.find(|i| i.get("system").and_then(Value::as_str) == Some(ACCOUNT_SYSTEM))
			.and_then(|i| i.get("value").and_then(Value::as_str))
			.map(str::to_string);
		match &account {
			Some(a) if AccountId32::from_ss58check(a).is_ok() => {},
			Some(a) => issues.push(
				Issue::new("value", format!("{a:?} is not a MedRec account (SS58)"))
					.at("identifier"),
			),
			None => issues.push(
				Issue::new(
					"required",
					format!("a Patient needs an identifier with system {ACCOUNT_SYSTEM}"),
				)
				.at("identifier"),
			),
		}
		(id.clone(), account)
	} else {
		let reference = resource
			.get(*patient_element)
			.and_then(|r| r.get("reference"))
			.and_then(Value::as_str)
			.unwrap_or_default();
		match reference.strip_prefix("Patient/") {
			Some(p) if valid_id(p) => (p.to_string(), None),
			_ => {
				issues.push(
					Issue::new(
						"required",
						format!("{patient_element} must reference Patient/<id>"),
					)
					.at(format!("{patient_element}.reference")),
				);
				(String::new(), None)
			},
		}
	};
	if !issues.is_empty() {
		return Err(issues);
	}
	Ok(Checked {
		resource_type: resource_type.to_string(),
		id,
		patient,
		category: sensitivity(resource).unwrap_or(*default_category),
		account,
		body: resource.clone(),
	})
}

/// The sensitive category a resource's security labels put it in, if any.
pub fn sensitivity(resource: &Value) -> Option<Category> {
	let labels = resource.get("meta")?.get("security")?.as_array()?;
	labels
		.iter()
		.filter(|l| l.get("system").and_then(Value::as_str) == Some(ACT_CODE))
		.filter_map(|l| l.get("code").and_then(Value::as_str))
		.find_map(|code| match code {
			"PSY" | "PSYTHPN" | "MH" => Some(Category::MentalHealth),
			"ETH" | "SUD" | "ETHUD" | "OPIOIDUD" | "ALCUD" => Some(Category::SubstanceUse),
			"SEX" | "SDV" | "STD" | "HIV" => Some(Category::SexualReproductiveHealth),
			_ => None,
		})
}

/// FHIR's `id` type: 1 to 64 of `[A-Za-z0-9\-.]`.
pub fn valid_id(id: &str) -> bool {
	(1..=64).contains(&id.len())
		&& id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// Adds an issue for every key of `given` that `known` (its round trip through the R4 model)
/// lacks.
fn unknown_elements(given: &Value, known: &Value, path: &str, issues: &mut Vec<Issue>) {
	match (given, known) {
		(Value::Object(g), Value::Object(k)) => {
			for (key, value) in g {
				let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
				match k.get(key) {
					Some(kv) => unknown_elements(value, kv, &here, issues),
					None if value.is_null() => {},
					None => issues.push(
						Issue::new("structure", format!("{key} is not an R4 element here"))
							.at(here),
					),
				}
			}
		},
		(Value::Array(g), Value::Array(k)) => {
			for (i, (gv, kv)) in g.iter().zip(k).enumerate() {
				unknown_elements(gv, kv, &format!("{path}[{i}]"), issues);
			}
		},
		_ => {},
	}
}

/// A searchset `Bundle` of `resources`, with `outcome` (if any) as an entry in mode
/// `outcome`, as FHIR says a server reports what it left out.
pub fn searchset(resources: Vec<Value>, outcome: Option<Value>) -> Value {
	let total = resources.len();
	let mut entry: Vec<Value> = resources
		.into_iter()
		.map(|r| {
			let full_url = format!(
				"{}/{}",
				r.get("resourceType").and_then(Value::as_str).unwrap_or_default(),
				r.get("id").and_then(Value::as_str).unwrap_or_default()
			);
			json!({ "fullUrl": full_url, "resource": r, "search": { "mode": "match" } })
		})
		.collect();
	if let Some(outcome) = outcome {
		entry.push(json!({ "resource": outcome, "search": { "mode": "outcome" } }));
	}
	let mut bundle = Map::new();
	bundle.insert("resourceType".into(), json!("Bundle"));
	bundle.insert("type".into(), json!("searchset"));
	bundle.insert("total".into(), json!(total));
	bundle.insert("entry".into(), Value::Array(entry));
	Value::Object(bundle)
}

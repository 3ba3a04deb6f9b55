//! Rendering records as FHIR R4 JSON, in the shape MedRec's ingest check accepts: every
//! element is an R4 element, dates are FHIR `date`s (a valid `dateTime`), codings carry their
//! display, and sensitive resources carry their label in `meta.security`.

use crate::{
	codes::{self, Code, SecurityLabel},
	model::{Body, Rec},
	Date, Gender,
};
use serde_json::{json, Value};

/// The Patient resource's contents, the same at every site.
pub(crate) struct Person<'a> {
	pub id: &'a str,
	pub account: &'a str,
	pub gender: Gender,
	pub birth: Date,
	pub given: &'a str,
	pub family: &'a str,
}

fn coding(c: Code) -> Value {
	json!({ "system": c.system, "code": c.code, "display": c.display })
}

fn concept(codings: &[Code]) -> Value {
	let text = codings.first().map(|c| c.display).unwrap_or_default();
	json!({ "coding": codings.iter().map(|c| coding(*c)).collect::<Vec<_>>(), "text": text })
}

fn patient(p: &Person) -> Value {
	json!({
		"resourceType": "Patient",
		"id": p.id,
		"identifier": [{ "system": codes::ACCOUNT_SYSTEM, "value": p.account }],
		"active": true,
		"name": [{ "use": "official", "family": p.family, "given": [p.given] }],
		"gender": p.gender.code(),
		"birthDate": p.birth.to_string(),
	})
}

fn resource(r: &Rec, subject: &Value) -> Value {
	let date = r.date.to_string();
	let mut v = match r.body {
		Body::Encounter { class, end } => json!({
			"resourceType": "Encounter",
			"status": "finished",
			"class": coding(class),
			"subject": subject,
			"period": { "start": date, "end": end.to_string() },
		}),
		Body::Condition(d) => json!({
			"resourceType": "Condition",
			"clinicalStatus": concept(&[codes::ACTIVE]),
			"verificationStatus": concept(&[codes::CONFIRMED]),
			"category": [concept(&[codes::PROBLEM_LIST_ITEM])],
			"code": concept(&[d.icd10cm, d.snomed]),
			"subject": subject,
			"onsetDateTime": date,
			"recordedDate": date,
		}),
		Body::Medication { code, status, .. } => json!({
			"resourceType": "MedicationRequest",
			"status": status,
			"intent": "order",
			"medicationCodeableConcept": concept(&[code]),
			"subject": subject,
			"authoredOn": date,
		}),
		Body::Observation { measure, value } => {
			// Whole-number measures are written as integers: "72", not "72.0".
			let value = if measure.decimals == 0 { json!(value as i64) } else { json!(value) };
			json!({
				"resourceType": "Observation",
				"status": "final",
				"category": [concept(&[measure.category])],
				"code": concept(&[measure.code]),
				"subject": subject,
				"effectiveDateTime": date,
				"valueQuantity": {
					"value": value,
					"unit": measure.unit,
					"system": codes::UCUM,
					"code": measure.ucum,
				},
			})
		},
		Body::Immunization(code) => json!({
			"resourceType": "Immunization",
			"status": "completed",
			"vaccineCode": concept(&[code]),
			"patient": subject,
			"occurrenceDateTime": date,
			"primarySource": true,
		}),
	};
	v["id"] = json!(r.id);
	if let Some(label) = label(r) {
		v["meta"] = json!({ "security": [coding(label.code())] });
	}
	v
}

fn label(r: &Rec) -> Option<SecurityLabel> {
	match r.body {
		Body::Condition(d) => d.label,
		Body::Medication { label, .. } => label,
		_ => None,
	}
}

/// The `collection` Bundle of `site`'s copy of the patient and `recs` (all at that site).
pub(crate) fn bundle<'r>(p: &Person, site: u8, recs: impl Iterator<Item = &'r Rec>) -> Value {
	let subject = json!({ "reference": format!("Patient/{}", p.id) });
	let mut entry = vec![json!({ "resource": patient(p) })];
	entry.extend(recs.map(|r| json!({ "resource": resource(r, &subject) })));
	json!({
		"resourceType": "Bundle",
		"id": format!("{}-b{site}", p.id),
		"type": "collection",
		"entry": entry,
	})
}

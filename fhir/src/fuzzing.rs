//! The fuzz target `fhir_ingest`: the properties of the ingest check, as a function of
//! arbitrary bytes that panics only when one breaks. `fuzz/` runs it under libFuzzer;
//! `tests/fuzz_corpus.rs` replays the committed corpus (`fuzz/corpus/fhir_ingest/`) in CI.
//!
//! The bytes are a request body, as a provider's system posts it to the gatekeeper. Whatever
//! they are:
//! - the check never panics;
//! - what it accepts has a FHIR id, belongs to a patient with a FHIR id, and checks the same again
//!   on its own (what is stored is what was checked);
//! - what it refuses comes with at least one issue, and an OperationOutcome that says so.

use serde_json::Value;

use crate::{check_ingest, check_resource, operation_outcome, valid_id};

/// Runs one input. Panics if a property breaks.
pub fn ingest(data: &[u8]) {
	let Ok(payload) = serde_json::from_slice::<Value>(data) else { return };
	match check_ingest(&payload) {
		Ok(checked) => {
			assert!(!checked.is_empty(), "accepted, but nothing to store");
			for c in &checked {
				assert!(valid_id(&c.id), "accepted an invalid id {:?}", c.id);
				assert!(valid_id(&c.patient), "accepted an invalid patient {:?}", c.patient);
				let again = check_resource(&c.body).expect("a stored resource checks again");
				assert_eq!(
					(&again.resource_type, &again.id, &again.patient, again.category),
					(&c.resource_type, &c.id, &c.patient, c.category),
					"the stored resource checks differently"
				);
			}
		},
		Err(issues) => {
			assert!(!issues.is_empty(), "refused without saying why");
			let outcome = operation_outcome(&issues);
			assert_eq!(outcome["resourceType"], "OperationOutcome");
			let listed = outcome["issue"].as_array().map_or(0, Vec::len);
			assert_eq!(listed, issues.len(), "the OperationOutcome lists every issue");
		},
	}
}

/// Runs `run` on every file in the corpus directory `dir`, in name order, and panics naming
/// the first input that breaks a property. The main workspace's corpus tests share it.
pub fn replay(dir: &std::path::Path, run: fn(&[u8])) -> usize {
	let mut files: Vec<_> = std::fs::read_dir(dir)
		.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
		.map(|entry| entry.expect("a directory entry").path())
		.collect();
	files.sort();
	for path in &files {
		let input = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
		let outcome = std::panic::catch_unwind(|| run(&input));
		assert!(outcome.is_ok(), "{} breaks a property (above)", path.display());
	}
	files.len()
}

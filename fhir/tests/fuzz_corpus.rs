//! Every committed input of the `fhir_ingest` fuzz target replayed: the seeds, what long runs
//! kept, and each crash that was fixed.

use std::path::Path;

use medrec_fhir::fuzzing::{ingest, replay};

#[test]
fn fhir_ingest_corpus() {
	let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/fhir_ingest");
	let replayed = replay(&dir, ingest);
	assert!(replayed > 0, "the corpus is empty");
}

//! `fhir_ingest`: see `medrec_fhir::fuzzing` for the input format and the properties checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| medrec_fhir::fuzzing::ingest(data));

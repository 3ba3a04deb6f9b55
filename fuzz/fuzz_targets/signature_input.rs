//! `signature_input`: see `medrec_gatekeeper::fuzzing` for the input format and the properties
//! checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| medrec_gatekeeper::fuzzing::signature_input(data));

//! `transactions`: see `medrec_checks::fuzz::transactions` for the input format and the properties
//! checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	medrec_checks::fuzz::transactions::run(data);
});

//! Every committed input of the `signature_input` fuzz target replayed: the seeds, what long
//! runs kept, and each crash that was fixed.

use std::path::Path;

use medrec_fhir::fuzzing::replay;
use medrec_gatekeeper::fuzzing::signature_input;

#[test]
fn signature_input_corpus() {
	let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/signature_input");
	let replayed = replay(&dir, signature_input);
	assert!(replayed > 0, "the corpus is empty");
}

/// The overflow mode 2 of the target was written to reach, kept as a test of its own: a
/// request signed with `created` at u64::MAX made the window check overflow (a panic in debug
/// builds; in release ones, a refusal as "expired" with a wrapped age). It is refused as from
/// the future, by its real distance.
#[test]
fn created_at_the_end_of_time_is_from_the_future() {
	let mut input = vec![2];
	input.extend_from_slice(&u64::MAX.to_le_bytes());
	input.extend_from_slice(b"AAAAAAAAAAAAAAAAAAAAAAAA");
	// The target's own check: FromTheFuture(u64::MAX - now), not Expired.
	signature_input(&input);
}

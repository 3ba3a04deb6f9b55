//! Every committed input of the runtime's fuzz targets (`fuzz/corpus/<target>/`: the seeds,
//! and what long runs kept and crashes that were fixed), replayed, then a brief fuzz run on
//! fixed variations of each. A panic here is a property the runtime broke;
//! `cargo fuzz run <target> <file>` reproduces it under libFuzzer.

use std::{fs, path::Path};

use medrec_checks::fuzz::{self, calls, seeds, transactions, Tally};

/// The committed inputs of `target`, with their file names.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
	let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target);
	let mut inputs: Vec<_> = fs::read_dir(&dir)
		.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
		.map(|entry| {
			let path = entry.expect("a directory entry").path();
			let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
			(name, fs::read(&path).expect("a corpus file reads"))
		})
		.collect();
	inputs.sort();
	inputs
}

fn replay(target: &str, seeds: Vec<Vec<u8>>, run: fn(&[u8]) -> Tally) {
	let mut inputs = corpus(target);
	assert!(!inputs.is_empty(), "fuzz/corpus/{target} is empty: run `scripts/checks.sh seeds`");
	// The seeds as the code makes them now, too: the committed ones are where long runs start,
	// and signed seeds differ at each writing (sr25519 signatures are randomized).
	inputs.extend(seeds.into_iter().enumerate().map(|(i, seed)| (format!("(seed {i})"), seed)));
	let mut total = Tally::default();
	for (name, input) in &inputs {
		match std::panic::catch_unwind(|| run(input)) {
			Ok(tally) => total += tally,
			Err(_) => panic!("fuzz/corpus/{target}/{name} breaks a property (above)"),
		}
	}
	println!("{target}: {} inputs replayed: {total:?}", inputs.len());
	// A corpus that never gets past the gate, or never meets it, checks little.
	assert!(total.included > 0 && total.refused > 0, "{target}: {total:?}");

	// A brief fuzz run: variations of every input, the same on every run.
	let mut tried = 0;
	let each = (VARIATIONS / inputs.len()).max(1);
	for (name, input) in &inputs {
		for mutant in fuzz::mutants(input, each, name.len() as u64 * 7919 + input.len() as u64) {
			if std::panic::catch_unwind(|| run(&mutant)).is_err() {
				panic!(
					"a variation of fuzz/corpus/{target}/{name} breaks a property (above); add \
					 it to the corpus once fixed: {}",
					mutant.iter().map(|b| format!("{b:02x}")).collect::<String>()
				);
			}
			tried += 1;
		}
	}
	println!("{target}: {tried} variations run");
}

/// Variations in the brief run, spread over the inputs: about 10 s a target in CI (a `calls`
/// input takes about 8 ms).
const VARIATIONS: usize = 1200;

#[test]
fn calls_corpus() {
	replay("calls", seeds::calls(), calls::run);
}

#[test]
fn transactions_corpus() {
	replay("transactions", seeds::transactions(), transactions::run);
}

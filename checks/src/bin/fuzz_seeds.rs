//! `medrec-fuzz-seeds`: writes the runtime targets' seeds (`medrec_checks::fuzz::seeds`) into
//! `fuzz/corpus/<target>/`, named by their SHA-256 as libFuzzer names what it keeps.

use std::{fs, path::Path};

use medrec_checks::fuzz::seeds;
use sp_io::hashing::sha2_256;

fn main() -> std::io::Result<()> {
	let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
	for (target, inputs) in [("calls", seeds::calls()), ("transactions", seeds::transactions())] {
		let dir = corpus.join(target);
		fs::create_dir_all(&dir)?;
		for input in inputs {
			let name: String = sha2_256(&input).iter().map(|b| format!("{b:02x}")).collect();
			fs::write(dir.join(name), input)?;
		}
		println!("{}: seeds written", dir.display());
	}
	Ok(())
}

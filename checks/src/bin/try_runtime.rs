//! `medrec-try-runtime`: dry-runs this build's runtime (the candidate) as an upgrade of a live
//! MedRec chain's state, fetched from a node or read from a snapshot file. Exits 0 when every
//! check passes, and 1 with the reason otherwise.

use std::{path::PathBuf, process::ExitCode};

use clap::Parser;
use medrec_checks::{snapshot::Snapshot, upgrade};
use medrec_runtime::Hash;
use sp_runtime::traits::Header as _;

#[derive(Parser)]
#[command(about = "Dry-run this runtime's upgrade on a MedRec chain's state, with every check")]
struct Args {
	/// A node's RPC endpoint to fetch the state from (its latest finalized block, or --at).
	#[arg(long, conflicts_with = "snapshot", required_unless_present = "snapshot")]
	uri: Option<String>,
	/// The block whose state to fetch (a hash, 0x-prefixed); the latest finalized one if absent.
	#[arg(long, requires = "uri")]
	at: Option<Hash>,
	/// Also write the fetched state to this file, for later runs with --snapshot.
	#[arg(long, requires = "uri")]
	save: Option<PathBuf>,
	/// Read the state from a snapshot file written by --save instead of a node.
	#[arg(long)]
	snapshot: Option<PathBuf>,
}

/// Prints the runtime's warnings and errors: a failed `try_state` or migration check says
/// what it found only there.
struct Log;

impl log::Log for Log {
	fn enabled(&self, metadata: &log::Metadata) -> bool {
		metadata.level() <= log::Level::Warn
	}

	fn log(&self, record: &log::Record) {
		if self.enabled(record.metadata()) {
			eprintln!("{} {}: {}", record.level(), record.target(), record.args());
		}
	}

	fn flush(&self) {}
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
	log::set_logger(&Log).expect("the first logger");
	log::set_max_level(log::LevelFilter::Warn);
	let args = Args::parse();
	let loaded = match (&args.uri, &args.snapshot) {
		(Some(uri), _) => Snapshot::fetch(uri, args.at).await,
		(None, Some(path)) => Snapshot::load(path),
		(None, None) => Err("give --uri or --snapshot".to_string()),
	};
	let snapshot = match loaded {
		Ok(snapshot) => snapshot,
		Err(e) => {
			eprintln!("error: could not load the chain's state: {e}");
			return ExitCode::FAILURE;
		},
	};
	println!(
		"state of block #{} ({:?}): {} keys, root checked against the header",
		snapshot.header.number(),
		snapshot.header.hash(),
		snapshot.keys()
	);
	if let Some(path) = &args.save {
		if let Err(e) = snapshot.save(path) {
			eprintln!("error: {e}");
			return ExitCode::FAILURE;
		}
		println!("snapshot written to {}", path.display());
	}
	match upgrade::check(&mut snapshot.externalities()) {
		Ok(report) => {
			println!("{report}");
			ExitCode::SUCCESS
		},
		Err(reason) => {
			eprintln!("error: {reason}");
			ExitCode::FAILURE
		},
	}
}

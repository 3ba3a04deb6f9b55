//! `medrec-synth`: writes a synthetic population as per-site NDJSON Bundles plus a manifest.

use clap::{Parser, Subcommand};
use medrec_synth::{generate_run, AccountMode, Config, Date, DEFAULT_AS_OF, MAX_SITES};
use std::{path::PathBuf, process::ExitCode, time::Instant};

#[derive(Parser)]
#[command(
	name = "medrec-synth",
	version,
	about = "Synthetic FHIR R4 patients for MedRec research tests"
)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Writes OUT/site-<k>.ndjson (one Bundle per line, sites from 0) and OUT/manifest.ndjson
	/// (one ground-truth record per patient).
	Generate {
		/// Selects the population; part of every resource id.
		#[arg(long, default_value_t = 0)]
		seed: u64,
		/// Number of patients.
		#[arg(long)]
		count: u64,
		/// Index of the first patient (a slice generates exactly as in a full run).
		#[arg(long, default_value_t = 0)]
		from: u64,
		/// Number of sites (gatekeepers).
		#[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=i64::from(MAX_SITES)))]
		sites: u8,
		/// Accounts from hashes instead of the dev keys //synth//<i> (much faster; nobody can
		/// sign for them).
		#[arg(long)]
		keyless: bool,
		/// Ages are computed at this date; clinical dates fall in the 10 years before it.
		#[arg(long, default_value_t = DEFAULT_AS_OF)]
		as_of: Date,
		/// Percentage of patients with records at a second site too.
		#[arg(long, default_value_t = 25, value_parser = clap::value_parser!(u8).range(0..=100))]
		second_site_pct: u8,
		/// Output directory (created if missing; existing files are replaced).
		#[arg(long)]
		out: PathBuf,
	},
}

fn main() -> ExitCode {
	let Command::Generate { seed, count, from, sites, keyless, as_of, second_site_pct, out } =
		Cli::parse().command;
	let Some(end) = from.checked_add(count) else {
		eprintln!("medrec-synth: --from + --count overflows");
		return ExitCode::FAILURE;
	};
	let config = Config {
		seed,
		sites,
		as_of,
		accounts: if keyless { AccountMode::Keyless } else { AccountMode::Keys },
		second_site_share_pct: second_site_pct,
	};
	let started = Instant::now();
	let stats = match generate_run(&config, from..end, &out) {
		Ok(stats) => stats,
		Err(e) => {
			eprintln!("medrec-synth: writing {}: {e}", out.display());
			return ExitCode::FAILURE;
		},
	};
	let seconds = started.elapsed().as_secs_f64();
	let per_site: Vec<String> =
		stats.resources.iter().enumerate().map(|(k, n)| format!("site-{k} {n}")).collect();
	println!(
		"{} patients (seed {seed}, {}) in {seconds:.2} s: resources {} (total {}, {:.1}/patient), {:.1} MB",
		stats.patients,
		if keyless { "keyless" } else { "keys" },
		per_site.join(", "),
		stats.total_resources(),
		stats.total_resources() as f64 / stats.patients.max(1) as f64,
		stats.total_bytes() as f64 / 1e6,
	);
	ExitCode::SUCCESS
}

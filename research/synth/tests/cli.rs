//! The `medrec-synth` binary: files, their lines, slices, refusals.

use medrec_synth::{manifest_path, site_path, Truth};
use std::{fs, path::PathBuf, process::Command};

fn synth(args: &[&str]) -> std::process::Output {
	Command::new(env!("CARGO_BIN_EXE_medrec-synth")).args(args).output().expect("runs")
}

struct TempDir(PathBuf);

impl TempDir {
	fn new(name: &str) -> Self {
		let dir = std::env::temp_dir().join(format!("medrec-synth-{}-{name}", std::process::id()));
		let _ = fs::remove_dir_all(&dir);
		Self(dir)
	}

	fn arg(&self) -> &str {
		self.0.to_str().expect("utf-8 temp dir")
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		let _ = fs::remove_dir_all(&self.0);
	}
}

fn lines(path: PathBuf) -> Vec<String> {
	fs::read_to_string(&path)
		.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
		.lines()
		.map(str::to_string)
		.collect()
}

#[test]
fn generate_writes_sites_and_manifest_and_slices_match_the_full_run() {
	let (full, part) = (TempDir::new("full"), TempDir::new("part"));
	let common = ["generate", "--seed", "9", "--sites", "3", "--keyless", "--as-of", "2025-07-01"];
	let out = synth(&[&common[..], &["--count", "60", "--out", full.arg()]].concat());
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let summary = String::from_utf8_lossy(&out.stdout);
	assert!(summary.starts_with("60 patients (seed 9, keyless)"), "{summary}");
	assert_eq!(summary.lines().count(), 1);

	let out =
		synth(&[&common[..], &["--from", "40", "--count", "20", "--out", part.arg()]].concat());
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

	let manifest = lines(manifest_path(&full.0));
	assert_eq!(manifest.len(), 60);
	assert_eq!(lines(manifest_path(&part.0)), manifest[40..]);
	let truths: Vec<Truth> =
		manifest.iter().map(|l| serde_json::from_str(l).expect("a Truth per line")).collect();
	assert!(truths.iter().enumerate().all(|(i, t)| t.index == i as u64));
	assert!(truths
		.iter()
		.all(|t| t.age == t.birth_date.age_on("2025-07-01".parse().expect("date"))));

	let mut bundles = 0;
	for site in 0..3u8 {
		let all = lines(site_path(&full.0, site));
		let holders: Vec<&Truth> = truths.iter().filter(|t| t.sites.contains(&site)).collect();
		assert_eq!(all.len(), holders.len(), "site {site}: one Bundle per patient there");
		for (line, t) in all.iter().zip(&holders) {
			let b: serde_json::Value = serde_json::from_str(line).expect("json");
			assert_eq!(b["entry"][0]["resource"]["id"], t.patient_id.as_str());
		}
		let tail: Vec<String> = all
			.iter()
			.zip(&holders)
			.filter(|(_, t)| t.index >= 40)
			.map(|(l, _)| l.clone())
			.collect();
		assert_eq!(lines(site_path(&part.0, site)), tail, "site {site} slice");
		bundles += all.len();
	}
	assert_eq!(bundles, truths.iter().map(|t| t.sites.len()).sum::<usize>());
}

#[test]
fn bad_arguments_are_refused() {
	let dir = TempDir::new("bad");
	for bad in [
		&["generate", "--count", "1", "--sites", "9", "--out", dir.arg()][..],
		&["generate", "--count", "1", "--sites", "0", "--out", dir.arg()],
		&["generate", "--count", "1", "--as-of", "2026-02-30", "--out", dir.arg()],
		&["generate", "--count", "1", "--second-site-pct", "101", "--out", dir.arg()],
		&["generate", "--count", "2", "--from", "18446744073709551615", "--out", dir.arg()],
	] {
		let out = synth(bad);
		assert!(!out.status.success(), "{bad:?} accepted");
	}
	assert!(!dir.0.exists(), "nothing written for refused arguments");
}

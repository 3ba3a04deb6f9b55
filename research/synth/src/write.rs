//! Streaming a run to NDJSON: one Bundle per line per site file, one [`Truth`] per line in the
//! manifest. Patients are written as they are generated, so memory does not grow with the run.

use crate::{Config, SynthPatient, Truth};
use std::{
	fs::{self, File},
	io::{self, BufWriter, Write},
	ops::Range,
	path::{Path, PathBuf},
};

/// `dir/site-<site>.ndjson`: the site's Bundles, one per line.
pub fn site_path(dir: &Path, site: u8) -> PathBuf {
	dir.join(format!("site-{site}.ndjson"))
}

/// `dir/manifest.ndjson`: one [`Truth`] per line, in index order.
pub fn manifest_path(dir: &Path) -> PathBuf {
	dir.join("manifest.ndjson")
}

/// What a run wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
	pub patients: u64,
	/// Per site: Bundles written (one per patient with records there).
	pub bundles: Vec<u64>,
	/// Per site: resources written, Patient copies included.
	pub resources: Vec<u64>,
	/// Per site: bytes written.
	pub bytes: Vec<u64>,
	pub manifest_bytes: u64,
}

impl RunStats {
	/// Resources over all sites.
	pub fn total_resources(&self) -> u64 {
		self.resources.iter().sum()
	}

	/// Bytes over all site files and the manifest.
	pub fn total_bytes(&self) -> u64 {
		self.bytes.iter().sum::<u64>() + self.manifest_bytes
	}
}

struct Counted<W> {
	inner: W,
	bytes: u64,
}

impl<W: Write> Write for Counted<W> {
	fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
		let n = self.inner.write(buf)?;
		self.bytes += n as u64;
		Ok(n)
	}

	fn flush(&mut self) -> io::Result<()> {
		self.inner.flush()
	}
}

fn line<W: Write, T: serde::Serialize>(out: &mut W, value: &T) -> io::Result<()> {
	serde_json::to_writer(&mut *out, value)?;
	out.write_all(b"\n")
}

/// Writes patients to one writer per site and a manifest writer, as NDJSON.
pub struct RunWriter<W: Write> {
	sites: Vec<Counted<W>>,
	manifest: Counted<W>,
	stats: RunStats,
}

impl<W: Write> RunWriter<W> {
	/// Writers for sites `0..sites.len()` and the manifest.
	pub fn new(sites: Vec<W>, manifest: W) -> Self {
		let n = sites.len();
		Self {
			sites: sites.into_iter().map(|inner| Counted { inner, bytes: 0 }).collect(),
			manifest: Counted { inner: manifest, bytes: 0 },
			stats: RunStats {
				bundles: vec![0; n],
				resources: vec![0; n],
				bytes: vec![0; n],
				..Default::default()
			},
		}
	}

	/// Appends the patient's Bundles to their sites and its truth to the manifest.
	pub fn write(&mut self, p: &SynthPatient) -> io::Result<()> {
		for (site, bundle) in &p.bundles {
			let k = usize::from(*site);
			let Some(out) = self.sites.get_mut(k) else {
				return Err(io::Error::new(
					io::ErrorKind::InvalidInput,
					format!("patient {} has a Bundle for site {site}", p.truth.index),
				));
			};
			line(out, bundle)?;
			self.stats.bundles[k] += 1;
			self.stats.resources[k] +=
				bundle.get("entry").and_then(|e| e.as_array()).map_or(0, |e| e.len() as u64);
		}
		self.write_truth(&p.truth)?;
		self.stats.patients += 1;
		Ok(())
	}

	fn write_truth(&mut self, truth: &Truth) -> io::Result<()> {
		line(&mut self.manifest, truth)
	}

	/// Counts so far (bytes as handed to the writers).
	pub fn stats(&self) -> RunStats {
		let mut stats = self.stats.clone();
		stats.bytes = self.sites.iter().map(|s| s.bytes).collect();
		stats.manifest_bytes = self.manifest.bytes;
		stats
	}

	/// Flushes every writer and returns the counts and the writers.
	pub fn finish(mut self) -> io::Result<(RunStats, Vec<W>, W)> {
		for s in &mut self.sites {
			s.flush()?;
		}
		self.manifest.flush()?;
		let stats = self.stats();
		Ok((stats, self.sites.into_iter().map(|s| s.inner).collect(), self.manifest.inner))
	}
}

impl RunWriter<BufWriter<File>> {
	/// Creates `dir` if needed and the site files and manifest in it (truncating old ones).
	pub fn create(dir: &Path, sites: u8) -> io::Result<Self> {
		fs::create_dir_all(dir)?;
		let open = |p: PathBuf| File::create(p).map(|f| BufWriter::with_capacity(1 << 20, f));
		let site_files = (0..sites).map(|s| open(site_path(dir, s))).collect::<io::Result<_>>()?;
		Ok(Self::new(site_files, open(manifest_path(dir))?))
	}
}

/// Generates patients `range` into `dir` (see [`site_path`], [`manifest_path`]).
pub fn generate_run(config: &Config, range: Range<u64>, dir: &Path) -> io::Result<RunStats> {
	config.check().map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
	let mut out = RunWriter::create(dir, config.sites)?;
	for p in crate::patients(config, range) {
		out.write(&p)?;
	}
	out.finish().map(|(stats, _, _)| stats)
}

//! `gatekeeper-load`: the gatekeeper's load benchmark (`scripts/bench.sh gatekeeper` runs it).
//!
//! In one run, with the same concurrency and duration, it measures the unauthenticated health
//! endpoint (the ceiling: HTTP and the runtime alone) and authorized FHIR reads (signature
//! check, nonce, decision at the finalized head, database, audit append, HPKE seal; and on
//! the client side signing and opening), then HPKE's throughput and FHIR validation (the R4
//! model's deserialize, validate and re-serialize of an ingested Bundle) on their own.
//! `--offline` measures only the last two, with no gatekeeper running: it is how the build
//! profile of the FHIR model was chosen (README, "Build").

use std::time::{Duration, Instant};

use clap::Parser;
use medrec_gatekeeper::{auth, client::Client, demo, fhir, seal};
use sp_core::{sr25519, Pair};

#[derive(Parser)]
#[command(name = "gatekeeper-load", about)]
struct Args {
	#[arg(long, default_value = "http://127.0.0.1:8080")]
	url: String,
	/// The reader's key.
	#[arg(long, default_value = "//Bob")]
	key: String,
	/// The authorized read to repeat.
	#[arg(long, default_value = "/fhir/MedicationRequest?patient=eve")]
	path: String,
	#[arg(long, default_value = "treatment")]
	purpose: String,
	#[arg(long, default_value_t = 10)]
	seconds: u64,
	#[arg(long, default_value_t = 8)]
	concurrency: usize,
	/// Only the in-process measurements (HPKE, FHIR validation): no gatekeeper needed.
	#[arg(long)]
	offline: bool,
}

struct Run {
	ok: usize,
	errors: usize,
	latencies: Vec<Duration>,
	elapsed: Duration,
}

impl Run {
	fn rate(&self) -> f64 {
		self.ok as f64 / self.elapsed.as_secs_f64()
	}

	fn percentile(&self, p: f64) -> Duration {
		if self.latencies.is_empty() {
			return Duration::ZERO;
		}
		let i = ((self.latencies.len() - 1) as f64 * p).round() as usize;
		self.latencies[i]
	}
}

async fn drive<F, Fut>(concurrency: usize, seconds: u64, request: F) -> Run
where
	F: Fn() -> Fut + Clone + Send + 'static,
	Fut: std::future::Future<Output = bool> + Send,
{
	let started = Instant::now();
	let deadline = started + Duration::from_secs(seconds);
	let mut workers = Vec::new();
	for _ in 0..concurrency {
		let request = request.clone();
		workers.push(tokio::spawn(async move {
			let (mut ok, mut errors, mut latencies) = (0, 0, Vec::new());
			while Instant::now() < deadline {
				let t = Instant::now();
				if request().await {
					ok += 1;
					latencies.push(t.elapsed());
				} else {
					errors += 1;
				}
			}
			(ok, errors, latencies)
		}));
	}
	let mut run = Run { ok: 0, errors: 0, latencies: Vec::new(), elapsed: Duration::ZERO };
	for worker in workers {
		if let Ok((ok, errors, latencies)) = worker.await {
			run.ok += ok;
			run.errors += errors;
			run.latencies.extend(latencies);
		}
	}
	run.elapsed = started.elapsed();
	run.latencies.sort_unstable();
	run
}

fn ms(d: Duration) -> f64 {
	d.as_secs_f64() * 1000.0
}

fn seal_rate(size: usize, seconds: f64) -> (f64, f64) {
	let secret = seal::derive_secret(b"load");
	let public = seal::public_key(&secret).unwrap_or_default();
	let payload = vec![0x5au8; size];
	let (mut sealed, mut opened) = (0usize, 0usize);
	let started = Instant::now();
	let mut last = None;
	while started.elapsed().as_secs_f64() < seconds {
		if let Ok(envelope) = seal::seal(&public, &payload, b"aad") {
			sealed += size;
			last = Some(envelope);
		}
	}
	let seal_mb_s = sealed as f64 / started.elapsed().as_secs_f64() / 1e6;
	let started = Instant::now();
	if let Some(envelope) = last {
		while started.elapsed().as_secs_f64() < seconds {
			if seal::open(&secret, &envelope, b"aad").is_ok() {
				opened += size;
			}
		}
	}
	(seal_mb_s, opened as f64 / started.elapsed().as_secs_f64() / 1e6)
}

/// Ingest checks per second of a demo patient's Bundle (`observations` + 10 resources), on one
/// thread, for `seconds`.
fn validation_rate(observations: usize, seconds: f64) -> Result<(f64, usize), String> {
	let eve = sr25519::Pair::from_string("//Eve", None).map(|p| p.public()).unwrap_or_default();
	let account = medrec_runtime::AccountId::from(eve);
	let bundle = demo::patient_bundle("eve", &account, ("Eve", "Example"), observations);
	let resources = bundle["entry"].as_array().map_or(0, Vec::len);
	// What is measured must pass: a refused Bundle is cheaper than a checked one.
	fhir::check_ingest(&bundle).map_err(|issues| format!("the demo Bundle fails: {issues:?}"))?;
	let mut checked = 0usize;
	let started = Instant::now();
	while started.elapsed().as_secs_f64() < seconds {
		if fhir::check_ingest(&bundle).is_ok() {
			checked += 1;
		}
	}
	Ok((checked as f64 / started.elapsed().as_secs_f64(), resources))
}

fn print_offline() -> Result<(), String> {
	println!("| HPKE payload | seal MB/s | open MB/s |");
	println!("| ---: | ---: | ---: |");
	for size in [4 << 10, 64 << 10, 1 << 20] {
		let (s, o) = seal_rate(size, 1.5);
		println!("| {} KiB | {s:.0} | {o:.0} |", size >> 10);
	}
	println!();
	println!("| FHIR ingest check (one thread) | Bundles/s | resources/s |");
	println!("| --- | ---: | ---: |");
	for observations in [5, 200] {
		let (rate, resources) = validation_rate(observations, 2.0)?;
		println!(
			"| demo patient, {resources} resources | {rate:.1} | {:.0} |",
			rate * resources as f64
		);
	}
	Ok(())
}

#[tokio::main]
async fn main() -> Result<(), String> {
	let args = Args::parse();
	if args.offline {
		return print_offline();
	}
	let signer = sr25519::Pair::from_string(&args.key, None).map_err(|e| format!("{e:?}"))?;
	let purpose = auth::parse_purpose(&args.purpose).ok_or("bad purpose")?;
	let client =
		std::sync::Arc::new(Client::connect(&args.url, signer).await.map_err(|e| e.to_string())?);
	// The read must work before it is measured.
	let sample = client.get(&args.path, purpose).await.map_err(|e| e.to_string())?;
	let records = sample.fhir["total"].as_u64().unwrap_or(1);

	let http = reqwest::Client::new();
	let health_url = format!("{}/healthz", args.url);
	let health = drive(args.concurrency, args.seconds, move || {
		let (http, url) = (http.clone(), health_url.clone());
		async move { http.get(url).send().await.is_ok_and(|r| r.status().is_success()) }
	})
	.await;
	let path = args.path.clone();
	let reads = drive(args.concurrency, args.seconds, move || {
		let (client, path) = (client.clone(), path.clone());
		async move { client.get(&path, purpose).await.is_ok() }
	})
	.await;

	println!(
		"gatekeeper load: {} workers, {} s each, {}",
		args.concurrency, args.seconds, args.url
	);
	println!("| endpoint | requests/s | p50 ms | p99 ms | errors |");
	println!("| --- | ---: | ---: | ---: | ---: |");
	let read_name = format!("signed {} ({records} records)", args.path);
	for (name, run) in [("GET /healthz (ceiling)", &health), (read_name.as_str(), &reads)] {
		println!(
			"| {name} | {:.0} | {:.2} | {:.2} | {} |",
			run.rate(),
			ms(run.percentile(0.5)),
			ms(run.percentile(0.99)),
			run.errors
		);
	}
	println!(
		"authorized reads run at {:.3}x the health ceiling",
		reads.rate() / health.rate().max(1.0)
	);
	println!();
	print_offline()
}

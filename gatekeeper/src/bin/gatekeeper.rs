//! `gatekeeper`: run a provider's gatekeeper (the default), read through one as a client, or
//! seed a `--dev` chain with demo patients.

use std::time::Duration;

use clap::{Parser, Subcommand};
use medrec_gatekeeper::{auth, chain::Chain, client::Client, demo, Config};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};

#[derive(Parser)]
#[command(name = "gatekeeper", version, about, args_conflicts_with_subcommands = true)]
struct Cli {
	#[command(flatten)]
	serve: Config,
	#[command(subcommand)]
	command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
	/// Read through a gatekeeper: sign, open the sealed answer, check it against the chain.
	Client {
		/// The gatekeeper's public URL.
		#[arg(long, env = "GATEKEEPER_URL", default_value = "http://127.0.0.1:8080")]
		url: String,
		/// The chain node, to check answers against.
		#[arg(long, env = "MEDREC_NODE_URL", default_value = "ws://127.0.0.1:9944")]
		node: String,
		/// The reader's account key (secret URI).
		#[arg(long, env = "MEDREC_KEY", hide_env_values = true)]
		key: String,
		#[command(subcommand)]
		action: ClientAction,
	},
	/// Seed a `--dev` chain and its gatekeeper with demo patients, records and a grant.
	Demo {
		#[arg(long, env = "MEDREC_NODE_URL", default_value = "ws://127.0.0.1:9944")]
		node: String,
		/// The gatekeeper's admin URL.
		#[arg(long, default_value = "http://127.0.0.1:8081")]
		admin: String,
		/// Bob Family Clinic's gatekeeper's admin URL, if one runs: Eve becomes its patient too
		/// (with an amlodipine prescription there), opts in to break-glass, and Alice and Dave
		/// Pharmacy publish their keys.
		#[arg(long)]
		second_admin: Option<String>,
		/// Also seed this many synthetic patients (`medrec-synth`) over the gatekeepers, four in
		/// five with a research consent.
		#[arg(long, default_value_t = 0)]
		synthetic: u64,
	},
}

#[derive(Subcommand)]
enum ClientAction {
	/// GET a FHIR path, e.g. `/fhir/Patient/eve/$everything` or
	/// `/fhir/MedicationRequest?patient=eve`.
	Get {
		path: String,
		#[arg(long, default_value = "treatment")]
		purpose: String,
	},
	/// The signer's own audit entries: who read what, when, on which basis.
	Audit,
	/// In how many queries of which research study this gatekeeper counted the signer.
	Inclusions,
	/// Publish the signer's X25519 key in the registrar, so gatekeepers can seal to it.
	PublishKey,
}

fn init_logs(format: &str) {
	let filter = tracing_subscriber::EnvFilter::try_from_default_env()
		.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
	let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
	if format == "json" {
		builder.json().flatten_event(true).init();
	} else {
		builder.init();
	}
}

async fn shutdown_signal() {
	let ctrl_c = tokio::signal::ctrl_c();
	#[cfg(unix)]
	{
		let mut term =
			match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
				Ok(s) => s,
				Err(_) => {
					let _ = ctrl_c.await;
					return;
				},
			};
		tokio::select! {
			_ = ctrl_c => {},
			_ = term.recv() => {},
		}
	}
	#[cfg(not(unix))]
	let _ = ctrl_c.await;
}

async fn client(
	url: String,
	node: String,
	key: String,
	action: ClientAction,
) -> Result<(), String> {
	let signer = sr25519::Pair::from_string(&key, None).map_err(|e| format!("bad key: {e:?}"))?;
	let chain = Chain::new(&node, Duration::from_secs(10)).map_err(|e| e.to_string())?;
	match action {
		ClientAction::PublishKey => {
			let block = demo::publish_key(&chain, &signer).await.map_err(|e| e.to_string())?;
			let who = sp_runtime::AccountId32::from(signer.public()).to_ss58check();
			println!("published the X25519 key of {who}; waiting for finality");
			// Gatekeepers read it only at a finalized block: say "done" when they can.
			let number = chain
				.wait_finalized(block, Duration::from_secs(60))
				.await
				.map_err(|e| e.to_string())?;
			println!("final in block #{number}: gatekeepers now seal answers to it");
		},
		ClientAction::Get { path, purpose } => {
			let purpose = auth::parse_purpose(&purpose)
				.ok_or("purpose: treatment, payment, operations, research or personal")?;
			let client = Client::connect(&url, signer).await.map_err(|e| e.to_string())?;
			let answer = client.get(&path, purpose).await.map_err(|e| e.to_string())?;
			let verified = client.verify(&answer, &chain).await.map_err(|e| e.to_string())?;
			println!("{}", serde_json::to_string_pretty(&answer.fhir).unwrap_or_default());
			eprintln!(
				"checked against finalized block #{} {}: {} resource(s) in {:?} match the chain's pointers",
				answer.block_number, answer.block, verified.resources, verified.categories
			);
		},
		ClientAction::Audit => {
			let client = Client::connect(&url, signer).await.map_err(|e| e.to_string())?;
			let entries = client.audit(None).await.map_err(|e| e.to_string())?;
			println!("{}", serde_json::to_string_pretty(&entries).unwrap_or_default());
		},
		ClientAction::Inclusions => {
			let client = Client::connect(&url, signer).await.map_err(|e| e.to_string())?;
			let inclusions = client.inclusions().await.map_err(|e| e.to_string())?;
			if inclusions.is_empty() {
				println!("not counted in any research query at {url}");
			}
			for i in inclusions {
				let queries = if i.queries == 1 { "query" } else { "queries" };
				println!("included in {} {queries} of study {} at {url}", i.queries, i.study);
			}
		},
	}
	Ok(())
}

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	let result = match cli.command {
		None => {
			init_logs(&cli.serve.log_format);
			medrec_gatekeeper::serve(cli.serve, shutdown_signal()).await
		},
		Some(Command::Client { url, node, key, action }) => client(url, node, key, action).await,
		Some(Command::Demo { node, admin, second_admin, synthetic }) => {
			async {
				let chain =
					Chain::new(&node, Duration::from_secs(10)).map_err(|e| e.to_string())?;
				let report = demo::seed(&chain, &admin, second_admin.as_deref(), synthetic).await?;
				print!("{report}");
				Ok(())
			}
			.await
		},
	};
	if let Err(e) = result {
		eprintln!("gatekeeper: {e}");
		std::process::exit(1);
	}
}

//! Starting real gatekeeper processes beside real `medrec-node --dev` processes.
//!
//! The database is a fresh SQLite file, or, when `GATEKEEPER_TEST_POSTGRES` names a
//! PostgreSQL server (`postgres://user@127.0.0.1:port`), a fresh database on it: the test
//! script runs the suite both ways.

#![allow(dead_code)]

use std::{
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use medrec_e2e::{free_port, Node, Result, Startup};
use medrec_gatekeeper::{chain::Chain, client};
use sp_core::{sr25519, Pair};

pub fn pair(uri: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(uri, None).expect("a dev key")
}

/// A `--dev` node, ready for RPC, and a client for it.
pub async fn dev_node() -> Result<(Node, Chain)> {
	let node = Node::dev("dev").await?;
	let chain = Chain::new(&format!("http://127.0.0.1:{}", node.rpc_port), Duration::from_secs(5))?;
	Ok((node, chain))
}

/// Waits until everything in the node's best block is final, which is when a gatekeeper acts
/// on it.
pub async fn settle(chain: &Chain) -> Result<()> {
	let best = chain.best_number().await?;
	// Generous: on a loaded 2-core machine GRANDPA's rounds slow down, but do not stop.
	let deadline = Instant::now() + Duration::from_secs(180);
	while chain.finalized().await?.0 < best {
		if Instant::now() > deadline {
			return Err(format!("block #{best} not finalized within 180 s").into());
		}
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
	// Gatekeepers poll the finalized head every 500 ms.
	tokio::time::sleep(Duration::from_millis(700)).await;
	Ok(())
}

/// A database URL for one gatekeeper: a new SQLite file in `dir`, or a new PostgreSQL database.
pub async fn database(dir: &std::path::Path) -> Result<String> {
	match std::env::var("GATEKEEPER_TEST_POSTGRES") {
		Ok(server) => {
			sqlx::any::install_default_drivers();
			let name = format!("gk_{}", rand::random::<u64>());
			let admin = sqlx::AnyPool::connect(&format!("{server}/postgres")).await?;
			sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await?;
			admin.close().await;
			Ok(format!("{server}/{name}"))
		},
		Err(_) => Ok(format!("sqlite://{}?mode=rwc", dir.join("gatekeeper.sqlite").display())),
	}
}

/// One gatekeeper process.
pub struct Gatekeeper {
	child: Option<Child>,
	pub url: String,
	pub admin: String,
	pub database: String,
	node_rpc: u16,
	listen: u16,
	admin_port: u16,
	/// The provider's key; Alice General Hospital's (`--dev`) when `None`.
	provider_key: Option<String>,
	pub dir: tempfile::TempDir,
	log: PathBuf,
}

impl Drop for Gatekeeper {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// The one browser origin the test gatekeepers answer.
pub const APP_ORIGIN: &str = "http://apps.medrec.test:5173";

impl Gatekeeper {
	/// Starts a gatekeeper for Alice General Hospital against the node on `node_rpc`.
	pub async fn start(node_rpc: u16) -> Result<Self> {
		Self::start_as(node_rpc, None).await
	}

	/// Starts a gatekeeper for the provider whose key is `provider_key` (Alice's if `None`).
	pub async fn start_as(node_rpc: u16, provider_key: Option<&str>) -> Result<Self> {
		let dir = tempfile::Builder::new().prefix("medrec-gatekeeper-").tempdir()?;
		let database = database(dir.path()).await?;
		let log = dir.path().join("gatekeeper.log");
		let mut gk = Self {
			child: None,
			url: String::new(),
			admin: String::new(),
			database,
			node_rpc,
			listen: 0,
			admin_port: 0,
			provider_key: provider_key.map(str::to_string),
			dir,
			log,
		};
		// Another process (zombienet runs beside these tests) may take a port between
		// `free_port` and the gatekeeper's bind: then try other ports, up to five times in all.
		let mut tries = 1;
		loop {
			gk.take_free_ports()?;
			match gk.spawn().await {
				Err(e) if tries < 5 && e.to_string().contains("Address already in use") => {
					// The log appends across starts: without this, the next attempt's failure
					// would read as a port clash too.
					std::fs::remove_file(&gk.log)?;
					tries += 1;
				},
				done => return done.map(|()| gk),
			}
		}
	}

	/// Points the gatekeeper (not yet started) at two ports nobody listens on now.
	fn take_free_ports(&mut self) -> Result<()> {
		(self.listen, self.admin_port) = (free_port()?, free_port()?);
		self.url = format!("http://127.0.0.1:{}", self.listen);
		self.admin = format!("http://127.0.0.1:{}", self.admin_port);
		Ok(())
	}

	/// (Re)starts the process on the same database and ports.
	pub async fn spawn(&mut self) -> Result<()> {
		let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log)?;
		let child = Command::new(env!("CARGO_BIN_EXE_gatekeeper"))
			.args(["--dev", "--log-format", "text"])
			.args(["--node", &format!("ws://127.0.0.1:{}", self.node_rpc)])
			.args(["--database", &self.database])
			.args(["--listen", &format!("127.0.0.1:{}", self.listen)])
			.args(["--admin-listen", &format!("127.0.0.1:{}", self.admin_port)])
			.args(["--cors-origin", APP_ORIGIN])
			.args(self.provider_key.iter().flat_map(|key| ["--provider-key", key.as_str()]))
			.stdin(Stdio::null())
			.stdout(log.try_clone()?)
			.stderr(log)
			.spawn()?;
		let mut startup = Startup::new(child.id(), self.log.clone());
		self.child = Some(child);
		let http = reqwest::Client::new();
		loop {
			if let Some(child) = self.child.as_mut() {
				if let Some(status) = child.try_wait()? {
					return Err(format!("gatekeeper exited with {status}:\n{}", self.log()).into());
				}
			}
			if let Ok(r) = http.get(format!("{}/metrics", self.admin)).send().await {
				if r.status().is_success() {
					return Ok(());
				}
			}
			if let Err(why) = startup.check() {
				return Err(format!("gatekeeper not listening: {why}:\n{}", self.log()).into());
			}
			tokio::time::sleep(Duration::from_millis(200)).await;
		}
	}

	/// Kills the process with SIGKILL, as a crash would.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	pub fn pid(&self) -> Option<u32> {
		self.child.as_ref().map(Child::id)
	}

	pub fn log(&self) -> String {
		std::fs::read_to_string(&self.log).unwrap_or_default()
	}

	/// GETs an admin path as JSON.
	pub async fn admin_json(&self, path: &str) -> Result<serde_json::Value> {
		Ok(reqwest::get(format!("{}{path}", self.admin)).await?.json().await?)
	}

	/// The Prometheus text.
	pub async fn metrics(&self) -> Result<String> {
		Ok(reqwest::get(format!("{}/metrics", self.admin)).await?.text().await?)
	}

	/// Waits until the outbox is empty: every pointer update is final on chain.
	pub async fn pointers_settled(&self, timeout: Duration) -> Result<()> {
		client::pointers_settled(&self.admin, timeout)
			.await
			.map_err(|e| format!("{e}\n{}", self.log()).into())
	}
}

/// Sends a signal to a process.
pub fn signal(pid: u32, signal: &str) -> Result<()> {
	let status = Command::new("kill").args([format!("-{signal}"), pid.to_string()]).status()?;
	if !status.success() {
		return Err(format!("kill -{signal} {pid} failed").into());
	}
	Ok(())
}

//! Harness for MedRec's end-to-end tests.
//!
//! It starts real `medrec-node` processes on free loopback ports, each with its own base path,
//! and talks to them over JSON-RPC as any client would. Every process is killed when its
//! [`Node`] is dropped, so a failing or panicking test leaves nothing behind.

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	http_client::{HttpClient, HttpClientBuilder},
};
use serde_json::Value;

pub use medrec_chain_client::{Chain, Included};

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The `medrec-node` binary under test: `$MEDREC_NODE`, or the release build in the cargo
/// target directory.
pub fn node_binary() -> PathBuf {
	if let Some(path) = std::env::var_os("MEDREC_NODE") {
		return path.into();
	}
	let target = std::env::var_os("CARGO_TARGET_DIR")
		.map(PathBuf::from)
		.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target"));
	target.join("release").join("medrec-node")
}

/// A port nobody listens on right now. Another process could take it before the node binds
/// it: rare, but CI runs zombienet beside the tests, so the gatekeepers' harness retries.
pub fn free_port() -> Result<u16> {
	Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// How long a starting process may take before a test gives up on it.
///
/// A fixed deadline fails on a loaded machine: with zombienet's networks and a build beside
/// it, a node on 2 cores spent more than 60 s compiling its runtime and building genesis,
/// saying nothing, and a test that waited 60 s failed although the node was fine. So a start
/// fails when the process stops making progress (neither its CPU time nor its log grew for
/// [`Startup::STALL`]), or past a generous ceiling; it succeeds as soon as it answers.
pub struct Startup {
	pid: u32,
	log: PathBuf,
	began: Instant,
	progress: (u64, u64),
	last_progress: Instant,
}

impl Startup {
	/// No CPU time and no log output for this long: the process is stuck, not slow.
	pub const STALL: Duration = Duration::from_secs(120);
	/// The longest any start may take, however busy the machine.
	pub const CEILING: Duration = Duration::from_secs(600);

	/// Watches process `pid`, which writes its log to `log`.
	pub fn new(pid: u32, log: PathBuf) -> Self {
		let now = Instant::now();
		let mut startup = Self { pid, log, began: now, progress: (0, 0), last_progress: now };
		startup.progress = startup.measure();
		startup
	}

	/// `Err` with the reason once the start should be given up.
	pub fn check(&mut self) -> Result<(), String> {
		let now = Instant::now();
		let progress = self.measure();
		if progress != self.progress {
			self.progress = progress;
			self.last_progress = now;
		}
		if now.duration_since(self.last_progress) > Self::STALL {
			return Err(format!("no CPU time and no log output for {} s", Self::STALL.as_secs()));
		}
		if now.duration_since(self.began) > Self::CEILING {
			return Err(format!("still starting after {} s", Self::CEILING.as_secs()));
		}
		Ok(())
	}

	/// The process's CPU time in clock ticks (0 where `/proc` is missing) and its log's size.
	fn measure(&self) -> (u64, u64) {
		let cpu = std::fs::read_to_string(format!("/proc/{}/stat", self.pid))
			.ok()
			.and_then(|stat| {
				// Fields after the command name, which is in parentheses and may hold spaces:
				// utime and stime are the 12th and 13th of them.
				let rest = &stat[stat.rfind(')')? + 2..];
				let fields: Vec<&str> = rest.split(' ').collect();
				Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
			})
			.unwrap_or(0);
		let log = std::fs::metadata(&self.log).map(|m| m.len()).unwrap_or(0);
		(cpu, log)
	}
}

/// One running `medrec-node` process.
pub struct Node {
	pub name: String,
	pub rpc_port: u16,
	pub p2p_port: u16,
	/// The node as a client sees it: runtime APIs, signed extrinsics.
	pub chain: Chain,
	child: Child,
	base: tempfile::TempDir,
	rpc: HttpClient,
}

impl Drop for Node {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Node {
	/// Starts `medrec-node` with `args` plus a fresh base path, loopback ports and a log file.
	pub fn start(name: &str, args: &[String]) -> Result<Self> {
		let base = tempfile::Builder::new().prefix(&format!("medrec-{name}-")).tempdir()?;
		let rpc_port = free_port()?;
		let p2p_port = free_port()?;
		let log = std::fs::File::create(base.path().join("node.log"))?;
		let child = Command::new(node_binary())
			.args(args)
			.arg("--base-path")
			.arg(base.path())
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--no-prometheus", "--no-telemetry", "--no-mdns", "--listen-addr"])
			.arg(format!("/ip4/127.0.0.1/tcp/{p2p_port}"))
			.stdin(Stdio::null())
			.stdout(log.try_clone()?)
			.stderr(log)
			.spawn()
			.map_err(|e| format!("starting {}: {e}", node_binary().display()))?;
		let rpc = HttpClientBuilder::default()
			.request_timeout(Duration::from_secs(10))
			.build(format!("http://127.0.0.1:{rpc_port}"))?;
		let chain = Chain::new(&format!("http://127.0.0.1:{rpc_port}"), Duration::from_secs(10))?;
		Ok(Self { name: name.into(), rpc_port, p2p_port, chain, child, base, rpc })
	}

	/// The node's process id, for tests that stop or kill it as a crash would.
	pub fn pid(&self) -> u32 {
		self.child.id()
	}

	/// The node's log so far, for failure messages.
	pub fn log(&self) -> String {
		std::fs::read_to_string(self.base.path().join("node.log")).unwrap_or_default()
	}

	/// The last `lines` lines of the log.
	pub fn log_tail(&self, lines: usize) -> String {
		let log = self.log();
		let all: Vec<&str> = log.lines().collect();
		all[all.len().saturating_sub(lines)..].join("\n")
	}

	/// Calls a JSON-RPC method.
	pub async fn call(&self, method: &str, params: ArrayParams) -> Result<Value> {
		Ok(self.rpc.request::<Value, _>(method, params).await?)
	}

	/// Waits until the RPC server answers, or fails with the node's log: at once if the node
	/// exits, else when it stops making progress or passes the ceiling ([`Startup`]).
	pub async fn wait_ready(&mut self) -> Result<()> {
		let mut startup = Startup::new(self.child.id(), self.base.path().join("node.log"));
		loop {
			if let Some(status) = self.child.try_wait()? {
				return Err(
					format!("{} exited with {status}:\n{}", self.name, self.log_tail(40)).into()
				);
			}
			if self.call("system_health", ArrayParams::new()).await.is_ok() {
				return Ok(());
			}
			if let Err(why) = startup.check() {
				return Err(
					format!("{} RPC not ready: {why}:\n{}", self.name, self.log_tail(40)).into()
				);
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// Starts a `--dev` node and waits until it answers RPC.
	pub async fn dev(name: &str) -> Result<Self> {
		let mut node = Self::start(name, &["--dev".to_string()])?;
		node.wait_ready().await?;
		Ok(node)
	}

	/// The number of the best block.
	pub async fn best_number(&self) -> Result<u64> {
		let header = self.call("chain_getHeader", ArrayParams::new()).await?;
		header_number(&header)
	}

	/// The number and hash of the last finalized block.
	pub async fn finalized(&self) -> Result<(u64, String)> {
		let hash = self.call("chain_getFinalizedHead", ArrayParams::new()).await?;
		let mut params = ArrayParams::new();
		params.insert(&hash)?;
		let header = self.call("chain_getHeader", params).await?;
		Ok((header_number(&header)?, hash.as_str().unwrap_or_default().to_string()))
	}

	/// The hash of block `number` on this node's best chain.
	pub async fn block_hash(&self, number: u64) -> Result<String> {
		let mut params = ArrayParams::new();
		params.insert(number)?;
		let hash = self.call("chain_getBlockHash", params).await?;
		hash.as_str().map(str::to_string).ok_or_else(|| format!("no block {number}").into())
	}

	/// Calls runtime API `method` (for example `AuraApi_authorities`) with SCALE-encoded `args`
	/// and returns the SCALE-encoded answer.
	pub async fn state_call(&self, method: &str, args: &[u8]) -> Result<Vec<u8>> {
		let mut params = ArrayParams::new();
		params.insert(method)?;
		params.insert(format!("0x{}", hex_encode(args)))?;
		let answer = self.call("state_call", params).await?;
		let hex = answer.as_str().ok_or("state_call returned no string")?;
		hex_decode(hex)
	}

	/// Polls until `done` holds for this node, or fails after `timeout` with the node's log.
	pub async fn wait_for<F, Fut>(&self, what: &str, timeout: Duration, mut done: F) -> Result<()>
	where
		F: FnMut() -> Fut,
		Fut: std::future::Future<Output = Result<bool>>,
	{
		let deadline = Instant::now() + timeout;
		loop {
			if done().await.unwrap_or(false) {
				return Ok(());
			}
			if Instant::now() > deadline {
				return Err(format!(
					"{}: timed out waiting for {what}:\n{}",
					self.name,
					self.log_tail(40)
				)
				.into());
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}
}

fn header_number(header: &Value) -> Result<u64> {
	let hex = header["number"].as_str().ok_or("header without a number")?;
	Ok(u64::from_str_radix(hex.trim_start_matches("0x"), 16)?)
}

pub use medrec_chain_client::to_hex as hex_encode;

pub fn hex_decode(hex: &str) -> Result<Vec<u8>> {
	medrec_chain_client::hex_decode(hex).ok_or_else(|| format!("not hex: {hex}").into())
}

/// A deterministic libp2p node key for the `index`th node, so that its peer id can be named in
/// the others' `--bootnodes`.
pub fn node_key(index: usize) -> String {
	format!("{:064x}", index + 1)
}

/// The libp2p peer id of `node_key`, as the node itself computes it.
pub fn peer_id(node_key: &str) -> Result<String> {
	let dir = tempfile::tempdir()?;
	let file = dir.path().join("key");
	std::fs::write(&file, node_key)?;
	let out = Command::new(node_binary())
		.args(["key", "inspect-node-key", "--file"])
		.arg(&file)
		.output()?;
	if !out.status.success() {
		return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
	}
	Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

/// Starts the `local` chain's validators named in `names` (`alice`, `bob`, ...), all booting
/// from the first, and waits until each answers RPC.
pub async fn start_local_validators(names: &[&str]) -> Result<Vec<Node>> {
	let mut nodes: Vec<Node> = Vec::new();
	let mut bootnode: Option<String> = None;
	for (i, name) in names.iter().enumerate() {
		let key = node_key(i);
		let mut args: Vec<String> = ["--chain", "local", "--validator", "--node-key", &key]
			.iter()
			.map(|s| s.to_string())
			.collect();
		args.push(format!("--{name}"));
		if let Some(boot) = &bootnode {
			args.extend(["--bootnodes".to_string(), boot.clone()]);
		}
		let mut node = Node::start(name, &args)?;
		node.wait_ready().await?;
		if bootnode.is_none() {
			bootnode = Some(format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", node.p2p_port, peer_id(&key)?));
		}
		nodes.push(node);
	}
	Ok(nodes)
}

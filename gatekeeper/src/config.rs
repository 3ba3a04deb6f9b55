//! Configuration, from flags or the environment. `--dev` fills in what a `--dev` node needs:
//! Alice (Alice General Hospital) as the provider and a fresh SQLite file.

use sp_core::{sr25519, Pair};

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
	/// Run against a `medrec-node --dev`: provider key `//Alice`, a new SQLite database in a
	/// temporary directory unless `--database` is given.
	#[arg(long)]
	pub dev: bool,

	/// The chain node's RPC endpoint.
	#[arg(long, env = "MEDREC_NODE_URL", default_value = "ws://127.0.0.1:9944")]
	pub node: String,

	/// `sqlite://path?mode=rwc` (embedded, the default) or `postgres://user:pass@host/db`.
	#[arg(long, env = "GATEKEEPER_DATABASE")]
	pub database: Option<String>,

	/// The provider's account key, as a secret URI (mnemonic, hex seed or `//Dev` path). It
	/// signs pointer updates and names this gatekeeper.
	#[arg(long, env = "GATEKEEPER_PROVIDER_KEY", hide_env_values = true)]
	pub provider_key: Option<String>,

	/// Where the public FHIR API listens.
	#[arg(long, env = "GATEKEEPER_LISTEN", default_value = "127.0.0.1:8080")]
	pub listen: String,

	/// Where the admin API (ingest, pointer outbox, metrics) listens. Keep it off the public
	/// network.
	#[arg(long, env = "GATEKEEPER_ADMIN_LISTEN", default_value = "127.0.0.1:8081")]
	pub admin_listen: String,

	/// Seconds a signed request stays valid, and the clock skew tolerated.
	#[arg(long, env = "GATEKEEPER_WINDOW", default_value_t = 60)]
	pub window: u64,

	/// Database connections.
	#[arg(long, default_value_t = 8)]
	pub max_connections: u32,

	/// Browser origins (`scheme://host[:port]`) whose pages may call the public API, such as
	/// the patient and provider apps. Repeat the flag or separate with commas. Without one, no
	/// cross-origin page can read an answer: the browser withholds it.
	#[arg(long = "cors-origin", env = "GATEKEEPER_CORS_ORIGINS", value_delimiter = ',')]
	pub cors_origins: Vec<String>,

	/// Log lines as JSON (`json`, for collectors) or for people (`text`).
	#[arg(long, env = "GATEKEEPER_LOG_FORMAT", default_value = "json")]
	pub log_format: String,
}

impl Config {
	pub fn provider_pair(&self) -> Result<sr25519::Pair, String> {
		let uri =
			match (&self.provider_key, self.dev) {
				(Some(uri), _) => uri.clone(),
				(None, true) => "//Alice".into(),
				(None, false) => return Err(
					"no provider key: pass --provider-key or GATEKEEPER_PROVIDER_KEY (or --dev)"
						.into(),
				),
			};
		sr25519::Pair::from_string(&uri, None).map_err(|e| format!("bad provider key: {e:?}"))
	}

	/// The CORS allowlist, checked: each entry must be an exact origin, since a wildcard would
	/// let any page drive a patient's signed requests and read what they return.
	pub fn cors_origins(&self) -> Result<Vec<axum::http::HeaderValue>, String> {
		self.cors_origins.iter().map(|o| parse_origin(o.trim())).collect()
	}

	pub fn database_url(&self) -> String {
		match (&self.database, self.dev) {
			(Some(url), _) => url.clone(),
			(None, true) => {
				let dir = std::env::temp_dir()
					.join(format!("medrec-gatekeeper-dev-{}", std::process::id()));
				let _ = std::fs::create_dir_all(&dir);
				format!("sqlite://{}?mode=rwc", dir.join("gatekeeper.sqlite").display())
			},
			(None, false) => "sqlite://gatekeeper.sqlite?mode=rwc".into(),
		}
	}
}

fn parse_origin(origin: &str) -> Result<axum::http::HeaderValue, String> {
	let bad = |why: &str| format!("--cors-origin {origin:?}: {why}");
	let (scheme, rest) = origin.split_once("://").ok_or_else(|| bad("not scheme://host[:port]"))?;
	if scheme != "http" && scheme != "https" {
		return Err(bad("the scheme must be http or https"));
	}
	if rest.is_empty() || rest.contains(['/', '*', '?', '#', '@']) || origin.ends_with(':') {
		return Err(bad("an origin has a host and an optional port, no path or wildcard"));
	}
	axum::http::HeaderValue::from_str(origin).map_err(|_| bad("not a valid header value"))
}

#[cfg(test)]
mod tests {
	use super::parse_origin;

	#[test]
	fn origins_are_exact() {
		for good in ["http://127.0.0.1:5173", "https://patient.medrec.example"] {
			let parsed = parse_origin(good).map(|v| v.to_str().map(String::from).ok());
			assert_eq!(parsed, Ok(Some(good.to_string())));
		}
		for bad in
			["*", "http://*.example", "https://app.example/", "ftp://x", "app.example", "http://"]
		{
			assert!(parse_origin(bad).is_err(), "{bad} accepted");
		}
	}
}

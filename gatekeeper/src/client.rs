//! The reader's side: sign a request, open the sealed answer, check it against the chain.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use medrec_gatekeeper::{chain::Chain, client::Client};
//! use medrec_primitives::Purpose;
//! use sp_core::{sr25519, Pair};
//!
//! let bob = sr25519::Pair::from_string("//Bob", None).map_err(|e| format!("{e:?}"))?;
//! let client = Client::connect("http://127.0.0.1:8080", bob).await?;
//! let answer = client.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await?;
//! let chain = Chain::new("ws://127.0.0.1:9944", std::time::Duration::from_secs(5))?;
//! client.verify(&answer, &chain).await?;
//! # Ok(()) }
//! ```

use medrec_primitives::{Category, Purpose};
use medrec_runtime::{AccountId, Hash};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};

use crate::{
	auth,
	chain::{parse_account, Chain},
	digest::{self, from_hex, to_hex},
	seal::{self, Envelope},
	service::Answer,
	store::AuditRecord,
};

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
	#[error("HTTP: {0}")]
	Http(String),
	#[error("refused ({status}): {}", diagnostics(.outcome))]
	Refused { status: u16, outcome: Value },
	#[error("cannot open the answer: {0}")]
	Open(String),
	#[error("the answer does not match the chain: {0}")]
	Mismatch(String),
}

fn diagnostics(outcome: &Value) -> String {
	outcome["issue"]
		.as_array()
		.into_iter()
		.flatten()
		.filter_map(|i| i["diagnostics"].as_str())
		.collect::<Vec<_>>()
		.join("; ")
}

impl ClientError {
	/// The HTTP status of a refusal.
	pub fn status(&self) -> Option<u16> {
		match self {
			ClientError::Refused { status, .. } => Some(*status),
			_ => None,
		}
	}
}

/// A signed request, ready to send (or, in tests, to tamper with and replay).
#[derive(Debug, Clone)]
pub struct Prepared {
	pub path_and_query: String,
	pub headers: Vec<(&'static str, String)>,
}

/// What [`Client::verify`] checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
	pub resources: usize,
	pub categories: Vec<Category>,
}

pub struct Client {
	http: reqwest::Client,
	base: String,
	signer: auth::Signer,
	secret: [u8; 32],
	gatekeeper: AccountId,
}

fn unix_now() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_secs())
		.unwrap_or_default()
}

/// The X25519 secret a reader holds for `signer`: derived from its secret key (see
/// [`seal::derive_secret`]).
pub fn encryption_secret(signer: &sr25519::Pair) -> [u8; 32] {
	seal::derive_secret(&signer.to_raw_vec())
}

impl Client {
	/// A client for the gatekeeper at `base`, whose identity it reads from
	/// `/.well-known/medrec`.
	pub async fn connect(base: &str, signer: sr25519::Pair) -> Result<Self, ClientError> {
		let secret = encryption_secret(&signer);
		Self::connect_as(base, auth::Signer::Sr25519(signer), secret).await
	}

	/// A client that signs with `signer` (an Ethereum key linked to the reader's identity, say)
	/// and opens answers with the identity's X25519 `secret`, the one whose public key the
	/// identity published.
	pub async fn connect_as(
		base: &str,
		signer: auth::Signer,
		secret: [u8; 32],
	) -> Result<Self, ClientError> {
		let http = reqwest::Client::new();
		let known: Value = http
			.get(format!("{base}/.well-known/medrec"))
			.send()
			.await
			.map_err(|e| ClientError::Http(e.to_string()))?
			.json()
			.await
			.map_err(|e| ClientError::Http(e.to_string()))?;
		let gatekeeper = known["provider"]
			.as_str()
			.and_then(parse_account)
			.ok_or_else(|| ClientError::Http("no provider in /.well-known/medrec".into()))?;
		// Keep the connection pool that just reached the gatekeeper.
		Ok(Self { http, ..Self::with_signer(base, signer, secret, gatekeeper) })
	}

	/// A client for the gatekeeper at `base` run by provider `gatekeeper`.
	pub fn new(base: &str, signer: sr25519::Pair, gatekeeper: AccountId) -> Self {
		let secret = encryption_secret(&signer);
		Self::with_signer(base, auth::Signer::Sr25519(signer), secret, gatekeeper)
	}

	/// As [`Client::new`], signing with any [`auth::Signer`].
	pub fn with_signer(
		base: &str,
		signer: auth::Signer,
		secret: [u8; 32],
		gatekeeper: AccountId,
	) -> Self {
		Self {
			http: reqwest::Client::new(),
			base: base.trim_end_matches('/').to_string(),
			signer,
			secret,
			gatekeeper,
		}
	}

	/// The `keyid` this client signs as.
	pub fn keyid(&self) -> String {
		self.signer.keyid()
	}

	pub fn gatekeeper(&self) -> &AccountId {
		&self.gatekeeper
	}

	/// The X25519 public key to publish with `registrar.set_encryption_key`.
	pub fn encryption_public(&self) -> [u8; 32] {
		seal::public_key(&self.secret).unwrap_or_default()
	}

	/// A GET of `path_and_query` signed now with a fresh nonce.
	pub fn prepare(&self, path_and_query: &str, purpose: Purpose) -> Prepared {
		self.prepare_with(
			path_and_query,
			purpose,
			unix_now(),
			&auth::new_nonce(),
			&self.gatekeeper.clone(),
		)
	}

	/// A GET signed as of `created` with `nonce`, addressed to `gatekeeper`.
	pub fn prepare_with(
		&self,
		path_and_query: &str,
		purpose: Purpose,
		created: u64,
		nonce: &str,
		gatekeeper: &AccountId,
	) -> Prepared {
		let (path, query) = match path_and_query.split_once('?') {
			Some((p, q)) => (p, Some(q)),
			None => (path_and_query, None),
		};
		let request = auth::Request { method: "GET", path, query, body: b"" };
		let headers = auth::sign(&self.signer, &request, gatekeeper, purpose, created, nonce);
		Prepared { path_and_query: path_and_query.to_string(), headers }
	}

	/// Sends `prepared` and opens the sealed answer.
	pub async fn send(&self, prepared: &Prepared) -> Result<Value, ClientError> {
		self.send_for(seal::INFO, prepared).await
	}

	/// [`Client::send`] for an answer sealed under another HPKE `info`.
	pub async fn send_for(&self, info: &[u8], prepared: &Prepared) -> Result<Value, ClientError> {
		let mut request = self.http.get(format!("{}{}", self.base, prepared.path_and_query));
		for (name, value) in &prepared.headers {
			request = request.header(*name, value);
		}
		let response = request.send().await.map_err(|e| ClientError::Http(e.to_string()))?;
		let status = response.status().as_u16();
		let body: Value = response.json().await.map_err(|e| ClientError::Http(e.to_string()))?;
		if status != 200 {
			return Err(ClientError::Refused { status, outcome: body });
		}
		let envelope: Envelope =
			serde_json::from_value(body).map_err(|e| ClientError::Open(e.to_string()))?;
		let aad = prepared
			.headers
			.iter()
			.find(|(n, _)| *n == "signature")
			.map(|(_, v)| v.clone())
			.unwrap_or_default();
		let plaintext = seal::open_for(info, &self.secret, &envelope, aad.as_bytes())
			.map_err(|e| ClientError::Open(e.to_string()))?;
		serde_json::from_slice(&plaintext).map_err(|e| ClientError::Open(e.to_string()))
	}

	/// Reads `path_and_query` (a FHIR read, search or `$everything`) for `purpose`.
	pub async fn get(&self, path_and_query: &str, purpose: Purpose) -> Result<Answer, ClientError> {
		let value = self.send(&self.prepare(path_and_query, purpose)).await?;
		serde_json::from_value(value).map_err(|e| ClientError::Open(e.to_string()))
	}

	/// The MeasureReport this gatekeeper released for query `query` of `study`; the signer
	/// must be the study's researcher.
	pub async fn research_answer(&self, study: u32, query: u32) -> Result<Value, ClientError> {
		let path = format!("/research/studies/{study}/queries/{query}");
		self.send_for(seal::RESEARCH_INFO, &self.prepare(&path, Purpose::Research)).await
	}

	/// The signer's research inclusions at this gatekeeper: per study, how many queries
	/// counted them.
	pub async fn inclusions(&self) -> Result<Vec<crate::answers::Inclusion>, ClientError> {
		let value = self.send(&self.prepare("/research/inclusions", Purpose::Personal)).await?;
		serde_json::from_value(value["inclusions"].clone())
			.map_err(|e| ClientError::Open(e.to_string()))
	}

	/// The audit entries about `patient` (the signer's own when `None`).
	pub async fn audit(
		&self,
		patient: Option<&AccountId>,
	) -> Result<Vec<AuditRecord>, ClientError> {
		let path = match patient {
			Some(p) => format!("/audit?patient={}", p.to_ss58check()),
			None => "/audit".to_string(),
		};
		let value = self.send(&self.prepare(&path, Purpose::Personal)).await?;
		serde_json::from_value(value["entries"].clone())
			.map_err(|e| ClientError::Open(e.to_string()))
	}

	/// Checks `answer` against the chain at the block it was decided at: each proof's leaves
	/// digest to the relationship's pointer, and every resource served is one of the leaves.
	pub async fn verify(&self, answer: &Answer, chain: &Chain) -> Result<Verified, ClientError> {
		let mismatch = |s: String| ClientError::Mismatch(s);
		let patient =
			parse_account(&answer.patient).ok_or_else(|| mismatch("bad patient".into()))?;
		let block =
			from_hex(&answer.block).map(Hash::from).ok_or_else(|| mismatch("bad block".into()))?;
		let relationships = chain
			.relationships(&patient, Some(block))
			.await
			.map_err(|e| mismatch(e.to_string()))?;
		let relationship = relationships
			.iter()
			.find(|r| r.provider == self.gatekeeper)
			.ok_or_else(|| mismatch("no relationship with this gatekeeper's provider".into()))?;
		let mut leaves = std::collections::HashSet::new();
		for proof in &answer.proofs {
			let set = digest::record_set(proof.leaves.iter().filter_map(|l| from_hex(l)));
			if to_hex(&set) != proof.digest {
				return Err(mismatch(format!(
					"{:?}: leaves do not digest to {}",
					proof.category, proof.digest
				)));
			}
			let pointer = relationship
				.pointers
				.iter()
				.find(|p| p.record_set == proof.record_set)
				.ok_or_else(|| {
				mismatch(format!("no pointer for {:?} on chain", proof.category))
			})?;
			if pointer.digest != Hash::from(set) {
				return Err(mismatch(format!(
					"{:?}: the chain holds {:?}, the records digest to 0x{}",
					proof.category, pointer.digest, proof.digest
				)));
			}
			leaves.extend(proof.leaves.iter().cloned());
		}
		let resources: Vec<&Value> = match answer.fhir["resourceType"].as_str() {
			Some("Bundle") => answer.fhir["entry"]
				.as_array()
				.into_iter()
				.flatten()
				.filter(|e| e["search"]["mode"] == "match")
				.map(|e| &e["resource"])
				.collect(),
			_ => vec![&answer.fhir],
		};
		for resource in &resources {
			if !leaves.contains(&to_hex(&digest::leaf(resource))) {
				return Err(mismatch(format!(
					"{}/{} is not in any record set the chain points to",
					resource["resourceType"].as_str().unwrap_or("?"),
					resource["id"].as_str().unwrap_or("?")
				)));
			}
		}
		Ok(Verified {
			resources: resources.len(),
			categories: answer.proofs.iter().map(|p| p.category).collect(),
		})
	}
}

/// Polls the JSON at `url` until `done` holds for it; after `timeout`, fails with `waiting`
/// and the last answer. Any HTTP status counts as an answer (a 503 health check is one).
async fn poll_json(
	url: &str,
	timeout: std::time::Duration,
	done: impl Fn(&Value) -> bool,
	waiting: &str,
) -> Result<(), ClientError> {
	let deadline = std::time::Instant::now() + timeout;
	loop {
		let answer: Value = reqwest::get(url)
			.await
			.map_err(|e| ClientError::Http(e.to_string()))?
			.json()
			.await
			.map_err(|e| ClientError::Http(format!("{url}: {e}")))?;
		if done(&answer) {
			return Ok(());
		}
		if std::time::Instant::now() > deadline {
			return Err(ClientError::Http(format!("{waiting} after {timeout:?}: {answer}")));
		}
		tokio::time::sleep(std::time::Duration::from_millis(250)).await;
	}
}

/// Waits until a gatekeeper's pointer outbox (admin API) is empty: every record set's digest
/// is in a finalized block. Fails after `timeout` with the rows still pending.
pub async fn pointers_settled(
	admin_base: &str,
	timeout: std::time::Duration,
) -> Result<(), ClientError> {
	let url = format!("{}/admin/pointers", admin_base.trim_end_matches('/'));
	let empty = |v: &Value| v["pending"].as_array().is_some_and(Vec::is_empty);
	poll_json(&url, timeout, empty, "pointer updates still pending").await
}

/// Waits until a gatekeeper (at `base`, public or admin listener) decides at finalized block
/// `number` or later: it polls its node every half second, so it may trail the node a little.
pub async fn wait_gatekeeper_at(
	base: &str,
	number: medrec_runtime::BlockNumber,
	timeout: std::time::Duration,
) -> Result<(), ClientError> {
	let url = format!("{}/healthz", base.trim_end_matches('/'));
	let there = |v: &Value| v["finalized"].as_u64().is_some_and(|n| n >= u64::from(number));
	let waiting = format!("the gatekeeper has not seen finalized block #{number}");
	poll_json(&url, timeout, there, &waiting).await
}

/// Posts `payload` (a FHIR Bundle or resource) to a gatekeeper's admin API.
pub async fn ingest(admin_base: &str, payload: &Value) -> Result<(u16, Value), ClientError> {
	let response = reqwest::Client::new()
		.post(format!("{}/admin/ingest", admin_base.trim_end_matches('/')))
		.header("content-type", "application/fhir+json")
		.body(payload.to_string())
		.send()
		.await
		.map_err(|e| ClientError::Http(e.to_string()))?;
	let status = response.status().as_u16();
	let body = response.json().await.map_err(|e| ClientError::Http(e.to_string()))?;
	Ok((status, body))
}

//! Fetching one authorized query's answer from every site.
//!
//! `GET {gatekeeper}/research/studies/{study}/queries/{query}`, signed as every gatekeeper
//! request is (RFC 9421, the researcher's account key, purpose `research`):
//! - 200: an HPKE envelope sealed to the researcher's registered X25519 key, as record answers
//!   are, but with the `info` [`RESEARCH_INFO`] and the request's `Signature` header as
//!   additional data; inside, the site's FHIR MeasureReport;
//! - 503 (with `Retry-After`): not final or not computed yet: asked again until the wait ends;
//! - 403: not authorized; 410: the site can never answer; anything else: the site is missing.
//!
//! A missing site is reported with its reason and never imputed.

use std::time::{Duration, Instant};

use medrec_gatekeeper::{
	client::Client,
	seal::{open_for, public_key, Envelope, SealError},
};
use medrec_primitives::{
	research::{Query, QueryId, StudyId},
	Purpose,
};
use medrec_research_report::SiteAnswer;
use medrec_runtime::AccountId;
use serde_json::Value;
use sp_core::sr25519;

/// The HPKE `info` of research answers (the gatekeeper's): an envelope made for a record
/// answer never opens as one, nor the other way round.
pub use medrec_gatekeeper::seal::RESEARCH_INFO;

/// How long to wait between asks when a 503 names no `Retry-After`.
const DEFAULT_RETRY: Duration = Duration::from_secs(1);

/// A site that may answer: a provider and its gatekeeper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
	pub account: AccountId,
	pub url: String,
	/// Its display name in the registry, if it has one.
	pub name: Option<String>,
}

impl Site {
	/// The name if there is one, else the account.
	pub fn label(&self) -> String {
		self.name.clone().unwrap_or_else(|| sp_core::crypto::Ss58Codec::to_ss58check(&self.account))
	}
}

/// Why a site has no answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Missing {
	/// It kept saying "not yet" (503) until the wait ran out.
	#[error("not ready after {0:?} (503)")]
	NotReady(Duration),
	/// 403: it does not consider the signer authorized for this query.
	#[error("refused (403): {0}")]
	Forbidden(String),
	/// 410: it can never answer this query.
	#[error("gone (410): {0}")]
	Gone(String),
	/// The gatekeeper could not be reached.
	#[error("unreachable: {0}")]
	Unreachable(String),
	/// Any other HTTP status.
	#[error("failed ({status}): {detail}")]
	Failed { status: u16, detail: String },
	/// A 200 whose body does not open, or is not an answer to this query.
	#[error("unreadable answer: {0}")]
	Unreadable(String),
}

impl Missing {
	/// A short word for the reason, for JSON.
	pub fn kind(&self) -> &'static str {
		match self {
			Missing::NotReady(_) => "not-ready",
			Missing::Forbidden(_) => "forbidden",
			Missing::Gone(_) => "gone",
			Missing::Unreachable(_) => "unreachable",
			Missing::Failed { .. } => "failed",
			Missing::Unreadable(_) => "unreadable",
		}
	}
}

/// One site's answer, or why there is none.
#[derive(Clone, Debug)]
pub struct SiteResult {
	pub site: Site,
	pub outcome: Result<SiteAnswer, Missing>,
}

/// The researcher as gatekeepers see them: a signing key and the X25519 secret their answers
/// are sealed to.
#[derive(Clone)]
pub struct Reader {
	pub signer: sr25519::Pair,
	pub secret: [u8; 32],
}

impl Reader {
	/// A reader whose X25519 key is derived from its signing key, as `gatekeeper client` and
	/// `medrec-research publish-key` derive it.
	pub fn new(signer: sr25519::Pair) -> Self {
		let secret = medrec_gatekeeper::client::encryption_secret(&signer);
		Self { signer, secret }
	}

	/// The X25519 public key gatekeepers must find in the registrar.
	pub fn encryption_public(&self) -> [u8; 32] {
		public_key(&self.secret).unwrap_or_default()
	}
}

/// Opens a research answer's envelope with `secret`.
pub fn open(secret: &[u8; 32], envelope: &Envelope, aad: &[u8]) -> Result<Vec<u8>, String> {
	open_for(RESEARCH_INFO, secret, envelope, aad).map_err(|e| match e {
		SealError::WrongRecipient => format!(
			"sealed to X25519 key {}, not the one derived from --key: publish this key \
			 (medrec-research publish-key) or use the key it was sealed to",
			envelope.recipient
		),
		other => other.to_string(),
	})
}

/// The path of a query's answer on a gatekeeper.
pub fn answer_path(study: StudyId, query: QueryId) -> String {
	format!("/research/studies/{study}/queries/{query}")
}

/// The diagnostics of a FHIR OperationOutcome, or the body as text.
fn diagnostics(body: &str) -> String {
	let parsed: Option<Value> = serde_json::from_str(body).ok();
	let issues: Vec<String> = parsed
		.as_ref()
		.and_then(|v| v["issue"].as_array())
		.into_iter()
		.flatten()
		.filter_map(|i| i["diagnostics"].as_str().map(str::to_string))
		.collect();
	if issues.is_empty() {
		body.chars().take(200).collect()
	} else {
		issues.join("; ")
	}
}

/// An error with its causes: reqwest's own message leaves out why a connection failed.
fn with_causes(e: &dyn std::error::Error) -> String {
	let mut text = e.to_string();
	let mut source = e.source();
	while let Some(cause) = source {
		text.push_str(&format!(": {cause}"));
		source = cause.source();
	}
	text
}

/// `Retry-After` in seconds (the HTTP-date form is read as "soon").
fn retry_after(headers: &reqwest::header::HeaderMap) -> Duration {
	headers
		.get(reqwest::header::RETRY_AFTER)
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.trim().parse::<u64>().ok())
		.map(Duration::from_secs)
		.unwrap_or(DEFAULT_RETRY)
}

/// Reads an opened plaintext as `site`'s answer to `query` (id `query_id` of `study`).
pub fn read_answer(
	plaintext: &[u8],
	site: &Site,
	study: StudyId,
	query_id: QueryId,
	query: &Query,
) -> Result<SiteAnswer, String> {
	let value: Value = serde_json::from_slice(plaintext).map_err(|e| format!("not JSON: {e}"))?;
	// The MeasureReport itself, or wrapped with its context as `{ "fhir": ... }`.
	let report = if value.get("resourceType").is_some() { &value } else { &value["fhir"] };
	let answer = medrec_research_report::parse(report)?;
	if (answer.study, answer.query) != (study, query_id) {
		return Err(format!(
			"it answers study {} query {}, not study {study} query {query_id}",
			answer.study, answer.query
		));
	}
	if medrec_chain_client::parse_account(&answer.site).as_ref() != Some(&site.account) {
		return Err(format!("it is signed as reporter {}, not this site", answer.site));
	}
	if answer.cells.len() != query.cells() as usize {
		return Err(format!("{} cells, the query has {}", answer.cells.len(), query.cells()));
	}
	if answer.epsilon != query.epsilon {
		return Err(format!(
			"noise at {} milli-ε, the query was authorized at {}",
			answer.epsilon, query.epsilon
		));
	}
	Ok(answer)
}

/// Asks one site for its answer, retrying "not yet" until `max_wait` has passed.
pub async fn fetch_site(
	http: &reqwest::Client,
	reader: &Reader,
	site: &Site,
	study: StudyId,
	query_id: QueryId,
	query: &Query,
	max_wait: Duration,
) -> Result<SiteAnswer, Missing> {
	let deadline = Instant::now() + max_wait;
	let path = answer_path(study, query_id);
	let client = Client::new(&site.url, reader.signer.clone(), site.account.clone());
	let base = site.url.trim_end_matches('/');
	loop {
		// Signed afresh each time: a gatekeeper refuses a nonce it has seen and old signatures.
		let prepared = client.prepare(&path, Purpose::Research);
		let mut request = http.get(format!("{base}{path}"));
		for (name, value) in &prepared.headers {
			request = request.header(*name, value);
		}
		let left = deadline.saturating_duration_since(Instant::now());
		// A site computing a large cohort may take a while to answer one request.
		let response = request
			.timeout(left.max(Duration::from_secs(30)))
			.send()
			.await
			.map_err(|e| Missing::Unreachable(with_causes(&e)))?;
		let status = response.status().as_u16();
		let wait = retry_after(response.headers());
		let body = response.text().await.map_err(|e| Missing::Unreachable(with_causes(&e)))?;
		match status {
			200 => {
				let envelope: Envelope = serde_json::from_str(&body)
					.map_err(|e| Missing::Unreadable(format!("not an envelope: {e}")))?;
				let aad = prepared
					.headers
					.iter()
					.find(|(n, _)| *n == "signature")
					.map(|(_, v)| v.as_str())
					.unwrap_or_default();
				let plaintext =
					open(&reader.secret, &envelope, aad.as_bytes()).map_err(Missing::Unreadable)?;
				return read_answer(&plaintext, site, study, query_id, query)
					.map_err(Missing::Unreadable);
			},
			503 => {
				let left = deadline.saturating_duration_since(Instant::now());
				if left.is_zero() {
					return Err(Missing::NotReady(max_wait));
				}
				tokio::time::sleep(wait.min(left)).await;
			},
			403 => return Err(Missing::Forbidden(diagnostics(&body))),
			410 => return Err(Missing::Gone(diagnostics(&body))),
			_ => return Err(Missing::Failed { status, detail: diagnostics(&body) }),
		}
	}
}

/// Asks every site at once; results come back in `sites`' order.
pub async fn fetch_all(
	reader: &Reader,
	sites: &[Site],
	study: StudyId,
	query_id: QueryId,
	query: &Query,
	max_wait: Duration,
) -> Vec<SiteResult> {
	let http = reqwest::Client::new();
	let tasks: Vec<_> = sites
		.iter()
		.map(|site| {
			let (http, reader, site, query) =
				(http.clone(), reader.clone(), site.clone(), query.clone());
			tokio::spawn(async move {
				let outcome =
					fetch_site(&http, &reader, &site, study, query_id, &query, max_wait).await;
				SiteResult { site, outcome }
			})
		})
		.collect();
	let mut results = Vec::with_capacity(tasks.len());
	for (task, site) in tasks.into_iter().zip(sites) {
		results.push(task.await.unwrap_or_else(|e| SiteResult {
			site: site.clone(),
			outcome: Err(Missing::Failed { status: 0, detail: format!("the fetch failed: {e}") }),
		}));
	}
	results
}

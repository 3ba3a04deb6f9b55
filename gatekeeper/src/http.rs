//! The HTTP surface: the public FHIR API (signed reads, sealed answers), the patient's audit
//! view, and the admin API (ingest, pointer outbox, metrics) on its own listener.

use std::{sync::Arc, time::Instant};

use axum::{
	body::Bytes,
	extract::State,
	http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use medrec_runtime::AccountId;
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;

use crate::{
	answers,
	auth::{self, AuthError},
	fhir::{self, Issue},
	metrics::RequestLabels,
	seal,
	service::{not_final_yet, now_ms, Gatekeeper, Head, Refusal},
	store::{AuditEntry, Nonce},
};

const FHIR_JSON: &str = "application/fhir+json";
/// The media type of a sealed answer ([`seal::Envelope`] as JSON).
pub const SEALED_JSON: &str = "application/medrec-sealed+json";

type Gk = State<Arc<Gatekeeper>>;

/// The public listener's routes, answering browser pages from `cors_origins` (and no others).
pub fn public(gatekeeper: Arc<Gatekeeper>, cors_origins: Vec<HeaderValue>) -> Router {
	let router = Router::new()
		.route("/healthz", get(health))
		.route("/.well-known/medrec", get(well_known))
		.route("/fhir/metadata", get(metadata))
		.route("/fhir/Patient/{id}", get(signed))
		.route("/fhir/Patient/{id}/{operation}", get(signed))
		.route("/fhir/{resource_type}", get(signed))
		.route("/audit", get(signed))
		.route("/research/inclusions", get(signed))
		.route("/research/studies/{study}/queries/{query}", get(signed))
		.with_state(gatekeeper);
	if cors_origins.is_empty() {
		return router;
	}
	router.layer(cors(cors_origins))
}

/// CORS for the apps: only listed origins, never credentials (requests carry their own
/// signatures, not cookies), the signature headers allowed in, and the headers a client needs
/// to act on an answer (`Retry-After` on "not final yet") let out.
fn cors(origins: Vec<HeaderValue>) -> tower_http::cors::CorsLayer {
	use tower_http::cors::{AllowOrigin, CorsLayer};
	CorsLayer::new()
		.allow_origin(AllowOrigin::list(origins))
		.allow_methods([Method::GET])
		.allow_headers([
			header::HeaderName::from_static("signature"),
			header::HeaderName::from_static("signature-input"),
			header::HeaderName::from_static("content-digest"),
			header::HeaderName::from_static(auth::GATEKEEPER_HEADER),
			header::HeaderName::from_static(auth::PURPOSE_HEADER),
			header::ACCEPT,
		])
		.expose_headers([header::RETRY_AFTER, header::CONTENT_TYPE])
		.allow_credentials(false)
		.max_age(std::time::Duration::from_secs(600))
}

/// The admin listener's routes: bind it to an address only the provider's systems reach.
pub fn admin(gatekeeper: Arc<Gatekeeper>) -> Router {
	Router::new()
		.route("/healthz", get(health))
		.route("/metrics", get(metrics))
		.route("/admin/ingest", post(ingest))
		.route("/admin/pointers", get(pointers))
		.with_state(gatekeeper)
}

fn outcome(status: u16, issues: &[Issue]) -> Response {
	let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
	let mut response = (status, Json(fhir::operation_outcome(issues))).into_response();
	response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
	response
}

fn refused(refusal: Refusal) -> Response {
	let mut response = outcome(refusal.status, &[refusal.issue]);
	if refusal.status == 503 {
		// Every 503 here is transient (no fresh finalized head, or not final yet): a block
		// or two is worth waiting for.
		response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("3"));
	}
	response
}

fn count(gk: &Gatekeeper, route: &'static str, response: &Response) {
	gk.metrics
		.requests
		.get_or_create(&RequestLabels { route, status: response.status().as_u16() })
		.inc();
}

async fn health(State(gk): Gk) -> Response {
	let response = match gk.head() {
		Some(head) => Json(json!({ "status": "ok", "finalized": head.number })).into_response(),
		None => (
			StatusCode::SERVICE_UNAVAILABLE,
			Json(json!({ "status": "unavailable", "reason": "no recent finalized block" })),
		)
			.into_response(),
	};
	count(&gk, "healthz", &response);
	response
}

async fn well_known(State(gk): Gk) -> Response {
	Json(json!({
		"provider": gk.provider_id.to_ss58check(),
		"fhirVersion": "4.0.1",
		"signature": { "label": auth::LABEL, "components": auth::COMPONENTS, "alg": "sr25519",
			"algorithms": auth::ALGORITHMS, "windowSeconds": gk.window },
		"encryption": seal::SUITE,
	}))
	.into_response()
}

async fn metadata(State(gk): Gk) -> Response {
	let types = [
		"Observation",
		"Condition",
		"MedicationRequest",
		"AllergyIntolerance",
		"Immunization",
		"Procedure",
		"Encounter",
		"DocumentReference",
		"ImagingStudy",
	];
	let mut resources: Vec<Value> = types
		.iter()
		.map(|t| {
			json!({ "type": t, "interaction": [{ "code": "search-type" }],
				"searchParam": [{ "name": "patient", "type": "reference" },
					{ "name": "subject", "type": "reference" }] })
		})
		.collect();
	resources.push(json!({ "type": "Patient", "interaction": [{ "code": "read" }],
		"operation": [{ "name": "everything",
			"definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything" }] }));
	let mut response = Json(json!({
		"resourceType": "CapabilityStatement", "status": "active", "kind": "instance",
		"date": "2026-11-23", "fhirVersion": "4.0.1", "format": ["json"],
		"implementation": { "description": format!("MedRec gatekeeper of {}", gk.provider_id.to_ss58check()) },
		"rest": [{ "mode": "server", "resource": resources,
			"security": { "description": "Requests are signed (RFC 9421) with the reader's MedRec account key; answers are sealed with HPKE to the reader's published X25519 key." } }]
	}))
	.into_response();
	response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
	response
}

fn auth_status(e: &AuthError) -> u16 {
	match e {
		AuthError::Misdirected(_) => 421,
		AuthError::Malformed(_) | AuthError::WrongComponents | AuthError::DigestMismatch => 400,
		_ => 401,
	}
}

/// What a signed request asks for.
enum Ask {
	Read {
		patient: String,
		resource_type: Option<String>,
		single: bool,
	},
	Audit {
		patient: Option<String>,
	},
	/// The released answer to an authorized research query, for its study's researcher.
	Research {
		study: u32,
		query: u32,
	},
	/// The signer's own research inclusions.
	Inclusions,
}

fn parse_ask(path: &str, query: Option<&str>) -> Result<Ask, Refusal> {
	let params: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or_default())
		.map_err(|e| Refusal::new(400, "invalid", format!("bad query: {e}")))?;
	if path == "/audit" {
		let mut patient = None;
		for (key, value) in params {
			match key.as_str() {
				"patient" => patient = Some(value),
				_ => {
					return Err(Refusal::new(
						400,
						"not-supported",
						format!("unknown parameter {key}"),
					))
				},
			}
		}
		return Ok(Ask::Audit { patient });
	}
	if let Some(rest) = path.strip_prefix("/research/") {
		if !params.is_empty() {
			return Err(Refusal::new(400, "not-supported", "research routes take no parameters"));
		}
		let segments: Vec<&str> = rest.split('/').collect();
		return match segments.as_slice() {
			["inclusions"] => Ok(Ask::Inclusions),
			["studies", study, "queries", query] => match (study.parse(), query.parse()) {
				(Ok(study), Ok(query)) => Ok(Ask::Research { study, query }),
				_ => Err(Refusal::new(400, "invalid", "study and query ids are numbers")),
			},
			_ => Err(Refusal::new(404, "not-found", "no such endpoint")),
		};
	}
	let segments: Vec<&str> = path.trim_start_matches("/fhir/").split('/').collect();
	match segments.as_slice() {
		["Patient", id] => Ok(Ask::Read {
			patient: id.to_string(),
			resource_type: Some("Patient".into()),
			single: true,
		}),
		["Patient", id, "$everything"] => {
			Ok(Ask::Read { patient: id.to_string(), resource_type: None, single: false })
		},
		["Patient", _, operation] => {
			Err(Refusal::new(400, "not-supported", format!("no operation {operation}")))
		},
		[resource_type] if fhir::searchable(resource_type) => {
			let mut patient = None;
			for (key, value) in params {
				match key.as_str() {
					"patient" | "subject" => {
						let id = value.strip_prefix("Patient/").unwrap_or(&value).to_string();
						if !fhir::valid_id(&id) {
							return Err(Refusal::new(
								400,
								"invalid",
								format!("{key}={value} is not a patient reference"),
							));
						}
						patient = Some(id);
					},
					"_format" if value.contains("json") => {},
					_ => {
						return Err(Refusal::new(
							400,
							"not-supported",
							format!("search parameter {key} is not supported; search by patient"),
						))
					},
				}
			}
			let patient = patient.ok_or_else(|| {
				Refusal::new(400, "required", "searches here are by patient: add ?patient=<id>")
			})?;
			Ok(Ask::Read { patient, resource_type: Some(resource_type.to_string()), single: false })
		},
		[other] => Err(Refusal::new(
			404,
			"not-supported",
			format!("this gatekeeper holds no {other} resources"),
		)),
		_ => Err(Refusal::new(404, "not-found", "no such endpoint")),
	}
}

/// Every signed route: verify, spend the nonce, decide, audit, seal.
async fn signed(
	State(gk): Gk,
	method: Method,
	uri: Uri,
	headers: HeaderMap,
	body: Bytes,
) -> Response {
	let started = Instant::now();
	let route = match uri.path() {
		"/audit" => "audit",
		path if path.starts_with("/research/") => "research",
		_ => "fhir",
	};
	let response = handle_signed(&gk, &method, &uri, &headers, &body).await;
	count(&gk, route, &response);
	gk.metrics.latency.observe(started.elapsed().as_secs_f64());
	tracing::info!(
		target: "gatekeeper::access",
		method = %method, path = %uri.path(), status = response.status().as_u16(),
		micros = started.elapsed().as_micros() as u64,
		"request"
	);
	response
}

async fn handle_signed(
	gk: &Gatekeeper,
	method: &Method,
	uri: &Uri,
	headers: &HeaderMap,
	body: &[u8],
) -> Response {
	let request =
		auth::Request { method: method.as_str(), path: uri.path(), query: uri.query(), body };
	let now = (now_ms() / 1000) as u64;
	let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
	let verified = match auth::verify(&request, header, &gk.provider_id, now, gk.window) {
		Ok(v) => v,
		Err(e) => {
			tracing::warn!(target: "gatekeeper::access", path = %uri.path(), error = %e, "refused signature");
			return outcome(auth_status(&e), &[Issue::new("security", e.to_string())]);
		},
	};
	// Spent with the request's audit entry, in one commit; or alone where there is none.
	let nonce = gk.nonce(&verified);
	let signer = match gk.identity_of(&verified.signer).await {
		Ok(signer) => signer,
		Err(refusal) => return refuse_spent(gk, &nonce, refusal).await,
	};
	let signature = header("signature").unwrap_or_default().to_string();
	let action = match uri.query() {
		Some(q) => format!("{method} {}?{q}", uri.path()),
		None => format!("{method} {}", uri.path()),
	};
	let ask = match parse_ask(uri.path(), uri.query()) {
		Ok(ask) => ask,
		Err(refusal) => return refuse_spent(gk, &nonce, refusal).await,
	};
	match ask {
		Ask::Read { patient, resource_type, single } => {
			match gk
				.read(&signer, verified.purpose, action, &patient, resource_type.as_deref(), single)
				.await
			{
				Ok(served) => {
					if served.emergency {
						gk.metrics.emergency_reads.inc();
						tracing::warn!(
							target: "gatekeeper::access",
							viewer = %signer, patient = ?served.audit.patient,
							"emergency (break-glass) read"
						);
					}
					// No audit entry, no records.
					if let Err(e) = gk.store.append_audit(served.audit, Some(&nonce)).await {
						return refused(e.into());
					}
					let digests = served
						.answer
						.proofs
						.iter()
						.map(|p| format!("{:?}={}", p.category, p.digest))
						.collect::<Vec<_>>()
						.join(", ");
					let block = served.answer.block.clone();
					sealed(
						&served.answer,
						&served.recipient,
						&signature,
						&[("medrec-record-digests", digests), ("medrec-block", block)],
					)
				},
				Err((refusal, Some(audit))) => {
					match gk.store.append_audit(audit, Some(&nonce)).await {
						Ok(_) => refused(refusal),
						Err(e) => refused(e.into()),
					}
				},
				Err((refusal, None)) => refuse_spent(gk, &nonce, refusal).await,
			}
		},
		Ask::Audit { patient } => {
			audit_view(gk, &signer, &nonce, patient, action, &signature).await
		},
		Ask::Research { study, query } => {
			research_answer(gk, &signer, &nonce, study, query, &signature).await
		},
		Ask::Inclusions => inclusions_view(gk, &signer, &nonce, &signature).await,
	}
}

/// The finalized head and the signer's published X25519 key there, or why there is none.
async fn key_of(gk: &Gatekeeper, signer: &AccountId) -> Result<(Head, [u8; 32]), Refusal> {
	let head = gk.head().ok_or_else(|| {
		Refusal::new(503, "transient", "no recent finalized block; nothing is served")
	})?;
	match gk.encryption_key(&head, signer).await? {
		Some(key) => Ok((head, key)),
		None if gk.key_at_best(&head, signer).await => Err(not_final_yet("your X25519 key", &head)),
		None => Err(Refusal::new(
			403,
			"security",
			format!("{} has published no X25519 key", signer.to_ss58check()),
		)),
	}
}

async fn research_answer(
	gk: &Gatekeeper,
	signer: &AccountId,
	nonce: &Nonce,
	study: u32,
	query: u32,
	signature: &str,
) -> Response {
	if let Err(replayed) = gk.spend_nonce(nonce).await {
		return refused(replayed);
	}
	let key = match key_of(gk, signer).await {
		Ok((_, key)) => key,
		Err(refusal) => return refused(refusal),
	};
	match answers::answer(gk, signer, study, query).await {
		Ok(report) => sealed_for(seal::RESEARCH_INFO, &report, &key, signature, &[]),
		Err(refusal) => refused(refusal),
	}
}

async fn inclusions_view(
	gk: &Gatekeeper,
	signer: &AccountId,
	nonce: &Nonce,
	signature: &str,
) -> Response {
	if let Err(replayed) = gk.spend_nonce(nonce).await {
		return refused(replayed);
	}
	let key = match key_of(gk, signer).await {
		Ok((_, key)) => key,
		Err(refusal) => return refused(refusal),
	};
	match answers::inclusions(&gk.store, &signer.to_ss58check()).await {
		Ok(list) => sealed(&answers::inclusions_json(&gk.provider_id, &list), &key, signature, &[]),
		Err(e) => refused(e.into()),
	}
}

/// Refuses a request that ends without an audit entry, spending its nonce; a replay is
/// reported as such.
async fn refuse_spent(gk: &Gatekeeper, nonce: &Nonce, refusal: Refusal) -> Response {
	match gk.spend_nonce(nonce).await {
		Ok(()) => refused(refusal),
		Err(replayed) => refused(replayed),
	}
}

async fn audit_view(
	gk: &Gatekeeper,
	signer: &AccountId,
	nonce: &Nonce,
	asked: Option<String>,
	action: String,
	signature: &str,
) -> Response {
	let me = signer.to_ss58check();
	let patient = asked.unwrap_or_else(|| me.clone());
	let mut entry = AuditEntry {
		at: now_ms(),
		viewer: me.clone(),
		patient: Some(patient.clone()),
		action,
		outcome: "allowed".into(),
		basis: Some("patient".into()),
		categories: "Audit".into(),
		block: None,
	};
	if patient != me {
		entry.outcome = "denied: not the patient".into();
		entry.basis = None;
		if let Err(e) = gk.store.append_audit(entry, Some(nonce)).await {
			return refused(e.into());
		}
		return outcome(
			403,
			&[Issue::new("forbidden", "only the patient reads their audit entries")],
		);
	}
	let (head, key) = match key_of(gk, signer).await {
		Ok(found) => found,
		Err(refusal) => return refuse_spent(gk, nonce, refusal).await,
	};
	let entries = match gk.store.audit_for(&me).await {
		Ok(entries) => entries,
		Err(e) => return refused(e.into()),
	};
	entry.block = Some(format!("{:?}", head.hash));
	if let Err(e) = gk.store.append_audit(entry, Some(nonce)).await {
		return refused(e.into());
	}
	sealed(&json!({ "entries": entries }), &key, signature, &[])
}

fn sealed(
	body: &impl serde::Serialize,
	recipient: &[u8; 32],
	aad: &str,
	extra: &[(&'static str, String)],
) -> Response {
	sealed_for(seal::INFO, body, recipient, aad, extra)
}

/// [`sealed`] under another HPKE `info` (research answers).
fn sealed_for(
	info: &[u8],
	body: &impl serde::Serialize,
	recipient: &[u8; 32],
	aad: &str,
	extra: &[(&'static str, String)],
) -> Response {
	let plaintext = match serde_json::to_vec(body) {
		Ok(p) => p,
		Err(e) => return outcome(500, &[Issue::new("exception", e.to_string())]),
	};
	let envelope = match seal::seal_for(info, recipient, &plaintext, aad.as_bytes()) {
		Ok(e) => e,
		Err(e) => return outcome(500, &[Issue::new("exception", format!("sealing failed: {e}"))]),
	};
	let mut response = Json(envelope).into_response();
	let headers = response.headers_mut();
	headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(SEALED_JSON));
	headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
	for (name, value) in extra {
		if let Ok(v) = HeaderValue::from_str(value) {
			headers.insert(*name, v);
		}
	}
	response
}

async fn metrics(State(gk): Gk) -> Response {
	if let Ok(outbox) = gk.store.outbox().await {
		gk.metrics.outbox.set(outbox.len() as i64);
	}
	([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], gk.metrics.render()).into_response()
}

async fn pointers(State(gk): Gk) -> Response {
	match gk.store.outbox().await {
		Ok(rows) => Json(json!({ "pending": rows })).into_response(),
		Err(e) => refused(e.into()),
	}
}

async fn ingest(State(gk): Gk, body: Bytes) -> Response {
	let response = ingest_inner(&gk, &body).await;
	count(&gk, "ingest", &response);
	response
}

async fn ingest_inner(gk: &Gatekeeper, body: &[u8]) -> Response {
	let payload: Value = match serde_json::from_slice(body) {
		Ok(v) => v,
		Err(e) => {
			return outcome(400, &[Issue::new("structure", format!("the body is not JSON: {e}"))])
		},
	};
	let checked = match fhir::check_ingest(&payload) {
		Ok(c) => c,
		Err(issues) => return outcome(422, &issues),
	};
	match gk.store.ingest(&checked).await {
		Ok(queued) => {
			gk.pointer_wake.notify_one();
			tracing::info!(target: "gatekeeper::ingest", resources = checked.len(), pointers = queued.len(), "ingested");
			let queued: Vec<Value> = queued
				.into_iter()
				.map(|(patient, category, digest)| json!({ "patient": patient, "category": category, "digest": digest }))
				.collect();
			Json(json!({ "stored": checked.len(), "queued": queued })).into_response()
		},
		Err(e) => {
			tracing::warn!(target: "gatekeeper::ingest", error = %e, "ingest refused");
			refused(e.into())
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn refusal(path: &str, query: Option<&str>) -> u16 {
		match parse_ask(path, query) {
			Ok(_) => 0,
			Err(refusal) => refusal.status,
		}
	}

	#[test]
	fn research_routes_take_numeric_ids_and_no_parameters() {
		assert!(matches!(
			parse_ask("/research/studies/3/queries/7", None),
			Ok(Ask::Research { study: 3, query: 7 })
		));
		assert!(matches!(parse_ask("/research/inclusions", None), Ok(Ask::Inclusions)));
		assert_eq!(refusal("/research/studies/three/queries/7", None), 400);
		assert_eq!(refusal("/research/studies/3/queries/-1", None), 400);
		assert_eq!(refusal("/research/studies/3/queries/7", Some("format=csv")), 400);
		assert_eq!(refusal("/research/studies/3", None), 404);
		assert_eq!(refusal("/research/everything", None), 404);
	}
}

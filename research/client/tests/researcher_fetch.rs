//! The client's side of the gatekeeper protocol, against small HTTP servers in this test that
//! behave as gatekeepers do: they check the request's signature (the researcher's key, purpose
//! `research`, addressed to them), and answer with a MeasureReport sealed by the gatekeeper's
//! own seal function under the research `info`, or with 503-then-200, 403, 410, "not yet"
//! forever, an envelope of the wrong kind, or an answer to another query. The client must
//! combine exactly the answers it could read and list every other site with its reason.

use std::{
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};

use axum::{
	extract::State,
	http::{header, HeaderMap, StatusCode, Uri},
	response::{IntoResponse, Response},
	routing::get,
	Router,
};
use medrec_dp::Reported;
use medrec_gatekeeper::{auth, seal};
use medrec_primitives::{
	research::{Dimension, Query},
	Purpose,
};
use medrec_research_client::{
	fetch::{fetch_all, Reader, Site},
	grammar::{build_query, QuerySpec},
	Missing, Results,
};
use medrec_research_report::{measure_report, Cell, SiteAnswer};
use medrec_runtime::AccountId;
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;

const STUDY: u32 = 7;
const QUERY: u32 = 3;

#[derive(Clone, Copy)]
enum Behaviour {
	/// 503 with `Retry-After: 1` the first time, then the answer.
	NotYetThenAnswer,
	Answer,
	Forbidden,
	Gone,
	NotYetForever,
	/// Sealed as a record answer is, not as a research answer.
	RecordEnvelope,
	/// The answer to another query.
	OtherQuery,
}

struct Gatekeeper {
	behaviour: Behaviour,
	account: AccountId,
	researcher: AccountId,
	researcher_key: [u8; 32],
	query: Query,
	cells: Vec<Cell>,
	asked: AtomicUsize,
}

fn outcome(status: StatusCode, diagnostics: &str) -> Response {
	let body = serde_json::json!({"resourceType": "OperationOutcome",
		"issue": [{"severity": "error", "code": "forbidden", "diagnostics": diagnostics}]});
	(status, [(header::CONTENT_TYPE, "application/fhir+json")], body.to_string()).into_response()
}

fn answer(gk: &Gatekeeper, query_id: u32) -> SiteAnswer {
	SiteAnswer {
		study: STUDY,
		query: query_id,
		site: gk.account.to_ss58check(),
		authorized_at: 12,
		computed_at: "2026-12-05T10:00:00Z".into(),
		epsilon: gk.query.epsilon,
		k: 11,
		rounding: 5,
		scale: 2.0,
		sigma: 2.75,
		cells: gk.cells.clone(),
	}
}

async fn serve_answer(State(gk): State<Arc<Gatekeeper>>, uri: Uri, headers: HeaderMap) -> Response {
	let asked = gk.asked.fetch_add(1, Ordering::SeqCst);
	// As a gatekeeper would: the signature must verify for this gatekeeper, purpose research,
	// signed by the study's researcher.
	let request = auth::Request { method: "GET", path: uri.path(), query: uri.query(), body: b"" };
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_secs())
		.unwrap_or_default();
	let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
	let verified = match auth::verify(&request, header, &gk.account, now, 60) {
		Ok(v) => v,
		Err(e) => return outcome(StatusCode::UNAUTHORIZED, &e.to_string()),
	};
	if verified.purpose != Purpose::Research
		|| verified.signer != auth::Key::Account(gk.researcher.clone())
		|| uri.path() != format!("/research/studies/{STUDY}/queries/{QUERY}")
	{
		return outcome(StatusCode::BAD_REQUEST, "wrong purpose, signer or path");
	}
	let signature = header("signature").unwrap_or_default().as_bytes().to_vec();
	let sealed = |info: &[u8], report: serde_json::Value| {
		let envelope =
			seal::seal_for(info, &gk.researcher_key, report.to_string().as_bytes(), &signature)
				.expect("seals");
		(StatusCode::OK, axum::Json(envelope)).into_response()
	};
	let period = ("2026-12-01T00:00:00Z", "2027-06-30T00:00:00Z");
	match gk.behaviour {
		Behaviour::NotYetThenAnswer if asked == 0 => (
			StatusCode::SERVICE_UNAVAILABLE,
			[(header::RETRY_AFTER, "1")],
			"{\"resourceType\":\"OperationOutcome\"}",
		)
			.into_response(),
		Behaviour::NotYetThenAnswer | Behaviour::Answer => {
			sealed(seal::RESEARCH_INFO, measure_report(&answer(&gk, QUERY), &gk.query, period))
		},
		Behaviour::RecordEnvelope => {
			sealed(seal::INFO, measure_report(&answer(&gk, QUERY), &gk.query, period))
		},
		Behaviour::OtherQuery => {
			sealed(seal::RESEARCH_INFO, measure_report(&answer(&gk, QUERY + 1), &gk.query, period))
		},
		Behaviour::Forbidden => {
			outcome(StatusCode::FORBIDDEN, "the signer is not study 7's researcher")
		},
		Behaviour::Gone => outcome(StatusCode::GONE, "the state of block #12 is gone"),
		Behaviour::NotYetForever => (
			StatusCode::SERVICE_UNAVAILABLE,
			[(header::RETRY_AFTER, "1")],
			"{\"resourceType\":\"OperationOutcome\"}",
		)
			.into_response(),
	}
}

async fn start(gk: Arc<Gatekeeper>) -> String {
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
	let url = format!("http://{}", listener.local_addr().expect("address"));
	let app = Router::new()
		.route("/research/studies/{study}/queries/{query}", get(serve_answer))
		.with_state(gk);
	tokio::spawn(async move { axum::serve(listener, app).await });
	url
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_are_fetched_opened_and_combined_and_missing_sites_say_why() {
	let charlie = Sr25519Keyring::Charlie.pair();
	let reader = Reader::new(charlie.clone());
	let spec = QuerySpec {
		epsilon: "0.5".into(),
		has: vec!["condition:icd10:E11*".into()],
		group_by: vec!["sex".into()],
		..Default::default()
	};
	let query = build_query(&spec, 0).expect("valid");
	assert_eq!(query.group_by.to_vec(), vec![Dimension::Sex]);

	let alice_cells = vec![Cell::Count(45), Cell::Count(30), Cell::Below(11), Cell::Below(11)];
	let bob_cells = vec![Cell::Count(20), Cell::Below(11), Cell::Below(11), Cell::Count(15)];
	let behaviours = [
		(Behaviour::NotYetThenAnswer, alice_cells.clone()),
		(Behaviour::Answer, bob_cells.clone()),
		(Behaviour::Forbidden, vec![]),
		(Behaviour::Gone, vec![]),
		(Behaviour::NotYetForever, vec![]),
		(Behaviour::RecordEnvelope, alice_cells.clone()),
		(Behaviour::OtherQuery, alice_cells.clone()),
	];
	let mut gatekeepers = Vec::new();
	let mut sites = Vec::new();
	for (i, (behaviour, cells)) in behaviours.into_iter().enumerate() {
		let (pair, _) = sr25519::Pair::generate();
		let account = AccountId::from(pair.public());
		let gk = Arc::new(Gatekeeper {
			behaviour,
			account: account.clone(),
			researcher: AccountId::from(charlie.public()),
			researcher_key: reader.encryption_public(),
			query: query.clone(),
			cells,
			asked: AtomicUsize::new(0),
		});
		let url = start(gk.clone()).await;
		sites.push(Site { account, url, name: Some(format!("site {i}")) });
		gatekeepers.push(gk);
	}
	// And one that nobody runs.
	let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
	let closed_url = format!("http://{}", closed.local_addr().expect("address"));
	drop(closed);
	let (nobody, _) = sr25519::Pair::generate();
	sites.push(Site { account: AccountId::from(nobody.public()), url: closed_url, name: None });

	let started = Instant::now();
	let results = fetch_all(&reader, &sites, STUDY, QUERY, &query, Duration::from_secs(3)).await;
	let took = started.elapsed();
	assert_eq!(results.len(), sites.len());
	// In the sites' order, each with its outcome.
	for (result, site) in results.iter().zip(&sites) {
		assert_eq!(&result.site, site);
	}
	let outcome = |i: usize| results[i].outcome.clone();
	assert_eq!(outcome(0).expect("site 0 answers after one 503").cells, alice_cells);
	assert_eq!(gatekeepers[0].asked.load(Ordering::SeqCst), 2, "asked again after the 503");
	assert_eq!(outcome(1).expect("site 1 answers").cells, bob_cells);
	assert_eq!(
		outcome(2).unwrap_err(),
		Missing::Forbidden("the signer is not study 7's researcher".into())
	);
	assert_eq!(outcome(3).unwrap_err(), Missing::Gone("the state of block #12 is gone".into()));
	assert_eq!(outcome(4).unwrap_err(), Missing::NotReady(Duration::from_secs(3)));
	// Asked about once a second, as Retry-After says, until the wait ran out.
	let asked = gatekeepers[4].asked.load(Ordering::SeqCst);
	assert!((3..=5).contains(&asked), "asked {asked} times in 3 s");
	assert!(took >= Duration::from_secs(3) && took < Duration::from_secs(10), "{took:?}");
	// A record answer's envelope does not open as a research answer.
	let Err(Missing::Unreadable(why)) = outcome(5) else { panic!("{:?}", outcome(5)) };
	assert!(why.contains("HPKE"), "{why}");
	let Err(Missing::Unreadable(why)) = outcome(6) else { panic!("{:?}", outcome(6)) };
	assert!(why.contains("not study 7 query 3"), "{why}");
	assert!(matches!(outcome(7), Err(Missing::Unreachable(_))), "{:?}", outcome(7));

	// Combined over exactly the two sites that answered, cell by cell.
	let record = medrec_chain_client::QueryRecordOf {
		hash: H256::zero(),
		query: query.clone(),
		authorized_at: 12,
		at_time: 0,
	};
	let combined = Results::new(STUDY, QUERY, record, results, 0.05);
	assert_eq!((combined.answered(), combined.incomplete()), (2, true));
	let as_reported = |c: &Cell| match c {
		Cell::Count(n) => Reported::Count(*n),
		Cell::Below(k) => Reported::Below(*k),
	};
	for (i, cell) in combined.cells.iter().enumerate() {
		let expected = medrec_dp::combine(
			&[as_reported(&alice_cells[i]), as_reported(&bob_cells[i])],
			query.epsilon,
			0.05,
		);
		assert_eq!(cell.combined, Some(expected), "cell {}", cell.label);
		assert_eq!(cell.sites.iter().flatten().count(), 2);
	}
	assert_eq!(combined.cells[0].label, "female");
	assert_eq!(combined.cells[0].combined.map(|c| c.estimate), Some(65.0));

	let text = combined.text();
	for expected in [
		"2 of 8 site(s) answered",
		"< 11",
		"combined (95%)",
		"site 2",
		"refused (403): the signer is not study 7's researcher",
		"gone (410): the state of block #12 is gone",
		"not ready after 3s (503)",
		"unreachable",
		"ε 0.5, scale 2.00, σ 2.75, rounded to 5, k 11",
	] {
		assert!(text.contains(expected), "{expected:?} not in:\n{text}");
	}
	let json = combined.json();
	assert_eq!(json["answered"], 2);
	assert_eq!(json["missing"], 6);
	assert_eq!(json["sites"][3]["reason"], "gone");
	assert_eq!(json["cells"][0]["combined"]["estimate"], 65.0);
	assert_eq!(json["cells"][2]["sites"][0]["below"], 11);
}

#[tokio::test(flavor = "multi_thread")]
async fn no_answer_means_no_estimate() {
	let reader = Reader::new(Sr25519Keyring::Charlie.pair());
	let spec = QuerySpec { epsilon: "1".into(), ..Default::default() };
	let query = build_query(&spec, 0).expect("valid");
	let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
	let url = format!("http://{}", closed.local_addr().expect("address"));
	drop(closed);
	let site = Site { account: Sr25519Keyring::Alice.to_account_id(), url, name: None };
	let results = fetch_all(&reader, &[site], STUDY, QUERY, &query, Duration::from_secs(1)).await;
	let record = medrec_chain_client::QueryRecordOf {
		hash: H256::zero(),
		query,
		authorized_at: 1,
		at_time: 0,
	};
	let combined = Results::new(STUDY, QUERY, record, results, 0.05);
	assert_eq!(combined.cells.len(), 1);
	assert_eq!(combined.cells[0].combined, None, "a missing site is never imputed");
	assert!(combined.text().contains("no answer"));
}

//! Research end to end: a real `--dev` node, Alice General Hospital's and Bob Family Clinic's
//! gatekeepers, patients who consent, one who does not, one who opts out and one who withdraws.
//! Charlie Research Institute's study is approved by the consortium, its queries authorized on
//! chain, and each site releases one sealed, noisy answer per query, counting only the
//! consenting patients homed there.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{pair, settle, Gatekeeper};
use medrec_gatekeeper::{
	chain::Chain,
	client::{self, Client, ClientError},
	demo,
};
use medrec_primitives::{
	research::{
		Choice, Clause, Code, CodeSystem, Criterion, Dimension, PrimaryPurpose, Query,
		ResourceKind, StudyPurpose, StudyTerms,
	},
	Categories, Category, DAY,
};
use medrec_research_report::{parse, Cell};
use medrec_runtime::{AccountId, RuntimeCall};
use pallet_medrec_research::Call as Research;
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sqlx::Row;

type Result<T = ()> = medrec_e2e::Result<T>;

fn account(p: &sr25519::Pair) -> AccountId {
	AccountId::from(p.public())
}

fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

fn study() -> StudyTerms {
	StudyTerms {
		title: b"Hypertension in the community".to_vec().try_into().expect("short"),
		protocol_url: b"https://charlie-research.example/htn.pdf"
			.to_vec()
			.try_into()
			.expect("short"),
		protocol_sha256: [5; 32],
		ethics_sha256: [6; 32],
		purpose: StudyPurpose {
			primary: PrimaryPurpose::Health,
			methods_development: false,
			commercial: false,
			for_profit_org: false,
			publishes: true,
			region: *b"NL",
			sensitive_area: false,
		},
		categories: Categories::of(&[Category::Demographics, Category::Conditions]),
		starts: now_ms() - 60_000,
		ends: now_ms() + 30 * DAY,
		min_cell: 10,
		budget: 3_000,
		max_per_query: 1_000,
	}
}

/// "Has a condition coded `snomed`", grouped by sex or not at all; ages at the moment the test
/// started, so the same question is the same query.
fn has_condition(snomed: &str, by_sex: bool) -> Query {
	static INDEX_DATE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
	let mut q = Query {
		epsilon: 1_000,
		index_date: *INDEX_DATE.get_or_init(now_ms),
		criteria: vec![Criterion::Has(Clause {
			resource: ResourceKind::Condition,
			system: CodeSystem::Snomed,
			codes: vec![Code::new(snomed).expect("short")].try_into().expect("one"),
			prefix: false,
			value: None,
			window: None,
			sensitive: Categories::empty(),
		})]
		.try_into()
		.expect("one"),
		group_by: if by_sex { vec![Dimension::Sex] } else { vec![] }.try_into().expect("one"),
	};
	q.canonicalize();
	q
}

/// The true counts a site keeps beside what it released.
async fn raw_counts(gk: &Gatekeeper, study: u32, query: u32) -> Result<Vec<u64>> {
	sqlx::any::install_default_drivers();
	let pool = sqlx::AnyPool::connect(&gk.database).await?;
	let row = sqlx::query("SELECT raw FROM research_answers WHERE study = $1 AND query = $2")
		.bind(i64::from(study))
		.bind(i64::from(query))
		.fetch_one(&pool)
		.await?;
	let raw: Value = serde_json::from_str(&row.try_get::<String, _>(0)?)?;
	pool.close().await;
	Ok(serde_json::from_value(raw["counts"].clone())?)
}

/// Waits until the researcher's answer can be read (the authorization is final), then reads it.
async fn answer(
	client: &Client,
	study: u32,
	query: u32,
) -> std::result::Result<Value, ClientError> {
	let deadline = std::time::Instant::now() + Duration::from_secs(60);
	loop {
		match client.research_answer(study, query).await {
			Err(e) if e.status() == Some(503) && std::time::Instant::now() < deadline => {
				tokio::time::sleep(Duration::from_secs(1)).await
			},
			other => return other,
		}
	}
}

async fn execute(chain: &Chain, who: &sr25519::Pair, call: RuntimeCall) -> Result {
	chain.execute(who, call).await?;
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn sites_count_each_consenting_patient_once_and_release_one_answer_per_query() -> Result {
	let (node, chain) = common::dev_node().await?;
	let alice_gk = Gatekeeper::start(node.rpc_port).await?;
	let bob_gk = Gatekeeper::start_as(node.rpc_port, Some("//Bob")).await?;
	let (alice, bob, charlie, eve) =
		(pair("//Alice"), pair("//Bob"), pair("//Charlie"), pair("//Eve"));
	let [consents, never, opts_out] = ["//Research1", "//Research2", "//Research3"].map(pair);

	// Everyone has hypertension and a depression labelled PSY (the demo bundle). Eve is a
	// patient of both sites, homed at Alice's; the others are Alice's only. The relationships
	// first: the gatekeepers sign pointer updates with the providers' keys once records arrive,
	// and two signers of one key would race for its nonces.
	let at_alice = [&eve, &consents, &never, &opts_out];
	for patient in at_alice {
		demo::onboard(&chain, &alice, patient).await?;
	}
	demo::onboard(&chain, &bob, &eve).await?;
	for (gk, patients) in [(&alice_gk, &at_alice[..]), (&bob_gk, &[&eve][..])] {
		for (i, patient) in patients.iter().enumerate() {
			let bundle = demo::patient_bundle(&format!("p{i}"), &account(patient), ("P", "X"), 1);
			let (status, body) = client::ingest(&gk.admin, &bundle).await?;
			assert_eq!(status, 200, "{body}");
		}
		gk.pointers_settled(Duration::from_secs(90)).await?;
	}
	for who in [&eve, &consents, &charlie] {
		demo::publish_key(&chain, who).await?;
	}
	for patient in [&eve, &consents, &opts_out] {
		let terms = demo::research_consent(&account(&alice));
		execute(
			&chain,
			patient,
			RuntimeCall::Research(Research::set_consent { patient: account(patient), terms }),
		)
		.await?;
	}

	// The study: registered by the institute, approved by the consortium's one member.
	let registered = chain.register_study(&charlie, study()).await?;
	let voted = chain.vote(&alice, registered.proposal, true).await?;
	assert_eq!(voted.approved_study, Some(registered.study));
	let s = registered.study;
	execute(
		&chain,
		&opts_out,
		RuntimeCall::Research(Research::choose {
			patient: account(&opts_out),
			study: s,
			choice: Choice::OptOut,
		}),
	)
	.await?;

	// Query 0: hypertension by sex. Query 1: the PSY-labelled depression, which a study of
	// conditions without mental health never sees.
	let q0 = chain.authorize_query(&charlie, s, has_condition("38341003", true)).await?.query;
	let q1 = chain.authorize_query(&charlie, s, has_condition("35489007", true)).await?.query;
	settle(&chain).await?;

	let researcher_at = |gk: &Gatekeeper, who: &sr25519::Pair, site: &sr25519::Pair| {
		Client::new(&gk.url, who.clone(), account(site))
	};
	let at_alice = researcher_at(&alice_gk, &charlie, &alice);
	let at_bob = researcher_at(&bob_gk, &charlie, &bob);
	let first = answer(&at_alice, s, q0).await?;
	let report = parse(&first)?;
	assert_eq!(report.site, account(&alice).to_ss58check());
	assert_eq!((report.study, report.query, report.k, report.epsilon), (s, q0, 10, 1_000));
	assert_eq!(report.cells.len(), 4);
	// Below k is said as such, never as a count under k (and never as 0).
	assert!(report.cells.iter().all(|c| match c {
		Cell::Count(n) => *n >= 10 && n % 5 == 0,
		Cell::Below(k) => *k == 10,
	}));
	// The truth, which stays here: Eve and the patient who consented; not the one who never
	// did, nor the one who opted out. All are female in the demo data.
	assert_eq!(raw_counts(&alice_gk, s, q0).await?, vec![2, 0, 0, 0]);
	// Bob's site holds Eve's records too, but she is homed at Alice's: counted once.
	answer(&at_bob, s, q0).await?;
	assert_eq!(raw_counts(&bob_gk, s, q0).await?, vec![0, 0, 0, 0]);
	// The sensitive records stay out of a study that did not ask for them.
	answer(&at_alice, s, q1).await?;
	assert_eq!(raw_counts(&alice_gk, s, q1).await?, vec![0, 0, 0, 0]);

	// The same query again: the very same answer, and nothing spent.
	let again = answer(&at_alice, s, q0).await?;
	assert_eq!(again, first);
	let repeat = chain.authorize_query(&charlie, s, has_condition("38341003", true)).await?;
	assert_eq!(repeat.query, q0);
	assert!(repeat.debit.is_none(), "a repeat spends nothing");

	// Only the study's researcher reads its answers, and only authorized queries have one.
	let eve_at_alice = Client::new(&alice_gk.url, eve.clone(), account(&alice));
	let refused = eve_at_alice.research_answer(s, q0).await;
	assert_eq!(refused.err().and_then(|e| e.status()), Some(403));
	let unknown = at_alice.research_answer(s, 77).await;
	assert_eq!(unknown.err().and_then(|e| e.status()), Some(403));

	// Eve withdraws; an answer computed once that is final does not count her.
	execute(
		&chain,
		&eve,
		RuntimeCall::Research(Research::withdraw_consent { patient: account(&eve) }),
	)
	.await?;
	let q2 = chain.authorize_query(&charlie, s, has_condition("38341003", false)).await?.query;
	settle(&chain).await?;
	answer(&at_alice, s, q2).await?;
	assert_eq!(raw_counts(&alice_gk, s, q2).await?, vec![1]);

	// What the patients see: Eve was counted in one query of the study at Alice's and in none
	// at Bob's; the patient who consented throughout, in two.
	let included = eve_at_alice.inclusions().await?;
	assert_eq!(included.iter().map(|i| (i.study, i.queries)).collect::<Vec<_>>(), vec![(s, 1)]);
	let eve_at_bob = Client::new(&bob_gk.url, eve.clone(), account(&bob));
	assert!(eve_at_bob.inclusions().await?.is_empty());
	let steady = Client::new(&alice_gk.url, consents.clone(), account(&alice)).inclusions().await?;
	assert_eq!(steady.iter().map(|i| (i.study, i.queries)).collect::<Vec<_>>(), vec![(s, 2)]);
	Ok(())
}

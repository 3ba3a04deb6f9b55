//! A real `--dev` node and a real gatekeeper process: records flow from ingest to the readers
//! the chain allows, sealed to them and matching the chain's pointers, and to no one else.

mod common;

use std::time::{Duration, Instant};

use common::{dev_node, pair, settle, signal, Gatekeeper};
use medrec_gatekeeper::{
	auth::Signer,
	client::{self, Client, ClientError},
	demo,
	digest::to_hex,
};
use medrec_primitives::{Category, Purpose, StatusFlags, Subject};
use medrec_runtime::{AccountId, RuntimeCall};
use pallet_medrec_relationships::Call as Rel;
use sp_core::{crypto::Ss58Codec, Pair};

type Result<T = ()> = medrec_e2e::Result<T>;

fn account(p: &sp_core::sr25519::Pair) -> AccountId {
	AccountId::from(p.public())
}

fn refused_with(
	result: std::result::Result<impl std::fmt::Debug, ClientError>,
	status: u16,
) -> Result<String> {
	match result {
		Err(e) if e.status() == Some(status) => Ok(e.to_string()),
		other => Err(format!("expected a {status} refusal, got {other:?}").into()),
	}
}

/// Right after a transaction lands in block `included`, a read that needs it is refused as
/// "not final yet" (naming `what`), never as "not allowed" or "no key". On a machine slow enough
/// that the gatekeeper had already seen that block finalized, the early read shows nothing; the
/// caller's next reads cover the finalized state.
async fn says_not_final_yet<T: std::fmt::Debug>(
	read: std::result::Result<T, ClientError>,
	gk: &Gatekeeper,
	included: u32,
	what: &str,
) -> Result {
	match read {
		Err(e) if e.status() == Some(503) => {
			let text = e.to_string();
			assert!(
				text.contains("not final yet") && text.contains("retry") && text.contains(what),
				"{text}"
			);
		},
		other => {
			let seen = gk.admin_json("/healthz").await?["finalized"].as_u64().unwrap_or_default();
			assert!(
				seen >= u64::from(included),
				"with block #{included} not yet final to the gatekeeper (at #{seen}), the read \
				 answered {other:?}"
			);
		},
	}
	Ok(())
}

/// Repeats `read` while the gatekeeper answers "not final yet" (for at most 30 s: GRANDPA on a
/// dev chain finalizes within a few slots), and returns the first other answer.
async fn retry_while_not_final<
	T,
	F: std::future::Future<Output = std::result::Result<T, ClientError>>,
>(
	read: impl Fn() -> F,
) -> std::result::Result<T, ClientError> {
	let deadline = Instant::now() + Duration::from_secs(30);
	loop {
		match read().await {
			Err(e) if e.to_string().contains("not final yet") && Instant::now() < deadline => {
				// The answer says "retry in a few seconds"; each try is an audit entry.
				tokio::time::sleep(Duration::from_secs(1)).await
			},
			other => return other,
		}
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn records_flow_to_granted_readers_and_no_one_else() -> Result {
	let (node, chain) = dev_node().await?;
	let gk = Gatekeeper::start(node.rpc_port).await?;
	let (alice, bob, eve) = (pair("//Alice"), pair("//Bob"), pair("//Eve"));
	let relationship = demo::onboard(&chain, &alice, &eve).await?;
	demo::publish_key(&chain, &eve).await?;

	// 1. Ingest; each category's digest reaches a finalized block as the pointer.
	let bundle = demo::patient_bundle("eve", &account(&eve), ("Eve", "Example"), 3);
	let (status, body) = client::ingest(&gk.admin, &bundle).await?;
	assert_eq!(status, 200, "{body}");
	assert_eq!(body["stored"], 13);
	let meds = body["queued"]
		.as_array()
		.and_then(|q| q.iter().find(|p| p["category"] == "Medications"))
		.and_then(|p| p["digest"].as_str())
		.ok_or("no medications pointer queued")?
		.to_string();
	gk.pointers_settled(Duration::from_secs(90)).await?;
	let (_, finalized) = chain.finalized().await?;
	let views = chain.relationships(&account(&eve), Some(finalized)).await?;
	let pointer = views
		.iter()
		.find(|r| r.id == relationship)
		.and_then(|r| r.pointers.iter().find(|p| p.category == Category::Medications))
		.ok_or("no medications pointer on chain")?;
	assert_eq!(to_hex(pointer.digest.as_bytes()), meds);
	let flags = chain.notifications(&account(&eve), Some(finalized)).await?;
	assert!(flags
		.iter()
		.any(|(s, f)| *s == Subject::Relationship(relationship)
			&& f.contains(StatusFlags::NEW_CONTENT)));

	// The patient reads everything of hers, and it checks against the chain.
	let as_eve = Client::connect(&gk.url, eve.clone()).await?;
	let everything = as_eve.get("/fhir/Patient/eve/$everything", Purpose::Personal).await?;
	assert_eq!(everything.fhir["total"], 13);
	let checked = as_eve.verify(&everything, &chain).await?;
	assert_eq!(checked.resources, 13);
	// The same, naming her by her MedRec account, which is all a patient knows of herself.
	let ss58 = account(&eve).to_ss58check();
	let by_account =
		as_eve.get(&format!("/fhir/Patient/{ss58}/$everything"), Purpose::Personal).await?;
	assert_eq!(by_account.fhir["total"], 13);
	assert_eq!(as_eve.verify(&by_account, &chain).await?.resources, 13);
	let meds_by_account =
		as_eve.get(&format!("/fhir/MedicationRequest?patient={ss58}"), Purpose::Personal).await?;
	assert_eq!(meds_by_account.fhir["total"], 2);
	// An account with no records here is as unknown as an unknown id.
	let ferdie_ss58 = account(&pair("//Ferdie")).to_ss58check();
	refused_with(
		as_eve.get(&format!("/fhir/Patient/{ferdie_ss58}/$everything"), Purpose::Personal).await,
		404,
	)?;

	// 3a. Bob was never granted anything: denied, with the chain's reason.
	let as_bob = Client::connect(&gk.url, bob.clone()).await?;
	let denied = refused_with(
		as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await,
		403,
	)?;
	assert!(denied.contains("NoGrant"), "{denied}");

	// 2. Eve grants Bob medications, allergies and conditions. Until Bob publishes a key,
	// nothing leaves (records go out encrypted or not at all); then he reads and checks.
	let granted = demo::grant(
		&chain,
		&eve,
		&account(&bob),
		relationship,
		&[Category::Medications, Category::Allergies, Category::Conditions],
	)
	.await?;
	// The grant is in a best block, not yet a finalized one (two or three slots behind): the
	// refusal says to wait, rather than that there is no grant.
	let read = as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await;
	says_not_final_yet(read, &gk, chain.number_of(granted).await?, "access").await?;
	let no_key = retry_while_not_final(|| {
		as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment)
	})
	.await;
	assert!(refused_with(no_key, 403)?.contains("no X25519 key"));
	let published = demo::publish_key(&chain, &bob).await?;
	// Likewise for Bob's key: published, not yet final.
	let read = as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await;
	says_not_final_yet(read, &gk, chain.number_of(published).await?, "X25519 key").await?;
	let meds_answer = retry_while_not_final(|| {
		as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment)
	})
	.await?;
	assert_eq!(meds_answer.fhir["total"], 2);
	let checked = as_bob.verify(&meds_answer, &chain).await?;
	assert_eq!((checked.resources, checked.categories), (2, vec![Category::Medications]));
	assert_eq!(meds_answer.proofs[0].digest, meds);

	// The same read through the CLI, as the README shows it.
	let cli = std::process::Command::new(env!("CARGO_BIN_EXE_gatekeeper"))
		.args(["client", "--url", &gk.url, "--node", chain.url(), "--key", "//Bob", "get"])
		.arg("/fhir/MedicationRequest?patient=eve")
		.output()?;
	let stdout = String::from_utf8_lossy(&cli.stdout);
	assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));
	assert_eq!(stdout.matches("\"resourceType\": \"MedicationRequest\"").count(), 2, "{stdout}");
	assert!(String::from_utf8_lossy(&cli.stderr).contains("match the chain's pointers"));

	// Bob Family Clinic's Ethereum key (Hardhat test key 1, linked to Bob in the dev genesis)
	// signs the same read with personal_sign; the answer is sealed to Bob's X25519 key, as
	// for Bob's own key. A key linked to nobody is refused, and so is a signature that is
	// not the keyid's.
	let hardhat1 = k256::ecdsa::SigningKey::from_slice(
		&medrec_gatekeeper::chain::from_hex(
			"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
		)
		.ok_or("hex")?,
	)?;
	let as_bobs_eth_key =
		Client::connect_as(&gk.url, Signer::Eth(hardhat1.clone()), client::encryption_secret(&bob))
			.await?;
	assert_eq!(as_bobs_eth_key.keyid(), "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
	let via_eth =
		as_bobs_eth_key.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await?;
	assert_eq!(via_eth.fhir["total"], 2);
	as_bobs_eth_key.verify(&via_eth, &chain).await?;
	let stranger = k256::ecdsa::SigningKey::from_slice(&[9u8; 32])?;
	let as_stranger =
		Client::connect_as(&gk.url, Signer::Eth(stranger), client::encryption_secret(&bob)).await?;
	let unlinked = refused_with(
		as_stranger.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await,
		401,
	)?;
	assert!(unlinked.contains("not linked"), "{unlinked}");
	let mut forged = as_stranger.prepare("/fhir/MedicationRequest?patient=eve", Purpose::Treatment);
	let input =
		forged.headers.iter_mut().find(|(n, _)| *n == "signature-input").ok_or("no input")?;
	input.1 = input.1.replace(&as_stranger.keyid(), &as_bobs_eth_key.keyid());
	let forged = refused_with(as_stranger.send(&forged).await.map(|_| ()), 401)?;
	assert!(forged.contains("does not verify"), "{forged}");

	// $everything for Bob: only what he was granted; the mental-health condition (labelled
	// PSY) and the rest are withheld, and the Bundle says so.
	let partial = as_bob.get("/fhir/Patient/eve/$everything", Purpose::Treatment).await?;
	let types: Vec<&str> = partial.fhir["entry"]
		.as_array()
		.into_iter()
		.flatten()
		.filter(|e| e["search"]["mode"] == "match")
		.filter_map(|e| e["resource"]["resourceType"].as_str())
		.collect();
	assert_eq!(types.len(), 4, "{types:?}");
	assert!(types
		.iter()
		.all(|t| ["AllergyIntolerance", "Condition", "MedicationRequest"].contains(t)));
	assert!(partial.fhir.to_string().contains("withheld"));
	as_bob.verify(&partial, &chain).await?;
	// Not for another purpose.
	refused_with(as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Research).await, 403)?;

	// 3b. Eve revokes; once a finalized block holds the revocation, Bob is refused.
	let revoked = chain
		.execute(&eve, RuntimeCall::Relationships(Rel::revoke { patient: account(&eve), grant: 0 }))
		.await?;
	let included = Instant::now();
	let revoked_at = chain.number_of(revoked.block).await?;
	let deadline = Instant::now() + Duration::from_secs(60);
	while chain.finalized().await?.0 < revoked_at {
		assert!(Instant::now() < deadline, "revocation not finalized");
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	let finalized_after = included.elapsed();
	// The gatekeeper follows the finalized head every 500 ms; one block later (3 s) at most.
	let deadline = Instant::now() + Duration::from_secs(3);
	let refused_after = loop {
		match as_bob.get("/fhir/MedicationRequest?patient=eve", Purpose::Treatment).await {
			Err(e) if e.status() == Some(403) => break included.elapsed(),
			_ if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(100)).await,
			other => return Err(format!("still served after finality: {other:?}").into()),
		}
	};
	println!(
		"revocation: finalized {} ms after inclusion, refused {} ms after inclusion",
		finalized_after.as_millis(),
		refused_after.as_millis()
	);

	// 5. The audit log: Eve sees every decision about her records, Bob sees none of them and
	// cannot ask for hers.
	let entries = as_eve.audit(None).await?;
	let bobs: Vec<_> =
		entries.iter().filter(|e| e.entry.viewer == account(&bob).to_ss58check()).collect();
	assert!(bobs
		.iter()
		.any(|e| e.entry.outcome == "allowed" && e.entry.basis.as_deref() == Some("grant:0")));
	assert!(bobs.iter().any(|e| e.entry.outcome == "denied: NoGrant"));
	assert!(bobs.iter().any(|e| e.entry.outcome == "partial"));
	assert!(entries
		.iter()
		.all(|e| e.entry.patient.as_deref() == Some(&account(&eve).to_ss58check())));
	assert!(as_bob.audit(None).await?.is_empty());
	refused_with(as_bob.audit(Some(&account(&eve))).await, 403)?;
	let after = as_eve.audit(None).await?;
	assert!(after.iter().any(|e| e.entry.viewer == account(&bob).to_ss58check()
		&& e.entry.action.starts_with("GET /audit")));
	// Each entry carries the previous one's hash.
	assert!(after.iter().all(|e| e.hash == e.expected_hash()));
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn emergency_access_is_served_logged_and_notified() -> Result {
	let (node, chain) = dev_node().await?;
	let gk = Gatekeeper::start(node.rpc_port).await?;
	let (alice, bob, ferdie) = (pair("//Alice"), pair("//Bob"), pair("//Ferdie"));
	demo::onboard(&chain, &alice, &ferdie).await?;
	demo::publish_key(&chain, &ferdie).await?;
	demo::publish_key(&chain, &bob).await?;
	let bundle = demo::patient_bundle("ferdie", &account(&ferdie), ("Ferdie", "Sample"), 1);
	assert_eq!(client::ingest(&gk.admin, &bundle).await?.0, 200);
	gk.pointers_settled(Duration::from_secs(90)).await?;

	// Ferdie opts in to break-glass; Bob Family Clinic breaks the glass.
	chain
		.execute(&ferdie, RuntimeCall::Relationships(Rel::set_break_glass { enabled: true }))
		.await?;
	let broke = chain
		.execute(
			&bob,
			RuntimeCall::Relationships(Rel::break_glass {
				patient: account(&ferdie),
				justification: b"unconscious in the emergency department".to_vec(),
			}),
		)
		.await?;
	let as_bob = Client::connect(&gk.url, bob.clone()).await?;
	let allergies = retry_while_not_final(|| {
		as_bob.get("/fhir/AllergyIntolerance?patient=ferdie", Purpose::Treatment)
	})
	.await?;
	assert_eq!(allergies.fhir["total"], 1);
	as_bob.verify(&allergies, &chain).await?;
	// Break-glass opens allergies, medications and conditions only.
	refused_with(as_bob.get("/fhir/Observation?patient=ferdie", Purpose::Treatment).await, 403)?;

	// Logged: in the audit log the patient reads, and in the metrics.
	let entries = Client::connect(&gk.url, ferdie.clone()).await?.audit(None).await?;
	assert!(entries.iter().any(|e| e.entry.viewer == account(&bob).to_ss58check()
		&& e.entry.basis.as_deref() == Some("emergency")
		&& e.entry.outcome == "allowed"));
	assert!(gk.metrics().await?.contains("gatekeeper_emergency_reads_total 1"));
	assert!(gk.log().contains("emergency (break-glass) read"));
	// Notified: the patient's summary says emergency access was used.
	let flags = chain.notifications(&account(&ferdie), Some(broke.block)).await?;
	assert!(flags
		.iter()
		.any(|(s, f)| *s == Subject::Patient && f.contains(StatusFlags::EMERGENCY_ACCESS_USED)));
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_requests_are_refused_clearly_and_change_nothing() -> Result {
	let (node, chain) = dev_node().await?;
	let gk = Gatekeeper::start(node.rpc_port).await?;
	let (alice, eve) = (pair("//Alice"), pair("//Eve"));
	demo::onboard(&chain, &alice, &eve).await?;
	demo::publish_key(&chain, &eve).await?;
	let bundle = demo::patient_bundle("eve", &account(&eve), ("Eve", "Example"), 1);
	assert_eq!(client::ingest(&gk.admin, &bundle).await?.0, 200);
	settle(&chain).await?;
	let as_eve = Client::connect(&gk.url, eve.clone()).await?;
	let path = "/fhir/AllergyIntolerance?patient=eve";
	as_eve.get(path, Purpose::Personal).await?;

	// Another origin's page: its preflight gets no CORS grant, so the browser never sends the
	// signed request, and a simple GET's answer is withheld from it. The apps' origin is let in
	// without credentials (requests carry signatures, not cookies).
	let http = reqwest::Client::new();
	let preflight = |origin: &'static str| {
		http.request(reqwest::Method::OPTIONS, format!("{}{path}", gk.url))
			.header("origin", origin)
			.header("access-control-request-method", "GET")
			.header("access-control-request-headers", "signature,signature-input,content-digest")
			.send()
	};
	let cors = |r: &reqwest::Response, h: &str| {
		r.headers().get(h).map(|v| v.to_str().unwrap_or("?").to_string())
	};
	let foreign = preflight("http://evil.example").await?;
	assert_eq!(cors(&foreign, "access-control-allow-origin"), None);
	let ours = preflight(common::APP_ORIGIN).await?;
	assert!(ours.status().is_success(), "{}", ours.status());
	assert_eq!(cors(&ours, "access-control-allow-origin").as_deref(), Some(common::APP_ORIGIN));
	assert_eq!(cors(&ours, "access-control-allow-credentials"), None);
	let allowed = cors(&ours, "access-control-allow-headers").unwrap_or_default();
	assert!(allowed.contains("signature-input"), "{allowed}");
	let read =
		http.get(format!("{}/fhir/metadata", gk.url)).header("origin", "http://evil.example");
	assert_eq!(cors(&read.send().await?, "access-control-allow-origin"), None);

	// Replayed: the same signed request twice.
	let once = as_eve.prepare(path, Purpose::Personal);
	as_eve.send(&once).await?;
	assert!(refused_with(as_eve.send(&once).await, 401)?.contains("nonce was already used"));
	// Expired: signed two minutes ago.
	let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
	let old = as_eve.prepare_with(
		path,
		Purpose::Personal,
		now - 120,
		&medrec_gatekeeper::auth::new_nonce(),
		as_eve.gatekeeper(),
	);
	assert!(refused_with(as_eve.send(&old).await, 401)?.contains("outside the accepted window"));
	// Misdirected: addressed to Bob Family Clinic's gatekeeper.
	let elsewhere = as_eve.prepare_with(
		path,
		Purpose::Personal,
		now,
		&medrec_gatekeeper::auth::new_nonce(),
		&account(&pair("//Bob")),
	);
	refused_with(as_eve.send(&elsewhere).await, 421)?;
	// Forged: Eve's signature claimed by Ferdie's key id.
	let mut forged = as_eve.prepare(path, Purpose::Personal);
	let (eve_id, ferdie_id) =
		(account(&eve).to_ss58check(), account(&pair("//Ferdie")).to_ss58check());
	for (_, value) in forged.headers.iter_mut() {
		*value = value.replace(&eve_id, &ferdie_id);
	}
	assert!(refused_with(as_eve.send(&forged).await, 401)?.contains("does not verify"));
	// Tampered: the query changed after signing.
	let mut tampered = as_eve.prepare(path, Purpose::Personal);
	tampered.path_and_query = "/fhir/Condition?patient=eve".into();
	refused_with(as_eve.send(&tampered).await, 401)?;
	// Unsigned.
	let unsigned = reqwest::get(format!("{}{path}", gk.url)).await?;
	assert_eq!(unsigned.status(), 401);
	// Unknown patient, unsupported search, unsupported type.
	refused_with(as_eve.get("/fhir/Patient/nobody", Purpose::Personal).await, 404)?;
	refused_with(as_eve.get("/fhir/Observation?code=8867-4", Purpose::Personal).await, 400)?;
	refused_with(as_eve.get("/fhir/Claim?patient=eve", Purpose::Personal).await, 404)?;

	// Broken FHIR: an OperationOutcome naming the place, and nothing of the Bundle stored.
	let before = as_eve.get("/fhir/Patient/eve/$everything", Purpose::Personal).await?;
	let mut broken = demo::patient_bundle("eve", &account(&eve), ("Eve", "Example"), 2);
	broken["entry"][2]["resource"]["status"] = "not-a-status".into();
	let (status, outcome) = client::ingest(&gk.admin, &broken).await?;
	assert_eq!(status, 422, "{outcome}");
	assert_eq!(outcome["resourceType"], "OperationOutcome");
	assert!(outcome.to_string().contains("Bundle.entry[2]"), "{outcome}");
	let (status, outcome) = client::ingest(&gk.admin, &serde_json::json!("{not json")).await?;
	assert_eq!((status, outcome["resourceType"].as_str()), (422, Some("OperationOutcome")));
	let raw = reqwest::Client::new()
		.post(format!("{}/admin/ingest", gk.admin))
		.body("{ this is not json")
		.send()
		.await?;
	assert_eq!(raw.status(), 400);
	let orphan = serde_json::json!({ "resourceType": "Observation", "id": "o-x", "status": "final",
		"code": { "text": "x" }, "subject": { "reference": "Patient/unknown" } });
	let (status, outcome) = client::ingest(&gk.admin, &orphan).await?;
	assert_eq!(status, 422, "{outcome}");
	assert!(outcome.to_string().contains("unknown patient"));
	let after = as_eve.get("/fhir/Patient/eve/$everything", Purpose::Personal).await?;
	assert_eq!(before.fhir["total"], after.fhir["total"]);
	let leaves = |a: &medrec_gatekeeper::service::Answer| {
		a.proofs.iter().map(|p| p.digest.clone()).collect::<Vec<_>>()
	};
	assert_eq!(leaves(&before), leaves(&after));
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn pointer_updates_survive_a_stopped_node_and_a_killed_gatekeeper() -> Result {
	let (node, chain) = dev_node().await?;
	let mut gk = Gatekeeper::start(node.rpc_port).await?;
	let (alice, eve) = (pair("//Alice"), pair("//Eve"));
	let relationship = demo::onboard(&chain, &alice, &eve).await?;
	demo::publish_key(&chain, &eve).await?;
	let as_eve = Client::connect(&gk.url, eve.clone()).await?;

	// The node stops answering (SIGSTOP: a hung host). Reads fail closed; an ingest is
	// stored and its pointer updates fail and are kept.
	signal(node.pid(), "STOP")?;
	let bundle = demo::patient_bundle("eve", &account(&eve), ("Eve", "Example"), 1);
	let (status, body) = client::ingest(&gk.admin, &bundle).await?;
	assert_eq!(status, 200, "{body}");
	let deadline = Instant::now() + Duration::from_secs(60);
	loop {
		let pending = gk.admin_json("/admin/pointers").await?;
		let rows = pending["pending"].as_array().cloned().unwrap_or_default();
		if !rows.is_empty()
			&& rows.iter().all(|r| r["attempts"].as_i64() >= Some(1) && r["last_error"].is_string())
		{
			assert_eq!(rows.len(), 10, "one per category: {pending}");
			break;
		}
		assert!(Instant::now() < deadline, "no failed attempt recorded: {pending}");
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	// 15 s without a finalized head: reads are refused, not served on stale permissions.
	tokio::time::sleep(Duration::from_secs(16)).await;
	let closed = refused_with(as_eve.get("/fhir/Patient/eve", Purpose::Personal).await, 503)?;
	assert!(closed.contains("nothing is served"), "{closed}");

	// The gatekeeper is killed (SIGKILL) with the updates still queued, and restarted.
	gk.kill();
	signal(node.pid(), "CONT")?;
	gk.spawn().await?;
	gk.pointers_settled(Duration::from_secs(120)).await?;
	let (_, finalized) = chain.finalized().await?;
	let views = chain.relationships(&account(&eve), Some(finalized)).await?;
	let rel = views.iter().find(|r| r.id == relationship).ok_or("no relationship")?;
	assert_eq!(rel.pointers.len(), 10);
	let answer = as_eve.get("/fhir/Patient/eve/$everything", Purpose::Personal).await?;
	as_eve.verify(&answer, &chain).await?;
	assert!(gk.metrics().await?.contains("gatekeeper_pointer_failures_total"));
	Ok(())
}

//! Demo patients and records, for `gatekeeper demo` (which `scripts/dev.sh` runs), the tests
//! and the load benchmark.

use medrec_primitives::{
	research::{ConsentMode, ConsentTerms, DuoModifiers, DuoPermission},
	Categories, Category, Purpose, Scope, Viewer, DAY,
};
use medrec_runtime::{AccountId, Hash, RuntimeCall};
use pallet_medrec_relationships::Call as Rel;
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};

use crate::{
	chain::{Chain, ChainError},
	client::{self, encryption_secret},
	fhir::{ACCOUNT_SYSTEM, ACT_CODE},
	seal,
};

/// How long the demo waits for its work to be final: GRANDPA on a dev chain finalizes within
/// two or three 3 s slots, so a minute means something is wrong.
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";

fn patient_ref(id: &str) -> Value {
	json!({ "reference": format!("Patient/{id}") })
}

fn concept(system: &str, code: &str, display: &str) -> Value {
	json!({ "coding": [{ "system": system, "code": code, "display": display }], "text": display })
}

/// A patient's record: demographics, an allergy, two medications, a condition, `observations`
/// vital signs, an immunization, an encounter, a procedure, a clinical note and one
/// mental-health condition (labelled `PSY`, so only a grant naming it reaches it).
pub fn patient_bundle(
	id: &str,
	account: &AccountId,
	name: (&str, &str),
	observations: usize,
) -> Value {
	let subject = patient_ref(id);
	let mut resources = vec![
		json!({ "resourceType": "Patient", "id": id,
			"identifier": [{ "system": ACCOUNT_SYSTEM, "value": account.to_ss58check() }],
			"name": [{ "family": name.1, "given": [name.0] }], "gender": "female",
			"birthDate": "1984-03-02" }),
		json!({ "resourceType": "AllergyIntolerance", "id": format!("{id}-allergy-1"),
			"patient": subject, "criticality": "high",
			"code": concept(SNOMED, "91936005", "Allergy to penicillin") }),
		json!({ "resourceType": "MedicationRequest", "id": format!("{id}-med-1"), "status": "active",
			"intent": "order", "subject": subject,
			"medicationCodeableConcept": concept("http://www.nlm.nih.gov/research/umls/rxnorm", "197361", "Amlodipine 5 MG Oral Tablet") }),
		json!({ "resourceType": "MedicationRequest", "id": format!("{id}-med-2"), "status": "active",
			"intent": "order", "subject": subject,
			"medicationCodeableConcept": concept("http://www.nlm.nih.gov/research/umls/rxnorm", "860975", "Metformin 500 MG Oral Tablet") }),
		json!({ "resourceType": "Condition", "id": format!("{id}-cond-1"), "subject": subject,
			"code": concept(SNOMED, "38341003", "Hypertension") }),
		json!({ "resourceType": "Condition", "id": format!("{id}-cond-2"), "subject": subject,
			"meta": { "security": [{ "system": ACT_CODE, "code": "PSY" }] },
			"code": concept(SNOMED, "35489007", "Depressive disorder") }),
		json!({ "resourceType": "Immunization", "id": format!("{id}-imm-1"), "status": "completed",
			"patient": subject, "occurrenceDateTime": "2025-10-01",
			"vaccineCode": concept("http://hl7.org/fhir/sid/cvx", "141", "Influenza, seasonal") }),
		json!({ "resourceType": "Encounter", "id": format!("{id}-enc-1"), "status": "finished",
			"subject": subject,
			"class": { "system": ACT_CODE, "code": "AMB" } }),
		json!({ "resourceType": "Procedure", "id": format!("{id}-proc-1"), "status": "completed",
			"subject": subject, "code": concept(SNOMED, "80146002", "Appendectomy") }),
		json!({ "resourceType": "DocumentReference", "id": format!("{id}-note-1"), "status": "current",
			"subject": subject,
			"content": [{ "attachment": { "contentType": "text/plain", "data": "UGF0aWVudCBkb2luZyB3ZWxsLg==" } }] }),
	];
	for i in 0..observations {
		resources.push(json!({ "resourceType": "Observation", "id": format!("{id}-obs-{i}"),
			"status": "final", "subject": subject,
			"code": concept(LOINC, "8867-4", "Heart rate"),
			"effectiveDateTime": format!("2026-11-{:02}T08:00:00Z", 1 + i % 28),
			"valueQuantity": { "value": 60 + (i % 40), "unit": "beats/minute",
				"system": "http://unitsofmeasure.org", "code": "/min" } }));
	}
	json!({ "resourceType": "Bundle", "type": "transaction",
		"entry": resources.into_iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() })
}

/// Publishes `who`'s X25519 key (derived from its secret key) in the registrar; answers the
/// block that holds it.
pub async fn publish_key(chain: &Chain, who: &sr25519::Pair) -> Result<Hash, ChainError> {
	let public = seal::public_key(&encryption_secret(who)).unwrap_or_default();
	chain
		.execute(
			who,
			RuntimeCall::Registrar(pallet_medrec_registrar::Call::set_encryption_key {
				key: public,
			}),
		)
		.await
		.map(|included| included.block)
}

/// Makes `patient` a patient of `provider` with an accepted relationship (if not already).
pub async fn onboard(
	chain: &Chain,
	provider: &sr25519::Pair,
	patient: &sr25519::Pair,
) -> Result<u64, ChainError> {
	let patient_id = AccountId::from(patient.public());
	let provider_id = AccountId::from(provider.public());
	if let Some(id) = chain.relationship_between(&patient_id, &provider_id, None).await? {
		return Ok(id);
	}
	chain
		.execute(
			provider,
			RuntimeCall::Relationships(Rel::open_relationship { patient: patient_id.clone() }),
		)
		.await?;
	let id = chain
		.relationship_between(&patient_id, &provider_id, None)
		.await?
		.ok_or_else(|| ChainError::Failed("relationship not opened".into()))?;
	chain
		.execute(patient, RuntimeCall::Relationships(Rel::accept_relationship { relationship: id }))
		.await?;
	Ok(id)
}

/// `patient` grants `viewer` `categories` of the records under `relationship` for
/// treatment, for 30 days; answers the block that holds the grant.
pub async fn grant(
	chain: &Chain,
	patient: &sr25519::Pair,
	viewer: &AccountId,
	relationship: u64,
	categories: &[Category],
) -> Result<Hash, ChainError> {
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or_default();
	let start = now.saturating_sub(60_000);
	chain
		.execute(
			patient,
			RuntimeCall::Relationships(Rel::grant {
				patient: AccountId::from(patient.public()),
				viewer: Viewer::Account(viewer.clone()),
				scope: Scope::Relationship(relationship),
				categories: Categories::of(categories),
				purpose: Purpose::Treatment,
				not_before: start,
				expires: start + 30 * DAY,
			}),
		)
		.await
		.map(|included| included.block)
}

/// A patient's short record at a second provider: demographics, hypertension, and an
/// amlodipine prescription of its own, so two providers prescribe the same active ingredient
/// (what the patient app flags).
pub fn clinic_bundle(id: &str, account: &AccountId, name: (&str, &str)) -> Value {
	let subject = patient_ref(id);
	let resources = [
		json!({ "resourceType": "Patient", "id": id,
			"identifier": [{ "system": ACCOUNT_SYSTEM, "value": account.to_ss58check() }],
			"name": [{ "family": name.1, "given": [name.0] }], "gender": "female",
			"birthDate": "1984-03-02" }),
		json!({ "resourceType": "Condition", "id": format!("{id}-clinic-cond-1"), "subject": subject,
			"code": concept(SNOMED, "38341003", "Hypertension") }),
		json!({ "resourceType": "MedicationRequest", "id": format!("{id}-clinic-med-1"),
			"status": "active", "intent": "order", "subject": subject,
			"medicationCodeableConcept": concept("http://www.nlm.nih.gov/research/umls/rxnorm", "308135", "Amlodipine 10 MG Oral Tablet") }),
	];
	json!({ "resourceType": "Bundle", "type": "transaction",
		"entry": resources.into_iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() })
}

/// Seeds a `--dev` chain and its gatekeeper: Eve and Ferdie become Alice General Hospital's
/// patients with records, publish their keys, and Eve grants Bob Family Clinic her
/// medications, allergies and conditions.
///
/// With `second`, the admin URL of Bob Family Clinic's gatekeeper, Eve also becomes Bob's
/// patient with a short record there ([`clinic_bundle`]), opts in to break-glass access, and
/// Alice and Dave Pharmacy publish their keys, so every screen of the apps has something to
/// show.
pub async fn seed(
	chain: &Chain,
	admin: &str,
	second: Option<&str>,
	synthetic: u64,
) -> Result<String, String> {
	let pair = |uri: &str| sr25519::Pair::from_string(uri, None).map_err(|e| format!("{e:?}"));
	let (alice, bob) = (pair("//Alice")?, pair("//Bob")?);
	let mut report = String::new();
	for (uri, id, name) in
		[("//Eve", "eve", ("Eve", "Example")), ("//Ferdie", "ferdie", ("Ferdie", "Sample"))]
	{
		let patient = pair(uri)?;
		let account = AccountId::from(patient.public());
		let relationship = onboard(chain, &alice, &patient).await.map_err(|e| e.to_string())?;
		publish_key(chain, &patient).await.map_err(|e| e.to_string())?;
		ingest(admin, &patient_bundle(id, &account, name, 5), id).await?;
		report.push_str(&format!(
			"Patient/{id} ({uri}, {account}): relationship {relationship} with Alice General Hospital\n"
		));
		if id == "eve" {
			let categories = [Category::Medications, Category::Allergies, Category::Conditions];
			grant(chain, &patient, &AccountId::from(bob.public()), relationship, &categories)
				.await
				.map_err(|e| e.to_string())?;
			report.push_str("Eve granted Bob Family Clinic (//Bob) medications, allergies and conditions for treatment, 30 days\n");
		}
	}
	publish_key(chain, &bob).await.map_err(|e| e.to_string())?;
	if let Some(second) = second {
		let eve = pair("//Eve")?;
		let account = AccountId::from(eve.public());
		let relationship = onboard(chain, &bob, &eve).await.map_err(|e| e.to_string())?;
		ingest(second, &clinic_bundle("eve", &account, ("Eve", "Example")), "eve").await?;
		report.push_str(&format!(
			"Patient/eve: relationship {relationship} with Bob Family Clinic, amlodipine prescribed there too\n"
		));
		chain
			.execute(&eve, RuntimeCall::Relationships(Rel::set_break_glass { enabled: true }))
			.await
			.map_err(|e| e.to_string())?;
		report.push_str("Eve opted in to break-glass access\n");
		publish_key(chain, &alice).await.map_err(|e| e.to_string())?;
		publish_key(chain, &pair("//Dave")?).await.map_err(|e| e.to_string())?;
		report
			.push_str("Alice General Hospital and Dave Pharmacy published their encryption keys\n");
	}
	// Research: Eve consents, homed at Alice's; the institute can read its answers.
	let eve = pair("//Eve")?;
	chain
		.execute(
			&eve,
			RuntimeCall::Research(pallet_medrec_research::Call::set_consent {
				patient: AccountId::from(eve.public()),
				terms: research_consent(&AccountId::from(alice.public())),
			}),
		)
		.await
		.map_err(|e| e.to_string())?;
	let mut last = publish_key(chain, &pair("//Charlie")?).await.map_err(|e| e.to_string())?;
	report.push_str(
		"Eve gave a research consent (health research, home Alice General Hospital); Charlie Research Institute published its key\n",
	);
	if synthetic > 0 {
		let mut sites = vec![(alice.clone(), admin.to_string())];
		if let Some(second) = second {
			sites.push((bob.clone(), second.to_string()));
		}
		let consented = seed_synthetic(chain, &sites, synthetic, 1).await?;
		// Their records' pointer updates come on top; `pointers_settled` below waits for them.
		last = chain.best_hash().await.map_err(|e| e.to_string())?;
		report.push_str(&format!(
			"{synthetic} synthetic patients (medrec-synth seed 1, keys //synth//0..) over {} sites, {consented} with a research consent\n",
			sites.len()
		));
	}

	// Gatekeepers decide at the finalized block, so the demo is ready only when its last
	// transaction (and with it every earlier one) is final, each gatekeeper has seen that block
	// (it polls its node every half second), and every pointer update the ingests queued has
	// reached a finalized block; until then the reads it suggests would be refused as "not
	// final yet".
	let number = chain
		.wait_finalized(last, READY_TIMEOUT)
		.await
		.map_err(|e| format!("the demo's transactions did not reach a finalized block: {e}"))?;
	for admin in std::iter::once(admin).chain(second) {
		client::wait_gatekeeper_at(admin, number, READY_TIMEOUT)
			.await
			.map_err(|e| e.to_string())?;
		// Synthetic records queue several pointer updates a patient, which providers send at
		// up to ten a second.
		let settle = READY_TIMEOUT * if synthetic > 0 { 5 } else { 1 };
		client::pointers_settled(admin, settle).await.map_err(|e| e.to_string())?;
	}
	Ok(report)
}

/// A research consent in force for a year: health research (HMB) for every standard category,
/// counted at `home` unless the patient opts out of a study.
pub fn research_consent(home: &AccountId) -> ConsentTerms<AccountId> {
	let now = now_ms();
	ConsentTerms {
		permission: DuoPermission::Hmb,
		modifiers: DuoModifiers::IRB,
		region: None,
		categories: Categories::standard(),
		not_before: now.saturating_sub(DAY),
		expires: now + 365 * DAY,
		home: home.clone(),
		mode: ConsentMode::Broad,
	}
}

fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or_default()
}

/// Signs and submits `call` without waiting for it: a burst of many signers' transactions lands
/// in a block or two instead of one per block. The pool counts `signer`'s earlier pending
/// transactions in its next nonce, so one signer may submit several in a row.
async fn submit(chain: &Chain, signer: &sr25519::Pair, call: RuntimeCall) -> Result<(), String> {
	let xt = chain.sign(signer, call).await.map_err(|e| e.to_string())?;
	chain.submit_raw(&codec::Encode::encode(&xt)).await.map_err(|e| e.to_string())?;
	Ok(())
}

/// Waits until `done` holds at the best block, for at most [`READY_TIMEOUT`].
async fn until<F, Fut>(what: &str, mut done: F) -> Result<(), String>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<bool, ChainError>>,
{
	let deadline = std::time::Instant::now() + READY_TIMEOUT;
	while !done().await.map_err(|e| e.to_string())? {
		if std::time::Instant::now() > deadline {
			return Err(format!("{what} did not happen within {READY_TIMEOUT:?}"));
		}
		tokio::time::sleep(std::time::Duration::from_millis(500)).await;
	}
	Ok(())
}

/// Seeds `count` synthetic patients (`medrec-synth`, seed `seed`, keys `//synth//i`) over the
/// sites `sites` (provider key and admin URL, in site order): each becomes a patient of every
/// site holding records for them, their records are ingested there, and four in five give a
/// research consent homed at their home site. Returns how many consented.
pub async fn seed_synthetic(
	chain: &Chain,
	sites: &[(sr25519::Pair, String)],
	count: u64,
	seed: u64,
) -> Result<u64, String> {
	let config =
		medrec_synth::Config { seed, sites: sites.len() as u8, ..medrec_synth::Config::default() };
	let population: Vec<medrec_synth::SynthPatient> =
		medrec_synth::patients(&config, 0..count).collect();
	let pairs: Vec<sr25519::Pair> = (0..count).map(medrec_synth::dev_pair).collect();
	let site = |i: u8| &sites[usize::from(i)];
	// Relationships first, in bursts: every provider's opens, then every patient's acceptance
	// and consent. Records after, so the gatekeepers' pointer updates (signed with the
	// providers' keys) never race these for the providers' nonces.
	for (p, pair) in population.iter().zip(&pairs) {
		for s in &p.truth.sites {
			let call = RuntimeCall::Relationships(Rel::open_relationship {
				patient: AccountId::from(pair.public()),
			});
			submit(chain, &site(*s).0, call).await?;
		}
	}
	let Some(last) = population.len().checked_sub(1) else { return Ok(0) };
	for (i, (p, pair)) in population.iter().zip(&pairs).enumerate() {
		let patient = AccountId::from(pair.public());
		for s in &p.truth.sites {
			let provider = AccountId::from(site(*s).0.public());
			let deadline = std::time::Instant::now() + READY_TIMEOUT;
			let relationship = loop {
				match chain.relationship_between(&patient, &provider, None).await {
					Ok(Some(id)) => break id,
					Ok(None) if std::time::Instant::now() < deadline => {
						tokio::time::sleep(std::time::Duration::from_millis(500)).await
					},
					Ok(None) => return Err(format!("synthetic patient {i} was never onboarded")),
					Err(e) => return Err(e.to_string()),
				}
			};
			let call = RuntimeCall::Relationships(Rel::accept_relationship { relationship });
			submit(chain, pair, call).await?;
		}
		if i % 5 != 4 {
			let home = AccountId::from(site(p.truth.home_site).0.public());
			let call = RuntimeCall::Research(pallet_medrec_research::Call::set_consent {
				patient,
				terms: research_consent(&home),
			});
			submit(chain, pair, call).await?;
		}
	}
	// Each patient's transactions apply in nonce order: once the last patient's last one is
	// in, so are all of theirs; the others' landed in the same or earlier blocks.
	let patient = AccountId::from(pairs[last].public());
	let sent = population[last].truth.sites.len() + usize::from(last % 5 != 4);
	until("the synthetic patients' acceptances and consents", || async {
		let nonce: medrec_runtime::Nonce =
			chain.runtime_api("AccountNonceApi_account_nonce", &patient, None).await?;
		Ok(nonce as usize >= sent)
	})
	.await?;
	for p in &population {
		for (s, bundle) in &p.bundles {
			ingest(&site(*s).1, bundle, &p.truth.patient_id).await?;
		}
	}
	Ok((0..count).filter(|i| i % 5 != 4).count() as u64)
}

/// Ingests `bundle` through the admin API at `admin`; fails with the gatekeeper's answer.
async fn ingest(admin: &str, bundle: &Value, id: &str) -> Result<(), String> {
	let (status, body) = client::ingest(admin, bundle).await.map_err(|e| e.to_string())?;
	if status != 200 {
		return Err(format!("ingest of {id} at {admin} refused ({status}): {body}"));
	}
	Ok(())
}

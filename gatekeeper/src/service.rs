//! The gatekeeper's state and its decisions: the finalized head it trusts, the access
//! decisions it has asked the chain for at that head, and how a read becomes a sealed answer.

use std::{
	collections::{BTreeMap, BTreeSet, HashMap},
	sync::{Mutex, RwLock},
	time::{Duration, Instant},
};

use medrec_primitives::{Basis, Category, Decision, DenyReason, Purpose};
use medrec_runtime::{AccountId, BlockNumber, Hash};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use tokio::sync::Notify;

use crate::{
	chain::{Chain, ChainError},
	digest,
	fhir::{self, Issue},
	metrics::{DecisionLabels, Metrics},
	store::{self, AuditEntry, Store, Stored},
};

/// A finalized head older than this is not trusted: the node is unreachable or stuck, and
/// the gatekeeper fails closed.
pub const MAX_HEAD_AGE: Duration = Duration::from_secs(15);

/// The finalized block decisions are made at, and when the gatekeeper last confirmed it.
#[derive(Clone, Copy, Debug)]
pub struct Head {
	pub number: BlockNumber,
	pub hash: Hash,
	pub seen: Instant,
}

/// Viewer, patient, category and purpose (as their SCALE indexes).
type DecisionKey = (AccountId, AccountId, u8, u8);

/// Answers from the chain at one finalized block; dropped when the head moves, so a
/// revocation counts from the first finalized block that holds it.
#[derive(Default)]
struct Cache {
	at: Hash,
	decisions: HashMap<DecisionKey, Decision>,
	keys: HashMap<AccountId, Option<[u8; 32]>>,
}

/// A refusal: HTTP status plus the FHIR issue to report.
#[derive(Debug, Clone)]
pub struct Refusal {
	pub status: u16,
	pub issue: Issue,
}

impl Refusal {
	pub fn new(status: u16, code: &'static str, text: impl Into<String>) -> Self {
		Self { status, issue: Issue::new(code, text) }
	}
}

impl From<ChainError> for Refusal {
	fn from(e: ChainError) -> Self {
		Refusal::new(503, "transient", format!("cannot ask the chain, so nothing is served: {e}"))
	}
}

impl From<store::StoreError> for Refusal {
	fn from(e: store::StoreError) -> Self {
		match e {
			store::StoreError::Full(_) => Refusal::new(507, "exception", e.to_string()),
			store::StoreError::UnknownPatient(_) => Refusal::new(422, "not-found", e.to_string()),
			store::StoreError::Conflict(_) => Refusal::new(409, "conflict", e.to_string()),
			store::StoreError::Replayed => Refusal::new(401, "security", e.to_string()),
			store::StoreError::Db(_) => Refusal::new(500, "exception", e.to_string()),
		}
	}
}

/// How a reader checks the records of one category against the chain.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Proof {
	pub category: Category,
	/// The pointer's record set: the category's index.
	#[serde(rename = "recordSet")]
	pub record_set: u32,
	/// Hex SHA-256 of the whole record set, as the chain's pointer should hold it.
	pub digest: String,
	/// Every leaf of the set (hex), so a subset can be checked.
	pub leaves: Vec<String>,
}

/// What a sealed response holds.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Answer {
	/// The FHIR resource or searchset Bundle.
	pub fhir: Value,
	pub proofs: Vec<Proof>,
	/// The patient's account (SS58), whose relationship's pointers the proofs match.
	pub patient: String,
	/// The finalized block the decision was made at (hex hash).
	pub block: String,
	pub block_number: BlockNumber,
}

pub struct Gatekeeper {
	pub store: Store,
	pub chain: Chain,
	pub provider: sr25519::Pair,
	pub provider_id: AccountId,
	/// Seconds of age or clock skew a signed request may have.
	pub window: u64,
	pub metrics: Metrics,
	/// Wakes the pointer worker after an ingest.
	pub pointer_wake: Notify,
	head: RwLock<Option<Head>>,
	cache: Mutex<Cache>,
	/// The same answers at the best block, for refusals' wording; bounded the same way, so a
	/// refused reader costs the node no more than an allowed one.
	best_cache: Mutex<Cache>,
}

/// The refusal for what the finalized block lacks but the best block holds: a grant,
/// relationship or key submitted a moment ago. Naming the missing thing would send the reader
/// to fix what is already fixed; it needs only to wait for finality (two or three slots).
pub fn not_final_yet(what: &str, head: &Head) -> Refusal {
	Refusal::new(
		503,
		"transient",
		format!(
			"not final yet: {what} is in the chain's latest block but not in a finalized one \
			 (decisions are made at finalized block #{}); retry in a few seconds",
			head.number
		),
	)
}

/// What one read resolved to.
pub struct Served {
	pub answer: Answer,
	pub recipient: [u8; 32],
	pub audit: AuditEntry,
	pub emergency: bool,
}

fn basis_name(basis: &Basis) -> String {
	match basis {
		Basis::Patient => "patient".into(),
		Basis::RecordHolder => "record-holder".into(),
		Basis::Grant(id) => format!("grant:{id}"),
		Basis::Emergency => "emergency".into(),
		Basis::DeadManSwitch => "dead-man-switch".into(),
	}
}

pub fn category_name(category: Category) -> String {
	format!("{category:?}")
}

pub fn now_ms() -> i64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as i64)
		.unwrap_or_default()
}

impl Gatekeeper {
	pub fn new(store: Store, chain: Chain, provider: sr25519::Pair, window: u64) -> Self {
		let provider_id = AccountId::from(provider.public());
		Self {
			store,
			chain,
			provider,
			provider_id,
			window,
			metrics: Metrics::default(),
			pointer_wake: Notify::new(),
			head: RwLock::new(None),
			cache: Mutex::new(Cache::default()),
			best_cache: Mutex::new(Cache::default()),
		}
	}

	/// Asks the node for its finalized head; called every half second by the service.
	pub async fn refresh_head(&self) -> Result<Head, ChainError> {
		let (number, hash) = self.chain.finalized().await?;
		let head = Head { number, hash, seen: Instant::now() };
		if let Ok(mut slot) = self.head.write() {
			*slot = Some(head);
		}
		self.metrics.finalized.set(number as i64);
		Ok(head)
	}

	/// The finalized head, if recent enough to decide on.
	pub fn head(&self) -> Option<Head> {
		let head = (*self.head.read().ok()?)?;
		(head.seen.elapsed() < MAX_HEAD_AGE).then_some(head)
	}

	fn fresh_head(&self) -> Result<Head, Refusal> {
		self.head().ok_or_else(|| {
			Refusal::new(
				503,
				"transient",
				format!(
					"the chain node at {} has not confirmed a finalized block for {} s; \
					 nothing is served until it does",
					self.chain.url(),
					MAX_HEAD_AGE.as_secs()
				),
			)
		})
	}

	fn cached<T: Clone>(
		cache: &Mutex<Cache>,
		at: Hash,
		get: impl FnOnce(&mut Cache) -> Option<T>,
	) -> Option<T> {
		let mut cache = cache.lock().ok()?;
		if cache.at != at {
			*cache = Cache { at, ..Default::default() };
		}
		get(&mut cache)
	}

	/// The chain's decision at `head`, asked once per finalized block.
	pub async fn decide(
		&self,
		head: &Head,
		viewer: &AccountId,
		patient: &AccountId,
		category: Category,
		purpose: Purpose,
	) -> Result<Decision, ChainError> {
		self.decide_in(&self.cache, head.hash, viewer, patient, category, purpose).await
	}

	/// The chain's decision at block `at`, kept in `cache` while it holds that block.
	async fn decide_in(
		&self,
		cache: &Mutex<Cache>,
		at: Hash,
		viewer: &AccountId,
		patient: &AccountId,
		category: Category,
		purpose: Purpose,
	) -> Result<Decision, ChainError> {
		let key = (viewer.clone(), patient.clone(), category as u8, purpose as u8);
		if let Some(d) = Self::cached(cache, at, |c| c.decisions.get(&key).cloned()) {
			return Ok(d);
		}
		let decision =
			self.chain.decide(viewer, patient, &self.provider_id, category, purpose, at).await?;
		Self::cached(cache, at, |c| c.decisions.insert(key, decision.clone()));
		Ok(decision)
	}

	/// `who`'s published X25519 key at `head`.
	pub async fn encryption_key(
		&self,
		head: &Head,
		who: &AccountId,
	) -> Result<Option<[u8; 32]>, ChainError> {
		self.key_in(&self.cache, head.hash, who).await
	}

	/// `who`'s published X25519 key at block `at`, kept in `cache` while it holds that block.
	async fn key_in(
		&self,
		cache: &Mutex<Cache>,
		at: Hash,
		who: &AccountId,
	) -> Result<Option<[u8; 32]>, ChainError> {
		if let Some(k) = Self::cached(cache, at, |c| c.keys.get(who).copied()) {
			return Ok(k);
		}
		let key = self.chain.identity(who, Some(at)).await?.and_then(|i| i.encryption_key);
		Self::cached(cache, at, |c| c.keys.insert(who.clone(), key));
		Ok(key)
	}

	/// Whether the node's best block, which runs two or three slots ahead of the finalized
	/// one, already allows `viewer` one of `categories`. Asked only on the way to a refusal, and
	/// never decides anything: it picks the words of the refusal (see [`not_final_yet`]).
	/// The best block's hash is asked afresh (a grant may have landed since the last head
	/// refresh); the answers at it are cached per best block, as decisions are per finalized
	/// block, so a refused reader costs the node a block-hash lookup, not a state call.
	async fn allowed_at_best(
		&self,
		head: &Head,
		viewer: &AccountId,
		patient: &AccountId,
		categories: impl Iterator<Item = &Category>,
		purpose: Purpose,
	) -> bool {
		let Some(best) = self.best_ahead_of(head).await else { return false };
		for &category in categories {
			let decision =
				self.decide_in(&self.best_cache, best, viewer, patient, category, purpose).await;
			if matches!(decision, Ok(Decision::Allow { .. })) {
				return true;
			}
		}
		false
	}

	/// The node's best block, if it is not `head`.
	async fn best_ahead_of(&self, head: &Head) -> Option<Hash> {
		self.chain.best_hash().await.ok().filter(|best| *best != head.hash)
	}

	/// Whether `who` has published an X25519 key in the best block, though not yet in a
	/// finalized one.
	pub async fn key_at_best(&self, head: &Head, who: &AccountId) -> bool {
		let Some(best) = self.best_ahead_of(head).await else { return false };
		matches!(self.key_in(&self.best_cache, best, who).await, Ok(Some(_)))
	}

	/// The identity a request's signer acts as: the account itself, or the identity an
	/// Ethereum address is linked to at the finalized head (an unlinked address is refused).
	pub async fn identity_of(&self, key: &crate::auth::Key) -> Result<AccountId, Refusal> {
		let address = match key {
			crate::auth::Key::Account(account) => return Ok(account.clone()),
			crate::auth::Key::Eth(address) => address,
		};
		let head = self.fresh_head()?;
		match self.chain.account_by_eth(address, Some(head.hash)).await? {
			Some(account) => Ok(account),
			None => Err(Refusal::new(
				401,
				"security",
				format!(
					"Ethereum address {address:?} is not linked to a MedRec identity (as of \
					 finalized block #{}); link it with registrar.link_eth_address",
					head.number
				),
			)),
		}
	}

	/// The nonce of a verified request, to spend with its audit entry.
	pub fn nonce(&self, verified: &crate::auth::Verified) -> store::Nonce {
		store::Nonce {
			keyid: verified.keyid.clone(),
			nonce: verified.nonce.clone(),
			expires_at: (verified.created + self.window) as i64,
		}
	}

	/// Spends a nonce on its own, for requests that end without an audit entry.
	pub async fn spend_nonce(&self, nonce: &store::Nonce) -> Result<(), Refusal> {
		if self.store.use_nonce(nonce).await? {
			Ok(())
		} else {
			Err(store::StoreError::Replayed.into())
		}
	}

	/// The FHIR id and account of the patient a request names, by this provider's `Patient` id
	/// or by MedRec account (SS58): a patient or another provider knows the
	/// account, not the id this provider gave them.
	async fn resolve_patient(
		&self,
		named: &str,
	) -> Result<Option<(String, String)>, (Refusal, Option<AuditEntry>)> {
		let store = |e: store::StoreError| (Refusal::from(e), None);
		if let Some(account) = self.store.patient_account(named).await.map_err(store)? {
			return Ok(Some((named.to_owned(), account)));
		}
		let Some(account) = crate::chain::parse_account(named) else { return Ok(None) };
		let account = sp_core::crypto::Ss58Codec::to_ss58check(&account);
		let id = self.store.patient_of(&account).await.map_err(store)?;
		Ok(id.map(|id| (id, account)))
	}

	/// Serves a read of `patient_id`'s records for `viewer`: `resource_type` narrows it to one
	/// type (a search), `id` to one resource (`Patient/{id}` reads).
	pub async fn read(
		&self,
		viewer: &AccountId,
		purpose: Purpose,
		action: String,
		patient_id: &str,
		resource_type: Option<&str>,
		single: bool,
	) -> Result<Served, (Refusal, Option<AuditEntry>)> {
		let head = self.fresh_head().map_err(|r| (r, None))?;
		let (patient_id, account) = self.resolve_patient(patient_id).await?.ok_or_else(|| {
			(Refusal::new(404, "not-found", format!("no Patient/{patient_id} here")), None)
		})?;
		let patient_id = patient_id.as_str();
		let patient = crate::chain::parse_account(&account)
			.ok_or_else(|| (Refusal::new(500, "exception", "stored account is not SS58"), None))?;
		let resources =
			self.store.resources(patient_id, resource_type).await.map_err(|e| (e.into(), None))?;
		let resources: Vec<Stored> = if single {
			resources.into_iter().filter(|r| r.id == patient_id).collect()
		} else {
			resources
		};

		// Every category present, and the type's own one so that an empty answer is as
		// guarded as a full one.
		let mut asked: BTreeSet<Category> = resources.iter().map(|r| r.category).collect();
		if let Some(c) = resource_type.and_then(fhir::default_category) {
			asked.insert(c);
		}
		let mut allowed: BTreeMap<Category, Basis> = BTreeMap::new();
		let mut denied: BTreeMap<Category, DenyReason> = BTreeMap::new();
		for &category in &asked {
			let decision = self
				.decide(&head, viewer, &patient, category, purpose)
				.await
				.map_err(|e| (e.into(), None))?;
			match decision {
				Decision::Allow { basis, .. } => {
					self.metrics
						.decisions
						.get_or_create(&DecisionLabels {
							outcome: "allow",
							why: basis_name(&basis),
						})
						.inc();
					allowed.insert(category, basis);
				},
				Decision::Deny(reason) => {
					self.metrics
						.decisions
						.get_or_create(&DecisionLabels {
							outcome: "deny",
							why: format!("{reason:?}"),
						})
						.inc();
					denied.insert(category, reason);
				},
			}
		}
		let names = |cs: &mut dyn Iterator<Item = &Category>| {
			cs.map(|c| category_name(*c)).collect::<Vec<_>>().join(",")
		};
		let mut audit = AuditEntry {
			at: now_ms(),
			viewer: viewer.to_ss58check(),
			patient: Some(account.clone()),
			action,
			outcome: String::new(),
			basis: None,
			categories: String::new(),
			block: Some(format!("{:?}", head.hash)),
		};
		if allowed.is_empty() {
			let reason = denied.values().next().copied().unwrap_or(DenyReason::NoGrant);
			audit.categories = names(&mut denied.keys());
			if self.allowed_at_best(&head, viewer, &patient, denied.keys(), purpose).await {
				audit.outcome = "denied: not final yet".into();
				return Err((not_final_yet("the access it needs", &head), Some(audit)));
			}
			audit.outcome = format!("denied: {reason:?}");
			return Err((
				Refusal::new(
					403,
					"forbidden",
					format!(
						"the chain does not allow {} to read this ({reason:?}) for {} at finalized block #{}",
						viewer.to_ss58check(),
						crate::auth::purpose_name(purpose),
						head.number
					),
				),
				Some(audit),
			));
		}
		let recipient = match self.encryption_key(&head, viewer).await {
			Ok(Some(key)) => key,
			Ok(None) => {
				audit.categories = names(&mut allowed.keys());
				if self.key_at_best(&head, viewer).await {
					audit.outcome = "denied: not final yet".into();
					return Err((not_final_yet("the reader's X25519 key", &head), Some(audit)));
				}
				audit.outcome = "denied: no encryption key".into();
				return Err((
					Refusal::new(
						403,
						"security",
						format!(
							"{} has published no X25519 key (registrar.set_encryption_key); \
							 records leave only encrypted",
							viewer.to_ss58check()
						),
					),
					Some(audit),
				));
			},
			Err(e) => return Err((e.into(), None)),
		};

		let served: Vec<&Stored> =
			resources.iter().filter(|r| allowed.contains_key(&r.category)).collect();
		let mut proofs = Vec::new();
		for &category in allowed.keys() {
			if !served.iter().any(|r| r.category == category) {
				continue;
			}
			let leaves =
				self.store.leaves(patient_id, category).await.map_err(|e| (e.into(), None))?;
			let set = digest::record_set(leaves.iter().filter_map(|l| digest::from_hex(l)));
			proofs.push(Proof {
				category,
				record_set: category as u32,
				digest: digest::to_hex(&set),
				leaves,
			});
		}
		let bodies: Vec<Value> = served.iter().map(|r| store::body_json(r)).collect();
		let withheld: Vec<&Category> = denied.keys().collect();
		let fhir = if single {
			bodies.into_iter().next().unwrap_or(Value::Null)
		} else {
			let outcome = (!withheld.is_empty()).then(|| {
				let issue = Issue::new(
					"suppressed",
					format!(
						"records of {} were withheld: the chain does not allow them to this reader \
						 at finalized block #{}",
						names(&mut withheld.iter().copied()),
						head.number
					),
				);
				let mut o = fhir::operation_outcome(&[issue]);
				o["issue"][0]["severity"] = "information".into();
				o
			});
			fhir::searchset(bodies, outcome)
		};
		let bases: BTreeSet<String> = allowed.values().map(basis_name).collect();
		let emergency = allowed.values().any(|b| matches!(b, Basis::Emergency));
		audit.outcome = if denied.is_empty() { "allowed".into() } else { "partial".into() };
		audit.basis = Some(bases.into_iter().collect::<Vec<_>>().join(","));
		audit.categories = names(&mut allowed.keys());
		Ok(Served {
			answer: Answer {
				fhir,
				proofs,
				patient: account.clone(),
				block: format!("{:?}", head.hash),
				block_number: head.number,
			},
			recipient,
			audit,
			emergency,
		})
	}
}

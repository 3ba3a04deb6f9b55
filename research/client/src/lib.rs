//! The researcher's client for MedRec research: register a study, have the consortium vote on
//! it, authorize differentially private count queries on chain (each spends ε from the
//! study's budget, a repeat spends nothing), fetch every site's sealed answer and combine them
//! into estimates with intervals.
//!
//! ```no_run
//! # async fn demo() -> Result<(), medrec_research_client::Error> {
//! use medrec_research_client::{grammar, Error, Researcher};
//! use std::time::Duration;
//!
//! let charlie = Researcher::connect("http://127.0.0.1:9944", Some("//Charlie"))?;
//! let spec = grammar::QuerySpec {
//!     epsilon: "0.5".into(),
//!     has: vec!["condition:icd10:E11*".into()],
//!     group_by: vec!["sex".into()],
//!     ..Default::default()
//! };
//! let query = grammar::build_query(&spec, grammar::now_ms()).map_err(Error::Input)?;
//! let authorized = charlie.authorize(0, query).await?;
//! charlie.wait_final(&authorized, Duration::from_secs(60)).await?;
//! let wait = Duration::from_secs(60);
//! let results = charlie.results(0, authorized.id, authorized.record, wait, 0.05).await?;
//! print!("{}", results.text());
//! # Ok(()) }
//! ```
//!
//! [`grammar`] is the command line's query language, [`terms`] builds study terms from flags,
//! [`fetch`] speaks to gatekeepers and [`results`] combines and renders their answers.

pub mod fetch;
pub mod grammar;
pub mod results;
pub mod terms;

use std::time::{Duration, Instant};

pub use medrec_chain_client::QueryRecordOf;
use medrec_chain_client::{
	query_hash, Chain, ChainError, Debit, Refusal, Registered, ResearchError, StudyOf, Voted,
};
use medrec_primitives::research::{MilliEpsilon, Query, QueryId, StudyId, StudyState, StudyTerms};
use medrec_runtime::{AccountId, BlockNumber};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};

pub use fetch::{Missing, Reader, Site, SiteResult};
pub use results::Results;

use grammar::{categories_text, explain, format_milli, format_moment};

/// How long a node call may take.
const RPC_TIMEOUT: Duration = Duration::from_secs(20);

/// What went wrong, in words a researcher can act on. [`Error::exit_code`] groups them.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// A secret URI that is not one.
	#[error("--key: {0}")]
	Key(String),
	/// A command that needs a key was given none.
	#[error(
		"this command signs: give the researcher's (or member's) key with --key or MEDREC_KEY"
	)]
	NoKey,
	/// Flags that do not make a query or study terms.
	#[error("{0}")]
	Input(String),
	#[error("cannot reach the node: {0}")]
	Unreachable(String),
	#[error("there is no study {0}")]
	UnknownStudy(StudyId),
	#[error("study {study} has no query {query}")]
	UnknownQuery { study: StudyId, query: QueryId },
	#[error("study {study} is {researcher}'s; {you} is not its researcher")]
	NotTheResearcher { study: StudyId, researcher: String, you: String },
	#[error("study {study} is {state}, not approved: no query can be authorized")]
	NotApproved { study: StudyId, state: String },
	#[error("refused: the study has {} ε left", format_milli(*remaining))]
	BudgetExceeded { study: StudyId, remaining: MilliEpsilon },
	#[error("invalid query: {0}")]
	InvalidQuery(String),
	/// The researcher's X25519 key is not the one gatekeepers will seal to.
	#[error("{0}")]
	EncryptionKey(String),
	/// Another refusal by the chain, explained.
	#[error("refused: {0}")]
	Refused(String),
	/// Anything else the node said.
	#[error("{0}")]
	Chain(String),
}

impl Error {
	/// The process exit code: 2 for input the client refuses, 3 for an unreachable node, 4 for
	/// a refusal (by the chain, or foreseen from its state), 1 for anything else. (5 is the
	/// command line's: results shown, but some sites missing.)
	pub fn exit_code(&self) -> i32 {
		match self {
			Error::Key(_) | Error::NoKey | Error::Input(_) | Error::InvalidQuery(_) => 2,
			Error::Unreachable(_) => 3,
			Error::UnknownStudy(_)
			| Error::UnknownQuery { .. }
			| Error::NotTheResearcher { .. }
			| Error::NotApproved { .. }
			| Error::BudgetExceeded { .. }
			| Error::EncryptionKey(_)
			| Error::Refused(_) => 4,
			Error::Chain(_) => 1,
		}
	}
}

impl From<ChainError> for Error {
	fn from(e: ChainError) -> Self {
		match e {
			ChainError::Unreachable(url, why) => Error::Unreachable(format!("{url}: {why}")),
			other => Error::Chain(other.to_string()),
		}
	}
}

/// A study's state in words.
pub fn state_text(state: &StudyState<BlockNumber>) -> String {
	match state {
		StudyState::Proposed { proposal, expires } => {
			format!("proposed (consortium proposal {proposal}, open until block #{expires})")
		},
		StudyState::Approved { at } => format!("approved (block #{at})"),
		StudyState::Rejected => "rejected".into(),
		StudyState::Lapsed => "lapsed".into(),
		StudyState::Closed { at } => format!("closed (block #{at})"),
	}
}

/// A refusal of the research pallet, in words, for `study`.
fn refusal(study: StudyId, r: Refusal, s: Option<&StudyOf>) -> Error {
	let per_query = s.map(|s| format_milli(s.terms.max_per_query)).unwrap_or_else(|| "?".into());
	match r {
		Refusal::BudgetExceeded { remaining } => Error::BudgetExceeded { study, remaining },
		Refusal::InvalidQuery(p) => {
			Error::InvalidQuery(format!("the chain found it malformed ({p:?})"))
		},
		Refusal::Research(name) => Error::Refused(match name {
			"NotFound" => format!("there is no study {study}"),
			"NotAuthorized" => format!("only study {study}'s researcher may do this"),
			"NotAResearcher" => "the signer is not registered as a research organisation".into(),
			"StudyNotApproved" => format!("study {study} is not approved"),
			"StudyNotActive" => match s {
				Some(s) => format!(
					"study {study} runs from {} until {}, not now",
					format_moment(s.terms.starts),
					format_moment(s.terms.ends)
				),
				None => format!("study {study} is outside its period"),
			},
			"QueryOutsideStudyCategories" => match s {
				Some(s) => format!(
					"the query reads categories study {study} does not name (it names {})",
					categories_text(s.terms.categories)
				),
				None => "the query reads categories the study does not name".into(),
			},
			"EpsilonTooLow" => "ε is below the chain's least per query".into(),
			"EpsilonAboveQueryMax" => format!("ε is above the study's {per_query} per query"),
			"CellCountTooLow" => "--k is below the chain's minimum cell count".into(),
			"InvalidBudget" => "the budget or per-query maximum is outside the chain's limits \
			                    (budget at most 10, per query 0.01 to 1, not above the budget)"
				.into(),
			"InvalidWindow" => "the study's period is empty or already over".into(),
			"InvalidTerms" => "malformed terms (title, region or disease codes)".into(),
			"InvalidCategories" => "no or unknown categories".into(),
			"TooManyPendingStudies" => {
				"too many studies wait for the consortium already; try later".into()
			},
			"WrongState" => format!("study {study} is not in a state that allows this"),
			other => other.to_string(),
		}),
		Refusal::Consortium(name) => Error::Refused(match name {
			"NotAuthorized" => "only consortium members vote".into(),
			"NotFound" => "no such open proposal (decided, expired or never made)".into(),
			"Expired" => "the proposal has expired".into(),
			"AlreadyExists" => {
				"the researcher already has an open proposal: wait for its vote".into()
			},
			"TooManyProposals" => "the consortium has too many open proposals; try later".into(),
			other => format!("consortium: {other}"),
		}),
		Refusal::Other(other) => Error::Refused(other),
	}
}

fn research_error(study: StudyId, e: ResearchError, s: Option<&StudyOf>) -> Error {
	match e {
		ResearchError::Chain(e) => e.into(),
		ResearchError::Refused(r) => refusal(study, r, s),
	}
}

/// An authorized query, new or found again.
#[derive(Clone, Debug)]
pub struct Authorized {
	pub study: StudyId,
	pub id: QueryId,
	pub record: QueryRecordOf,
	/// Already authorized: no extrinsic was sent and nothing was spent.
	pub repeated: bool,
	/// What this authorization spent; `None` for a repeat.
	pub debit: Option<Debit>,
	/// What the study has left.
	pub remaining: MilliEpsilon,
}

/// Whether the researcher's X25519 key is the one gatekeepers seal to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyStatus {
	Published,
	Missing,
	/// The registry holds another key: answers would be sealed to it.
	Different([u8; 32]),
}

/// A connection to a node, with the researcher's (or a member's) key if one was given.
pub struct Researcher {
	pub chain: Chain,
	signer: Option<sr25519::Pair>,
	/// Gatekeeper URLs to use instead of the registered ones, by provider.
	gatekeepers: std::collections::BTreeMap<AccountId, String>,
}

impl Researcher {
	/// A client for the node at `node`, signing with the secret URI `key` (`//Charlie`, a
	/// mnemonic, a hex seed) when given.
	pub fn connect(node: &str, key: Option<&str>) -> Result<Self, Error> {
		let chain = Chain::new(node, RPC_TIMEOUT)?;
		let signer = key
			.map(|k| sr25519::Pair::from_string(k, None).map_err(|e| Error::Key(format!("{e:?}"))))
			.transpose()?;
		Ok(Self { chain, signer, gatekeepers: Default::default() })
	}

	/// Reaches provider `account`'s gatekeeper at `url` instead of the URL the registrar lists:
	/// a gatekeeper run on other ports, or behind a proxy, for this client only.
	pub fn with_gatekeeper(mut self, account: AccountId, url: String) -> Self {
		self.gatekeepers.insert(account, url);
		self
	}

	pub fn signer(&self) -> Result<&sr25519::Pair, Error> {
		self.signer.as_ref().ok_or(Error::NoKey)
	}

	/// The signer's account.
	pub fn account(&self) -> Result<AccountId, Error> {
		Ok(AccountId::from(self.signer()?.public()))
	}

	/// Registers a study and puts it before the consortium.
	pub async fn register_study(&self, terms: StudyTerms) -> Result<Registered, Error> {
		self.chain
			.register_study(self.signer()?, terms)
			.await
			.map_err(|e| research_error(0, e, None))
	}

	/// Votes on consortium proposal `index`.
	pub async fn vote(&self, index: u32, aye: bool) -> Result<Voted, Error> {
		self.chain.vote(self.signer()?, index, aye).await.map_err(|e| research_error(0, e, None))
	}

	/// Study `id`, at the best block.
	pub async fn study(&self, id: StudyId) -> Result<StudyOf, Error> {
		self.chain.study(id, None).await?.ok_or(Error::UnknownStudy(id))
	}

	/// Every study, in id order.
	pub async fn studies(&self) -> Result<Vec<(StudyId, StudyOf)>, Error> {
		const PAGE: u32 = 50;
		let mut all: Vec<(StudyId, StudyOf)> = Vec::new();
		loop {
			let from = all.last().map_or(0, |(id, _)| id + 1);
			let page = self.chain.studies(from, PAGE, None).await?;
			let done = page.len() < PAGE as usize;
			all.extend(page);
			if done {
				return Ok(all);
			}
		}
	}

	/// `study`'s authorized queries, oldest first.
	pub async fn queries(&self, study: StudyId) -> Result<Vec<(QueryId, QueryRecordOf)>, Error> {
		self.study(study).await?;
		Ok(self.chain.queries(study, None).await?)
	}

	/// Query `id` of `study`.
	pub async fn query(&self, study: StudyId, id: QueryId) -> Result<QueryRecordOf, Error> {
		self.study(study).await?;
		self.chain.query(study, id, None).await?.ok_or(Error::UnknownQuery { study, query: id })
	}

	/// The reader gatekeepers seal answers to: the signer and its derived X25519 key.
	pub fn reader(&self) -> Result<Reader, Error> {
		Ok(Reader::new(self.signer()?.clone()))
	}

	/// Whether the registry holds the signer's derived X25519 key.
	pub async fn key_status(&self) -> Result<KeyStatus, Error> {
		let mine = self.reader()?.encryption_public();
		let identity = self.chain.identity(&self.account()?, None).await?;
		Ok(match identity.and_then(|i| i.encryption_key) {
			Some(key) if key == mine => KeyStatus::Published,
			Some(other) => KeyStatus::Different(other),
			None => KeyStatus::Missing,
		})
	}

	/// Publishes the signer's derived X25519 key and waits until it is final (gatekeepers read
	/// the registry at their finalized head).
	pub async fn publish_key(&self, timeout: Duration) -> Result<BlockNumber, Error> {
		let block = medrec_gatekeeper::demo::publish_key(&self.chain, self.signer()?).await?;
		Ok(self.chain.wait_finalized(block, timeout).await?)
	}

	/// Fails unless gatekeepers will seal answers to a key this client holds.
	pub async fn ensure_key(&self) -> Result<(), Error> {
		match self.key_status().await? {
			KeyStatus::Published => Ok(()),
			KeyStatus::Missing => Err(Error::EncryptionKey(
				"no X25519 key is registered for this account, so gatekeepers cannot seal answers \
				 to it; run `medrec-research --key ... publish-key` once first"
					.into(),
			)),
			KeyStatus::Different(_) => Err(Error::EncryptionKey(
				"the registry holds another X25519 key for this account than the one derived from \
				 --key; run `medrec-research --key ... publish-key` to replace it"
					.into(),
			)),
		}
	}

	/// Authorizes `query` for `study`. The query is canonicalized and checked first; one the
	/// study already authorized is found by its hash and reused without an extrinsic (and
	/// without spending); otherwise, once the signer's X25519 key is known to be registered
	/// (gatekeepers seal answers to it), `authorize_query` is sent and its debit reported.
	pub async fn authorize(&self, study: StudyId, mut query: Query) -> Result<Authorized, Error> {
		let me = self.account()?;
		let s = self.study(study).await?;
		if s.researcher != me {
			return Err(Error::NotTheResearcher {
				study,
				researcher: s.researcher.to_ss58check(),
				you: me.to_ss58check(),
			});
		}
		if !s.is_approved() {
			return Err(Error::NotApproved { study, state: state_text(&s.state) });
		}
		query.canonicalize();
		query.validate().map_err(|p| Error::InvalidQuery(explain(p, &query)))?;
		if !query.categories().is_subset_of(s.terms.categories) {
			return Err(Error::InvalidQuery(format!(
				"it reads {}, and study {study} names only {}",
				categories_text(query.categories()),
				categories_text(s.terms.categories)
			)));
		}
		let hash = query_hash(&query);
		let known = self.chain.queries(study, None).await?;
		if let Some((id, record)) = known.into_iter().find(|(_, r)| r.hash == hash) {
			return Ok(Authorized {
				study,
				id,
				record,
				repeated: true,
				debit: None,
				remaining: s.remaining(),
			});
		}
		// Spend nothing on answers this client could not open.
		self.ensure_key().await?;
		let authorization = self
			.chain
			.authorize_query(self.signer()?, study, query)
			.await
			.map_err(|e| research_error(study, e, Some(&s)))?;
		let record = self
			.chain
			.query(study, authorization.query, Some(authorization.block))
			.await?
			.ok_or(Error::UnknownQuery { study, query: authorization.query })?;
		let remaining = match authorization.debit {
			Some(debit) => debit.remaining,
			None => self.study(study).await?.remaining(),
		};
		Ok(Authorized {
			study,
			id: authorization.query,
			record,
			repeated: authorization.debit.is_none(),
			debit: authorization.debit,
			remaining,
		})
	}

	/// Waits until the block that authorized the query is finalized: gatekeepers answer only
	/// then.
	pub async fn wait_final(
		&self,
		authorized: &Authorized,
		timeout: Duration,
	) -> Result<(), Error> {
		self.wait_finalized_number(authorized.record.authorized_at, timeout).await
	}

	async fn wait_finalized_number(
		&self,
		number: BlockNumber,
		timeout: Duration,
	) -> Result<(), Error> {
		let deadline = Instant::now() + timeout;
		loop {
			let (finalized, _) = self.chain.finalized().await?;
			if finalized >= number {
				return Ok(());
			}
			if Instant::now() >= deadline {
				return Err(Error::Chain(format!(
					"block #{number} is not finalized after {timeout:?} (finalized: #{finalized})"
				)));
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}

	/// The sites to ask, with their names, as the finalized head knows them.
	pub async fn sites(&self) -> Result<Vec<Site>, Error> {
		let (_, head) = self.chain.finalized().await?;
		let mut sites = Vec::new();
		for (account, url) in self.chain.sites(Some(head)).await? {
			let name = self
				.chain
				.identity(&account, Some(head))
				.await?
				.and_then(|i| i.name)
				.map(|n| String::from_utf8_lossy(&n).into_owned());
			let url = self.gatekeepers.get(&account).cloned().unwrap_or(url);
			sites.push(Site { account, url, name });
		}
		// Storage order means nothing to a reader: sites by name, then account.
		sites.sort_by_key(|s| (s.name.clone(), s.account.to_ss58check()));
		Ok(sites)
	}

	/// Fetches every site's answer to query `id` of `study` and combines them.
	pub async fn results(
		&self,
		study: StudyId,
		id: QueryId,
		record: QueryRecordOf,
		max_wait: Duration,
		alpha: f64,
	) -> Result<Results, Error> {
		let sites = self.sites().await?;
		self.results_from(&sites, study, id, record, max_wait, alpha).await
	}

	/// As [`Researcher::results`], from the sites given.
	pub async fn results_from(
		&self,
		sites: &[Site],
		study: StudyId,
		id: QueryId,
		record: QueryRecordOf,
		max_wait: Duration,
		alpha: f64,
	) -> Result<Results, Error> {
		let reader = self.reader()?;
		let answers = fetch::fetch_all(&reader, sites, study, id, &record.query, max_wait).await;
		Ok(Results::new(study, id, record, answers, alpha))
	}
}

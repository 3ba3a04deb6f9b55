//! Research as a client sees it: the `ResearchApi` runtime API with typed arguments and answers,
//! and the research extrinsics (registering a study, voting on it, authorizing a query) followed
//! into a block, with the chain's refusals decoded into what a researcher can act on.

use codec::Encode;
use medrec_primitives::research::{
	Choice, Eligible, Ineligible, MilliEpsilon, Query, QueryId, QueryProblem, QueryRecord,
	ResearchConsent, Study, StudyId, StudyTerms,
};
use medrec_runtime::{AccountId, BlockNumber, Hash, RuntimeCall, RuntimeError, RuntimeEvent};
use pallet_medrec_consortium::Event as ConsortiumEvent;
use pallet_medrec_research::{Call as ResearchCall, Event as ResearchEvent};
use sp_core::{sr25519, H256};
use sp_runtime::DispatchError;

use crate::{Chain, ChainError, Included, Result};

/// A study as the runtime API returns it.
pub type StudyOf = Study<AccountId, BlockNumber>;
/// An authorized query as the runtime API returns it.
pub type QueryRecordOf = QueryRecord<BlockNumber>;

/// Why the chain refused a research extrinsic, decoded from its dispatch error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
	/// The query's ε is more than the study has left: `remaining` milli-ε.
	#[error("the study has {remaining} milli-ε left")]
	BudgetExceeded { remaining: MilliEpsilon },
	/// The query is malformed; `None` for a code this client does not know.
	#[error("invalid query: {0:?}")]
	InvalidQuery(Option<QueryProblem>),
	/// Another error of the research pallet, by name (`NotAuthorized`, `StudyNotApproved`, ...).
	#[error("research: {0}")]
	Research(&'static str),
	/// An error of the consortium pallet, by name (`NotAuthorized` for a non-member, ...).
	#[error("consortium: {0}")]
	Consortium(&'static str),
	/// Anything else, as the runtime printed it.
	#[error("{0}")]
	Other(String),
}

impl Refusal {
	/// The refusal a dispatch error stands for.
	pub fn from_dispatch_error(error: DispatchError) -> Self {
		use pallet_medrec_research::Error as E;
		match RuntimeError::from_dispatch_error(error) {
			Some(RuntimeError::Research(E::BudgetExceeded { remaining })) => {
				Refusal::BudgetExceeded { remaining: remaining.into() }
			},
			Some(RuntimeError::Research(E::InvalidQuery { reason })) => {
				Refusal::InvalidQuery(QueryProblem::from_code(reason))
			},
			Some(RuntimeError::Research(e)) => Refusal::Research(e.into()),
			Some(RuntimeError::Consortium(e)) => Refusal::Consortium(e.into()),
			Some(other) => Refusal::Other(format!("{other:?}")),
			None => Refusal::Other(format!("{error:?}")),
		}
	}
}

/// A research extrinsic that did not go through: the node could not be used, or the chain
/// refused it in a block.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ResearchError {
	#[error(transparent)]
	Chain(#[from] ChainError),
	#[error("refused by the chain: {0}")]
	Refused(Refusal),
}

/// A study put before the consortium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
	pub study: StudyId,
	/// The consortium proposal members vote on.
	pub proposal: u32,
	/// The last block the proposal can be voted on in.
	pub expires: BlockNumber,
	pub block: Hash,
}

/// A member's vote and what it decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voted {
	pub ayes: u32,
	pub nays: u32,
	/// `Some(true)` if the vote passed the proposal, `Some(false)` if it rejected it.
	pub decided: Option<bool>,
	/// The study the vote approved, if it passed a study.
	pub approved_study: Option<StudyId>,
	pub block: Hash,
}

/// What authorizing a query cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Debit {
	pub epsilon: MilliEpsilon,
	/// What the study has left after it.
	pub remaining: MilliEpsilon,
}

/// An authorized query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
	pub study: StudyId,
	pub query: QueryId,
	/// The block the extrinsic was included in.
	pub block: Hash,
	/// `None` when the chain found the same query already authorized (`QueryRepeated`): it
	/// keeps its id and spends nothing.
	pub debit: Option<Debit>,
	/// BLAKE2-256 of the query's encoding, as the chain indexes it (only in `QueryAuthorized`).
	pub hash: Option<H256>,
}

/// The hash the chain indexes a query by: BLAKE2-256 of its SCALE encoding, so a client can
/// find a repeat before sending anything.
pub fn query_hash(query: &Query) -> H256 {
	H256(sp_crypto_hashing::blake2_256(&query.encode()))
}

impl Chain {
	/// Study `id`.
	pub async fn study(&self, id: StudyId, at: Option<Hash>) -> Result<Option<StudyOf>> {
		self.runtime_api("ResearchApi_study", id, at).await
	}

	/// Up to `limit` studies from id `from` on, in id order.
	pub async fn studies(
		&self,
		from: StudyId,
		limit: u32,
		at: Option<Hash>,
	) -> Result<Vec<(StudyId, StudyOf)>> {
		self.runtime_api("ResearchApi_studies", (from, limit), at).await
	}

	/// `study`'s authorized queries, oldest first.
	pub async fn queries(
		&self,
		study: StudyId,
		at: Option<Hash>,
	) -> Result<Vec<(QueryId, QueryRecordOf)>> {
		self.runtime_api("ResearchApi_queries", study, at).await
	}

	/// Query `id` of `study`.
	pub async fn query(
		&self,
		study: StudyId,
		id: QueryId,
		at: Option<Hash>,
	) -> Result<Option<QueryRecordOf>> {
		self.runtime_api("ResearchApi_query", (study, id), at).await
	}

	/// One page of the patients homed at `site` who are counted in `study` at `at`, and where
	/// the next page starts.
	pub async fn cohort(
		&self,
		study: StudyId,
		site: &AccountId,
		after: Option<&AccountId>,
		limit: u32,
		at: Option<Hash>,
	) -> Result<(Vec<AccountId>, Option<AccountId>)> {
		self.runtime_api("ResearchApi_cohort", (study, site, after, limit), at).await
	}

	/// `patient`'s research consent.
	pub async fn research_consent(
		&self,
		patient: &AccountId,
		at: Option<Hash>,
	) -> Result<Option<ResearchConsent<AccountId>>> {
		self.runtime_api("ResearchApi_consent", patient, at).await
	}

	/// `patient`'s per-study choices under their current consent.
	pub async fn research_choices(
		&self,
		patient: &AccountId,
		at: Option<Hash>,
	) -> Result<Vec<(StudyId, Choice)>> {
		self.runtime_api("ResearchApi_choices", patient, at).await
	}

	/// The providers with a gatekeeper, and its URL (as registered; not checked to be UTF-8
	/// by the chain, so decoded lossily).
	pub async fn sites(&self, at: Option<Hash>) -> Result<Vec<(AccountId, String)>> {
		let sites: Vec<(AccountId, Vec<u8>)> =
			self.runtime_api("ResearchApi_sites", (), at).await?;
		Ok(sites
			.into_iter()
			.map(|(who, url)| (who, String::from_utf8_lossy(&url).into_owned()))
			.collect())
	}

	/// Whether `patient` is counted in `study` at `at`, and why (not).
	pub async fn eligibility(
		&self,
		patient: &AccountId,
		study: StudyId,
		at: Option<Hash>,
	) -> Result<std::result::Result<Eligible, Ineligible>> {
		self.runtime_api("ResearchApi_eligibility", (patient, study), at).await
	}

	/// As [`Chain::execute`], but a dispatch failure comes back decoded, as a [`Refusal`].
	pub async fn execute_research(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
	) -> std::result::Result<Included, ResearchError> {
		let included = self.submit_and_follow(signer, call).await?;
		let failure = included.events.iter().find_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(*dispatch_error),
			_ => None,
		});
		match failure {
			Some(error) => Err(ResearchError::Refused(Refusal::from_dispatch_error(error))),
			None => Ok(included),
		}
	}

	/// Registers a study as `researcher`, which puts it before the consortium.
	pub async fn register_study(
		&self,
		researcher: &sr25519::Pair,
		terms: StudyTerms,
	) -> std::result::Result<Registered, ResearchError> {
		let call = RuntimeCall::Research(ResearchCall::register_study { terms });
		let included = self.execute_research(researcher, call).await?;
		included
			.events
			.iter()
			.find_map(|e| match e {
				RuntimeEvent::Research(ResearchEvent::StudyRegistered {
					study,
					proposal,
					expires,
					..
				}) => Some(Registered {
					study: *study,
					proposal: *proposal,
					expires: *expires,
					block: included.block,
				}),
				_ => None,
			})
			.ok_or_else(|| ChainError::Decode("no StudyRegistered event".into()).into())
	}

	/// Votes on consortium proposal `index` as `member`.
	pub async fn vote(
		&self,
		member: &sr25519::Pair,
		index: u32,
		aye: bool,
	) -> std::result::Result<Voted, ResearchError> {
		let call = RuntimeCall::Consortium(pallet_medrec_consortium::Call::vote { index, aye });
		let included = self.execute_research(member, call).await?;
		let mut voted =
			Voted { ayes: 0, nays: 0, decided: None, approved_study: None, block: included.block };
		for event in &included.events {
			match event {
				RuntimeEvent::Consortium(ConsortiumEvent::Voted { ayes, nays, .. }) => {
					(voted.ayes, voted.nays) = (*ayes, *nays);
				},
				RuntimeEvent::Consortium(ConsortiumEvent::Passed { .. }) => {
					voted.decided = Some(true)
				},
				RuntimeEvent::Consortium(ConsortiumEvent::Rejected { .. }) => {
					voted.decided = Some(false)
				},
				RuntimeEvent::Research(ResearchEvent::StudyApproved { study }) => {
					voted.approved_study = Some(*study)
				},
				_ => {},
			}
		}
		Ok(voted)
	}

	/// Authorizes `query` for `study` as its researcher. The query must be canonical
	/// ([`Query::canonicalize`]); the chain debits its ε, or finds it already authorized and
	/// debits nothing.
	pub async fn authorize_query(
		&self,
		researcher: &sr25519::Pair,
		study: StudyId,
		query: Query,
	) -> std::result::Result<Authorization, ResearchError> {
		let call = RuntimeCall::Research(ResearchCall::authorize_query { study, query });
		let included = self.execute_research(researcher, call).await?;
		included
			.events
			.iter()
			.find_map(|e| match e {
				RuntimeEvent::Research(ResearchEvent::QueryAuthorized {
					study,
					query,
					hash,
					epsilon,
					remaining,
				}) => Some(Authorization {
					study: *study,
					query: *query,
					block: included.block,
					debit: Some(Debit { epsilon: *epsilon, remaining: *remaining }),
					hash: Some(*hash),
				}),
				RuntimeEvent::Research(ResearchEvent::QueryRepeated { study, query }) => {
					Some(Authorization {
						study: *study,
						query: *query,
						block: included.block,
						debit: None,
						hash: None,
					})
				},
				_ => None,
			})
			.ok_or_else(|| {
				ChainError::Decode("no QueryAuthorized or QueryRepeated event".into()).into()
			})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_runtime::Runtime;

	#[test]
	fn refusals_decode_from_dispatch_errors() {
		let budget: DispatchError =
			pallet_medrec_research::Error::<Runtime>::BudgetExceeded { remaining: 400 }.into();
		assert_eq!(
			Refusal::from_dispatch_error(budget),
			Refusal::BudgetExceeded { remaining: 400 }
		);
		let invalid: DispatchError =
			pallet_medrec_research::Error::<Runtime>::InvalidQuery { reason: 11 }.into();
		assert_eq!(
			Refusal::from_dispatch_error(invalid),
			Refusal::InvalidQuery(Some(QueryProblem::TooManyCells))
		);
		let other: DispatchError = pallet_medrec_research::Error::<Runtime>::NotAuthorized.into();
		assert_eq!(Refusal::from_dispatch_error(other), Refusal::Research("NotAuthorized"));
		let member: DispatchError =
			pallet_medrec_consortium::Error::<Runtime>::NotAuthorized.into();
		assert_eq!(Refusal::from_dispatch_error(member), Refusal::Consortium("NotAuthorized"));
		assert!(matches!(
			Refusal::from_dispatch_error(DispatchError::BadOrigin),
			Refusal::Other(_)
		));
	}
}

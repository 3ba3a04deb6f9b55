//! MedRec's runtime APIs.
//!
//! [`AccessApi`] answers the access question and shows a patient's relationships, grants,
//! proxies, requests and pending notifications. [`RegistryApi`] says who is who.
//! [`ResearchApi`] shows studies, their authorized queries, consents and the cohorts sites
//! count. Gatekeepers
//! and apps call these (over `state_call`, at the block they trust, usually the latest
//! finalized one) and never re-implement the rules.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use medrec_primitives::{
	research::{
		Choice, Eligible, Ineligible, QueryId, QueryRecord, ResearchConsent, Study, StudyId,
	},
	AccessRequest, Category, Decision, Grant, IdentityView, Proxy, Purpose, RelationshipId,
	RelationshipView, StatusFlags, Subject,
};
use sp_core::H160;

sp_api::decl_runtime_apis! {
	/// Access decisions and a patient's view of their records' permissions.
	pub trait AccessApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// May `viewer` read `category` of `patient`'s records held by `provider`, for
		/// `purpose`, at this block?
		fn decide(
			viewer: AccountId,
			patient: AccountId,
			provider: AccountId,
			category: Category,
			purpose: Purpose,
		) -> Decision;

		/// The relationship between `patient` and `provider`, if any.
		fn relationship_between(patient: AccountId, provider: AccountId) -> Option<RelationshipId>;

		/// `patient`'s relationships, with their pointers and status flags.
		fn relationships(patient: AccountId) -> Vec<RelationshipView<AccountId, BlockNumber>>;

		/// `patient`'s grants, including expired ones not yet pruned.
		fn grants(patient: AccountId) -> Vec<Grant<AccountId>>;

		/// `patient`'s proxies.
		fn proxies(patient: AccountId) -> Vec<Proxy<AccountId>>;

		/// Access requests waiting for `patient`.
		fn requests(patient: AccountId) -> Vec<AccessRequest<AccountId>>;

		/// `patient`'s pending notifications: every status flag not yet acknowledged.
		fn notifications(patient: AccountId) -> Vec<(Subject, StatusFlags)>;
	}

	/// Who is who.
	pub trait RegistryApi<AccountId>
	where
		AccountId: Codec,
	{
		/// `who`'s identity, if registered.
		fn identity(who: AccountId) -> Option<IdentityView>;

		/// The account an Ethereum address is linked to.
		fn account_by_eth(address: H160) -> Option<AccountId>;

		/// The provider or organisation with display name `name`.
		fn account_by_name(name: Vec<u8>) -> Option<AccountId>;
	}

	/// Research: studies, their queries, consents and cohorts.
	pub trait ResearchApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// Study `id`, with its terms, state and budget spent.
		fn study(id: StudyId) -> Option<Study<AccountId, BlockNumber>>;

		/// Up to `limit` studies from id `from` on, in id order.
		fn studies(from: StudyId, limit: u32) -> Vec<(StudyId, Study<AccountId, BlockNumber>)>;

		/// `study`'s authorized queries, oldest first.
		fn queries(study: StudyId) -> Vec<(QueryId, QueryRecord<BlockNumber>)>;

		/// Query `id` of `study`.
		fn query(study: StudyId, id: QueryId) -> Option<QueryRecord<BlockNumber>>;

		/// The patients homed at `site` counted in `study` at this block, in pages: from after
		/// `after`, looking at up to `limit` consents; the second value is where the next page
		/// starts, if there is one.
		fn cohort(
			study: StudyId,
			site: AccountId,
			after: Option<AccountId>,
			limit: u32,
		) -> (Vec<AccountId>, Option<AccountId>);

		/// `patient`'s research consent.
		fn consent(patient: AccountId) -> Option<ResearchConsent<AccountId>>;

		/// `patient`'s choices under their current consent.
		fn choices(patient: AccountId) -> Vec<(StudyId, Choice)>;

		/// The providers with a gatekeeper, and its URL: where a researcher's client sends an
		/// authorized query.
		fn sites() -> Vec<(AccountId, Vec<u8>)>;

		/// Whether `patient` is counted in `study` at this block, and why (not).
		fn eligibility(patient: AccountId, study: StudyId) -> Result<Eligible, Ineligible>;
	}
}

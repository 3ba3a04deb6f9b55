//! MedRec's runtime APIs.
//!
//! [`AccessApi`] answers the access question and shows a patient's relationships, grants,
//! proxies, requests and pending notifications. [`RegistryApi`] says who is who. Gatekeepers
//! and apps call these (over `state_call`, at the block they trust, usually the latest
//! finalized one) and never re-implement the rules.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use medrec_primitives::{
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
}

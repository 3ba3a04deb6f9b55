//! Runtime upgrades: proposed by hash with the version they carry, voted by a strict majority,
//! applied by anyone with `frame_system`'s `apply_authorized_upgrade`, and refused unless the
//! code is the one voted for.

use super::*;
use crate::{AuthorizedRelease, Error, Release};
use frame_support::{assert_noop, storage::unhashed};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

fn hash(code: &[u8]) -> H256 {
	BlakeTwo256::hash(code)
}

fn propose(who: AccountId, code: &[u8], spec_version: u32) -> ProposalIndex {
	let index = crate::NextProposalIndex::<Test>::get();
	assert_ok!(Consortium::propose_upgrade(
		RuntimeOrigin::signed(who),
		hash(code),
		b"medrec".to_vec(),
		spec_version
	));
	index
}

/// `frame_system`'s authorization: the code hash, and whether it checks versions. Its
/// storage and fields are private; this reads their encoding.
fn authorization() -> Option<(H256, bool)> {
	unhashed::get(&frame_support::storage::storage_prefix(b"System", b"AuthorizedUpgrade"))
}

fn authorized() -> Option<H256> {
	authorization().map(|(hash, _)| hash)
}

fn apply(
	code: &[u8],
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	System::apply_authorized_upgrade(RuntimeOrigin::none(), code.to_vec())
}

fn running_code() -> Option<Vec<u8>> {
	unhashed::get_raw(sp_core::storage::well_known_keys::CODE)
}

/// The mock's genesis code: empty.
fn genesis_code() -> Option<Vec<u8>> {
	Some(Vec::new())
}

fn system_events() -> Vec<frame_system::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::System(e) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn a_majority_authorizes_the_code_and_anyone_applies_it() {
	ExtBuilder::default().build_and_execute(|| {
		let new = code("medrec", 101);
		let index = propose(A, &new, 101);
		System::assert_last_event(
			Event::UpgradeProposed {
				index,
				proposer: A,
				code_hash: hash(&new),
				spec_name: b"medrec".to_vec().try_into().unwrap(),
				spec_version: 101,
				expires: 1 + LIFETIME,
			}
			.into(),
		);
		// One of three is not a majority.
		assert_eq!(authorized(), None);
		vote(B, index, true);
		System::assert_last_event(
			Event::UpgradeAuthorized { index, code_hash: hash(&new), spec_version: 101 }.into(),
		);
		assert_eq!(authorized(), Some(hash(&new)));
		assert_eq!(authorization(), Some((hash(&new), true)), "with the name and version checks");
		// A stranger submits the code.
		assert_ok!(apply(&new));
		assert_eq!(running_code(), Some(new));
		assert!(system_events()
			.iter()
			.any(|e| matches!(e, frame_system::Event::CodeUpdated { .. })));
		assert_eq!(authorized(), None);
		assert_eq!(AuthorizedRelease::<Test>::get(), None);
	});
}

#[test]
fn code_with_another_hash_is_refused_and_the_authorization_stays() {
	ExtBuilder::default().build_and_execute(|| {
		let new = code("medrec", 101);
		let index = propose(A, &new, 101);
		vote(C, index, true);
		let other = code("medrec", 102);
		assert_noop!(apply(&other), frame_system::Error::<Test>::Unauthorized);
		assert_eq!(authorized(), Some(hash(&new)));
		assert_eq!(
			AuthorizedRelease::<Test>::get(),
			Some(Release { proposal: index, code_hash: hash(&new), spec_version: 101 })
		);
		assert_eq!(running_code(), genesis_code());
		// The right code still goes through afterwards.
		assert_ok!(apply(&new));
		assert_eq!(running_code(), Some(new));
	});
}

#[test]
fn code_that_is_not_the_version_voted_for_is_refused_and_voids_the_vote() {
	ExtBuilder::default().build_and_execute(|| {
		// The proposal says 101; the code with that hash is 105.
		let new = code("medrec", 105);
		let index = propose(A, &new, 101);
		vote(B, index, true);
		assert_ok!(apply(&new));
		System::assert_last_event(
			Event::UpgradeRefused { code_hash: hash(&new), voted: 101, found: Some(105) }.into(),
		);
		assert_eq!(running_code(), genesis_code());
		assert!(!system_events()
			.iter()
			.any(|e| matches!(e, frame_system::Event::CodeUpdated { .. })));
		// Void, as frame_system voids authorized code that fails its own checks.
		assert_eq!(authorized(), None);
		assert_eq!(AuthorizedRelease::<Test>::get(), None);
	});
}

// frame_system skips its name and version checks in benchmark builds (runtime-benchmarks).
#[cfg(not(feature = "runtime-benchmarks"))]
#[test]
fn frame_system_refuses_another_chain_or_an_older_version() {
	ExtBuilder::default().build_and_execute(|| {
		// Authorized by hash alone: the members could have been shown a wrong hash.
		let cases = [
			(code("polkadot", 101), frame_system::Error::<Test>::InvalidSpecName),
			(code("medrec", 100), frame_system::Error::<Test>::SpecVersionNeedsToIncrease),
			(b"not a runtime".to_vec(), frame_system::Error::<Test>::FailedToExtractRuntimeVersion),
		];
		for (bad, expected) in cases {
			let index = propose(A, &bad, 101);
			vote(B, index, true);
			assert_ok!(apply(&bad));
			assert!(
				system_events().contains(&frame_system::Event::RejectedInvalidAuthorizedUpgrade {
					code_hash: hash(&bad),
					error: expected.into(),
				}),
				"{:?}",
				system_events()
			);
			assert_eq!(running_code(), genesis_code());
			assert_eq!(authorized(), None);
			System::reset_events();
		}
	});
}

#[test]
fn a_proposal_names_this_chain_and_a_higher_version() {
	ExtBuilder::default().build_and_execute(|| {
		let new = hash(&code("medrec", 101));
		assert_noop!(
			Consortium::propose_upgrade(RuntimeOrigin::signed(A), new, b"polkadot".to_vec(), 101),
			Error::<Test>::WrongSpecName
		);
		for version in [99, 100] {
			assert_noop!(
				Consortium::propose_upgrade(
					RuntimeOrigin::signed(A),
					new,
					b"medrec".to_vec(),
					version
				),
				Error::<Test>::VersionNotHigher
			);
		}
	});
}

#[test]
fn no_single_account_can_upgrade() {
	ExtBuilder::default().build_and_execute(|| {
		let new = code("medrec", 101);
		// Not a member: a patient, an organisation, a stranger.
		assert_noop!(
			Consortium::propose_upgrade(
				RuntimeOrigin::signed(STRANGER),
				hash(&new),
				b"medrec".to_vec(),
				101
			),
			Error::<Test>::NotAuthorized
		);
		// frame_system's own calls need root, which no account is.
		for origin in [RuntimeOrigin::signed(A), RuntimeOrigin::none()] {
			assert_noop!(
				System::authorize_upgrade(origin.clone(), hash(&new)),
				DispatchError::BadOrigin
			);
			assert_noop!(System::set_code(origin, new.clone()), DispatchError::BadOrigin);
		}
		// Nor does the majority origin stand in for root.
		assert_noop!(
			System::authorize_upgrade(RuntimeOrigin::from(crate::RawOrigin::Majority), hash(&new)),
			DispatchError::BadOrigin
		);
		// A member alone, of three, only opens a proposal.
		propose(A, &new, 101);
		assert_noop!(apply(&new), frame_system::Error::<Test>::NothingAuthorized);
	});
}

#[test]
fn upgrade_proposals_are_rejected_expire_and_are_rescinded_as_others() {
	ExtBuilder::default().build_and_execute(|| {
		let new = code("medrec", 101);
		// Rejected: half or more nay.
		let index = propose(A, &new, 101);
		vote(B, index, false);
		vote(C, index, false);
		assert!(!is_open(index));
		assert_eq!(authorized(), None);
		// Rescinded by its proposer.
		let index = propose(B, &new, 101);
		assert_ok!(Consortium::rescind(RuntimeOrigin::signed(B), index));
		assert_eq!(authorized(), None);
		// Expired.
		let index = propose(C, &new, 101);
		run_to_block(2 + LIFETIME);
		assert!(!is_open(index));
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(A), index, true),
			Error::<Test>::NotFound
		);
		assert_eq!(authorized(), None);
	});
}

#[test]
fn a_consortium_of_one_authorizes_at_once() {
	ExtBuilder::default().with_members(&[A]).build_and_execute(|| {
		let new = code("medrec", 101);
		propose(A, &new, 101);
		assert_eq!(authorized(), Some(hash(&new)));
	});
}

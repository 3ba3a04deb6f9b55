use super::*;
use crate::{Error, OpenProposals, MAX_PROOF_LENGTH, PROPOSAL_OPEN, TOO_MANY_PROPOSALS};
use frame_support::{assert_noop, traits::Hooks};

#[test]
fn majority_admits_a_candidate_as_provider_and_validator() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		assert!(matches!(
			events().last(),
			Some(Event::JoinProposed { candidate: CANDIDATE, expires, .. }) if *expires == 1 + LIFETIME
		));
		vote(A, index, true);
		assert!(is_open(index), "one aye of three is not a majority");
		assert!(!is_provider(CANDIDATE));
		vote(B, index, true);
		assert!(!is_open(index));
		assert_eq!(members(), vec![A, B, C, CANDIDATE]);
		assert!(is_provider(CANDIDATE));
		assert_eq!(session_keys(CANDIDATE), Some(keys(CANDIDATE as u8)));
		System::assert_has_event(Event::Passed { index, ayes: 2, members: 3 }.into());
		System::assert_last_event(Event::MemberAdmitted { member: CANDIDATE }.into());
	});
}

#[test]
fn a_stranger_may_propose_once_and_only_while_there_is_room() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Consortium::may_propose_join(&CANDIDATE), Ok(()));
		propose_candidate(CANDIDATE);
		// The transaction pool asks this before a second proposal reaches a block.
		assert_eq!(Consortium::may_propose_join(&CANDIDATE), Err(PROPOSAL_OPEN));
		let k = keys(CANDIDATE as u8);
		assert_noop!(
			Consortium::propose_join(
				RuntimeOrigin::signed(CANDIDATE),
				b"Clinic again".to_vec(),
				b"https://gk".to_vec(),
				k.clone(),
				proof(CANDIDATE, &k),
				vec![],
				[0; 32],
			),
			Error::<Test>::AlreadyExists
		);
		// MaxProposals is 4: three more strangers fill it, the fifth is refused.
		for who in 11..14 {
			propose_candidate(who);
		}
		assert_eq!(OpenProposals::<Test>::get().len(), 4);
		assert_eq!(Consortium::may_propose_join(&20), Err(TOO_MANY_PROPOSALS));
		let k = keys(20);
		assert_noop!(
			Consortium::propose_join(
				RuntimeOrigin::signed(20),
				b"Clinic 20".to_vec(),
				b"https://gk".to_vec(),
				k.clone(),
				proof(20, &k),
				vec![],
				[0; 32],
			),
			Error::<Test>::TooManyProposals
		);
		// Room again once a proposal is decided.
		vote(A, 0, false);
		vote(B, 0, false);
		assert_eq!(Consortium::may_propose_join(&20), Ok(()));
	});
}

#[test]
fn keys_the_candidate_cannot_prove_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// A's keys, with a proof made for A: proving A holds them says nothing about CANDIDATE.
		let a_keys = keys(A as u8);
		assert_noop!(
			Consortium::propose_join(
				RuntimeOrigin::signed(CANDIDATE),
				b"Clinic".to_vec(),
				b"https://gk".to_vec(),
				a_keys.clone(),
				proof(A, &a_keys),
				vec![],
				[0; 32],
			),
			Error::<Test>::BadProof
		);
		let k = keys(CANDIDATE as u8);
		assert_noop!(
			Consortium::propose_join(
				RuntimeOrigin::signed(CANDIDATE),
				b"Clinic".to_vec(),
				b"https://gk".to_vec(),
				k,
				vec![0; MAX_PROOF_LENGTH as usize + 1],
				vec![],
				[0; 32],
			),
			Error::<Test>::BadProof
		);
	});
}

#[test]
fn oversized_or_taken_profiles_are_refused_when_proposed() {
	ExtBuilder::default().build_and_execute(|| {
		let k = keys(CANDIDATE as u8);
		let propose = |name: Vec<u8>, url: Vec<u8>, evidence: Vec<u8>| {
			Consortium::propose_join(
				RuntimeOrigin::signed(CANDIDATE),
				name,
				url,
				k.clone(),
				proof(CANDIDATE, &k),
				evidence,
				[0; 32],
			)
		};
		assert_noop!(
			propose(vec![b'n'; 33], b"https://gk".to_vec(), vec![]),
			Error::<Test>::NameTooLong
		);
		assert_noop!(
			propose(b"Clinic".to_vec(), vec![b'u'; 65], vec![]),
			Error::<Test>::UrlTooLong
		);
		assert_noop!(
			propose(b"Clinic".to_vec(), b"https://gk".to_vec(), vec![b'u'; 65]),
			Error::<Test>::UrlTooLong
		);
		// The registrar refuses a name another provider has, before anyone votes on it.
		assert_noop!(
			propose(b"provider 1".to_vec(), b"https://gk".to_vec(), vec![]),
			DispatchError::Other("name or account taken")
		);
	});
}

#[test]
fn members_cannot_propose_to_join_and_strangers_cannot_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let k = keys(A as u8);
		assert_noop!(
			Consortium::propose_join(
				RuntimeOrigin::signed(A),
				b"Again".to_vec(),
				b"https://gk".to_vec(),
				k.clone(),
				proof(A, &k),
				vec![],
				[0; 32],
			),
			Error::<Test>::AlreadyMember
		);
		let index = propose_candidate(CANDIDATE);
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(CANDIDATE), index, true),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(STRANGER), index, true),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(Consortium::vote(RuntimeOrigin::signed(A), 77, true), Error::<Test>::NotFound);
	});
}

#[test]
fn members_may_change_their_vote_and_the_proposer_may_rescind() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		vote(A, index, false);
		vote(A, index, true);
		System::assert_last_event(
			Event::Voted { index, voter: A, aye: true, ayes: 1, nays: 0 }.into(),
		);
		assert_noop!(
			Consortium::rescind(RuntimeOrigin::signed(A), index),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Consortium::rescind(RuntimeOrigin::signed(CANDIDATE), index));
		System::assert_last_event(Event::Rescinded { index }.into());
		assert!(!is_open(index));
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(B), index, true),
			Error::<Test>::NotFound
		);
		// Rescinding frees the candidate's one proposal.
		assert_eq!(Consortium::may_propose_join(&CANDIDATE), Ok(()));
	});
}

#[test]
fn half_voting_nay_rejects() {
	ExtBuilder::default().with_members(&[A, B, C, D]).build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		vote(A, index, false);
		assert!(is_open(index));
		vote(B, index, false);
		assert!(!is_open(index));
		System::assert_last_event(Event::Rejected { index, nays: 2, members: 4 }.into());
		assert!(!is_provider(CANDIDATE));
		assert_eq!(members(), vec![A, B, C, D]);
		// Nothing lingers: on_initialize has nothing to expire.
		Consortium::on_initialize(1 + LIFETIME + 1);
		assert!(!events().iter().any(|e| matches!(e, Event::Expired { .. })));
	});
}

#[test]
fn keys_taken_since_the_proposal_fail_admission_without_admitting() {
	ExtBuilder::default().build_and_execute(|| {
		let index = propose_candidate(CANDIDATE);
		// Another validator started using the same keys meanwhile.
		SESSION_KEYS.with(|k| k.borrow_mut().insert(C, keys(CANDIDATE as u8)));
		vote(A, index, true);
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(B), index, true),
			Error::<Test>::KeysInUse
		);
		assert_eq!(members(), vec![A, B, C]);
	});
}

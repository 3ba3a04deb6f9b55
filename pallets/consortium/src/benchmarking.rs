//! Benchmarks, each at its worst case: a full consortium (`MaxMembers`), a full list of open
//! proposals (`MaxProposals`), every open proposal carrying votes.

use super::*;
use alloc::format;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin as SystemOrigin;

fn member<T: Config>(i: u32) -> T::AccountId {
	account("member", i, 0)
}

/// Makes `n` registered members, sorted.
fn setup_members<T: Config>(n: u32) -> Vec<T::AccountId> {
	let mut members: Vec<T::AccountId> = (0..n).map(member::<T>).collect();
	for (i, who) in members.iter().enumerate() {
		T::Registry::admit(who, format!("member {i}").as_bytes(), b"https://gk.example")
			.expect("fresh account");
	}
	members.sort();
	Members::<T>::put(BoundedVec::truncate_from(members.clone()));
	members
}

/// Opens `n` motions by accounts that are not members, each with `votes` members' ayes.
fn open_motions<T: Config>(n: u32, votes: &[T::AccountId]) {
	let expires =
		frame_system::Pallet::<T>::block_number().saturating_add(T::ProposalLifetime::get());
	for i in 0..n {
		let proposer: T::AccountId = account("proposer", i, 0);
		let index = NextProposalIndex::<T>::get();
		Proposals::<T>::insert(
			index,
			Proposal {
				proposer: proposer.clone(),
				action: Action::Motion { call: BoundedVec::new(), weight: Weight::zero() },
				ayes: BoundedVec::truncate_from(votes.to_vec()),
				nays: BoundedVec::new(),
				expires,
			},
		);
		OpenProposals::<T>::mutate(|open| {
			open.try_push(OpenProposal { index, proposer, subject: None, expires })
				.expect("at most MaxProposals");
		});
		NextProposalIndex::<T>::put(index + 1);
	}
}

/// The benchmarks' candidate and what it proposes with: keys, proof, and bounded texts.
struct Candidate<T: Config> {
	account: T::AccountId,
	keys: T::Keys,
	proof: Vec<u8>,
}

impl<T: Config> Candidate<T> {
	fn new() -> Self {
		let account: T::AccountId = account("candidate", 0, 0);
		let (keys, proof) = T::BenchmarkHelper::keys_and_proof(&account);
		Self { account, keys, proof }
	}

	fn propose(self, origin: <T as frame_system::Config>::RuntimeOrigin) -> DispatchResult {
		Pallet::<T>::propose_join(
			origin,
			b"Candidate Clinic".to_vec(),
			b"https://gk.candidate.example".to_vec(),
			self.keys,
			self.proof,
			b"https://registry.example/candidate".to_vec(),
			[1; 32],
		)
	}
}

fn candidate_proposal<T: Config>() -> (T::AccountId, ProposalIndex) {
	let candidate = Candidate::<T>::new();
	let account = candidate.account.clone();
	let index = NextProposalIndex::<T>::get();
	candidate.propose(SystemOrigin::Signed(account.clone()).into()).expect("valid proposal");
	(account, index)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose_join() {
		setup_members::<T>(T::MaxMembers::get() - 1);
		open_motions::<T>(T::MaxProposals::get() - 1, &[]);
		let candidate = Candidate::<T>::new();
		let origin = SystemOrigin::Signed(candidate.account.clone()).into();
		#[block]
		{
			candidate.propose(origin).expect("valid proposal");
		}
		assert!(OpenProposals::<T>::get().is_full());
	}

	#[benchmark]
	fn propose_removal() {
		let members = setup_members::<T>(T::MaxMembers::get());
		open_motions::<T>(T::MaxProposals::get() - 1, &[]);
		#[extrinsic_call]
		_(SystemOrigin::Signed(members[0].clone()), members[1].clone());
		assert!(OpenProposals::<T>::get().is_full());
	}

	#[benchmark]
	fn propose_motion() {
		let members = setup_members::<T>(T::MaxMembers::get());
		open_motions::<T>(T::MaxProposals::get() - 1, &[]);
		// The consortium's own parameter, which every runtime lets motions carry.
		let call: <T as Config>::MotionCall =
			Call::<T>::set_session_length { blocks: 100u32.into() }.into();
		let index = NextProposalIndex::<T>::get();
		#[extrinsic_call]
		_(SystemOrigin::Signed(members[0].clone()), Box::new(call));
		assert!(Proposals::<T>::contains_key(index));
	}

	#[benchmark]
	fn vote() {
		let members = setup_members::<T>(T::MaxMembers::get());
		let (_, index) = candidate_proposal::<T>();
		#[extrinsic_call]
		_(SystemOrigin::Signed(members[0].clone()), index, true);
		assert!(Proposals::<T>::contains_key(index));
	}

	#[benchmark]
	fn vote_admit() {
		let members = setup_members::<T>(T::MaxMembers::get() - 1);
		let (candidate, index) = candidate_proposal::<T>();
		let half = members.len() / 2;
		Proposals::<T>::mutate(index, |p| {
			if let Some(p) = p {
				p.ayes = BoundedVec::truncate_from(members[..half].to_vec());
			}
		});
		#[extrinsic_call]
		vote(SystemOrigin::Signed(members[half].clone()), index, true);
		assert!(Pallet::<T>::is_member(&candidate));
	}

	#[benchmark]
	fn vote_remove() {
		let members = setup_members::<T>(T::MaxMembers::get());
		let target = members[members.len() - 1].clone();
		let half = members.len() / 2;
		open_motions::<T>(T::MaxProposals::get() - 1, &members[..half]);
		let index = NextProposalIndex::<T>::get();
		Pallet::<T>::propose_removal(
			SystemOrigin::Signed(members[0].clone()).into(),
			target.clone(),
		)
		.expect("valid proposal");
		Proposals::<T>::mutate(index, |p| {
			if let Some(p) = p {
				p.ayes = BoundedVec::truncate_from(members[..half].to_vec());
			}
		});
		#[extrinsic_call]
		vote(SystemOrigin::Signed(members[half].clone()), index, true);
		assert!(!Pallet::<T>::is_member(&target));
	}

	#[benchmark]
	fn rescind() {
		setup_members::<T>(T::MaxMembers::get());
		open_motions::<T>(T::MaxProposals::get() - 1, &[]);
		let (candidate, index) = candidate_proposal::<T>();
		#[extrinsic_call]
		_(SystemOrigin::Signed(candidate), index);
		assert!(!Proposals::<T>::contains_key(index));
	}

	#[benchmark]
	fn leave() {
		let members = setup_members::<T>(T::MaxMembers::get());
		open_motions::<T>(T::MaxProposals::get(), &members);
		let leaver = members[members.len() - 1].clone();
		#[extrinsic_call]
		_(SystemOrigin::Signed(leaver.clone()));
		assert!(!Pallet::<T>::is_member(&leaver));
	}

	#[benchmark]
	fn set_session_length() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let blocks: BlockNumberFor<T> = 100u32.into();
		#[extrinsic_call]
		_(origin as <T as frame_system::Config>::RuntimeOrigin, blocks);
		assert_eq!(SessionLengthBlocks::<T>::get(), blocks);
		Ok(())
	}

	#[benchmark]
	fn expire(n: Linear<0, { T::MaxProposals::get() }>) {
		open_motions::<T>(n, &[]);
		let after = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::ProposalLifetime::get())
			.saturating_add(1u32.into());
		#[block]
		{
			Pallet::<T>::expire(after);
		}
		assert!(OpenProposals::<T>::get().is_empty());
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}

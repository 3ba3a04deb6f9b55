//! The consortium's tests, by topic. The original `AgentRegistry`'s voting flaws
//! (MEDREC_REFERENCE item 6) each have a test named after them in `flaws.rs`.

mod admission;
mod flaws;
mod migrations;
mod motions;
mod removal;
mod sessions;
mod studies;
mod upgrades;

use crate::{mock::*, Event, ProposalIndex, Proposals};
use frame_support::assert_ok;
use sp_runtime::DispatchError;

/// The candidate's proposal to join as "Clinic", with keys it holds.
fn propose_candidate(who: AccountId) -> ProposalIndex {
	let index = crate::NextProposalIndex::<Test>::get();
	let k = keys(who as u8);
	assert_ok!(Consortium::propose_join(
		RuntimeOrigin::signed(who),
		format!("Clinic {who}").into_bytes(),
		b"https://gk.clinic.example".to_vec(),
		k.clone(),
		proof(who, &k),
		b"https://registry.example/clinic.pdf".to_vec(),
		[7; 32],
	));
	index
}

fn vote(who: AccountId, index: ProposalIndex, aye: bool) {
	assert_ok!(Consortium::vote(RuntimeOrigin::signed(who), index, aye));
}

fn members() -> Vec<AccountId> {
	crate::Members::<Test>::get().into_inner()
}

fn is_open(index: ProposalIndex) -> bool {
	Proposals::<Test>::contains_key(index)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Consortium(e) => Some(e),
			_ => None,
		})
		.collect()
}

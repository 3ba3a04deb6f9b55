use super::*;
use crate::MembersChanged;
use pallet_session::SessionManager;

#[test]
fn the_validator_set_follows_the_members_once_per_change() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Consortium::new_session_genesis(0), Some(vec![A, B, C]));
		// No change: the session pallet keeps the set it has.
		assert_eq!(Consortium::new_session(1), None);
		let index = propose_candidate(CANDIDATE);
		vote(A, index, true);
		assert!(!MembersChanged::<Test>::get());
		vote(B, index, true);
		assert!(MembersChanged::<Test>::get());
		assert_eq!(Consortium::new_session(2), Some(vec![A, B, C, CANDIDATE]));
		assert_eq!(Consortium::new_session(3), None);
		assert_ok!(Consortium::leave(RuntimeOrigin::signed(B)));
		assert_eq!(Consortium::new_session(4), Some(vec![A, C, CANDIDATE]));
	});
}

#[test]
fn sessions_last_the_configured_length() {
	ExtBuilder::default().build_and_execute(|| {
		use frame_support::traits::Get;
		assert_eq!(<crate::SessionLength<Test> as Get<u64>>::get(), 10);
	});
}

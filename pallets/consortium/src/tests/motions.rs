use super::*;
use crate::{Error, SessionLengthBlocks};
use frame_support::{assert_noop, dispatch::RawOrigin as SystemOrigin};

fn remark() -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::remark_with_event { remark: b"hi".to_vec() }))
}

#[test]
fn a_passed_motion_is_dispatched_with_the_majority_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let call =
			Box::new(RuntimeCall::Consortium(crate::Call::set_session_length { blocks: 20 }));
		assert_ok!(Consortium::propose_motion(RuntimeOrigin::signed(A), call));
		assert_eq!(SessionLengthBlocks::<Test>::get(), 10);
		vote(B, 0, true);
		assert_eq!(SessionLengthBlocks::<Test>::get(), 20);
		System::assert_has_event(Event::SessionLengthSet { blocks: 20 }.into());
		System::assert_last_event(Event::MotionExecuted { index: 0, result: Ok(()) }.into());
	});
}

#[test]
fn a_motion_whose_call_refuses_the_majority_origin_fails_cleanly() {
	ExtBuilder::default().build_and_execute(|| {
		// `remark_with_event` wants a signed origin; the majority is not an account.
		assert_ok!(Consortium::propose_motion(RuntimeOrigin::signed(A), remark()));
		vote(B, 0, true);
		System::assert_last_event(
			Event::MotionExecuted { index: 0, result: Err(DispatchError::BadOrigin) }.into(),
		);
	});
}

#[test]
fn no_single_member_has_the_majority_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Consortium::set_session_length(RuntimeOrigin::signed(A), 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::set_session_length(SystemOrigin::Root.into(), 20),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_failing_motion_is_reported_and_closed() {
	ExtBuilder::default().build_and_execute(|| {
		let call = Box::new(RuntimeCall::Consortium(crate::Call::set_session_length { blocks: 0 }));
		assert_ok!(Consortium::propose_motion(RuntimeOrigin::signed(A), call));
		vote(C, 0, true);
		System::assert_last_event(
			Event::MotionExecuted {
				index: 0,
				result: Err(Error::<Test>::ZeroSessionLength.into()),
			}
			.into(),
		);
		assert!(!is_open(0));
		assert_eq!(SessionLengthBlocks::<Test>::get(), 10);
	});
}

#[test]
fn motions_carry_only_allowed_and_bounded_calls() {
	ExtBuilder::default().build_and_execute(|| {
		let plain = Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![] }));
		assert_noop!(
			Consortium::propose_motion(RuntimeOrigin::signed(A), plain),
			Error::<Test>::CallNotAllowed
		);
		let long = Box::new(RuntimeCall::System(frame_system::Call::remark_with_event {
			remark: vec![0; 200],
		}));
		assert_noop!(
			Consortium::propose_motion(RuntimeOrigin::signed(A), long),
			Error::<Test>::CallTooLong
		);
		assert_noop!(
			Consortium::propose_motion(RuntimeOrigin::signed(STRANGER), remark()),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_consortium_of_one_passes_its_motions_at_once() {
	ExtBuilder::default().with_members(&[A]).build_and_execute(|| {
		let call = Box::new(RuntimeCall::Consortium(crate::Call::set_session_length { blocks: 5 }));
		assert_ok!(Consortium::propose_motion(RuntimeOrigin::signed(A), call));
		System::assert_last_event(Event::MotionExecuted { index: 0, result: Ok(()) }.into());
		assert!(!is_open(0));
	});
}

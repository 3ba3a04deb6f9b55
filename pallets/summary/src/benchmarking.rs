//! Benchmark for `acknowledge`.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn acknowledge() {
		let patient: T::AccountId = account("patient", 0, 0);
		let subject = Subject::Relationship(0);
		let all = StatusFlags::NEW_CONTENT
			.with(StatusFlags::AWAITING_ACCEPTANCE)
			.with(StatusFlags::ACCESS_REQUESTED)
			.with(StatusFlags::EMERGENCY_ACCESS_USED);
		Pallet::<T>::raise(&patient, subject, all);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), subject, all);
		assert!(PatientAndSubjectToStatus::<T>::get(&patient, subject).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}

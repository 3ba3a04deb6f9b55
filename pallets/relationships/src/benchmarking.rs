//! Benchmarks for every call, each in its worst case at the runtime's bounds: lists full to
//! one below their limit, and the entry sought last.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use medrec_primitives::DAY;

const SEED: u32 = 0;

fn provider<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("provider", index, SEED);
	T::Registry::make_provider(&who);
	who
}

fn patient<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("patient", 0, SEED);
	T::Registry::ensure_patient(&who).expect("fresh account");
	who
}

fn viewer<T: Config>(index: u32) -> T::AccountId {
	account("viewer", index, SEED)
}

/// An accepted relationship between `patient` and a new provider `index`.
fn relationship<T: Config>(patient: &T::AccountId, index: u32) -> (RelationshipId, T::AccountId) {
	let provider = provider::<T>(index);
	let id = NextRelationshipId::<T>::get();
	Pallet::<T>::open_relationship(RawOrigin::Signed(provider.clone()).into(), patient.clone())
		.expect("provider opens");
	Pallet::<T>::accept_relationship(RawOrigin::Signed(patient.clone()).into(), id)
		.expect("patient accepts");
	(id, provider)
}

/// Fills the patient's relationships to one below the bound (the worst case for list edits).
fn fill_relationships<T: Config>(patient: &T::AccountId) {
	for i in 1..T::MaxRelationships::get() {
		relationship::<T>(patient, 1000 + i);
	}
}

fn far_future() -> Moment {
	Moment::MAX / 2
}

fn grant_to<T: Config>(patient: &T::AccountId, who: T::AccountId, scope: Scope) {
	Pallet::<T>::insert_grant(
		patient,
		Viewer::Account(who),
		scope,
		Categories::standard(),
		Purpose::Treatment,
		0,
		far_future(),
		patient.clone(),
	)
	.expect("room for the grant");
}

/// Fills the patient's grants to one below the bound.
fn fill_grants<T: Config>(patient: &T::AccountId) {
	for i in 1..T::MaxGrants::get() {
		grant_to::<T>(patient, viewer::<T>(1000 + i), Scope::AllRelationships);
	}
}

fn fill_proxies<T: Config>(patient: &T::AccountId) {
	for i in 1..T::MaxProxies::get() {
		Pallet::<T>::add_proxy(
			RawOrigin::Signed(patient.clone()).into(),
			account("proxy", 1000 + i, SEED),
			Categories::standard(),
			far_future(),
		)
		.expect("room for the proxy");
	}
}

fn fill_requests<T: Config>(patient: &T::AccountId) {
	for i in 1..T::MaxRequests::get() {
		let requester = provider::<T>(2000 + i);
		Pallet::<T>::request_access(
			RawOrigin::Signed(requester).into(),
			patient.clone(),
			Scope::AllRelationships,
			Categories::standard(),
			Purpose::Treatment,
			DAY,
		)
		.expect("room for the request");
	}
}

/// A patient with a dead-man switch set.
fn patient_with_switch<T: Config>() -> T::AccountId {
	let patient = patient::<T>();
	Pallet::<T>::set_dead_man_switch(
		RawOrigin::Signed(patient.clone()).into(),
		T::MinDeadManTimeout::get(),
		vec![],
		Categories::standard(),
	)
	.expect("sets");
	patient
}

/// A request from a new provider to `patient` on `scope`; its id.
fn requested<T: Config>(patient: &T::AccountId, scope: Scope) -> RequestId {
	let request = PatientToCounters::<T>::get(patient).request;
	Pallet::<T>::request_access(
		RawOrigin::Signed(provider::<T>(2)).into(),
		patient.clone(),
		scope,
		Categories::standard(),
		Purpose::Treatment,
		DAY,
	)
	.expect("room for the request");
	request
}

fn group_with<T: Config>(patient: &T::AccountId, members: u32) -> GroupId {
	for i in 1..T::MaxGroups::get() {
		Pallet::<T>::create_group(
			RawOrigin::Signed(patient.clone()).into(),
			patient.clone(),
			vec![viewer::<T>(i)],
		)
		.expect("room for the group");
	}
	let id = PatientToCounters::<T>::get(patient).group;
	let members = (0..members).map(|i| viewer::<T>(3000 + i)).collect();
	Pallet::<T>::create_group(RawOrigin::Signed(patient.clone()).into(), patient.clone(), members)
		.expect("room for the group");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_relationship() {
		let patient = patient::<T>();
		fill_relationships::<T>(&patient);
		let provider = provider::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), patient.clone());
		assert!(PatientAndProviderToRelationship::<T>::contains_key(&patient, &provider));
	}

	#[benchmark]
	fn accept_relationship() {
		let patient = patient::<T>();
		let provider = provider::<T>(1);
		let id = NextRelationshipId::<T>::get();
		Pallet::<T>::open_relationship(RawOrigin::Signed(provider).into(), patient.clone())
			.expect("opens");
		#[extrinsic_call]
		_(RawOrigin::Signed(patient), id);
		assert_eq!(
			IdToRelationship::<T>::get(id).map(|r| r.state),
			Some(RelationshipState::Active)
		);
	}

	#[benchmark]
	fn reject_relationship() {
		let patient = patient::<T>();
		fill_relationships::<T>(&patient);
		fill_grants::<T>(&patient);
		let provider = provider::<T>(1);
		let id = NextRelationshipId::<T>::get();
		Pallet::<T>::open_relationship(RawOrigin::Signed(provider).into(), patient.clone())
			.expect("opens");
		#[extrinsic_call]
		_(RawOrigin::Signed(patient), id);
		assert!(!IdToRelationship::<T>::contains_key(id));
	}

	#[benchmark]
	fn end_relationship() {
		let patient = patient::<T>();
		fill_relationships::<T>(&patient);
		fill_grants::<T>(&patient);
		let (id, provider) = relationship::<T>(&patient, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);
		assert!(!IdToRelationship::<T>::contains_key(id));
	}

	#[benchmark]
	fn set_pointer() {
		let patient = patient::<T>();
		let (id, provider) = relationship::<T>(&patient, 1);
		for set in 1..T::MaxPointers::get() {
			Pallet::<T>::set_pointer(
				RawOrigin::Signed(provider.clone()).into(),
				id,
				set,
				Category::Observations,
				Digest::zero(),
			)
			.expect("room for the pointer");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, 0, Category::Medications, Digest::repeat_byte(1));
		assert_eq!(
			IdToRelationship::<T>::get(id).map(|r| r.pointers.len() as u32),
			Some(T::MaxPointers::get())
		);
	}

	#[benchmark]
	fn remove_pointer() {
		let patient = patient::<T>();
		let (id, provider) = relationship::<T>(&patient, 1);
		for set in 0..T::MaxPointers::get() {
			Pallet::<T>::set_pointer(
				RawOrigin::Signed(provider.clone()).into(),
				id,
				set,
				Category::Observations,
				Digest::zero(),
			)
			.expect("room for the pointer");
		}
		let last = T::MaxPointers::get() - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, last);
		assert_eq!(IdToRelationship::<T>::get(id).map(|r| r.pointers.len() as u32), Some(last));
	}

	#[benchmark]
	fn grant() {
		let patient = patient::<T>();
		let (id, _) = relationship::<T>(&patient, 1);
		fill_grants::<T>(&patient);
		let proxy: T::AccountId = account("proxy", 0, SEED);
		fill_proxies::<T>(&patient);
		Pallet::<T>::add_proxy(
			RawOrigin::Signed(patient.clone()).into(),
			proxy.clone(),
			Categories::standard(),
			far_future(),
		)
		.expect("room for the proxy");
		#[extrinsic_call]
		_(
			RawOrigin::Signed(proxy),
			patient.clone(),
			Viewer::Account(viewer::<T>(0)),
			Scope::Relationship(id),
			Categories::standard(),
			Purpose::Treatment,
			0,
			far_future(),
		);
		assert_eq!(PatientToGrants::<T>::get(&patient).len() as u32, T::MaxGrants::get());
	}

	#[benchmark]
	fn revoke() {
		let patient = patient::<T>();
		fill_grants::<T>(&patient);
		let last = PatientToCounters::<T>::get(&patient).grant;
		grant_to::<T>(&patient, viewer::<T>(0), Scope::AllRelationships);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), last);
		assert!(!PatientToGrants::<T>::get(&patient).iter().any(|g| g.id == last));
	}

	#[benchmark]
	fn create_group(m: Linear<0, { T::MaxGroupMembers::get() }>) {
		let patient = patient::<T>();
		for _ in 1..T::MaxGroups::get() {
			Pallet::<T>::create_group(
				RawOrigin::Signed(patient.clone()).into(),
				patient.clone(),
				vec![],
			)
			.expect("room for the group");
		}
		let members: Vec<_> = (0..m).map(|i| viewer::<T>(i)).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), members);
		assert_eq!(PatientToGroups::<T>::get(&patient).len() as u32, T::MaxGroups::get());
	}

	#[benchmark]
	fn add_group_member() {
		let patient = patient::<T>();
		let group = group_with::<T>(&patient, T::MaxGroupMembers::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), group, viewer::<T>(0));
		assert!(PatientToGroups::<T>::get(&patient)
			.iter()
			.any(|g| g.members.contains(&viewer::<T>(0))));
	}

	#[benchmark]
	fn remove_group_member() {
		let patient = patient::<T>();
		let members = T::MaxGroupMembers::get();
		let group = group_with::<T>(&patient, members);
		let last = viewer::<T>(3000 + members - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), group, last.clone());
		assert!(!PatientToGroups::<T>::get(&patient).iter().any(|g| g.members.contains(&last)));
	}

	#[benchmark]
	fn remove_group() {
		let patient = patient::<T>();
		fill_grants::<T>(&patient);
		let group = group_with::<T>(&patient, T::MaxGroupMembers::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), group);
		assert!(!PatientToGroups::<T>::get(&patient).iter().any(|g| g.id == group));
	}

	#[benchmark]
	fn add_proxy() {
		let patient = patient::<T>();
		fill_proxies::<T>(&patient);
		let proxy: T::AccountId = account("proxy", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), proxy, Categories::standard(), far_future());
		assert_eq!(PatientToProxies::<T>::get(&patient).len() as u32, T::MaxProxies::get());
	}

	#[benchmark]
	fn remove_proxy() {
		let patient = patient::<T>();
		fill_proxies::<T>(&patient);
		let proxy: T::AccountId = account("proxy", 0, SEED);
		Pallet::<T>::add_proxy(
			RawOrigin::Signed(patient.clone()).into(),
			proxy.clone(),
			Categories::standard(),
			far_future(),
		)
		.expect("room for the proxy");
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), proxy);
		assert_eq!(PatientToProxies::<T>::get(&patient).len() as u32, T::MaxProxies::get() - 1);
	}

	#[benchmark]
	fn set_break_glass() {
		let patient = patient::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), true);
		assert!(PatientToBreakGlass::<T>::contains_key(&patient));
	}

	#[benchmark]
	fn break_glass() {
		let patient = patient::<T>();
		fill_proxies::<T>(&patient);
		Pallet::<T>::set_break_glass(RawOrigin::Signed(patient.clone()).into(), true)
			.expect("opts in");
		for i in 1..T::MaxEmergencyAccesses::get() {
			Pallet::<T>::break_glass(
				RawOrigin::Signed(provider::<T>(4000 + i)).into(),
				patient.clone(),
				vec![b'j'],
			)
			.expect("room for the access");
		}
		let provider = provider::<T>(1);
		let justification = vec![b'j'; T::MaxJustificationLength::get() as usize];
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), patient.clone(), justification);
		assert_eq!(
			PatientToEmergencyAccesses::<T>::get(&patient).len() as u32,
			T::MaxEmergencyAccesses::get()
		);
	}

	#[benchmark]
	fn set_dead_man_switch(b: Linear<0, { T::MaxBeneficiaries::get() }>) {
		let patient = patient::<T>();
		let beneficiaries: Vec<_> = (0..b).map(|i| viewer::<T>(i)).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			T::MinDeadManTimeout::get(),
			beneficiaries,
			Categories::standard(),
		);
		assert!(PatientToDeadMan::<T>::contains_key(&patient));
	}

	#[benchmark]
	fn check_in() {
		let patient = patient_with_switch::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()));
		assert!(PatientToDeadMan::<T>::contains_key(&patient));
	}

	#[benchmark]
	fn clear_dead_man_switch() {
		let patient = patient_with_switch::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()));
		assert!(!PatientToDeadMan::<T>::contains_key(&patient));
	}

	#[benchmark]
	fn request_access() {
		let patient = patient::<T>();
		let (id, _) = relationship::<T>(&patient, 1);
		fill_requests::<T>(&patient);
		let requester = provider::<T>(2);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(requester),
			patient.clone(),
			Scope::Relationship(id),
			Categories::standard(),
			Purpose::Treatment,
			DAY,
		);
		assert_eq!(PatientToRequests::<T>::get(&patient).len() as u32, T::MaxRequests::get());
	}

	#[benchmark]
	fn approve_request() {
		let patient = patient::<T>();
		let (id, _) = relationship::<T>(&patient, 1);
		fill_grants::<T>(&patient);
		fill_requests::<T>(&patient);
		let request = requested::<T>(&patient, Scope::Relationship(id));
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), request);
		assert_eq!(PatientToGrants::<T>::get(&patient).len() as u32, T::MaxGrants::get());
	}

	#[benchmark]
	fn decline_request() {
		let patient = patient::<T>();
		fill_requests::<T>(&patient);
		let request = requested::<T>(&patient, Scope::AllRelationships);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), request);
		assert_eq!(PatientToRequests::<T>::get(&patient).len() as u32, T::MaxRequests::get() - 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}

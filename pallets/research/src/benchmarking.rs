//! Benchmarks for every call, each in its worst case: a consent that replaces another, a query
//! at the largest size the types allow, a sweep over `n` consents that all get invited.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use medrec_primitives::{
	research::{
		Clause, Code, CodeSystem, ConsentMode, Criterion, DateWindow, Dimension, DuoModifiers,
		DuoPermission, PrimaryPurpose, ResourceKind, SexSet, StudyPurpose, ValueRange,
	},
	Category, DAY,
};

const SEED: u32 = 0;
/// Far enough ahead that no window closes during a benchmark.
const LATER: Moment = Moment::MAX / 4;

fn researcher<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("researcher", 0, SEED);
	T::Registry::make_researcher(&who);
	who
}

fn provider<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("provider", index, SEED);
	T::Registry::make_provider(&who);
	who
}

fn patient<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("patient", index, SEED);
	T::Registry::ensure_patient(&who).expect("fresh account");
	who
}

fn every_category() -> Categories {
	Categories(Category::ALL.iter().fold(0, |bits, c| bits | (1 << (*c as u16))))
}

fn terms<T: Config>(home: T::AccountId) -> TermsOf<T> {
	ConsentTerms {
		permission: DuoPermission::Gru,
		modifiers: DuoModifiers::IRB,
		region: None,
		categories: every_category(),
		not_before: 0,
		expires: LATER,
		home,
		mode: ConsentMode::Broad,
	}
}

/// A patient homed at a fresh provider, with a consent (so that the next one replaces it).
fn consenting<T: Config>(index: u32) -> (T::AccountId, T::AccountId) {
	let patient = patient::<T>(index);
	let home = provider::<T>(index);
	T::Care::make_active(&patient, &home);
	Pallet::<T>::set_consent(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		terms::<T>(home.clone()),
	)
	.expect("consents");
	(patient, home)
}

fn study_terms() -> StudyTerms {
	StudyTerms {
		title: vec![b't'; 128].try_into().expect("at the bound"),
		protocol_url: vec![b'u'; 256].try_into().expect("at the bound"),
		protocol_sha256: [1; 32],
		ethics_sha256: [2; 32],
		purpose: StudyPurpose {
			primary: PrimaryPurpose::Health,
			methods_development: false,
			commercial: false,
			for_profit_org: false,
			publishes: true,
			region: *b"NL",
			sensitive_area: false,
		},
		categories: every_category(),
		starts: 0,
		ends: LATER,
		min_cell: 11,
		budget: 10_000,
		max_per_query: 1_000,
	}
}

fn registered<T: Config>() -> (T::AccountId, StudyId) {
	let researcher = researcher::<T>();
	let id = NextStudyId::<T>::get();
	Pallet::<T>::register_study(RawOrigin::Signed(researcher.clone()).into(), study_terms())
		.expect("registers");
	(researcher, id)
}

fn approved<T: Config>() -> (T::AccountId, StudyId) {
	let (researcher, id) = registered::<T>();
	<Pallet<T> as StudyVerdicts>::approved(id);
	(researcher, id)
}

/// The largest query the types allow: eight clauses of sixteen ten-digit codes, each with a
/// value range and a window, grouped by age and sex.
fn largest_query() -> Query {
	let clause = |i: u8| {
		let codes: Vec<Code> = (0..16u32)
			.map(|j| Code::new(&alloc::format!("{}{:06}-{}", i + 1, j, j % 10)).expect("short"))
			.collect();
		Criterion::Has(Clause {
			resource: ResourceKind::Observation,
			system: CodeSystem::Loinc,
			codes: codes.try_into().expect("16"),
			prefix: false,
			value: Some(ValueRange {
				min: Some(i64::MIN + 1),
				max: Some(i64::MAX),
				unit: vec![b'm'; 16].try_into().expect("16"),
			}),
			window: Some(DateWindow { from: Some(1), until: Some(LATER) }),
			sensitive: Categories::of(&[
				Category::MentalHealth,
				Category::SubstanceUse,
				Category::SexualReproductiveHealth,
			]),
		})
	};
	let mut criteria: Vec<Criterion> = (0..7).map(clause).collect();
	criteria.push(Criterion::Sex(SexSet(0b1111)));
	let mut query = Query {
		epsilon: 1_000,
		index_date: LATER,
		criteria: criteria.try_into().expect("8"),
		group_by: vec![
			Dimension::AgeBands(vec![18, 40, 65, 80].try_into().expect("4")),
			Dimension::Sex,
		]
		.try_into()
		.expect("2"),
	};
	query.canonicalize();
	query
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_consent() {
		let (patient, _) = consenting::<T>(0);
		let home = provider::<T>(1);
		T::Care::make_active(&patient, &home);
		let new = terms::<T>(home.clone());
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), new);
		assert!(HomeAndPatient::<T>::contains_key(&home, &patient));
	}

	#[benchmark]
	fn withdraw_consent() {
		let (patient, _) = consenting::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone());
		assert!(!PatientToConsent::<T>::contains_key(&patient));
	}

	#[benchmark]
	fn choose() {
		let (_, study) = approved::<T>();
		let (patient, _) = consenting::<T>(0);
		let choice = Choice::OptIn { categories: every_category() };
		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), study, choice);
		assert_eq!(Pallet::<T>::choice(&patient, study), Some(choice));
	}

	#[benchmark]
	fn register_study() {
		let researcher = researcher::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), study_terms());
		assert_eq!(PendingStudies::<T>::get(), 1);
	}

	#[benchmark]
	fn withdraw_study() {
		let (researcher, study) = registered::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), study);
		assert_eq!(Studies::<T>::get(study).map(|s| s.state), Some(StudyState::Lapsed));
	}

	#[benchmark]
	fn close_study() {
		let (researcher, study) = approved::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), study);
		assert!(matches!(
			Studies::<T>::get(study).map(|s| s.state),
			Some(StudyState::Closed { .. })
		));
	}

	#[benchmark]
	fn authorize_query() {
		let (researcher, study) = approved::<T>();
		let query = largest_query();
		assert_eq!(query.validate(), Ok(()));
		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), study, query);
		assert_eq!(Studies::<T>::get(study).map(|s| s.spent), Some(1_000));
	}

	#[benchmark]
	fn authorize_repeat() {
		let (researcher, study) = approved::<T>();
		Pallet::<T>::authorize_query(
			RawOrigin::Signed(researcher.clone()).into(),
			study,
			largest_query(),
		)
		.expect("first time");
		// Built outside the measured block, as the extrinsic's decoded argument would be.
		let query = largest_query();
		#[block]
		{
			Pallet::<T>::authorize_query(RawOrigin::Signed(researcher).into(), study, query)
				.expect("a repeat");
		}
		assert_eq!(Studies::<T>::get(study).map(|s| s.spent), Some(1_000));
	}

	#[benchmark]
	fn sweep(n: Linear<0, 100>) {
		for i in 0..n {
			consenting::<T>(i);
		}
		approved::<T>();
		#[block]
		{
			Pallet::<T>::sweep(Weight::MAX);
		}
		// Every consent was looked at, in this one block.
		assert!(Sweeps::<T>::get().is_empty());
	}

	#[benchmark]
	fn verdict() {
		let (_, study) = registered::<T>();
		#[block]
		{
			<Pallet<T> as StudyVerdicts>::approved(study);
		}
		assert!(Studies::<T>::get(study).is_some_and(|s| s.is_approved()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}

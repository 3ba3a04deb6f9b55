//! Data pointers and the "new content" they raise.

use super::*;

fn digest(n: u8) -> H256 {
	H256::repeat_byte(n)
}

#[test]
fn the_provider_adds_and_updates_pointers_and_the_patient_is_told() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		System::set_block_number(5);
		assert_ok!(Relationships::set_pointer(
			signed(HOSPITAL),
			id,
			1,
			Category::Medications,
			digest(1)
		));
		System::assert_last_event(
			Event::PointerUpdated {
				relationship: id,
				patient: PATIENT,
				record_set: 1,
				category: Category::Medications,
				digest: digest(1),
			}
			.into(),
		);
		assert!(status(PATIENT, Subject::Relationship(id)).contains(StatusFlags::NEW_CONTENT));
		System::set_block_number(6);
		assert_ok!(Relationships::set_pointer(
			signed(HOSPITAL),
			id,
			1,
			Category::Medications,
			digest(2)
		));
		let pointers = IdToRelationship::<Test>::get(id).unwrap().pointers;
		assert_eq!(pointers.len(), 1, "an update replaces, it does not append");
		assert_eq!((pointers[0].digest, pointers[0].updated_at), (digest(2), 6));
	});
}

#[test]
fn only_the_relationships_provider_and_only_once_accepted() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Relationships::open_relationship(signed(HOSPITAL), PATIENT));
		assert_noop!(
			Relationships::set_pointer(signed(HOSPITAL), 0, 1, Category::Observations, digest(1)),
			Error::<Test>::WrongState
		);
		assert_ok!(Relationships::accept_relationship(signed(PATIENT), 0));
		for who in [CLINIC, PATIENT, STRANGER] {
			assert_noop!(
				Relationships::set_pointer(signed(who), 0, 1, Category::Observations, digest(1)),
				Error::<Test>::NotAuthorized
			);
		}
		assert_noop!(
			Relationships::set_pointer(signed(HOSPITAL), 3, 1, Category::Observations, digest(1)),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn pointers_are_bounded() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		for set in 0..3 {
			assert_ok!(Relationships::set_pointer(
				signed(HOSPITAL),
				id,
				set,
				Category::Observations,
				digest(1)
			));
		}
		assert_noop!(
			Relationships::set_pointer(signed(HOSPITAL), id, 3, Category::Observations, digest(1)),
			Error::<Test>::TooManyPointers
		);
		// Replacing an existing one still works at the bound.
		assert_ok!(Relationships::set_pointer(
			signed(HOSPITAL),
			id,
			2,
			Category::Observations,
			digest(9)
		));
	});
}

#[test]
fn removing_a_pointer_removes_that_one_only() {
	ExtBuilder.build_and_execute(|| {
		let id = open_active(PATIENT, HOSPITAL);
		for set in 0..3 {
			assert_ok!(Relationships::set_pointer(
				signed(HOSPITAL),
				id,
				set,
				Category::Observations,
				digest(set as u8)
			));
		}
		// Flaw 7: removing a missing entry must not remove the last one.
		assert_noop!(
			Relationships::remove_pointer(signed(HOSPITAL), id, 7),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Relationships::remove_pointer(signed(CLINIC), id, 1),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Relationships::remove_pointer(signed(HOSPITAL), 9, 1),
			Error::<Test>::NotFound
		);
		assert_ok!(Relationships::remove_pointer(signed(HOSPITAL), id, 1));
		System::assert_last_event(
			Event::PointerRemoved { relationship: id, patient: PATIENT, record_set: 1 }.into(),
		);
		let sets: Vec<_> = IdToRelationship::<Test>::get(id)
			.unwrap()
			.pointers
			.iter()
			.map(|p| p.record_set)
			.collect();
		assert_eq!(sets, vec![0, 2]);
	});
}

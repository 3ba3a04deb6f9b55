//! Invitations: an approved study reaches, in idle weight, every patient its terms could count.

use super::*;
use crate::Sweeps;
use frame_support::{traits::Hooks, weights::Weight};
use medrec_primitives::{StatusFlags, Subject};

fn idle(weight: Weight) -> Weight {
	Research::on_idle(System::block_number(), weight)
}

fn invited(study: StudyId) -> Vec<AccountId> {
	let mut who: Vec<_> = raised()
		.into_iter()
		.filter(|(_, s, f)| *s == Subject::Study(study) && *f == StatusFlags::RESEARCH_INVITATION)
		.map(|(p, _, _)| p)
		.collect();
	who.sort();
	who
}

#[test]
fn approval_invites_those_the_study_could_count_and_no_one_else() {
	ExtBuilder.build_and_execute(|| {
		let patients: Vec<AccountId> = (1_000..1_006).collect();
		for p in &patients {
			set_role(*p, Some(medrec_primitives::Role::Patient));
			set_active(*p, HOSPITAL, true);
			consent(*p, HOSPITAL);
		}
		// 1_001 asks to be asked: invited. 1_002's terms refuse commercial use: not invited.
		// 1_003's consent is not in force: not invited. 1_004 has no consent at all.
		let mut ask = consent_terms(HOSPITAL);
		ask.mode = ConsentMode::AskEachStudy;
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(1_001), 1_001, ask));
		let mut ncu = consent_terms(HOSPITAL);
		ncu.modifiers = DuoModifiers::NCU;
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(1_002), 1_002, ncu));
		let mut later = consent_terms(HOSPITAL);
		later.not_before = NOW + DAY;
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(1_003), 1_003, later));
		assert_ok!(Research::withdraw_consent(RuntimeOrigin::signed(1_004), 1_004));
		let mut terms = study_terms(&[Conditions]);
		terms.purpose.commercial = true;
		let study = approved(terms);
		assert_eq!(Sweeps::<Test>::get().len(), 1);
		// Idle weight for two consents a block: five consents take three blocks.
		let room = <() as crate::WeightInfo>::sweep(2);
		let mut blocks = 0;
		while !Sweeps::<Test>::get().is_empty() {
			assert!(idle(room).all_lte(room));
			blocks += 1;
			assert!(blocks < 20, "the sweep does not finish");
		}
		assert_eq!(blocks, 3);
		assert_eq!(invited(study), vec![1_000, 1_001, 1_005]);
		assert_eq!(last_event(), Event::InvitationsSent { study, count: 3 });
		// Nothing left to do costs one read, less than any sweep.
		let nothing = idle(room);
		assert!(nothing.all_lt(<() as crate::WeightInfo>::sweep(0)), "{nothing:?}");
		assert!(invited(study).len() == 3, "no one is invited twice");
	});
}

#[test]
fn no_idle_weight_no_work() {
	ExtBuilder.build_and_execute(|| {
		consent(PATIENT, HOSPITAL);
		let study = approved_study();
		assert_eq!(idle(Weight::zero()), Weight::zero());
		assert!(invited(study).is_empty());
		assert_eq!(Sweeps::<Test>::get().len(), 1);
	});
}

#[test]
fn closing_a_study_stops_its_invitations() {
	ExtBuilder.build_and_execute(|| {
		consent(PATIENT, HOSPITAL);
		let study = approved_study();
		assert_ok!(Research::close_study(RuntimeOrigin::signed(RESEARCHER), study));
		assert!(Sweeps::<Test>::get().is_empty());
		idle(Weight::MAX);
		assert!(invited(study).is_empty());
	});
}

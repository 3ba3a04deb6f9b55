//! The try-runtime check, on the populated chain's state as a chain one version older wrote
//! it: what it passes and what it catches.

use frame_system::{LastRuntimeUpgrade, LastRuntimeUpgradeInfo};
use medrec_checks::{chain, upgrade};
use medrec_runtime::{Runtime, VERSION};
use sp_io::TestExternalities;

/// The populated state, as if the runtime named `name` at `version` had written it.
fn state_of(name: &'static str, version: u32) -> TestExternalities {
	let mut ext = chain::populated();
	ext.execute_with(|| {
		LastRuntimeUpgrade::<Runtime>::put(LastRuntimeUpgradeInfo {
			spec_version: version.into(),
			spec_name: name.into(),
		})
	});
	ext
}

#[test]
fn an_upgrade_from_the_version_before_passes_every_check() {
	let mut ext = state_of("medrec", VERSION.spec_version - 1);
	let report = upgrade::check(&mut ext).expect("every check passes");
	assert_eq!(report.to, ("medrec".to_string(), VERSION.spec_version));
	assert!(report.weight.all_lte(report.max_block));
	assert!(report.to_string().contains("every check passed"));
}

#[test]
fn the_running_version_is_refused() {
	let mut ext = state_of("medrec", VERSION.spec_version);
	let error = upgrade::check(&mut ext).expect_err("not higher");
	assert!(error.contains("not higher"), "{error}");
}

#[test]
fn another_chains_state_is_refused() {
	let mut ext = state_of("polkadot", VERSION.spec_version - 1);
	let error = upgrade::check(&mut ext).expect_err("another chain");
	assert!(error.contains("the chain runs polkadot"), "{error}");
}

#[test]
fn a_broken_invariant_fails_the_check() {
	let mut ext = state_of("medrec", VERSION.spec_version - 1);
	// A member listed twice: the consortium's members must be sorted and distinct.
	ext.execute_with(|| {
		pallet_medrec_consortium::Members::<Runtime>::mutate(|members| {
			let first = members[0].clone();
			members.try_push(first).expect("room for one more member");
		})
	});
	let error = upgrade::check(&mut ext).expect_err("try_state catches it");
	// The pallet's own words ("members unsorted or repeated") go to the log, which
	// medrec-try-runtime prints.
	assert!(error.contains("try_state"), "{error}");
}

/// The rehearsal runtime's deliberate migration, with its pre- and post-upgrade checks, on a
/// state with a proposal open.
#[cfg(feature = "upgrade-rehearsal")]
#[test]
fn the_rehearsal_migration_runs_with_its_checks() {
	use frame_support::traits::{GetStorageVersion, StorageVersion};
	use medrec_runtime::{Consortium, RuntimeCall, RuntimeOrigin};
	use sp_runtime::traits::Dispatchable;

	let mut ext = state_of("medrec", VERSION.spec_version - 1);
	let before = ext.execute_with(|| {
		StorageVersion::new(0).put::<Consortium>();
		// Charlie Research Institute's study: a proposal before the members, open.
		let charlie = chain::account(&chain::people()[2].1);
		RuntimeCall::Research(pallet_medrec_research::Call::register_study {
			terms: chain::study_terms(),
		})
		.dispatch(RuntimeOrigin::signed(charlie))
		.expect("Charlie registers a study");
		pallet_medrec_consortium::Proposals::<Runtime>::get(0).expect("open").expires
	});
	let report = upgrade::check(&mut ext).expect("every check passes");
	assert!(report.weight.ref_time() > 0, "the migration declares its weight");
	ext.execute_with(|| {
		assert_eq!(Consortium::on_chain_storage_version(), 1);
		let after = pallet_medrec_consortium::Proposals::<Runtime>::get(0).expect("open").expires;
		assert_eq!(after, before + medrec_runtime::DAYS);
	});
}

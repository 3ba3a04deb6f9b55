//! The candidate runtime's upgrade, dry-run on a chain's real state.
//!
//! This is what `frame_system` would do when the candidate's code is applied, with every check
//! switched on: each migration's `pre_upgrade` and `post_upgrade`, every pallet's `try_state`,
//! the whole state decoding under the candidate's types, and nothing written after the
//! migrations. Beyond that it checks what the chain itself would refuse or suffer:
//! - the candidate names the running chain's spec and a higher version;
//! - the upgrade's weight fits in a block (the migrations run inside the first block of the new
//!   runtime, `SingleBlockMigrations`);
//! - running the upgrade a second time changes nothing (each migration is versioned).

use frame_support::weights::Weight;
use frame_try_runtime::UpgradeCheckSelect;
use medrec_runtime::{configs::RuntimeBlockWeights, Executive, Runtime, VERSION};
use sp_io::TestExternalities;
use sp_runtime::StateVersion;

/// What the check found.
#[derive(Debug)]
pub struct Report {
	/// The runtime the state was written by: spec name and version.
	pub from: (String, u32),
	/// The candidate's.
	pub to: (String, u32),
	/// The weight the upgrade declares: `before_all_runtime_migrations` and every migration.
	pub weight: Weight,
	/// A block's maximum weight.
	pub max_block: Weight,
}

impl std::fmt::Display for Report {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		let share = |used: u64, max: u64| used as f64 * 100.0 / max.max(1) as f64;
		writeln!(
			f,
			"upgrade {} {} -> {} {}: every check passed",
			self.from.0, self.from.1, self.to.0, self.to.1
		)?;
		writeln!(
			f,
			"  migrations' pre/post checks, try_state of every pallet, the state decodes: ok"
		)?;
		writeln!(f, "  a second run changes nothing: ok")?;
		write!(
			f,
			"  weight: ref_time {} ({:.3}% of a block), proof_size {} ({:.3}% of a block)",
			self.weight.ref_time(),
			share(self.weight.ref_time(), self.max_block.ref_time()),
			self.weight.proof_size(),
			share(self.weight.proof_size(), self.max_block.proof_size()),
		)
	}
}

/// Dry-runs this crate's runtime (the candidate) as an upgrade of the state in `ext`.
pub fn check(ext: &mut TestExternalities) -> Result<Report, String> {
	let to = (VERSION.spec_name.to_string(), VERSION.spec_version);
	let from = ext.execute_with(|| {
		frame_system::LastRuntimeUpgrade::<Runtime>::get()
			.map(|last| (last.spec_name.to_string(), last.spec_version.0))
			.ok_or("the state has no frame_system::LastRuntimeUpgrade: is it a chain's state?")
	})?;
	if from.0 != to.0 {
		return Err(format!("the candidate is a {} runtime; the chain runs {}", to.0, from.0));
	}
	if to.1 <= from.1 {
		return Err(format!(
			"the candidate's spec_version {} is not higher than the chain's {}: \
			 frame_system would refuse the code",
			to.1, from.1
		));
	}

	let weight = ext.execute_with(|| {
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.map_err(|e| format!("the upgrade's checks failed: {e:?}"))
	})?;
	let max_block = RuntimeBlockWeights::get().max_block;
	if !weight.all_lte(max_block) {
		return Err(format!(
			"the upgrade needs {weight:?}, more than a block's {max_block:?}: it needs \
			 multi-block migrations"
		));
	}

	let root = ext.execute_with(|| sp_io::storage::root(StateVersion::V1));
	// The second run's warnings are the point ("migration can be removed; on-chain is
	// already at …"), not news: only errors are worth printing.
	let level = log::max_level();
	log::set_max_level(level.min(log::LevelFilter::Error));
	let second = ext.execute_with(|| Executive::try_runtime_upgrade(UpgradeCheckSelect::None));
	log::set_max_level(level);
	second.map_err(|e| format!("the upgrade failed when run a second time: {e:?}"))?;
	let again = ext.execute_with(|| sp_io::storage::root(StateVersion::V1));
	if again != root {
		return Err("running the upgrade a second time changed the state: a migration is not \
		            versioned"
			.into());
	}
	Ok(Report { from, to, weight, max_block })
}

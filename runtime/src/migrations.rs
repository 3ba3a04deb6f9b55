//! The storage migrations this runtime runs when it replaces the one before it.
//!
//! `frame_system` runs [`SingleBlockMigrations`] in the first block the new code executes,
//! before anything else. Each entry is versioned: it checks its pallet's on-chain storage
//! version and does nothing on a chain already past it, so an entry can stay listed for a
//! release or two, for chains that skip one, and is then removed.
//!
//! Every migration listed here must fit in one block: its doc states the most it reads and
//! writes. At the runtime's database weights (`RocksDbWeight`: 25 µs a read, 100 µs a write,
//! conservative for the nodes' ParityDB) a block's 2 s of `ref_time` migrate about 16 000
//! entries read and rewritten, fewer with the upgrade's own block work beside them. One that
//! grows with the number of patients does not fit: a million patients' entries are 125 s, 63
//! blocks. Such a migration belongs in `pallet-migrations`' multi-block migrations, and the
//! try-runtime check (`scripts/checks.sh try-runtime`) refuses an upgrade whose declared
//! weight is over a block.
//!
//! Release 103 is the first that can be upgraded, so no chain holds state older than its own
//! layout and nothing needs migrating yet. The upgrade rehearsal's test runtime (feature
//! `upgrade-rehearsal`) lists a deliberate migration, so that the rehearsal shows a migration
//! running against state the old runtime wrote, with its checks.

#[cfg(not(feature = "upgrade-rehearsal"))]
pub type SingleBlockMigrations = ();

#[cfg(feature = "upgrade-rehearsal")]
frame_support::parameter_types! {
	/// What the rehearsal adds to each open proposal's voting period.
	pub const RehearsalExtension: crate::BlockNumber = crate::DAYS;
}

/// The rehearsal's migration: open proposals get a day more (at most 16 proposals: 17 reads
/// and 17 writes).
#[cfg(feature = "upgrade-rehearsal")]
pub type SingleBlockMigrations =
	(pallet_medrec_consortium::migrations::v1::MigrateV0ToV1<crate::Runtime, RehearsalExtension>,);

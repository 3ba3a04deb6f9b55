//! Snapshots: what is saved loads back, and a file that is not one, is damaged or does not
//! hold its block's state is refused with a reason, before anything is checked.

use medrec_checks::{chain, snapshot::Snapshot};
use medrec_runtime::Header;
use sp_runtime::{traits::Header as _, StateVersion};

/// The populated chain's state as a snapshot of a block whose header commits to it.
fn populated() -> Snapshot {
	let mut ext = chain::populated();
	let (top, root) = ext.execute_with(|| {
		let mut top = Vec::new();
		let mut key = Some(Vec::new());
		while let Some(k) = key.and_then(|k| sp_io::storage::next_key(&k)) {
			top.push((
				k.clone(),
				sp_io::storage::get(&k).expect("a listed key has a value").to_vec(),
			));
			key = Some(k);
		}
		(top, sp_io::storage::root(StateVersion::V1))
	});
	let header = Header::new(
		1,
		Default::default(),
		sp_core::H256::from_slice(&root),
		Default::default(),
		Default::default(),
	);
	Snapshot { header, top, children: Vec::new() }
}

fn file(name: &str) -> std::path::PathBuf {
	std::env::temp_dir().join(format!("medrec-checks-{}-{name}", std::process::id()))
}

#[test]
fn a_saved_snapshot_loads_back() {
	let snapshot = populated();
	let path = file("good");
	snapshot.save(&path).expect("saves");
	let loaded = Snapshot::load(&path).expect("loads");
	assert_eq!(loaded.keys(), snapshot.keys());
	assert_eq!(loaded.header.state_root(), snapshot.header.state_root());
	std::fs::remove_file(path).ok();
}

#[test]
fn a_state_that_is_not_the_blocks_is_refused() {
	let mut snapshot = populated();
	// One value changed, as if the state moved on while it was fetched.
	snapshot.top[3].1.push(0);
	let path = file("changed");
	snapshot.save(&path).expect("saves");
	let error = Snapshot::load(&path).err().expect("refused");
	assert!(error.contains("not the header's"), "{error}");
	// And one key missing.
	let mut snapshot = populated();
	snapshot.top.remove(0);
	snapshot.save(&path).expect("saves");
	assert!(Snapshot::load(&path).err().expect("refused").contains("incomplete"));
	std::fs::remove_file(path).ok();
}

#[test]
fn a_file_that_is_no_snapshot_is_refused() {
	let path = file("other");
	std::fs::write(&path, b"{\"not\": \"a snapshot\"}").expect("writes");
	let error = Snapshot::load(&path).err().expect("refused");
	assert!(error.contains("is not a MedRec state snapshot"), "{error}");
	// The right start, then garbage.
	std::fs::write(&path, b"MEDRECS1\x07\x07\x07").expect("writes");
	let error = Snapshot::load(&path).err().expect("refused");
	assert!(error.contains("damaged"), "{error}");
	let missing = file("missing");
	assert!(Snapshot::load(&missing).err().expect("refused").contains("No such file"));
	std::fs::remove_file(path).ok();
}

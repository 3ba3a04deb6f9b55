//! A MedRec chain in memory: blocks built as a validator builds them (an Aura slot in the
//! digest, the timestamp inherent), signed transactions from the people who use it, and the
//! populated state the fuzz targets start from.

use codec::Encode;
use frame_support::traits::{InherentBuilder, TryState, TryStateSelect};
use medrec_runtime::{
	genesis_config_presets, AccountId, AllPalletsWithSystem, BlockNumber, Executive, Header, Nonce,
	Relationships, RuntimeCall, RuntimeGenesisConfig, RuntimeOrigin, System, UncheckedExtrinsic,
	SLOT_DURATION, VERSION,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, storage::Storage, Pair, H256};
use sp_genesis_builder::PresetId;
use sp_io::TestExternalities;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{Dispatchable, Header as _},
	BuildStorage, Digest, DigestItem, StateVersion,
};

/// Who signs: the fuzz targets pick a signer from these by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
	/// A consortium member: a provider running a validator.
	Member,
	/// An organisation the consortium registered (Dave's pharmacy).
	Organisation,
	/// A patient with a relationship to a provider.
	Patient,
	/// Nobody the chain knows.
	Stranger,
}

/// The accounts of the populated chain, in a fixed order.
pub fn people() -> Vec<(Kind, sr25519::Pair)> {
	use Sr25519Keyring::*;
	let mut people = vec![
		(Kind::Member, Alice.pair()),
		(Kind::Member, Bob.pair()),
		(Kind::Member, Charlie.pair()),
		(Kind::Organisation, Dave.pair()),
		(Kind::Patient, Eve.pair()),
		(Kind::Patient, Ferdie.pair()),
	];
	for seed in ["//MedRec/stranger/1", "//MedRec/stranger/2"] {
		let pair = sr25519::Pair::from_string(seed, None).expect("a valid derivation path");
		people.push((Kind::Stranger, pair));
	}
	people
}

/// The account of `pair`.
pub fn account(pair: &sr25519::Pair) -> AccountId {
	pair.public().into()
}

/// The development chain's genesis (the preset `scripts/dev.sh` runs), at block 0.
pub fn genesis() -> Storage {
	let patch = genesis_config_presets::get_preset(&PresetId::from("development"))
		.expect("the development preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the preset is a genesis config");
	config.build_storage().expect("the genesis builds")
}

/// Applies a JSON merge patch (RFC 7386), as the node applies a preset over the defaults.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	use serde_json::Value::Object;
	match (base, patch) {
		(Object(base), Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// A state as the trie's raw nodes and its root: quick to copy and to restore.
pub type Raw = (Vec<(Vec<u8>, (Vec<u8>, i32))>, H256);

/// Externalities over a copy of `raw`.
pub fn restore(raw: &Raw) -> TestExternalities {
	TestExternalities::from_raw_snapshot(raw.0.clone(), raw.1, StateVersion::V1)
}

/// The state the fuzz targets start from: the development genesis, then one block in which
/// Alice's hospital and Bob's clinic open relationships with Eve and Ferdie, and Eve accepts
/// hers with Alice.
pub fn populated() -> TestExternalities {
	let mut ext = TestExternalities::new_with_state_version(genesis(), StateVersion::V1);
	ext.execute_with(|| {
		start_block(1);
		let provider = |who: Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
		for (provider_key, patient) in [
			(Sr25519Keyring::Alice, Sr25519Keyring::Eve),
			(Sr25519Keyring::Alice, Sr25519Keyring::Ferdie),
			(Sr25519Keyring::Bob, Sr25519Keyring::Eve),
		] {
			Relationships::open_relationship(provider(provider_key), patient.to_account_id())
				.expect("a provider opens a relationship");
		}
		// Relationships are numbered from 0 in the order they were opened: Eve's with Alice.
		RuntimeCall::Relationships(pallet_medrec_relationships::Call::accept_relationship {
			relationship: 0,
		})
		.dispatch(RuntimeOrigin::signed(Sr25519Keyring::Eve.to_account_id()))
		.expect("Eve accepts");
		end_block();
	});
	ext.commit_all().expect("the overlay commits");
	ext
}

/// Starts block `number` (any number above the last) as a validator would: its Aura slot in
/// the digest, then the timestamp inherent for that slot.
pub fn start_block(number: BlockNumber) {
	// Slots count up from a fixed base so that each block's is higher than the last.
	let slot = Slot::from(1_000_000 + u64::from(number));
	let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
	// A lapse of many blocks skips them: frame_system takes only the next number, and no hook
	// of the skipped blocks would change what the fuzzer checks (expiry compares numbers).
	System::set_block_number(number.saturating_sub(1));
	let parent = System::block_hash(number.saturating_sub(1));
	let header = Header::new(number, Default::default(), Default::default(), parent, digest);
	Executive::initialize_block(&header);
	let now = u64::from(slot) * SLOT_DURATION;
	let inherent =
		UncheckedExtrinsic::new_inherent(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
			now,
		}));
	Executive::apply_extrinsic(inherent)
		.expect("the timestamp inherent is valid")
		.expect("the timestamp inherent dispatches");
}

/// Ends the current block, then checks every pallet's invariants (`try_state`).
pub fn end_block() -> Header {
	let header = Executive::finalize_block();
	// Finalizing leaves the number on the block just built; `try_state` takes it.
	AllPalletsWithSystem::try_state(*header.number(), TryStateSelect::All)
		.unwrap_or_else(|e| panic!("an invariant broke in block {}: {e:?}", header.number()));
	header
}

/// `call` signed by `signer` with `nonce`, as a wallet signs it for this chain (the chain
/// client's one way of building a signed payload).
pub fn signed(signer: &sr25519::Pair, nonce: Nonce, call: RuntimeCall) -> UncheckedExtrinsic {
	medrec_chain_client::sign_for(
		signer,
		call,
		nonce,
		VERSION.spec_version,
		VERSION.transaction_version,
		System::block_hash(0),
	)
}

/// A study Charlie Research Institute registers (`research.register_study`): it opens a
/// consortium proposal that stays open until the members vote.
pub fn study_terms() -> medrec_primitives::research::StudyTerms {
	use medrec_primitives::research::{PrimaryPurpose, StudyPurpose, StudyTerms};
	StudyTerms {
		title: b"Hypertension in primary care".to_vec().try_into().expect("a short title"),
		protocol_url: b"https://charlie-research.example/protocol.pdf"
			.to_vec()
			.try_into()
			.expect("a short URL"),
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
		categories: medrec_primitives::Categories::standard(),
		starts: 0,
		// 2100-01-01: after any block the fuzzer builds.
		ends: 4_102_444_800_000,
		min_cell: 11,
		budget: 10_000,
		max_per_query: 1_000,
	}
}

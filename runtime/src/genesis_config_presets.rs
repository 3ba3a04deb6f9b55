//! Genesis presets: `development` (Alice alone) and `local_testnet` (Alice, Bob and Charlie).
//!
//! Every initial authority is registered as a provider, so a fresh chain can onboard patients
//! at once. The development chain also has Bob as a provider that does not validate and Dave as
//! a pharmacy, so that sharing between organisations can be tried on a single node.
//!
//! Both presets link the first three accounts of the standard Hardhat/Anvil test mnemonic
//! ("test test ... junk") to providers and the pharmacy, with gas credit, so Ethereum tools
//! work against a fresh chain at once. Their keys are public: never link them on a real
//! network.
//!
//! Neither preset has sudo. The consortium governs itself by vote; a dev chain with a root key
//! would exercise code paths a real network never has.

use alloc::{format, string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use medrec_primitives::OrganisationKind;
use pallet_revive::{AccountId32Mapper, AddressMapper};
use sp_core::H160;

use crate::{
	configs::evm::GAS_CREDIT, AccountId, BalancesConfig, ConsortiumConfig, RegistrarConfig,
	Runtime, RuntimeGenesisConfig, SessionConfig, SessionKeys, SESSION_LENGTH,
};

/// Hardhat/Anvil development accounts 0, 1 and 2 (secret keys `0xac09...ff80`,
/// `0x59c6...690d`, `0x5de4...365a`).
pub const HARDHAT_ACCOUNTS: [H160; 3] = [
	H160(hex_literal::hex!("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")),
	H160(hex_literal::hex!("70997970c51812dc3a010c7d01b50e0d17dc79c8")),
	H160(hex_literal::hex!("3c44cdddb6a900fa2b585dd299e03d12fa4293bc")),
];

/// One initial provider: the account it acts with, its session keys (if it validates), its
/// display name and its gatekeeper's URL.
pub struct InitialProvider {
	pub account: AccountId,
	pub keys: Option<(AuraId, GrandpaId)>,
	pub name: &'static str,
	pub gatekeeper: String,
}

impl InitialProvider {
	/// A well-known development validator (Alice, Bob, ...) from the keyring, whose gatekeeper
	/// listens on `port` of this machine.
	pub fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring, name: &'static str, port: u16) -> Self {
		Self {
			account: sr.to_account_id(),
			keys: Some((sr.public().into(), ed.public().into())),
			name,
			gatekeeper: format!("http://127.0.0.1:{port}"),
		}
	}

	/// The same, registered as a provider but not validating.
	pub fn non_validating(self) -> Self {
		Self { keys: None, ..self }
	}
}

/// The genesis of a MedRec chain with `providers` (the validating ones become the consortium's
/// founding members and the initial authorities), `organisations`, and Ethereum addresses
/// linked to some of them (given their gas credit at once, so wallets show it).
pub fn medrec_genesis(
	providers: Vec<InitialProvider>,
	organisations: Vec<(AccountId, OrganisationKind, &'static str)>,
	eth_links: Vec<(AccountId, H160)>,
) -> Value {
	let keys = providers
		.iter()
		.filter_map(|p| {
			let (aura, grandpa) = p.keys.clone()?;
			Some((p.account.clone(), p.account.clone(), SessionKeys { aura, grandpa }))
		})
		.collect::<Vec<_>>();
	let members = keys.iter().map(|(account, _, _)| account.clone()).collect::<Vec<_>>();
	let registered = providers
		.into_iter()
		.map(|p| (p.account, p.name.as_bytes().to_vec(), p.gatekeeper.into_bytes()))
		.collect::<Vec<_>>();
	let organisations = organisations
		.into_iter()
		.map(|(who, kind, name)| (who, kind, name.as_bytes().to_vec()))
		.collect::<Vec<_>>();
	let credit = eth_links
		.iter()
		.map(|(_, address)| {
			(AccountId32Mapper::<Runtime>::to_fallback_account_id(address), GAS_CREDIT)
		})
		.collect::<Vec<_>>();
	build_struct_json_patch!(RuntimeGenesisConfig {
		session: SessionConfig { keys },
		balances: BalancesConfig { balances: credit },
		registrar: RegistrarConfig { providers: registered, organisations, eth_links },
		consortium: ConsortiumConfig { members, session_length: SESSION_LENGTH },
	})
}

// The well-known development providers, each with its gatekeeper on a port of this machine:
// the ports `scripts/dev.sh` runs Alice's and Bob's on (FHIR; admin on the next port).
fn alice() -> InitialProvider {
	InitialProvider::dev(
		Sr25519Keyring::Alice,
		Ed25519Keyring::Alice,
		"Alice General Hospital",
		8080,
	)
}

fn bob() -> InitialProvider {
	InitialProvider::dev(Sr25519Keyring::Bob, Ed25519Keyring::Bob, "Bob Family Clinic", 8090)
}

fn charlie() -> InitialProvider {
	InitialProvider::dev(
		Sr25519Keyring::Charlie,
		Ed25519Keyring::Charlie,
		"Charlie Medical Lab",
		8100,
	)
}

fn development() -> Value {
	let [hospital, clinic, pharmacy] = HARDHAT_ACCOUNTS;
	medrec_genesis(
		vec![alice(), bob().non_validating()],
		vec![
			(Sr25519Keyring::Dave.to_account_id(), OrganisationKind::Pharmacy, "Dave Pharmacy"),
			// The researcher of the quick start's study.
			(
				Sr25519Keyring::Charlie.to_account_id(),
				OrganisationKind::Research,
				"Charlie Research Institute",
			),
		],
		vec![
			(Sr25519Keyring::Alice.to_account_id(), hospital),
			(Sr25519Keyring::Bob.to_account_id(), clinic),
			(Sr25519Keyring::Dave.to_account_id(), pharmacy),
		],
	)
}

fn local_testnet() -> Value {
	let [alice_eth, bob_eth, charlie_eth] = HARDHAT_ACCOUNTS;
	medrec_genesis(
		vec![alice(), bob(), charlie()],
		vec![],
		vec![
			(Sr25519Keyring::Alice.to_account_id(), alice_eth),
			(Sr25519Keyring::Bob.to_account_id(), bob_eth),
			(Sr25519Keyring::Charlie.to_account_id(), charlie_eth),
		],
	)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serializing a serde_json::Value cannot fail; qed")
			.into_bytes(),
	)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

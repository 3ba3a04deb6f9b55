//! Synthetic FHIR R4 patients for MedRec's research feature: the input of the federated,
//! differentially private count tests (3 sites × 500 patients in CI) and benchmarks (100 000
//! patients over three gatekeepers), with a ground-truth manifest to compare noisy counts
//! against.
//!
//! - **Deterministic and sliceable**: patient `i` depends only on the [`Config`] and `i` (its
//!   own ChaCha20 stream, seeded by SHA-256 of `"medrec/synth" ‖ seed ‖ i`), so patients
//!   5000..6000 come out the same whether generated alone or in a full run. No wall clock.
//! - **Accepted by MedRec's ingest check** (`medrec_fhir::check_ingest`): one `collection`
//!   Bundle per (patient, site) holding that site's copy of the Patient and its records.
//! - **Truthful**: every coded fact written is also in the patient's [`Truth`], with the site
//!   holding it.
//!
//! The clinical model (prevalences, visit counts, the site split) is documented in
//! [`mod@model`]; every code written is in [`codes`].

pub mod codes;
mod date;
mod fhir;
pub mod model;
mod write;

pub use codes::SecurityLabel;
pub use date::{Date, DateError};
pub use write::{generate_run, manifest_path, site_path, RunStats, RunWriter};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sp_core::{
	crypto::{AccountId32, DeriveJunction, Ss58Codec, DEV_PHRASE},
	sr25519, Pair,
};
use std::{fmt, ops::Range, sync::OnceLock};

/// Most sites a run may spread patients over.
pub const MAX_SITES: u8 = 8;

/// How each patient's MedRec account is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountMode {
	/// The sr25519 dev key `//synth//{i}` (derived from the dev phrase); its public key is the
	/// account. For dev and CI runs that sign real extrinsics as the patients ([`dev_pair`]).
	#[default]
	Keys,
	/// 32 bytes of SHA-256(`"medrec/synth/account"` ‖ seed ‖ i): nobody holds a key, accounts
	/// differ per seed, and making one costs a hash (100 000-patient genesis benchmarks).
	Keyless,
}

/// What to generate. Every patient is a function of this and its index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
	/// Selects the population; also part of every resource id, so runs with different seeds
	/// can share a gatekeeper.
	pub seed: u64,
	/// Number of sites (gatekeepers), 1..=[`MAX_SITES`]; sites are numbered from 0.
	pub sites: u8,
	/// Ages are computed at this date and clinical dates fall in the 10 years before it.
	pub as_of: Date,
	pub accounts: AccountMode,
	/// Percentage of patients who also have records at a second site (ignored with one site).
	pub second_site_share_pct: u8,
}

impl Default for Config {
	/// Seed 0, 3 sites, as of 2026-01-01, dev keys, 25% at a second site.
	fn default() -> Self {
		Self {
			seed: 0,
			sites: 3,
			as_of: DEFAULT_AS_OF,
			accounts: AccountMode::Keys,
			second_site_share_pct: 25,
		}
	}
}

/// The as-of date when none is given: 2026-01-01.
pub const DEFAULT_AS_OF: Date = date::JAN_1_2026;

/// A [`Config`] the generator cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for ConfigError {}

impl Config {
	/// Checks the ranges [`patient`] relies on.
	pub fn check(&self) -> Result<(), ConfigError> {
		if !(1..=MAX_SITES).contains(&self.sites) {
			return Err(ConfigError(format!("sites must be 1..={MAX_SITES}, not {}", self.sites)));
		}
		if self.second_site_share_pct > 100 {
			return Err(ConfigError(format!(
				"second_site_share_pct is a percentage, not {}",
				self.second_site_share_pct
			)));
		}
		// Birth dates reach 96 years back and must keep four-digit years.
		if self.as_of.year() < 1000 {
			return Err(ConfigError(format!("as-of {} is too early", self.as_of)));
		}
		Ok(())
	}
}

/// FHIR `Patient.gender` (AdministrativeGender).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
	Female,
	Male,
	Other,
	Unknown,
}

impl Gender {
	/// The FHIR code.
	pub fn code(self) -> &'static str {
		match self {
			Gender::Female => "female",
			Gender::Male => "male",
			Gender::Other => "other",
			Gender::Unknown => "unknown",
		}
	}
}

/// One coded fact as written to a site: a coding of a resource, with its value and date. A
/// Condition yields two facts (its ICD-10-CM and its SNOMED coding) with the same `id`; an
/// Encounter yields its class (v3-ActCode); Patients yield none (see [`Truth`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
	/// The site whose Bundle holds the resource.
	pub site: u8,
	pub resource_type: String,
	/// The resource id (unique over the run).
	pub id: String,
	pub system: String,
	pub code: String,
	/// `valueQuantity.value` of an Observation (its unit is fixed per code, see
	/// [`codes::MEASURES`]).
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub value: Option<f64>,
	/// Onset, authoredOn, effective, occurrence, or period start.
	pub date: Date,
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub label: Option<SecurityLabel>,
}

/// Everything true about one synthetic patient; one line of `manifest.ndjson`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Truth {
	/// The patient's index in the population.
	pub index: u64,
	/// The MedRec account, SS58 (generic substrate format, 42).
	pub account: String,
	/// The id of the Patient resource, the same at every site holding one.
	pub patient_id: String,
	pub birth_date: Date,
	/// Completed years at the config's as-of date.
	pub age: u32,
	pub gender: Gender,
	pub home_site: u8,
	/// Every site holding a Bundle for this patient, home first.
	pub sites: Vec<u8>,
	pub facts: Vec<Fact>,
}

impl Truth {
	/// Whether any site holds a resource coded `system`/`code`.
	pub fn has_code(&self, system: &str, code: &str) -> bool {
		self.facts.iter().any(|f| f.system == system && f.code == code)
	}

	/// Whether `site` holds a resource coded `system`/`code`.
	pub fn has_code_at(&self, site: u8, system: &str, code: &str) -> bool {
		self.facts.iter().any(|f| f.site == site && f.system == system && f.code == code)
	}

	/// Whether the patient had an order for any opioid ([`codes::OPIOIDS`]), anywhere.
	pub fn has_opioid_order(&self) -> bool {
		self.facts.iter().any(|f| {
			f.resource_type == "MedicationRequest"
				&& f.system == codes::RXNORM
				&& codes::is_opioid(&f.code)
		})
	}

	/// The facts held by `site`.
	pub fn facts_at(&self, site: u8) -> impl Iterator<Item = &Fact> {
		self.facts.iter().filter(move |f| f.site == site)
	}
}

/// One generated patient: the truth and one FHIR `Bundle` (type `collection`) per site holding
/// records, in the order of [`Truth::sites`].
#[derive(Debug, Clone, PartialEq)]
pub struct SynthPatient {
	pub truth: Truth,
	pub bundles: Vec<(u8, serde_json::Value)>,
}

/// Generates patient `index`.
///
/// # Panics
/// If `config` fails [`Config::check`].
pub fn patient(config: &Config, index: u64) -> SynthPatient {
	if let Err(e) = config.check() {
		panic!("medrec-synth: {e}");
	}
	model::generate(config, index)
}

/// Patients `range`, generated one at a time (constant memory).
///
/// # Panics
/// If `config` fails [`Config::check`].
pub fn patients(config: &Config, range: Range<u64>) -> impl Iterator<Item = SynthPatient> + '_ {
	if let Err(e) = config.check() {
		panic!("medrec-synth: {e}");
	}
	range.map(move |i| model::generate(config, i))
}

/// The id of patient `index`'s Patient resource: `s{seed}-p{index}`. Its other resources' ids
/// extend it (`-e3`, `-c0`, ...), so ids are unique over any set of runs with distinct seeds.
pub fn patient_id(seed: u64, index: u64) -> String {
	format!("s{seed}-p{index}")
}

/// The sr25519 dev key of patient `index`: `//synth//{index}` on the dev phrase, the same
/// pair as `sr25519::Pair::from_string("//synth//{index}", None)`.
pub fn dev_pair(index: u64) -> sr25519::Pair {
	// The phrase's PBKDF2 stretch costs milliseconds; it is done once per process.
	static ROOT: OnceLock<sr25519::Pair> = OnceLock::new();
	let root = ROOT.get_or_init(|| match sr25519::Pair::from_phrase(DEV_PHRASE, None) {
		Ok((pair, _)) => pair,
		Err(e) => panic!("the dev phrase is a valid phrase: {e:?}"),
	});
	// As `SecretUri` parses `//synth//{index}`: each `/x` segment is a hard junction.
	let path = [DeriveJunction::from("/synth"), DeriveJunction::from(format!("/{index}"))];
	match root.derive(path.into_iter(), None) {
		Ok((pair, _)) => pair,
		Err(e) => panic!("hard sr25519 derivation does not fail: {e:?}"),
	}
}

/// Patient `index`'s MedRec account.
pub fn account(config: &Config, index: u64) -> AccountId32 {
	match config.accounts {
		AccountMode::Keys => dev_pair(index).public().into(),
		AccountMode::Keyless => {
			let mut h = Sha256::new();
			h.update(b"medrec/synth/account");
			h.update(config.seed.to_le_bytes());
			h.update(index.to_le_bytes());
			AccountId32::new(h.finalize().into())
		},
	}
}

/// Patient `index`'s MedRec account as SS58 (the generic substrate format, 42).
pub fn account_ss58(config: &Config, index: u64) -> String {
	account(config, index).to_ss58check()
}

//! The population model: who the patients are, what they have, where it is recorded.
//!
//! Rates are per mille, per age band (the band of the patient's age at the as-of date). They
//! are rough US figures, meant to make counts look plausible, not to be epidemiology:
//!
//! | per mille            | 0-17 | 18-34 | 35-49 | 50-64 | 65-79 | 80+ | adults, weighted |
//! |----------------------|-----:|------:|------:|------:|------:|----:|-----:|
//! | hypertension         |   10 |    80 |   250 |   450 |   630 | 720 | ~34% (diagnosed; CDC NHANES ~48% by the 130/80 definition) |
//! | type 2 diabetes      |    2 |    30 |    80 |   160 |   230 | 250 | ~12% (CDC: 11-12% diagnosed) |
//! | asthma               |   70 |    90 |    80 |    85 |    80 |  70 | ~8% (CDC: 8% adults, 6% children) |
//! | depression           |   30 |   190 |   200 |   190 |   160 | 140 | ~18% (BRFSS: 18-20% ever diagnosed) |
//! | opioid use disorder  |    0 |    12 |    15 |    10 |     5 |   2 | ~1.1% (NSDUH: ~1-2% past-year OUD) |
//! | opioid analgesic     |   10 |    80 |   110 |   130 |   130 | 110 | with OUD ~12% had an opioid order |
//!
//! Hypertension and diabetes rise with age; asthma is flat and depression peaks in mid-life, as
//! in the surveys. OUD is adults only (the adolescent rate, ~0.4%, would add noise to the
//! "~1% of adults" figure tests check). 85% of OUD patients get medication for it
//! (buprenorphine 65%, methadone 35%); those orders and the OUD Condition carry `OPIOIDUD`.
//! 60% of OUD patients also had an earlier analgesic order. Depression and its sertraline
//! orders carry `PSY`: an antidepressant order discloses the diagnosis as much as the
//! Condition does.
//!
//! **Medications** follow their conditions, ordered at the diagnosing visit: hypertension →
//! lisinopril (70%) and/or amlodipine (30%, 60% without lisinopril), atorvastatin (30% from age
//! 40); diabetes → metformin (85%), atorvastatin (55% unless already), HbA1c at diagnosis and
//! half the time at a later visit; asthma → albuterol (85%); depression → sertraline (55%).
//! Non-diabetic adults of 35+ have a screening HbA1c 25% of the time.
//!
//! **Visits.** Each patient has an annual visit rate of 1-6 (by age band, plus one per chronic
//! condition) and a resource budget drawn uniformly from 11..=19 (integer division by the
//! resources per visit brings the mean to ~14 resources per patient). The record holds the most
//! recent visits: as many as the budget leaves room for after the planned items,
//! at most rate × years of record, at least 1 (2 with a second site), dated uniformly over the
//! last visits/rate years of the window. Every visit has an Encounter (88% ambulatory, 8%
//! emergency, 4% inpatient of 1-5 days), a heart rate and, from age 3, a systolic blood
//! pressure; the last visit has a BMI from age 2. Items happen at a visit chosen uniformly among
//! those at which the patient was old enough (an item with no such visit is dropped), so
//! onsets are the first diagnosis *in this record*. Immunizations: influenza 0-2 at distinct
//! visits from 6 months (more often from 65), Tdap 20% from age 11.
//!
//! **Clinical dates** fall in [max(birth, as-of − 10 years), as-of − 1 day] (on the as-of date
//! itself for a child born that day). An inpatient stay may end on the as-of date.
//!
//! **Sites.** The home site is uniform over the sites. With probability
//! `second_site_share_pct`, a patient also has records at one other site (uniform among the
//! rest): the first visit is at home, each later one at the second site with probability 35%
//! (at least one is). Everything recorded at a visit is at that visit's site. A condition
//! diagnosed at the second site is copied to the home site's problem list half the time (a
//! second Condition with its own id); the other half it is **only at the second site**, so a
//! count over home sites alone misses it (by design: ~6% of (patient, diagnosis) pairs with the
//! default 25%).

use crate::{
	codes::{self, Code, Diagnosis, Measure, SecurityLabel},
	fhir, Config, Date, Fact, Gender, SynthPatient, Truth,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;
use sha2::{Digest, Sha256};

/// An age band: ages `min..=max` (completed years at the as-of date), drawn with probability
/// `permille` / 1000. Birth dates are uniform within the band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeBand {
	pub min: u32,
	pub max: u32,
	pub permille: u32,
}

/// The age bands; "80+" stops at 95.
pub const AGE_BANDS: [AgeBand; 6] = [
	AgeBand { min: 0, max: 17, permille: 220 },
	AgeBand { min: 18, max: 34, permille: 230 },
	AgeBand { min: 35, max: 49, permille: 190 },
	AgeBand { min: 50, max: 64, permille: 190 },
	AgeBand { min: 65, max: 79, permille: 130 },
	AgeBand { min: 80, max: 95, permille: 40 },
];

/// The index in [`AGE_BANDS`] of an age (the last band for anything older).
pub fn age_band(age: u32) -> usize {
	AGE_BANDS.iter().position(|b| age <= b.max).unwrap_or(AGE_BANDS.len() - 1)
}

/// `Patient.gender` shares, per mille.
pub const GENDERS: [(Gender, u32); 4] =
	[(Gender::Female, 505), (Gender::Male, 490), (Gender::Other, 3), (Gender::Unknown, 2)];

/// Prevalences per age band, per mille (see the module documentation for sources).
pub const HYPERTENSION_PERMILLE: [u32; 6] = [10, 80, 250, 450, 630, 720];
pub const TYPE2_DIABETES_PERMILLE: [u32; 6] = [2, 30, 80, 160, 230, 250];
pub const ASTHMA_PERMILLE: [u32; 6] = [70, 90, 80, 85, 80, 70];
pub const DEPRESSION_PERMILLE: [u32; 6] = [30, 190, 200, 190, 160, 140];
pub const OUD_PERMILLE: [u32; 6] = [0, 12, 15, 10, 5, 2];
/// Chance of opioid analgesic orders for patients without OUD.
pub const OPIOID_ANALGESIC_PERMILLE: [u32; 6] = [10, 80, 110, 130, 130, 110];
/// Share of OUD patients with an order for buprenorphine or methadone.
pub const OUD_TREATED_PERMILLE: u32 = 850;
/// Share of conditions diagnosed at a second site that are not copied home.
pub const SECOND_SITE_ONLY_PERMILLE: u32 = 500;
/// Chance that a visit after the first is at the second site.
pub const SECOND_SITE_VISIT_PERMILLE: u32 = 350;

/// Annual visits before adding one per chronic condition and 0-1 at random; capped at 6.
const VISIT_RATE_BASE: [u32; 6] = [2, 1, 1, 2, 3, 3];
/// Resources per patient the visit count aims at (uniform).
const BUDGET: core::ops::RangeInclusive<u32> = 11..=19;
/// Influenza immunization counts per band: per mille with two and with one.
const FLU_PERMILLE: [(u32, u32); 6] =
	[(150, 450), (100, 350), (120, 380), (150, 420), (250, 550), (250, 550)];
const TDAP_PERMILLE: u32 = 200;
const ENCOUNTER_CLASSES: [(Code, u32); 3] =
	[(codes::AMBULATORY, 880), (codes::EMERGENCY, 80), (codes::INPATIENT, 40)];

const FEMALE_NAMES: [&str; 24] = [
	"Ava", "Beatriz", "Chloe", "Dalia", "Elena", "Fatima", "Grace", "Hana", "Ines", "Jade",
	"Keiko", "Lena", "Maya", "Nadia", "Olivia", "Priya", "Rosa", "Sofia", "Tara", "Uma", "Vera",
	"Wen", "Yara", "Zoe",
];
const MALE_NAMES: [&str; 24] = [
	"Aaron", "Bruno", "Carlos", "Dmitri", "Emeka", "Felix", "Gabriel", "Hiro", "Ivan", "Jamal",
	"Kofi", "Liam", "Mateo", "Noah", "Omar", "Pavel", "Rafael", "Samuel", "Tomas", "Umar",
	"Victor", "Wei", "Yusuf", "Zane",
];
const FAMILY_NAMES: [&str; 32] = [
	"Abara",
	"Bergstrom",
	"Castillo",
	"Dubois",
	"Eriksen",
	"Fernandes",
	"Gallagher",
	"Haddad",
	"Ibrahim",
	"Jensen",
	"Kowalski",
	"Lindqvist",
	"Moreau",
	"Nakamura",
	"Okafor",
	"Petrov",
	"Quintero",
	"Rossi",
	"Schmidt",
	"Tanaka",
	"Usman",
	"Varga",
	"Whitfield",
	"Xu",
	"Yilmaz",
	"Zhang",
	"Almeida",
	"Brennan",
	"Chowdhury",
	"Delacroix",
	"Ekwueme",
	"Fujimoto",
];

const YEAR: i64 = 365;

fn patient_rng(seed: u64, index: u64) -> ChaCha20Rng {
	let mut h = Sha256::new();
	h.update(b"medrec/synth");
	h.update(seed.to_le_bytes());
	h.update(index.to_le_bytes());
	ChaCha20Rng::from_seed(h.finalize().into())
}

fn chance(rng: &mut ChaCha20Rng, permille: u32) -> bool {
	rng.random_range(0..1000) < permille
}

/// Index drawn with probability proportional to `weights` (which must not all be 0).
fn pick_index(rng: &mut ChaCha20Rng, weights: impl IntoIterator<Item = u32> + Clone) -> usize {
	let total: u32 = weights.clone().into_iter().sum();
	let mut x = rng.random_range(0..total);
	let mut last = 0;
	for (i, w) in weights.into_iter().enumerate() {
		if x < w {
			return i;
		}
		x -= w;
		last = i;
	}
	last
}

fn pick<T: Copy>(rng: &mut ChaCha20Rng, table: &[(T, u32)]) -> T {
	table[pick_index(rng, table.iter().map(|(_, w)| *w))].0
}

/// Roughly normal (Irwin-Hall of 4), mean 0, sd 1, bounded by ±3.5.
fn normal(rng: &mut ChaCha20Rng) -> f64 {
	let s: f64 = (0..4).map(|_| rng.random::<f64>()).sum();
	(s - 2.0) * 3f64.sqrt()
}

/// An Observation of `measure`, its value rounded to the decimals the measure keeps.
fn observation(measure: Measure, value: f64) -> Body {
	let scale = 10f64.powi(measure.decimals.into());
	Body::Observation { measure, value: (value * scale).round() / scale }
}

/// A medication order.
#[derive(Debug, Clone, Copy)]
struct Med {
	code: Code,
	label: Option<SecurityLabel>,
	/// Chronic medications are still `active`; short courses are `completed`.
	status: &'static str,
}

impl Med {
	fn chronic(code: Code, label: Option<SecurityLabel>) -> Self {
		Self { code, label, status: "active" }
	}
}

/// Things that happen together at one visit.
#[derive(Debug, Default)]
struct Episode {
	/// Youngest age, in days, at which it may happen.
	min_age_days: i64,
	diagnosis: Option<Diagnosis>,
	meds: Vec<Med>,
	labs: Vec<(Measure, f64)>,
	/// An earlier episode this one may not precede.
	follows: Option<usize>,
}

impl Episode {
	fn items(&self) -> u32 {
		(u32::from(self.diagnosis.is_some()) + self.meds.len() as u32) + self.labs.len() as u32
	}
}

/// What a record is, before it is rendered as FHIR.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Body {
	Encounter { class: Code, end: Date },
	Condition(Diagnosis),
	Medication { code: Code, label: Option<SecurityLabel>, status: &'static str },
	Observation { measure: Measure, value: f64 },
	Immunization(Code),
}

/// One resource of one site.
#[derive(Debug, Clone)]
pub(crate) struct Rec {
	pub site: u8,
	pub id: String,
	pub date: Date,
	pub body: Body,
}

impl Rec {
	pub fn resource_type(&self) -> &'static str {
		match self.body {
			Body::Encounter { .. } => "Encounter",
			Body::Condition(_) => "Condition",
			Body::Medication { .. } => "MedicationRequest",
			Body::Observation { .. } => "Observation",
			Body::Immunization(_) => "Immunization",
		}
	}

	fn facts(&self, out: &mut Vec<Fact>) {
		let mut fact = |c: Code, value: Option<f64>, label: Option<SecurityLabel>| {
			out.push(Fact {
				site: self.site,
				resource_type: self.resource_type().to_string(),
				id: self.id.clone(),
				system: c.system.to_string(),
				code: c.code.to_string(),
				value,
				date: self.date,
				label,
			})
		};
		match self.body {
			Body::Encounter { class, .. } => fact(class, None, None),
			Body::Condition(d) => {
				fact(d.icd10cm, None, d.label);
				fact(d.snomed, None, d.label);
			},
			Body::Medication { code, label, .. } => fact(code, None, label),
			Body::Observation { measure, value } => fact(measure.code, Some(value), None),
			Body::Immunization(code) => fact(code, None, None),
		}
	}
}

/// One visit: where and when, and its Encounter's class.
struct Visit {
	date: Date,
	end: Date,
	class: Code,
	site: u8,
}

/// Resource id counters, one per kind, so ids are `<patient>-<kind><n>`.
struct Ids<'a> {
	patient: &'a str,
	next: [u32; 5],
}

impl Ids<'_> {
	fn next(&mut self, body: &Body) -> String {
		let (k, letter) = match body {
			Body::Encounter { .. } => (0, 'e'),
			Body::Condition(_) => (1, 'c'),
			Body::Medication { .. } => (2, 'm'),
			Body::Observation { .. } => (3, 'o'),
			Body::Immunization(_) => (4, 'i'),
		};
		let n = self.next[k];
		self.next[k] += 1;
		format!("{}-{letter}{n}", self.patient)
	}
}

/// Heart rate by age: infants faster, adults 58-98-ish.
fn heart_rate(rng: &mut ChaCha20Rng, age: u32) -> f64 {
	let (mean, sd) = match age {
		0 => (125.0, 10.0),
		1..=2 => (112.0, 9.0),
		3..=11 => (92.0, 8.0),
		_ => (76.0, 7.0),
	};
	mean + sd * normal(rng)
}

/// Systolic pressure: rising with age; hypertensive patients are mostly above 130.
fn systolic(rng: &mut ChaCha20Rng, age: u32, hypertensive: bool) -> f64 {
	if hypertensive && age >= 18 {
		return 146.0 + 9.0 * normal(rng);
	}
	let mean = match age {
		0..=11 => 100.0,
		12..=17 => 110.0,
		_ => 108.0 + 0.2 * f64::from(age.min(85) - 18),
	};
	(mean + 7.0 * normal(rng)).min(129.0)
}

fn bmi(rng: &mut ChaCha20Rng, age: u32, diabetic: bool) -> f64 {
	if age < 18 {
		return (15.0 + 0.35 * f64::from(age) + 2.0 * normal(rng)).max(12.5);
	}
	let mean = if diabetic { 32.0 } else { 28.0 };
	(mean + 5.0 * normal(rng)).clamp(16.0, 60.0)
}

fn hba1c(rng: &mut ChaCha20Rng, diabetic: bool) -> f64 {
	if diabetic {
		rng.random_range(7.0..=10.0)
	} else {
		rng.random_range(4.8..=5.9)
	}
}

/// Up to `n` distinct items of `from`, in random order.
fn choose_distinct(rng: &mut ChaCha20Rng, mut from: Vec<usize>, n: usize) -> Vec<usize> {
	let n = n.min(from.len());
	for i in 0..n {
		let j = rng.random_range(i..from.len());
		from.swap(i, j);
	}
	from.truncate(n);
	from
}

pub(crate) fn generate(config: &Config, index: u64) -> SynthPatient {
	let mut rng = patient_rng(config.seed, index);
	let as_of = config.as_of;
	let patient_id = crate::patient_id(config.seed, index);

	// Who.
	let band = pick_index(&mut rng, AGE_BANDS.map(|b| b.permille));
	let AgeBand { min, max, .. } = AGE_BANDS[band];
	let earliest = as_of.years_before(max as i32 + 1).add_days(1);
	let latest = as_of.years_before(min as i32);
	let birth = Date::from_days(rng.random_range(earliest.days()..=latest.days()));
	let age = birth.age_on(as_of);
	let gender = pick(&mut rng, &GENDERS);
	let given = match gender {
		Gender::Female => FEMALE_NAMES[rng.random_range(0..FEMALE_NAMES.len())],
		Gender::Male => MALE_NAMES[rng.random_range(0..MALE_NAMES.len())],
		_ => {
			let k = rng.random_range(0..FEMALE_NAMES.len() + MALE_NAMES.len());
			FEMALE_NAMES.get(k).copied().unwrap_or_else(|| MALE_NAMES[k - FEMALE_NAMES.len()])
		},
	};
	let family = FAMILY_NAMES[rng.random_range(0..FAMILY_NAMES.len())];

	// Where.
	let home = rng.random_range(0..config.sites);
	let second =
		if config.sites > 1 && chance(&mut rng, u32::from(config.second_site_share_pct) * 10) {
			let k = rng.random_range(0..config.sites - 1);
			Some(if k >= home { k + 1 } else { k })
		} else {
			None
		};

	// What.
	let hypertension = chance(&mut rng, HYPERTENSION_PERMILLE[band]);
	let diabetes = chance(&mut rng, TYPE2_DIABETES_PERMILLE[band]);
	let asthma = chance(&mut rng, ASTHMA_PERMILLE[band]);
	let depression = chance(&mut rng, DEPRESSION_PERMILLE[band]);
	let oud = chance(&mut rng, OUD_PERMILLE[band]);

	let mut episodes: Vec<Episode> = Vec::new();
	let mut statin = false;
	if hypertension {
		let mut meds = Vec::new();
		if chance(&mut rng, 700) {
			meds.push(Med::chronic(codes::LISINOPRIL, None));
		}
		if chance(&mut rng, if meds.is_empty() { 600 } else { 300 }) {
			meds.push(Med::chronic(codes::AMLODIPINE, None));
		}
		if age >= 40 && chance(&mut rng, 300) {
			statin = true;
			meds.push(Med::chronic(codes::ATORVASTATIN, None));
		}
		episodes.push(Episode {
			min_age_days: 8 * YEAR,
			diagnosis: Some(codes::HYPERTENSION),
			meds,
			..Default::default()
		});
	}
	if diabetes {
		let mut meds = Vec::new();
		if chance(&mut rng, 850) {
			meds.push(Med::chronic(codes::METFORMIN, None));
		}
		if !statin && chance(&mut rng, 550) {
			meds.push(Med::chronic(codes::ATORVASTATIN, None));
		}
		let labs = vec![(codes::HBA1C, hba1c(&mut rng, true))];
		episodes.push(Episode {
			min_age_days: 10 * YEAR,
			diagnosis: Some(codes::TYPE2_DIABETES),
			meds,
			labs,
			follows: None,
		});
		if chance(&mut rng, 500) {
			let follows = Some(episodes.len() - 1);
			let labs = vec![(codes::HBA1C, hba1c(&mut rng, true))];
			episodes.push(Episode { min_age_days: 10 * YEAR, labs, follows, ..Default::default() });
		}
	}
	if asthma {
		let meds = if chance(&mut rng, 850) {
			vec![Med::chronic(codes::ALBUTEROL, None)]
		} else {
			Vec::new()
		};
		episodes.push(Episode {
			min_age_days: YEAR,
			diagnosis: Some(codes::ASTHMA),
			meds,
			..Default::default()
		});
	}
	if depression {
		let label = codes::DEPRESSION.label;
		let meds = if chance(&mut rng, 550) {
			vec![Med::chronic(codes::SERTRALINE, label)]
		} else {
			Vec::new()
		};
		episodes.push(Episode {
			min_age_days: 10 * YEAR,
			diagnosis: Some(codes::DEPRESSION),
			meds,
			..Default::default()
		});
	}
	if oud {
		let label = codes::OPIOID_USE_DISORDER.label;
		let meds = if chance(&mut rng, OUD_TREATED_PERMILLE) {
			let code = if chance(&mut rng, 650) { codes::BUPRENORPHINE } else { codes::METHADONE };
			vec![Med::chronic(code, label)]
		} else {
			Vec::new()
		};
		episodes.push(Episode {
			min_age_days: 15 * YEAR,
			diagnosis: Some(codes::OPIOID_USE_DISORDER),
			meds,
			..Default::default()
		});
	}
	let analgesic_orders = if oud {
		u32::from(chance(&mut rng, 600))
	} else if chance(&mut rng, OPIOID_ANALGESIC_PERMILLE[band]) {
		1 + u32::from(chance(&mut rng, 200))
	} else {
		0
	};
	for _ in 0..analgesic_orders {
		let code = pick(&mut rng, &codes::OPIOID_ANALGESICS);
		episodes.push(Episode {
			min_age_days: 2 * YEAR,
			meds: vec![Med { code, label: None, status: "completed" }],
			..Default::default()
		});
	}
	if !diabetes && age >= 35 && chance(&mut rng, 250) {
		let labs = vec![(codes::HBA1C, hba1c(&mut rng, false))];
		episodes.push(Episode { min_age_days: 30 * YEAR, labs, ..Default::default() });
	}
	let (two, one) = FLU_PERMILLE[band];
	let flu_shots: usize = match rng.random_range(0..1000) {
		x if x < two => 2,
		x if x < two + one => 1,
		_ => 0,
	};
	let tdap = age >= 11 && chance(&mut rng, TDAP_PERMILLE);

	// When.
	let chronic =
		[hypertension, diabetes, asthma, depression, oud].iter().filter(|c| **c).count() as u32;
	let rate = (VISIT_RATE_BASE[band] + chronic + rng.random_range(0..=1)).clamp(1, 6);
	let window_start = birth.max(as_of.years_before(10));
	let window_end = as_of.add_days(-1).max(window_start);
	let window_days = window_end.days() - window_start.days();
	let budget = rng.random_range(BUDGET);
	let planned = episodes.iter().map(Episode::items).sum::<u32>()
		+ flu_shots as u32
		+ u32::from(tdap)
		+ 1 + u32::from(age >= 2);
	let per_visit = 2 + u32::from(age >= 3);
	let by_budget = budget.saturating_sub(planned) / per_visit;
	let by_rate = u32::try_from(i64::from(rate) * (window_days + 1) / YEAR).unwrap_or(u32::MAX);
	let mut visits = by_budget.min(by_rate).max(1);
	if second.is_some() {
		visits = visits.max(2);
	}
	let rate_days = i64::from(rate);
	let span = window_days.min((i64::from(visits) * YEAR + rate_days - 1) / rate_days);
	let mut dates: Vec<Date> =
		(0..visits).map(|_| window_end.add_days(-rng.random_range(0..=span))).collect();
	dates.sort();
	let mut visits: Vec<Visit> = dates
		.into_iter()
		.map(|date| {
			let class = pick(&mut rng, &ENCOUNTER_CLASSES);
			let end = if class == codes::INPATIENT {
				date.add_days(rng.random_range(1..=5)).min(as_of)
			} else {
				date
			};
			Visit { date, end, class, site: home }
		})
		.collect();
	if let Some(second) = second {
		for v in visits.iter_mut().skip(1) {
			if chance(&mut rng, SECOND_SITE_VISIT_PERMILLE) {
				v.site = second;
			}
		}
		if visits.iter().all(|v| v.site == home) {
			if let Some(last) = visits.last_mut() {
				last.site = second;
			}
		}
	}

	// Which visit each episode happens at.
	let age_days = |v: &Visit| v.date.days() - birth.days();
	let mut at: Vec<Option<usize>> = Vec::with_capacity(episodes.len());
	for e in &episodes {
		let not_before = e.follows.and_then(|f| at[f]).unwrap_or(0);
		let eligible: Vec<usize> = (not_before..visits.len())
			.filter(|&k| age_days(&visits[k]) >= e.min_age_days)
			.collect();
		at.push(choose_distinct(&mut rng, eligible, 1).first().copied());
	}
	let flu_visits = {
		let eligible = (0..visits.len()).filter(|&k| age_days(&visits[k]) >= YEAR / 2).collect();
		choose_distinct(&mut rng, eligible, flu_shots)
	};
	let tdap_visits = {
		let eligible = (0..visits.len()).filter(|&k| age_days(&visits[k]) >= 11 * YEAR).collect();
		choose_distinct(&mut rng, eligible, usize::from(tdap))
	};

	// The records, visit by visit.
	let mut ids = Ids { patient: &patient_id, next: [0; 5] };
	let mut recs: Vec<Rec> = Vec::new();
	let mut push = |ids: &mut Ids, site: u8, date: Date, body: Body| {
		recs.push(Rec { site, id: ids.next(&body), date, body });
	};
	let last_visit = visits.len() - 1;
	for (k, v) in visits.iter().enumerate() {
		let age_then = birth.age_on(v.date);
		push(&mut ids, v.site, v.date, Body::Encounter { class: v.class, end: v.end });
		let hr = heart_rate(&mut rng, age_then);
		push(&mut ids, v.site, v.date, observation(codes::HEART_RATE, hr));
		if age_then >= 3 {
			let sbp = systolic(&mut rng, age_then, hypertension);
			push(&mut ids, v.site, v.date, observation(codes::SYSTOLIC_BP, sbp));
		}
		if k == last_visit && age_then >= 2 {
			let bmi = bmi(&mut rng, age_then, diabetes);
			push(&mut ids, v.site, v.date, observation(codes::BMI, bmi));
		}
		for (e, _) in episodes.iter().zip(&at).filter(|(_, a)| **a == Some(k)) {
			if let Some(d) = e.diagnosis {
				push(&mut ids, v.site, v.date, Body::Condition(d));
				if v.site != home && !chance(&mut rng, SECOND_SITE_ONLY_PERMILLE) {
					push(&mut ids, home, v.date, Body::Condition(d));
				}
			}
			for m in &e.meds {
				let body = Body::Medication { code: m.code, label: m.label, status: m.status };
				push(&mut ids, v.site, v.date, body);
			}
			for (m, value) in &e.labs {
				push(&mut ids, v.site, v.date, observation(*m, *value));
			}
		}
		if flu_visits.contains(&k) {
			push(&mut ids, v.site, v.date, Body::Immunization(codes::INFLUENZA_VACCINE));
		}
		if tdap_visits.contains(&k) {
			push(&mut ids, v.site, v.date, Body::Immunization(codes::TDAP_VACCINE));
		}
	}

	let account = crate::account_ss58(config, index);
	let sites: Vec<u8> = core::iter::once(home).chain(second).collect();
	let mut facts = Vec::with_capacity(recs.len() + 4);
	for r in &recs {
		r.facts(&mut facts);
	}
	let person = fhir::Person { id: &patient_id, account: &account, gender, birth, given, family };
	let bundles = sites
		.iter()
		.map(|&s| (s, fhir::bundle(&person, s, recs.iter().filter(|r| r.site == s))))
		.collect();
	let truth = Truth {
		index,
		account,
		patient_id,
		birth_date: birth,
		age,
		gender,
		home_site: home,
		sites,
		facts,
	};
	SynthPatient { truth, bundles }
}

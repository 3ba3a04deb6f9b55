//! Every code the generator writes, with its system and display, in one table so a reviewer can
//! check them in one place.
//!
//! Checked (2025, for MedRec) as follows:
//! - ICD-10-CM: I10, E11.9, J45.909, F32.9, F11.20 against the FY2026 ICD-10-CM tabular list as
//!   quoted by public coding references (F32.9 is "Major depressive disorder, single episode,
//!   unspecified"; F11.20 "Opioid dependence, uncomplicated", DSM-5 moderate/severe OUD).
//! - SNOMED CT: 38341003, 44054006, 195967001, 35489007 against published FHIR value sets and
//!   terminology server pages. The design named 5602001 for OUD, but 5602001 is "Opioid abuse
//!   (disorder)" (the CDC opioid CDS IG's opioid-misuse-disorders expansion lists it next to
//!   75544000 "Opioid dependence (disorder)"); F11.20 is dependence, so the pair uses 75544000,
//!   and [`OUD_ABUSE_SNOMED`] keeps 5602001 for anyone matching on it.
//! - LOINC: 4548-4, 39156-5, 8480-6, 8867-4 against the FHIR vital-signs profiles (8867-4,
//!   39156-5, 8480-6) and the LOINC display names used by tx.fhir.org.
//! - RxNorm: ingredient-level RXCUIs (TTY IN) against public RXCUI tables and the CDC opioid CDS
//!   IG's opioid ingredient lists (4337, 5489, 6813, 7052, 7804, 10689 are opioids there;
//!   buprenorphine 1819 is in its buprenorphine-and-methadone MAT value set).
//! - CVX: 141 and 115 against the CDC CVX table as published in FHIR's CVX code system.
//! - UCUM units and the HL7 terminology codes (observation-category, condition-clinical,
//!   condition-ver-status, v3-ActCode) against the FHIR R4 specification.

use serde::{Deserialize, Serialize};

/// ICD-10-CM, FHIR's canonical URI for it.
pub const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// LOINC.
pub const LOINC: &str = "http://loinc.org";
/// RxNorm.
pub const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
/// CDC vaccine codes (CVX).
pub const CVX: &str = "http://hl7.org/fhir/sid/cvx";
/// UCUM, the system of every `valueQuantity`.
pub const UCUM: &str = "http://unitsofmeasure.org";
/// HL7 v3 ActCode: security labels and `Encounter.class`.
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// `Observation.category`.
pub const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// `Condition.clinicalStatus`.
pub const CONDITION_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
/// `Condition.verificationStatus`.
pub const CONDITION_VERIFICATION: &str =
	"http://terminology.hl7.org/CodeSystem/condition-ver-status";
/// `Condition.category`.
pub const CONDITION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/condition-category";
/// The identifier system of a Patient's MedRec account (SS58), as the gatekeeper expects.
pub const ACCOUNT_SYSTEM: &str = "urn:medrec:account";

/// One code of one system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
	pub system: &'static str,
	pub code: &'static str,
	pub display: &'static str,
}

const fn code(system: &'static str, code: &'static str, display: &'static str) -> Code {
	Code { system, code, display }
}

/// An HL7 v3 ActCode sensitivity label, put in `meta.security` of sensitive resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SecurityLabel {
	/// Mental health: MedRec files it under `Category::MentalHealth`.
	#[serde(rename = "PSY")]
	Psy,
	/// Opioid use disorder: MedRec files it under `Category::SubstanceUse`.
	#[serde(rename = "OPIOIDUD")]
	OpioidUd,
}

impl SecurityLabel {
	/// The label as a v3-ActCode code.
	pub const fn code(self) -> Code {
		match self {
			SecurityLabel::Psy => {
				code(ACT_CODE, "PSY", "psychiatry disorder information sensitivity")
			},
			SecurityLabel::OpioidUd => {
				code(ACT_CODE, "OPIOIDUD", "opioid use disorder information sensitivity")
			},
		}
	}
}

/// A diagnosis, coded in both ICD-10-CM and SNOMED CT as MedRec's ingest expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Diagnosis {
	pub icd10cm: Code,
	pub snomed: Code,
	/// The sensitivity label the Condition (and the medications treating it) carry.
	pub label: Option<SecurityLabel>,
}

pub const HYPERTENSION: Diagnosis = Diagnosis {
	icd10cm: code(ICD10CM, "I10", "Essential (primary) hypertension"),
	snomed: code(SNOMED, "38341003", "Hypertensive disorder, systemic arterial (disorder)"),
	label: None,
};

pub const TYPE2_DIABETES: Diagnosis = Diagnosis {
	icd10cm: code(ICD10CM, "E11.9", "Type 2 diabetes mellitus without complications"),
	snomed: code(SNOMED, "44054006", "Diabetes mellitus type 2 (disorder)"),
	label: None,
};

pub const ASTHMA: Diagnosis = Diagnosis {
	icd10cm: code(ICD10CM, "J45.909", "Unspecified asthma, uncomplicated"),
	snomed: code(SNOMED, "195967001", "Asthma (disorder)"),
	label: None,
};

pub const DEPRESSION: Diagnosis = Diagnosis {
	icd10cm: code(ICD10CM, "F32.9", "Major depressive disorder, single episode, unspecified"),
	snomed: code(SNOMED, "35489007", "Depressive disorder (disorder)"),
	label: Some(SecurityLabel::Psy),
};

pub const OPIOID_USE_DISORDER: Diagnosis = Diagnosis {
	icd10cm: code(ICD10CM, "F11.20", "Opioid dependence, uncomplicated"),
	snomed: code(SNOMED, "75544000", "Opioid dependence (disorder)"),
	label: Some(SecurityLabel::OpioidUd),
};

/// "Opioid abuse (disorder)", the SNOMED code the design first named for OUD. Not written;
/// kept so code searching for it finds why it is absent.
pub const OUD_ABUSE_SNOMED: Code = code(SNOMED, "5602001", "Opioid abuse (disorder)");

/// Every diagnosis the generator writes.
pub const DIAGNOSES: [Diagnosis; 5] =
	[HYPERTENSION, TYPE2_DIABETES, ASTHMA, DEPRESSION, OPIOID_USE_DISORDER];

// RxNorm ingredients (term type IN).
pub const METFORMIN: Code = code(RXNORM, "6809", "metformin");
pub const LISINOPRIL: Code = code(RXNORM, "29046", "lisinopril");
pub const AMLODIPINE: Code = code(RXNORM, "17767", "amlodipine");
pub const ATORVASTATIN: Code = code(RXNORM, "83367", "atorvastatin");
pub const ALBUTEROL: Code = code(RXNORM, "435", "albuterol");
pub const SERTRALINE: Code = code(RXNORM, "36437", "sertraline");
pub const OXYCODONE: Code = code(RXNORM, "7804", "oxycodone");
pub const HYDROCODONE: Code = code(RXNORM, "5489", "hydrocodone");
pub const MORPHINE: Code = code(RXNORM, "7052", "morphine");
pub const FENTANYL: Code = code(RXNORM, "4337", "fentanyl");
pub const TRAMADOL: Code = code(RXNORM, "10689", "tramadol");
pub const BUPRENORPHINE: Code = code(RXNORM, "1819", "buprenorphine");
pub const METHADONE: Code = code(RXNORM, "6813", "methadone");

/// Opioid analgesics, with the share of analgesic orders each takes (per mille): roughly the
/// US dispensing mix, hydrocodone and oxycodone leading.
pub const OPIOID_ANALGESICS: [(Code, u32); 5] =
	[(HYDROCODONE, 350), (OXYCODONE, 300), (TRAMADOL, 200), (MORPHINE, 100), (FENTANYL, 50)];

/// Medications for opioid use disorder. Orders of these carry the OPIOIDUD label.
pub const OUD_TREATMENTS: [Code; 2] = [BUPRENORPHINE, METHADONE];

/// Every opioid ingredient the generator writes: an order of any of them is an "opioid order".
pub const OPIOIDS: [Code; 7] =
	[OXYCODONE, HYDROCODONE, MORPHINE, FENTANYL, TRAMADOL, BUPRENORPHINE, METHADONE];

/// Every medication the generator writes.
pub const MEDICATIONS: [Code; 13] = [
	METFORMIN,
	LISINOPRIL,
	AMLODIPINE,
	ATORVASTATIN,
	ALBUTEROL,
	SERTRALINE,
	OXYCODONE,
	HYDROCODONE,
	MORPHINE,
	FENTANYL,
	TRAMADOL,
	BUPRENORPHINE,
	METHADONE,
];

/// Whether an RxNorm code is one of the opioid ingredients above.
pub fn is_opioid(rxnorm: &str) -> bool {
	OPIOIDS.iter().any(|c| c.code == rxnorm)
}

/// `Observation.category` codes.
pub const VITAL_SIGNS: Code = code(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs");
pub const LABORATORY: Code = code(OBSERVATION_CATEGORY, "laboratory", "Laboratory");

/// A quantity an Observation measures: its LOINC code, UCUM unit and category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
	pub code: Code,
	/// UCUM code, written as `valueQuantity.code`.
	pub ucum: &'static str,
	/// Human-readable unit, written as `valueQuantity.unit`.
	pub unit: &'static str,
	pub category: Code,
	/// Decimal places the generator keeps.
	pub decimals: u8,
}

pub const BMI: Measure = Measure {
	code: code(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"),
	ucum: "kg/m2",
	unit: "kg/m2",
	category: VITAL_SIGNS,
	decimals: 1,
};

pub const SYSTOLIC_BP: Measure = Measure {
	code: code(LOINC, "8480-6", "Systolic blood pressure"),
	ucum: "mm[Hg]",
	unit: "mmHg",
	category: VITAL_SIGNS,
	decimals: 0,
};

pub const HEART_RATE: Measure = Measure {
	code: code(LOINC, "8867-4", "Heart rate"),
	ucum: "/min",
	unit: "beats/minute",
	category: VITAL_SIGNS,
	decimals: 0,
};

pub const HBA1C: Measure = Measure {
	code: code(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
	ucum: "%",
	unit: "%",
	category: LABORATORY,
	decimals: 1,
};

/// Every measure the generator writes.
pub const MEASURES: [Measure; 4] = [BMI, SYSTOLIC_BP, HEART_RATE, HBA1C];

pub const INFLUENZA_VACCINE: Code = code(CVX, "141", "Influenza, seasonal, injectable");
pub const TDAP_VACCINE: Code = code(CVX, "115", "Tdap");

/// `Encounter.class` codes (v3-ActCode).
pub const AMBULATORY: Code = code(ACT_CODE, "AMB", "ambulatory");
pub const EMERGENCY: Code = code(ACT_CODE, "EMER", "emergency");
pub const INPATIENT: Code = code(ACT_CODE, "IMP", "inpatient encounter");

pub const ACTIVE: Code = code(CONDITION_CLINICAL, "active", "Active");
pub const CONFIRMED: Code = code(CONDITION_VERIFICATION, "confirmed", "Confirmed");
pub const PROBLEM_LIST_ITEM: Code =
	code(CONDITION_CATEGORY, "problem-list-item", "Problem List Item");

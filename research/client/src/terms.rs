//! A study's terms from the command line's flags: the protocol and ethics approval are named
//! by the SHA-256 of their files, so every consortium member votes on the same documents.

use std::path::PathBuf;

use medrec_primitives::{
	research::{Code, PrimaryPurpose, StudyPurpose, StudyTerms, MIN_CELL_COUNT},
	Moment,
};
use sha2::{Digest, Sha256};

use crate::grammar::{parse_categories, parse_date, parse_milli_epsilon, start_of_day};

/// `study register`'s flags.
#[derive(Clone, Debug)]
pub struct TermsSpec {
	pub title: String,
	/// `health`, `general`, `ancestry` or `disease:E11,I10`.
	pub purpose: String,
	pub commercial: bool,
	pub for_profit: bool,
	pub methods_development: bool,
	pub no_publish: bool,
	pub sensitive_area: bool,
	/// ISO 3166-1 alpha-2, where the research is done.
	pub region: String,
	/// Comma-separated categories.
	pub categories: String,
	/// The minimum cell count.
	pub k: u16,
	/// ε, as decimals.
	pub budget: String,
	pub max_query: String,
	/// `YYYY-MM-DD`; today when absent.
	pub from: Option<String>,
	pub until: String,
	pub protocol_url: String,
	pub protocol_file: Option<PathBuf>,
	pub ethics_file: Option<PathBuf>,
}

/// `health`, `general`, `ancestry` or `disease:E11,I10` (ICD-10, up to 4, prefix-matched).
pub fn parse_purpose(text: &str) -> Result<PrimaryPurpose, String> {
	match text.trim() {
		"health" => Ok(PrimaryPurpose::Health),
		"general" => Ok(PrimaryPurpose::General),
		"ancestry" => Ok(PrimaryPurpose::Ancestry),
		other => {
			let codes = other.strip_prefix("disease:").ok_or_else(|| {
				format!("unknown purpose {other:?}: health, general, ancestry or disease:E11,I10")
			})?;
			let codes = codes
				.split(',')
				.map(|c| {
					let c = c.trim().to_ascii_uppercase();
					Code::new(&c)
						.filter(|code| {
							medrec_primitives::research::CodeSystem::Icd10.well_formed(code)
						})
						.ok_or_else(|| format!("{c:?} is not an ICD-10 code (E11, I10, E11.9)"))
				})
				.collect::<Result<Vec<_>, _>>()?;
			let codes = codes
				.try_into()
				.map_err(|_| "a disease purpose names at most 4 codes".to_string())?;
			Ok(PrimaryPurpose::Disease(codes))
		},
	}
}

/// SHA-256 of a file's bytes.
pub fn sha256_file(path: &std::path::Path) -> Result<[u8; 32], String> {
	let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
	Ok(Sha256::digest(&bytes).into())
}

/// The terms `spec` describes; `now` decides the default start (the start of today, UTC).
/// The chain checks budgets and the cell count against its own limits too; these checks say
/// the same earlier and in words.
pub fn build_terms(spec: &TermsSpec, now: Moment) -> Result<StudyTerms, String> {
	let title: Vec<u8> = spec.title.trim().as_bytes().to_vec();
	if title.is_empty() {
		return Err("--title: a study needs a title".into());
	}
	let title = title.try_into().map_err(|_| "--title: at most 128 bytes".to_string())?;
	let protocol_url = spec
		.protocol_url
		.as_bytes()
		.to_vec()
		.try_into()
		.map_err(|_| "--protocol-url: at most 256 bytes".to_string())?;
	let region = spec.region.trim().as_bytes();
	let region: [u8; 2] = match region {
		[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => [*a, *b],
		_ => {
			return Err(format!(
				"--region {:?}: two capital letters (ISO 3166-1), as NL",
				spec.region
			))
		},
	};
	let primary = parse_purpose(&spec.purpose).map_err(|e| format!("--purpose: {e}"))?;
	let categories =
		parse_categories(&spec.categories).map_err(|e| format!("--categories: {e}"))?;
	if spec.k < MIN_CELL_COUNT {
		return Err(format!("--k {}: the chain's minimum cell count is {MIN_CELL_COUNT}", spec.k));
	}
	let budget = parse_milli_epsilon(&spec.budget).map_err(|e| format!("--budget: {e}"))?;
	let max_per_query =
		parse_milli_epsilon(&spec.max_query).map_err(|e| format!("--max-query: {e}"))?;
	if max_per_query > budget {
		return Err("--max-query is more than the whole --budget".into());
	}
	let starts = match &spec.from {
		Some(from) => parse_date(from).map_err(|e| format!("--from: {e}"))?,
		None => start_of_day(now),
	};
	let ends = parse_date(&spec.until).map_err(|e| format!("--until: {e}"))?;
	if ends <= starts {
		return Err("--until must be after --from".into());
	}
	if ends <= now {
		return Err("--until is in the past".into());
	}
	let hash = |file: &Option<PathBuf>| file.as_deref().map(sha256_file).transpose();
	Ok(StudyTerms {
		title,
		protocol_url,
		protocol_sha256: hash(&spec.protocol_file)?.unwrap_or_default(),
		ethics_sha256: hash(&spec.ethics_file)?.unwrap_or_default(),
		purpose: StudyPurpose {
			primary,
			methods_development: spec.methods_development,
			commercial: spec.commercial,
			for_profit_org: spec.for_profit,
			publishes: !spec.no_publish,
			region,
			sensitive_area: spec.sensitive_area,
		},
		categories,
		starts,
		ends,
		min_cell: spec.k,
		budget,
		max_per_query,
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_primitives::{Categories, Category};

	const NOW: Moment = 1_780_272_000_000 + 3_600_000; // 2026-06-01T01:00Z

	fn spec() -> TermsSpec {
		TermsSpec {
			title: "T2D and opioids".into(),
			purpose: "disease:E11,i10".into(),
			commercial: false,
			for_profit: true,
			methods_development: false,
			no_publish: false,
			sensitive_area: false,
			region: "NL".into(),
			categories: "demographics,conditions,medications".into(),
			k: 11,
			budget: "5".into(),
			max_query: "0.5".into(),
			from: None,
			until: "2027-06-30".into(),
			protocol_url: "https://charlie.example/t2d.pdf".into(),
			protocol_file: None,
			ethics_file: None,
		}
	}

	#[test]
	fn terms_from_flags() {
		let dir = std::env::temp_dir().join(format!("medrec-terms-{}", std::process::id()));
		std::fs::create_dir_all(&dir).expect("temp dir");
		let (protocol, ethics) = (dir.join("protocol.pdf"), dir.join("irb.pdf"));
		std::fs::write(&protocol, b"abc").expect("write");
		std::fs::write(&ethics, b"").expect("write");
		let mut s = spec();
		s.protocol_file = Some(protocol);
		s.ethics_file = Some(ethics);
		let t = build_terms(&s, NOW).expect("valid");
		std::fs::remove_dir_all(&dir).ok();

		assert_eq!(&t.title[..], b"T2D and opioids");
		let PrimaryPurpose::Disease(codes) = &t.purpose.primary else {
			panic!("a disease purpose")
		};
		assert_eq!(codes.iter().map(Code::as_str).collect::<Vec<_>>(), ["E11", "I10"]);
		assert!(t.purpose.for_profit_org && t.purpose.publishes && !t.purpose.commercial);
		assert_eq!(t.purpose.region, *b"NL");
		assert_eq!(
			t.categories,
			Categories::of(&[Category::Demographics, Category::Conditions, Category::Medications])
		);
		assert_eq!((t.min_cell, t.budget, t.max_per_query), (11, 5000, 500));
		// From the start of today, until (excluded) the day named.
		assert_eq!((t.starts, t.ends), (1_780_272_000_000, 1_814_313_600_000));
		// SHA-256("abc") and SHA-256("") (FIPS 180-2's test vectors).
		let hex = |b: &[u8; 32]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
		assert_eq!(
			hex(&t.protocol_sha256),
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
		);
		assert_eq!(
			hex(&t.ethics_sha256),
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
		);
		assert_eq!(t.validate(), Ok(()));
		// Without files, zeros.
		assert_eq!(build_terms(&spec(), NOW).expect("valid").protocol_sha256, [0; 32]);
	}

	#[test]
	fn bad_flags_are_refused_by_name() {
		let cases: Vec<(Box<dyn Fn(&mut TermsSpec)>, &str)> = vec![
			(Box::new(|s| s.purpose = "disease:".into()), "--purpose"),
			(Box::new(|s| s.purpose = "disease:E11,I10,J45,F32,C50".into()), "at most 4"),
			(Box::new(|s| s.purpose = "research".into()), "unknown purpose"),
			(Box::new(|s| s.region = "nl".into()), "--region"),
			(Box::new(|s| s.categories = "conditions,notes".into()), "--categories"),
			(Box::new(|s| s.k = 5), "minimum cell count is 10"),
			(Box::new(|s| s.budget = "0.0001".into()), "--budget"),
			(Box::new(|s| s.max_query = "6".into()), "more than the whole --budget"),
			(Box::new(|s| s.until = "2026-05-01".into()), "--until must be after --from"),
			(Box::new(|s| s.from = Some("2020-01-01".into())), ""),
			(Box::new(|s| s.title = " ".into()), "needs a title"),
			(Box::new(|s| s.title = "x".repeat(129)), "at most 128"),
			(Box::new(|s| s.protocol_file = Some("/nonexistent/protocol.pdf".into())), "reading"),
		];
		for (change, why) in cases {
			let mut s = spec();
			change(&mut s);
			match build_terms(&s, NOW) {
				Err(e) => assert!(e.contains(why), "{why}: {e}"),
				Ok(_) => assert_eq!(why, "", "accepted"),
			}
		}
		let mut past = spec();
		(past.from, past.until) = (Some("2020-01-01".into()), "2021-01-01".into());
		assert!(build_terms(&past, NOW).unwrap_err().contains("in the past"));
	}
}

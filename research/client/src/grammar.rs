//! The command line's language for queries, budgets and dates, and its way back: every query
//! on chain can be shown in the same words it is asked in.
//!
//! A clause (`--has` / `--lacks`):
//!
//! ```text
//! KIND:SYSTEM:CODES[RANGE]@WINDOW+SENSITIVE          (RANGE, WINDOW and SENSITIVE optional)
//!
//! KIND      condition | medication | observation | procedure | immunization | encounter | allergy
//! SYSTEM    icd10 | snomed | loinc | rxnorm | cvx
//! CODES     CODE{,CODE}: any one matches. `E11*` matches E11 and its descendants (ICD-10 only;
//!           all codes of a clause are prefixes or none is); `@opioids` is a named code set
//! RANGE     [>=6.5%]  [<140mm[Hg]]  [>=25,<30kg/m2]: observations' value, in the UCUM unit the
//!           record uses, at most 3 decimals; lower bound included, upper excluded
//! WINDOW    @2025-01-01..2026-01-01  @2025-01-01..  @..2026-01-01: the record's date, UTC,
//!           from included, until excluded
//! SENSITIVE +substance-use  +mental-health  +sexual-reproductive-health: also search records
//!           labelled with that sensitive category (the study must name it too)
//! ```
//!
//! Examples: `condition:icd10:E11*`, `medication:rxnorm:@opioids@2025-01-01..`,
//! `observation:loinc:4548-4[>=6.5%]`, `condition:icd10:F11*+substance-use`,
//! `immunization:cvx:141`.

use medrec_primitives::{
	research::{
		Clause, Code, CodeSystem, Criterion, DateWindow, Dimension, MilliEpsilon, Query,
		QueryProblem, ResourceKind, SexSet, ValueRange, MAX_CELLS, SEXES,
	},
	Categories, Category, Moment, DAY,
};

/// Named code sets the client expands before authorizing, so the chain records codes.
pub const CODE_SETS: &[CodeSet] = &[CodeSet {
	name: "opioids",
	system: CodeSystem::RxNorm,
	codes: &["7804", "5489", "7052", "4337", "10689", "1819", "6813"],
	about: "RxNorm opioid ingredients: oxycodone, hydrocodone, morphine, fentanyl, tramadol, \
	        buprenorphine, methadone",
}];

/// A name for a list of codes in one system.
pub struct CodeSet {
	pub name: &'static str,
	pub system: CodeSystem,
	pub codes: &'static [&'static str],
	pub about: &'static str,
}

const KINDS: [(&str, ResourceKind); 7] = [
	("condition", ResourceKind::Condition),
	("medication", ResourceKind::Medication),
	("observation", ResourceKind::Observation),
	("procedure", ResourceKind::Procedure),
	("immunization", ResourceKind::Immunization),
	("encounter", ResourceKind::Encounter),
	("allergy", ResourceKind::Allergy),
];

const SYSTEMS: [(&str, CodeSystem); 5] = [
	("icd10", CodeSystem::Icd10),
	("snomed", CodeSystem::Snomed),
	("loinc", CodeSystem::Loinc),
	("rxnorm", CodeSystem::RxNorm),
	("cvx", CodeSystem::Cvx),
];

const CATEGORIES: [(&str, Category); 13] = [
	("demographics", Category::Demographics),
	("conditions", Category::Conditions),
	("medications", Category::Medications),
	("allergies", Category::Allergies),
	("immunizations", Category::Immunizations),
	("observations", Category::Observations),
	("procedures", Category::Procedures),
	("encounters", Category::Encounters),
	("clinical-notes", Category::ClinicalNotes),
	("imaging", Category::Imaging),
	("mental-health", Category::MentalHealth),
	("substance-use", Category::SubstanceUse),
	("sexual-reproductive-health", Category::SexualReproductiveHealth),
];

/// The most criteria and dimensions a query holds (the chain's bounds).
const MAX_CRITERIA: usize = 8;
const MAX_DIMENSIONS: usize = 2;
const MAX_CODES: usize = 16;
const MAX_AGE_BOUNDS: usize = 9;
/// "No upper age": the largest age a criterion can name.
const NO_MAX_AGE: u8 = u8::MAX;

fn names<T>(table: &[(&str, T)]) -> String {
	table.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

pub fn kind_name(kind: ResourceKind) -> &'static str {
	KINDS.iter().find(|(_, k)| *k == kind).map(|(n, _)| *n).unwrap_or("?")
}

pub fn system_name(system: CodeSystem) -> &'static str {
	SYSTEMS.iter().find(|(_, s)| *s == system).map(|(n, _)| *n).unwrap_or("?")
}

pub fn category_name(category: Category) -> &'static str {
	CATEGORIES.iter().find(|(_, c)| *c == category).map(|(n, _)| *n).unwrap_or("?")
}

pub fn parse_category(name: &str) -> Result<Category, String> {
	let name = name.trim();
	CATEGORIES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c).ok_or_else(|| {
		format!("unknown category {name:?}; the categories are {}", names(&CATEGORIES))
	})
}

/// A comma-separated list of categories.
pub fn parse_categories(text: &str) -> Result<Categories, String> {
	let list = text
		.split(',')
		.filter(|s| !s.trim().is_empty())
		.map(parse_category)
		.collect::<Result<Vec<_>, _>>()?;
	if list.is_empty() {
		return Err("name at least one category".into());
	}
	Ok(Categories::of(&list))
}

pub fn categories_text(categories: Categories) -> String {
	categories.iter().map(category_name).collect::<Vec<_>>().join(",")
}

/// ε as decimals (`0.5`, `1`, `0.125`) in exact thousandths; more than three decimals, zero,
/// signs and exponents are refused rather than rounded.
pub fn parse_milli_epsilon(text: &str) -> Result<MilliEpsilon, String> {
	let text = text.trim();
	let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
	let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
	if whole.is_empty() || !digits(whole) || !digits(fraction) || text.ends_with('.') {
		return Err(format!("{text:?} is not a decimal number such as 0.5"));
	}
	if fraction.len() > 3 {
		return Err(format!("{text:?} has more than 3 decimals: ε is counted in thousandths"));
	}
	let scale = 10u64.pow(3 - fraction.len() as u32);
	let whole: u64 = whole.parse().map_err(|_| format!("{text:?} is too large"))?;
	let fraction: u64 = if fraction.is_empty() { 0 } else { fraction.parse().unwrap_or(0) };
	let milli = whole
		.checked_mul(1000)
		.and_then(|w| w.checked_add(fraction * scale))
		.and_then(|m| MilliEpsilon::try_from(m).ok())
		.ok_or_else(|| format!("{text:?} is too large"))?;
	if milli == 0 {
		return Err("ε must be more than 0".into());
	}
	Ok(milli)
}

/// Thousandths as the shortest decimal: 500 → `0.5`, 1000 → `1`, 1250 → `1.25`.
pub fn format_milli(milli: impl Into<i64>) -> String {
	let milli: i64 = milli.into();
	let sign = if milli < 0 { "-" } else { "" };
	let (whole, fraction) = (milli.unsigned_abs() / 1000, milli.unsigned_abs() % 1000);
	if fraction == 0 {
		format!("{sign}{whole}")
	} else {
		let fraction = format!("{fraction:03}");
		format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
	}
}

/// A number with at most three decimals in thousandths, for value ranges.
fn parse_milli_value(text: &str) -> Result<i64, String> {
	let (negative, digits) = match text.strip_prefix('-') {
		Some(rest) => (true, rest),
		None => (false, text),
	};
	let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
	let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
	if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || digits.ends_with('.') {
		return Err(format!("{text:?} is not a number"));
	}
	if fraction.len() > 3 {
		return Err(format!("{text:?} has more than 3 decimals"));
	}
	let scale = 10i64.pow(3 - fraction.len() as u32);
	let whole: i64 = whole.parse().map_err(|_| format!("{text:?} is too large"))?;
	let fraction: i64 = if fraction.is_empty() { 0 } else { fraction.parse().unwrap_or(0) };
	let value = whole
		.checked_mul(1000)
		.and_then(|w| w.checked_add(fraction * scale))
		.ok_or_else(|| format!("{text:?} is too large"))?;
	Ok(if negative { -value } else { value })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
	let year = if month <= 2 { year - 1 } else { year };
	let era = year.div_euclid(400);
	let year_of_era = year - era * 400;
	let month = i64::from(month);
	let day_of_year =
		(153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
	let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	era * 146_097 + day_of_era - 719_468
}

/// The date of a day number (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let day_of_era = z - era * 146_097;
	let year_of_era =
		(day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let mp = (5 * day_of_year + 2) / 153;
	let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
	let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
	let year = year_of_era + era * 400 + i64::from(month <= 2);
	(year, month, day)
}

/// `YYYY-MM-DD` as the first millisecond of that day, UTC.
pub fn parse_date(text: &str) -> Result<Moment, String> {
	let bad = || format!("{text:?} is not a date such as 2026-12-01 (YYYY-MM-DD)");
	let parts: Vec<&str> = text.trim().split('-').collect();
	let [y, m, d] = parts.as_slice() else { return Err(bad()) };
	if y.len() != 4 || m.len() != 2 || d.len() != 2 {
		return Err(bad());
	}
	let (year, month, day): (i64, u32, u32) = (
		y.parse().map_err(|_| bad())?,
		m.parse().map_err(|_| bad())?,
		d.parse().map_err(|_| bad())?,
	);
	if !(1..=12).contains(&month) || day == 0 {
		return Err(bad());
	}
	let days = days_from_civil(year, month, day);
	// A day past the month's end lands in the next month: refuse it rather than move it.
	if civil_from_days(days) != (year, month, day) {
		return Err(format!("{text:?} is not a day of the calendar"));
	}
	if year < 1970 {
		return Err(format!("{text:?} is before 1970"));
	}
	Ok(days as u64 * DAY)
}

/// A moment as `YYYY-MM-DD`, with the time of day if it is not midnight UTC.
pub fn format_moment(moment: Moment) -> String {
	let (y, m, d) = civil_from_days((moment / DAY) as i64);
	let within = moment % DAY;
	if within == 0 {
		format!("{y:04}-{m:02}-{d:02}")
	} else {
		let s = within / 1000;
		format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
	}
}

/// Midnight UTC of the day `now` falls in.
pub fn start_of_day(now: Moment) -> Moment {
	now - now % DAY
}

/// The time now, ms since the epoch.
pub fn now_ms() -> Moment {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as Moment)
		.unwrap_or_default()
}

fn system_shape(system: CodeSystem) -> &'static str {
	match system {
		CodeSystem::Icd10 => {
			"a letter, two digits, then optionally a dot and 1-4 letters or digits (E11, E11.9)"
		},
		CodeSystem::Snomed => "6-18 digits, not starting with 0 (44054006)",
		CodeSystem::Loinc => "digits, a dash and a check digit (4548-4)",
		CodeSystem::RxNorm => "up to 10 digits (7804)",
		CodeSystem::Cvx => "up to 3 digits (141)",
	}
}

fn systems_of(kind: ResourceKind) -> String {
	SYSTEMS
		.iter()
		.filter(|(_, s)| kind.accepts(*s))
		.map(|(n, _)| *n)
		.collect::<Vec<_>>()
		.join(" or ")
}

/// Splits `text` at the end of its code list: at a `[`, a `+`, or an `@` that does not start a
/// code (`@opioids` is a code set, `E11@2025-01-01..` a window).
fn split_codes(text: &str) -> (&str, &str) {
	let mut item_start = true;
	for (i, c) in text.char_indices() {
		match c {
			'[' | '+' => return (&text[..i], &text[i..]),
			'@' if !item_start => return (&text[..i], &text[i..]),
			',' => item_start = true,
			_ => item_start = false,
		}
	}
	(text, "")
}

/// The bracketed part at the start of `text` (brackets may nest, as in `mm[Hg]`), and the rest.
fn split_bracketed(text: &str) -> Result<(&str, &str), String> {
	let mut depth = 0;
	for (i, c) in text.char_indices() {
		match c {
			'[' => depth += 1,
			']' => {
				depth -= 1;
				if depth == 0 {
					return Ok((&text[1..i], &text[i + 1..]));
				}
			},
			_ => {},
		}
	}
	Err(format!("unclosed [ in {text:?}"))
}

fn parse_range(text: &str) -> Result<ValueRange, String> {
	let (mut min, mut max, mut unit) = (None, None, None::<String>);
	for bound in text.split(',') {
		let bound = bound.trim();
		let (is_min, rest) = if let Some(rest) = bound.strip_prefix(">=") {
			(true, rest)
		} else if let Some(rest) = bound.strip_prefix('<') {
			if rest.starts_with('=') {
				return Err("a range's upper bound is `<` (excluded); `<=` is not supported".into());
			}
			(false, rest)
		} else if bound.starts_with('>') {
			return Err("a range's lower bound is `>=` (included); `>` is not supported".into());
		} else {
			return Err(format!("{bound:?}: a bound is >=NUMBER or <NUMBER, then the unit"));
		};
		let rest = rest.trim_start();
		let end = rest
			.char_indices()
			.find(|(i, c)| !(c.is_ascii_digit() || *c == '.' || (*i == 0 && *c == '-')))
			.map(|(i, _)| i)
			.unwrap_or(rest.len());
		let value = parse_milli_value(&rest[..end])?;
		let this_unit = rest[end..].trim();
		if !this_unit.is_empty() {
			match &unit {
				Some(u) if u != this_unit => {
					return Err(format!("two units in one range: {u:?} and {this_unit:?}"))
				},
				_ => unit = Some(this_unit.to_string()),
			}
		}
		let slot = if is_min { &mut min } else { &mut max };
		if slot.replace(value).is_some() {
			return Err(format!(
				"two {} bounds in one range",
				if is_min { "lower" } else { "upper" }
			));
		}
	}
	let unit = unit.ok_or("a range needs its UCUM unit, as in [>=6.5%] or [<140mm[Hg]]")?;
	if let (Some(lo), Some(hi)) = (min, max) {
		if lo >= hi {
			return Err(format!("the range [{text}] is empty"));
		}
	}
	let unit =
		unit.into_bytes().try_into().map_err(|_| "a unit is at most 16 characters".to_string())?;
	Ok(ValueRange { min, max, unit })
}

fn parse_window(text: &str) -> Result<DateWindow, String> {
	let (from, until) = text
		.split_once("..")
		.ok_or_else(|| format!("@{text}: a window is @FROM..UNTIL, either side may be empty"))?;
	let date = |s: &str| if s.is_empty() { Ok(None) } else { parse_date(s).map(Some) };
	let window = DateWindow { from: date(from)?, until: date(until)? };
	match (window.from, window.until) {
		(None, None) => Err("a window needs a start or an end".into()),
		(Some(a), Some(b)) if a >= b => Err(format!("the window {text} is empty")),
		_ => Ok(window),
	}
}

/// One `--has` / `--lacks` argument as a clause (codes sorted, as the chain wants them).
pub fn parse_clause(text: &str) -> Result<Clause, String> {
	let mut parts = text.splitn(3, ':');
	let (Some(kind), Some(system), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
		return Err("a clause is KIND:SYSTEM:CODES, as condition:icd10:E11*".into());
	};
	let resource =
		KINDS.iter().find(|(n, _)| *n == kind.trim()).map(|(_, k)| *k).ok_or_else(|| {
			format!("unknown record kind {kind:?}; the kinds are {}", names(&KINDS))
		})?;
	let system = SYSTEMS
		.iter()
		.find(|(n, _)| *n == system.trim().replace('-', ""))
		.map(|(_, s)| *s)
		.ok_or_else(|| {
			format!("unknown code system {system:?}; the systems are {}", names(&SYSTEMS))
		})?;
	if !resource.accepts(system) {
		return Err(format!(
			"{} records are coded in {}, not {}",
			kind_name(resource),
			systems_of(resource),
			system_name(system)
		));
	}

	let (codes_text, mut rest) = split_codes(rest);
	let mut codes = Vec::new();
	let mut prefixes = Vec::new();
	for item in codes_text.split(',').map(str::trim) {
		if item.is_empty() {
			return Err("an empty code; codes are separated by single commas".into());
		}
		if let Some(name) = item.strip_prefix('@') {
			let set = CODE_SETS.iter().find(|s| s.name == name).ok_or_else(|| {
				let known = CODE_SETS.iter().map(|s| s.name).collect::<Vec<_>>().join(", @");
				format!("unknown code set @{name}; the sets are @{known}")
			})?;
			if set.system != system {
				return Err(format!(
					"@{name} is a set of {} codes, not {}",
					system_name(set.system),
					system_name(system)
				));
			}
			codes.extend(set.codes.iter().map(|c| c.to_string()));
			prefixes.push(false);
			continue;
		}
		let (code, prefix) = match item.strip_suffix('*') {
			Some(code) => (code, true),
			None => (item, false),
		};
		prefixes.push(prefix);
		// ICD-10 codes are written in capitals; accept them in any case.
		codes.push(if system == CodeSystem::Icd10 {
			code.to_ascii_uppercase()
		} else {
			code.into()
		});
	}
	let prefix = prefixes.iter().any(|p| *p);
	if prefix && system != CodeSystem::Icd10 {
		return Err("`*` (this code and its descendants) works for ICD-10 codes only".into());
	}
	if prefix && !prefixes.iter().all(|p| *p) {
		return Err("either every code of a clause ends in * or none does; write E11*,I10* to \
		            include I10's descendants too"
			.into());
	}
	let mut parsed = Vec::new();
	for code in &codes {
		let c = Code::new(code).ok_or_else(|| format!("{code:?} is longer than 20 characters"))?;
		if !system.well_formed(&c) {
			return Err(format!(
				"{code:?} is not a well-formed {} code: {}",
				system_name(system),
				system_shape(system)
			));
		}
		parsed.push(c);
	}
	parsed.sort();
	parsed.dedup();
	if parsed.len() > MAX_CODES {
		return Err(format!(
			"{} codes in one clause; at most {MAX_CODES} (split it, or ask for a wider set)",
			parsed.len()
		));
	}

	let mut value = None;
	if rest.starts_with('[') {
		if resource != ResourceKind::Observation {
			return Err("only observations have values; drop the [range]".into());
		}
		let (range, after) = split_bracketed(rest)?;
		value = Some(parse_range(range)?);
		rest = after;
	}
	let mut window = None;
	if let Some(after_at) = rest.strip_prefix('@') {
		let end = after_at.find('+').unwrap_or(after_at.len());
		window = Some(parse_window(&after_at[..end])?);
		rest = &after_at[end..];
	}
	let mut sensitive = Vec::new();
	while let Some(after_plus) = rest.strip_prefix('+') {
		let end = after_plus.find('+').unwrap_or(after_plus.len());
		let category = parse_category(&after_plus[..end])?;
		if !category.is_sensitive() {
			return Err(format!(
				"+{} is not a sensitive category; only mental-health, substance-use and \
				 sexual-reproductive-health are named on a clause",
				category_name(category)
			));
		}
		sensitive.push(category);
		rest = &after_plus[end..];
	}
	if !rest.is_empty() {
		return Err(format!(
			"unexpected {rest:?}; after the codes come [RANGE], then @WINDOW, then +SENSITIVE"
		));
	}
	Ok(Clause {
		resource,
		system,
		codes: parsed.try_into().map_err(|_| "too many codes".to_string())?,
		prefix,
		value,
		window,
		sensitive: Categories::of(&sensitive),
	})
}

/// A clause in the words [`parse_clause`] reads.
pub fn clause_text(clause: &Clause) -> String {
	let star = if clause.prefix { "*" } else { "" };
	let codes =
		clause.codes.iter().map(|c| format!("{}{star}", c.as_str())).collect::<Vec<_>>().join(",");
	let mut text = format!("{}:{}:{codes}", kind_name(clause.resource), system_name(clause.system));
	if let Some(v) = &clause.value {
		let unit = String::from_utf8_lossy(&v.unit);
		// A unit that starts like a number (`10*3/uL`) is set apart, or it would read as one.
		let gap = if unit.starts_with(|c: char| c.is_ascii_digit() || c == '.') { " " } else { "" };
		let bounds: Vec<String> = [
			v.min.map(|m| format!(">={}", format_milli(m))),
			v.max.map(|m| format!("<{}", format_milli(m))),
		]
		.into_iter()
		.flatten()
		.collect();
		text.push_str(&format!("[{}{gap}{unit}]", bounds.join(",")));
	}
	if let Some(w) = &clause.window {
		let date = |m: Option<Moment>| m.map(format_moment).unwrap_or_default();
		text.push_str(&format!("@{}..{}", date(w.from), date(w.until)));
	}
	for category in clause.sensitive.iter() {
		text.push_str(&format!("+{}", category_name(category)));
	}
	text
}

/// `--age`: `18-65` (both included) or `65+`.
pub fn parse_age(text: &str) -> Result<Criterion, String> {
	let text = text.trim();
	let bad = || format!("{text:?}: an age range is MIN-MAX (both included) or MIN+");
	let age = |s: &str| s.trim().parse::<u8>().map_err(|_| bad());
	let (min, max) = if let Some(min) = text.strip_suffix('+') {
		(age(min)?, NO_MAX_AGE)
	} else {
		let (min, max) = text.split_once('-').ok_or_else(bad)?;
		(age(min)?, age(max)?)
	};
	if min > max {
		return Err(format!("the age range {text} is empty"));
	}
	Ok(Criterion::Age { min, max })
}

/// `--sex`: a comma-separated set of FHIR administrative genders.
pub fn parse_sex(text: &str) -> Result<SexSet, String> {
	let mut bits = 0u8;
	for name in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
		let i = SEXES
			.iter()
			.position(|s| *s == name)
			.ok_or_else(|| format!("unknown sex {name:?}; one of {}", SEXES.join(", ")))?;
		bits |= 1 << i;
	}
	if bits == 0 {
		return Err("name at least one of female, male, other, unknown".into());
	}
	Ok(SexSet(bits))
}

fn sex_text(set: SexSet) -> String {
	(0..SEXES.len())
		.filter(|i| set.contains_index(*i))
		.map(|i| SEXES[i])
		.collect::<Vec<_>>()
		.join(",")
}

/// `--group-by`: `sex` or `age:18,40,65` (cells <18, 18-39, 40-64, 65+).
pub fn parse_dimension(text: &str) -> Result<Dimension, String> {
	let text = text.trim();
	if text == "sex" {
		return Ok(Dimension::Sex);
	}
	let Some(bounds) = text.strip_prefix("age:") else {
		return Err(format!("{text:?}: group by `sex` or `age:B1,B2,...` (band boundaries)"));
	};
	let bounds = bounds
		.split(',')
		.map(|b| b.trim().parse::<u8>().map_err(|_| format!("{b:?} is not an age in years")))
		.collect::<Result<Vec<_>, _>>()?;
	if !bounds.windows(2).all(|w| w[0] < w[1]) {
		return Err(format!("age boundaries must ascend strictly: {text}"));
	}
	if bounds.iter().any(|b| *b > 120) {
		return Err("age boundaries are at most 120".into());
	}
	if bounds.len() > MAX_AGE_BOUNDS {
		return Err(format!(
			"at most {MAX_AGE_BOUNDS} age boundaries ({} bands)",
			MAX_AGE_BOUNDS + 1
		));
	}
	Ok(Dimension::AgeBands(bounds.try_into().map_err(|_| "too many boundaries".to_string())?))
}

fn dimension_text(d: &Dimension) -> String {
	match d {
		Dimension::Sex => "sex".into(),
		Dimension::AgeBands(b) => {
			format!("age:{}", b.iter().map(u8::to_string).collect::<Vec<_>>().join(","))
		},
	}
}

/// What a query asks, as the command line gives it.
#[derive(Clone, Debug, Default)]
pub struct QuerySpec {
	pub epsilon: String,
	pub has: Vec<String>,
	pub lacks: Vec<String>,
	pub age: Option<String>,
	pub sex: Option<String>,
	pub group_by: Vec<String>,
	pub index_date: Option<String>,
}

/// Whether `query` reads ages: only then does its index date mean anything.
pub fn uses_age(query: &Query) -> bool {
	query.criteria.iter().any(|c| matches!(c, Criterion::Age { .. }))
		|| query.group_by.iter().any(|d| matches!(d, Dimension::AgeBands(_)))
}

/// Builds the canonical query `spec` describes. The index date is `--index-date`, else the
/// start of `today` when the query reads ages, else 0: a query without ages then means the
/// same (and hashes the same, so repeats are free) whatever day it is asked.
pub fn build_query(spec: &QuerySpec, today: Moment) -> Result<Query, String> {
	let epsilon = parse_milli_epsilon(&spec.epsilon).map_err(|e| format!("--epsilon: {e}"))?;
	let mut criteria = Vec::new();
	for (flag, list) in [("--has", &spec.has), ("--lacks", &spec.lacks)] {
		for text in list {
			let clause = parse_clause(text).map_err(|e| format!("{flag} {text}: {e}"))?;
			criteria.push(if flag == "--has" {
				Criterion::Has(clause)
			} else {
				Criterion::Lacks(clause)
			});
		}
	}
	if let Some(age) = &spec.age {
		criteria.push(parse_age(age).map_err(|e| format!("--age: {e}"))?);
	}
	if let Some(sex) = &spec.sex {
		criteria.push(Criterion::Sex(parse_sex(sex).map_err(|e| format!("--sex: {e}"))?));
	}
	if criteria.len() > MAX_CRITERIA {
		return Err(format!("{} criteria; a query has at most {MAX_CRITERIA}", criteria.len()));
	}
	let group_by = spec
		.group_by
		.iter()
		.map(|g| parse_dimension(g).map_err(|e| format!("--group-by: {e}")))
		.collect::<Result<Vec<_>, _>>()?;
	if group_by.len() > MAX_DIMENSIONS {
		return Err(format!("group by at most {MAX_DIMENSIONS} dimensions"));
	}
	let mut query = Query {
		epsilon,
		index_date: 0,
		criteria: criteria.try_into().map_err(|_| "too many criteria".to_string())?,
		group_by: group_by.try_into().map_err(|_| "too many dimensions".to_string())?,
	};
	query.index_date = match &spec.index_date {
		Some(date) => parse_date(date).map_err(|e| format!("--index-date: {e}"))?,
		None if uses_age(&query) => start_of_day(today),
		None => 0,
	};
	query.canonicalize();
	query.validate().map_err(|p| explain(p, &query))?;
	Ok(query)
}

/// What is wrong with `query`, in words, for a problem the chain's rules found.
pub fn explain(problem: QueryProblem, query: &Query) -> String {
	match problem {
		QueryProblem::NotCanonical => "the query is not in canonical order (a client bug: \
		                               canonicalize before authorizing)"
			.into(),
		QueryProblem::NoCodes => "a clause names no code".into(),
		QueryProblem::MalformedCode => "a code does not have its system's shape".into(),
		QueryProblem::WrongSystem => "a clause uses a code system its kind of record is not \
		                              coded in"
			.into(),
		QueryProblem::PrefixNotIcd10 => "`*` works for ICD-10 codes only".into(),
		QueryProblem::BadValue => "a value range is on something else than an observation, \
		                           empty, or without a unit"
			.into(),
		QueryProblem::BadRange => "an empty date window or age range".into(),
		QueryProblem::NotSensitive => "a clause names a category that is not sensitive".into(),
		QueryProblem::NoSex => "an empty sex set".into(),
		QueryProblem::BadDimension => "age bands must ascend, be at most 120, and each \
		                               dimension may be grouped by once"
			.into(),
		QueryProblem::TooManyCells => format!(
			"the group-by makes {} cells; at most {MAX_CELLS} (fewer age bands, or one dimension)",
			query.cells()
		),
	}
}

/// The command-line arguments that ask `query` (after `query --study S`).
pub fn query_args(query: &Query) -> Vec<String> {
	let mut args = vec!["--epsilon".to_string(), format_milli(query.epsilon)];
	for criterion in query.criteria.iter() {
		let (flag, value) = match criterion {
			Criterion::Has(c) => ("--has", clause_text(c)),
			Criterion::Lacks(c) => ("--lacks", clause_text(c)),
			Criterion::Age { min, max: NO_MAX_AGE } => ("--age", format!("{min}+")),
			Criterion::Age { min, max } => ("--age", format!("{min}-{max}")),
			Criterion::Sex(set) => ("--sex", sex_text(*set)),
		};
		args.extend([flag.to_string(), value]);
	}
	for d in query.group_by.iter() {
		args.extend(["--group-by".to_string(), dimension_text(d)]);
	}
	if query.index_date != 0 || uses_age(query) {
		args.extend(["--index-date".to_string(), format_moment(query.index_date)]);
	}
	args
}

/// `query` in one line of the command line's words.
pub fn query_text(query: &Query) -> String {
	query_args(query).chunks(2).map(|pair| pair.join(" ")).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_chain_client::query_hash;

	fn codes(clause: &Clause) -> Vec<&str> {
		clause.codes.iter().map(Code::as_str).collect()
	}

	fn spec(epsilon: &str, has: &[&str]) -> QuerySpec {
		QuerySpec {
			epsilon: epsilon.into(),
			has: has.iter().map(|s| s.to_string()).collect(),
			..Default::default()
		}
	}

	const TODAY: Moment = 1_780_272_000_000 + 12 * 3_600_000; // 2026-06-01T12:00Z

	#[test]
	fn a_prefix_clause() {
		let c = parse_clause("condition:icd10:E11*").expect("parses");
		assert_eq!(
			(c.resource, c.system, c.prefix),
			(ResourceKind::Condition, CodeSystem::Icd10, true)
		);
		assert_eq!(codes(&c), ["E11"]);
		assert_eq!((c.value.clone(), c.window, c.sensitive), (None, None, Categories::empty()));
		// Lower case ICD-10 is read as written in capitals; exact codes are not prefixes.
		let c = parse_clause("condition:icd10:e11.9,I10").expect("parses");
		assert_eq!((codes(&c), c.prefix), (vec!["E11.9", "I10"], false));
	}

	#[test]
	fn opioids_expand_to_sorted_rxnorm_codes() {
		let c = parse_clause("medication:rxnorm:@opioids").expect("parses");
		assert_eq!(codes(&c), ["10689", "1819", "4337", "5489", "6813", "7052", "7804"]);
		// With a code of its own, repeated codes counted once.
		let c = parse_clause("medication:rxnorm:7804,@opioids,6809").expect("parses");
		assert_eq!(c.codes.len(), 8);
		let e = parse_clause("condition:snomed:@opioids").unwrap_err();
		assert!(e.contains("set of rxnorm codes"), "{e}");
		let e = parse_clause("medication:rxnorm:@benzos").unwrap_err();
		assert!(e.contains("unknown code set @benzos") && e.contains("@opioids"), "{e}");
	}

	#[test]
	fn value_ranges_in_thousandths_of_the_unit() {
		let c = parse_clause("observation:loinc:4548-4[>=6.5%]").expect("parses");
		let v = c.value.expect("a range");
		assert_eq!((v.min, v.max, v.unit.to_vec()), (Some(6500), None, b"%".to_vec()));
		let v = parse_clause("observation:loinc:39156-5[>=25,<30kg/m2]").expect("parses").value;
		let v = v.expect("a range");
		assert_eq!(
			(v.min, v.max, v.unit.to_vec()),
			(Some(25_000), Some(30_000), b"kg/m2".to_vec())
		);
		// UCUM's brackets nest inside the range's.
		let v = parse_clause("observation:loinc:8480-6[<140mm[Hg]]").expect("parses").value;
		let v = v.expect("a range");
		assert_eq!((v.min, v.max, v.unit.to_vec()), (None, Some(140_000), b"mm[Hg]".to_vec()));
		let v = parse_clause("observation:loinc:1-8[>=-0.125 Cel]").expect("parses").value;
		assert_eq!(v.expect("a range").min, Some(-125));

		for (bad, why) in [
			("observation:loinc:4548-4[>6.5%]", "`>` is not supported"),
			("observation:loinc:4548-4[<=6.5%]", "`<=` is not supported"),
			("observation:loinc:4548-4[>=6.5]", "needs its UCUM unit"),
			("observation:loinc:4548-4[>=7,<6%]", "is empty"),
			("observation:loinc:4548-4[>=6.5%,<9mmol/L]", "two units"),
			("observation:loinc:4548-4[>=6.5001%]", "more than 3 decimals"),
			("observation:loinc:4548-4[>=6.5%", "unclosed"),
			("condition:icd10:E11[>=1%]", "only observations have values"),
		] {
			let e = parse_clause(bad).unwrap_err();
			assert!(e.contains(why), "{bad}: {e}");
		}
	}

	#[test]
	fn windows_and_sensitive_categories() {
		let c = parse_clause("medication:rxnorm:@opioids@2025-01-01..2026-01-01").expect("parses");
		let w = c.window.expect("a window");
		assert_eq!((w.from, w.until), (Some(1_735_689_600_000), Some(1_767_225_600_000)));
		let c = parse_clause("condition:icd10:E11*@..2026-01-01").expect("parses");
		assert_eq!(c.window.map(|w| (w.from, w.until)), Some((None, Some(1_767_225_600_000))));
		let c = parse_clause("condition:icd10:F11*@2025-01-01..+substance-use").expect("parses");
		assert_eq!(c.sensitive, Categories::of(&[Category::SubstanceUse]));
		assert_eq!(c.window.and_then(|w| w.from), Some(1_735_689_600_000));
		let c = parse_clause("condition:icd10:F1*+substance-use+mental-health").unwrap_err();
		assert!(c.contains("not a well-formed icd10 code"), "{c}");
		let c = parse_clause("condition:icd10:F11*+substance-use+mental-health").expect("parses");
		assert_eq!(c.sensitive, Categories::of(&[Category::SubstanceUse, Category::MentalHealth]));

		for (bad, why) in [
			("condition:icd10:E11@2026-01-01..2025-01-01", "is empty"),
			("condition:icd10:E11@2025-02-29..", "not a day of the calendar"),
			("condition:icd10:E11@..", "needs a start or an end"),
			("condition:icd10:E11@2025-01-01", "@FROM..UNTIL"),
			("condition:icd10:E11+conditions", "not a sensitive category"),
			("condition:icd10:E11+sensitive", "unknown category"),
		] {
			let e = parse_clause(bad).unwrap_err();
			assert!(e.contains(why), "{bad}: {e}");
		}
	}

	#[test]
	fn malformed_clauses_say_what_is_wrong() {
		for (bad, why) in [
			("condition:E11", "KIND:SYSTEM:CODES"),
			("diagnosis:icd10:E11", "unknown record kind"),
			("condition:icd9:250", "unknown code system"),
			("medication:icd10:E11", "medication records are coded in rxnorm, not icd10"),
			("condition:icd10:E1", "not a well-formed icd10 code"),
			("condition:icd10:E11,,I10", "an empty code"),
			("condition:icd10:E11*,I10", "either every code"),
			("condition:snomed:44054006*", "ICD-10 codes only"),
			("observation:loinc:4548", "not a well-formed loinc code"),
			("condition:icd10:E11 extra", "not a well-formed icd10 code"),
			("condition:icd10:E11]", "not a well-formed icd10 code"),
		] {
			let e = parse_clause(bad).unwrap_err();
			assert!(e.contains(why), "{bad}: {e}");
		}
		let many: Vec<String> = (10..27).map(|i| format!("E{i}")).collect();
		let e = parse_clause(&format!("condition:icd10:{}", many.join(","))).unwrap_err();
		assert!(e.contains("17 codes in one clause"), "{e}");
	}

	#[test]
	fn epsilon_in_exact_thousandths() {
		for (text, milli) in [
			("0.5", 500),
			("1", 1000),
			("0.125", 125),
			("10", 10_000),
			("0.01", 10),
			("2.50", 2500),
		] {
			assert_eq!(parse_milli_epsilon(text), Ok(milli), "{text}");
			assert_eq!(parse_milli_epsilon(&format_milli(milli)), Ok(milli));
		}
		assert_eq!(format_milli(500u32), "0.5");
		assert_eq!(format_milli(1250u32), "1.25");
		assert_eq!(format_milli(-125i64), "-0.125");
		for (bad, why) in [
			("0.0005", "more than 3 decimals"),
			("0", "more than 0"),
			("0.000", "more than 0"),
			("-1", "not a decimal number"),
			("1e-3", "not a decimal number"),
			(".5", "not a decimal number"),
			("1.", "not a decimal number"),
			("", "not a decimal number"),
			("5000000", "too large"),
		] {
			let e = parse_milli_epsilon(bad).unwrap_err();
			assert!(e.contains(why), "{bad}: {e}");
		}
	}

	#[test]
	fn dates_are_utc_days() {
		assert_eq!(parse_date("1970-01-01"), Ok(0));
		assert_eq!(parse_date("2026-06-01"), Ok(1_780_272_000_000));
		assert_eq!(parse_date("2024-02-29"), Ok(1_709_164_800_000));
		assert!(parse_date("2025-02-29").is_err());
		assert!(parse_date("2025-13-01").is_err());
		assert!(parse_date("2025-1-01").is_err());
		assert!(parse_date("1969-12-31").is_err());
		assert_eq!(format_moment(1_814_313_600_000), "2027-06-30");
		assert_eq!(format_moment(TODAY), "2026-06-01T12:00:00Z");
		assert_eq!(start_of_day(TODAY), 1_780_272_000_000);
	}

	#[test]
	fn ages_sexes_and_dimensions() {
		assert_eq!(parse_age("18-65"), Ok(Criterion::Age { min: 18, max: 65 }));
		assert_eq!(parse_age("65+"), Ok(Criterion::Age { min: 65, max: 255 }));
		assert!(parse_age("65-18").unwrap_err().contains("empty"));
		assert!(parse_age("adult").is_err());
		assert_eq!(parse_sex("female, male"), Ok(SexSet(0b11)));
		assert!(parse_sex("woman").unwrap_err().contains("female, male, other, unknown"));
		assert_eq!(parse_dimension("sex"), Ok(Dimension::Sex));
		let bands = parse_dimension("age:18,40,65").expect("parses");
		assert_eq!(bands.cells(), 4);
		assert_eq!(bands.label(0), "<18");
		assert!(parse_dimension("age:40,18").unwrap_err().contains("ascend"));
		assert!(parse_dimension("age:130").unwrap_err().contains("at most 120"));
		assert!(parse_dimension("site").is_err());
	}

	#[test]
	fn queries_are_canonical_whatever_the_order_they_are_asked_in() {
		let one = QuerySpec {
			epsilon: "0.5".into(),
			has: vec!["condition:icd10:E11*".into(), "medication:rxnorm:7804,5489".into()],
			lacks: vec!["condition:icd10:O24*".into()],
			age: Some("18-65".into()),
			sex: Some("male,female".into()),
			group_by: vec!["sex".into(), "age:40,65".into()],
			index_date: Some("2026-12-01".into()),
		};
		let mut two = one.clone();
		two.has = vec!["medication:rxnorm:5489,7804,5489".into(), "condition:icd10:E11*".into()];
		two.sex = Some("female,male".into());
		let (a, b) =
			(build_query(&one, TODAY).expect("valid"), build_query(&two, TODAY).expect("valid"));
		assert_eq!(a, b);
		assert_eq!(query_hash(&a), query_hash(&b));
		assert_eq!(a.validate(), Ok(()));
		// The group-by keeps its order: it decides the cells' order.
		assert_eq!(a.group_by[0], Dimension::Sex);
		assert_eq!(a.cells(), 12);
		assert_eq!(a.index_date, parse_date("2026-12-01").expect("date"));
		let mut swapped = one.clone();
		swapped.group_by.reverse();
		assert_ne!(build_query(&swapped, TODAY).expect("valid"), a);
	}

	#[test]
	fn a_query_reads_back_from_its_own_words() {
		let asked = QuerySpec {
			epsilon: "0.25".into(),
			has: vec![
				"observation:loinc:4548-4[>=6.5,<9%]@2025-01-01..".into(),
				"medication:rxnorm:@opioids".into(),
				"observation:loinc:26464-8[>=4.5 10*3/uL]".into(),
			],
			lacks: vec!["condition:icd10:F11*+substance-use".into()],
			age: Some("65+".into()),
			sex: None,
			group_by: vec!["age:75,85".into()],
			index_date: None,
		};
		let query = build_query(&asked, TODAY).expect("valid");
		let args = query_args(&query);
		let mut again = QuerySpec::default();
		for pair in args.chunks(2) {
			let value = pair[1].clone();
			match pair[0].as_str() {
				"--epsilon" => again.epsilon = value,
				"--has" => again.has.push(value),
				"--lacks" => again.lacks.push(value),
				"--age" => again.age = Some(value),
				"--sex" => again.sex = Some(value),
				"--group-by" => again.group_by.push(value),
				"--index-date" => again.index_date = Some(value),
				other => panic!("unexpected {other}"),
			}
		}
		assert_eq!(build_query(&again, TODAY + 5 * DAY).expect("valid"), query, "{args:?}");
		assert!(query_text(&query).contains("--has medication:rxnorm:10689,1819,4337"));
	}

	#[test]
	fn the_index_date_is_used_only_with_ages() {
		let without = build_query(&spec("0.5", &["condition:icd10:E11*"]), TODAY).expect("valid");
		assert_eq!(without.index_date, 0);
		// Asked again another day, the same query: a repeat, free.
		assert_eq!(build_query(&spec("0.5", &["condition:icd10:E11*"]), TODAY + DAY), Ok(without));
		let mut aged = spec("0.5", &["condition:icd10:E11*"]);
		aged.group_by = vec!["age:40".into()];
		assert_eq!(build_query(&aged, TODAY).expect("valid").index_date, start_of_day(TODAY));
	}

	#[test]
	fn invalid_queries_are_refused_with_a_reason() {
		let mut q = spec("0.5", &["condition:icd10:E11*"]);
		q.group_by = vec!["sex".into(), "age:10,20,30,40,50".into()];
		let e = build_query(&q, TODAY).unwrap_err();
		assert!(e.contains("24 cells; at most 20"), "{e}");
		q.group_by = vec!["sex".into(), "sex".into()];
		assert!(build_query(&q, TODAY).unwrap_err().contains("dimension may be grouped by once"));
		q.group_by = vec!["sex".into(), "sex".into(), "age:40".into()];
		assert!(build_query(&q, TODAY).unwrap_err().contains("at most 2"));
		let nine: Vec<String> = (10..19).map(|i| format!("condition:icd10:E{i}")).collect();
		let nine: Vec<&str> = nine.iter().map(String::as_str).collect();
		assert!(build_query(&spec("0.5", &nine), TODAY).unwrap_err().contains("at most 8"));
		let e = build_query(&spec("0.5", &["condition:icd10:E1"]), TODAY).unwrap_err();
		assert!(e.starts_with("--has condition:icd10:E1: "), "{e}");
		let e = build_query(&spec("0.0001", &["condition:icd10:E11"]), TODAY).unwrap_err();
		assert!(e.starts_with("--epsilon: "), "{e}");
		// Nothing but the group-by: a count of everyone, by sex, is a query too.
		let mut all = spec("1", &[]);
		all.group_by = vec!["sex".into()];
		assert_eq!(build_query(&all, TODAY).map(|q| q.cells()), Ok(4));
	}
}

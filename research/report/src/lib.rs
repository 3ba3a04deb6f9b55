//! The answer a gatekeeper gives to an authorized research query, as a FHIR R4
//! `MeasureReport`: one stratum per cell of the query's group-by, in the query's cell order,
//! each with a noisy count or, below the study's minimum cell count, no count and the standard
//! `data-absent-reason` extension `masked`. The noise mechanism and its parameters travel in an
//! extension, so the researcher's client can bound the combined error without trusting a
//! separate channel.
//!
//! The gatekeeper writes it with [`measure_report`]; the researcher's client reads it back
//! with [`parse`]. Both sides name cells with the shared query types
//! ([`Query::cell_of`], [`Dimension::label`]), so the strata of every site line up.

use medrec_primitives::research::{Dimension, MilliEpsilon, Query, QueryId, StudyId};
use serde_json::{json, Map, Value};

/// FHIR's measure population codes.
pub const MEASURE_POPULATION: &str = "http://terminology.hl7.org/CodeSystem/measure-population";
/// The standard extension that says why a value is absent.
pub const DATA_ABSENT_REASON: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
/// The threshold behind a masked count.
pub const BELOW: &str = "urn:medrec:research:below";
/// The noise mechanism and its parameters.
pub const NOISE: &str = "urn:medrec:research:noise";
/// The block that authorized the query.
pub const AUTHORIZED_AT: &str = "urn:medrec:research:authorized-at";
/// The identifier system of MedRec accounts.
pub const ACCOUNT_SYSTEM: &str = "urn:medrec:account";
/// The only mechanism gatekeepers use: discrete Laplace, L1 sensitivity 1.
pub const MECHANISM: &str = "discrete-laplace";

/// One cell as released: a count rounded to a multiple of [`SiteAnswer::rounding`], or "below
/// k".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
	Count(u64),
	Below(u32),
}

/// What one site released for one query.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteAnswer {
	pub study: StudyId,
	pub query: QueryId,
	/// The site's account, SS58.
	pub site: String,
	/// The block that authorized the query.
	pub authorized_at: u32,
	/// When the site computed the answer, as an RFC 3339 instant.
	pub computed_at: String,
	pub epsilon: MilliEpsilon,
	/// The study's minimum cell count.
	pub k: u32,
	/// Counts are multiples of this.
	pub rounding: u32,
	/// The noise's scale (1/ε) and standard deviation, for the reader.
	pub scale: f64,
	pub sigma: f64,
	/// One per cell, in the query's cell order.
	pub cells: Vec<Cell>,
}

/// The labels of `query`'s cells, in cell order: each dimension's label joined by `|`, or
/// `all` without a group-by.
pub fn cell_labels(query: &Query) -> Vec<String> {
	let dims: Vec<&Dimension> = query.group_by.iter().collect();
	let mut labels = vec![String::new()];
	for d in &dims {
		labels = labels
			.iter()
			.flat_map(|prefix| {
				(0..d.cells()).map(move |i| {
					let label = d.label(i);
					if prefix.is_empty() {
						label
					} else {
						format!("{prefix}|{label}")
					}
				})
			})
			.collect();
	}
	if dims.is_empty() {
		vec!["all".into()]
	} else {
		labels
	}
}

fn dimension_name(d: &Dimension) -> &'static str {
	match d {
		Dimension::AgeBands(_) => "age",
		Dimension::Sex => "sex",
	}
}

fn population(cell: Cell) -> Value {
	let code = json!({"coding": [{"system": MEASURE_POPULATION, "code": "initial-population"}]});
	match cell {
		Cell::Count(n) => json!({"code": code, "count": n}),
		Cell::Below(k) => json!({
			"code": code,
			"_count": {"extension": [
				{"url": DATA_ABSENT_REASON, "valueCode": "masked"},
				{"url": BELOW, "valueInteger": k},
			]},
		}),
	}
}

/// `answer` as a FHIR R4 `MeasureReport` for `query`. `period` is the study's period as RFC
/// 3339 instants (R4 requires one).
pub fn measure_report(answer: &SiteAnswer, query: &Query, period: (&str, &str)) -> Value {
	let labels = cell_labels(query);
	let dims: Vec<&Dimension> = query.group_by.iter().collect();
	let strata: Vec<Value> = labels
		.iter()
		.zip(&answer.cells)
		.map(|(label, cell)| {
			let mut stratum = Map::new();
			stratum.insert("value".into(), json!({"text": label}));
			if dims.len() > 1 {
				let components: Vec<Value> = dims
					.iter()
					.zip(label.split('|'))
					.map(
						|(d, part)| json!({"code": {"text": dimension_name(d)}, "value": {"text": part}}),
					)
					.collect();
				stratum.insert("component".into(), Value::Array(components));
			}
			stratum.insert("population".into(), json!([population(*cell)]));
			Value::Object(stratum)
		})
		.collect();
	let stratifier_code: Vec<Value> = if dims.is_empty() {
		vec![json!({"text": "all"})]
	} else {
		dims.iter().map(|d| json!({"text": dimension_name(d)})).collect()
	};
	json!({
		"resourceType": "MeasureReport",
		"extension": [
			{"url": NOISE, "extension": [
				{"url": "mechanism", "valueCode": MECHANISM},
				{"url": "epsilon", "valueDecimal": f64::from(answer.epsilon) / 1000.0},
				{"url": "sensitivity", "valueInteger": 1},
				{"url": "scale", "valueDecimal": answer.scale},
				{"url": "sigma", "valueDecimal": answer.sigma},
				{"url": "rounding", "valueInteger": answer.rounding},
				{"url": "k", "valueInteger": answer.k},
			]},
			{"url": AUTHORIZED_AT, "valueInteger": answer.authorized_at},
		],
		"status": "complete",
		"type": "summary",
		"measure": format!("urn:medrec:study:{}:query:{}", answer.study, answer.query),
		"date": answer.computed_at,
		"reporter": {"identifier": {"system": ACCOUNT_SYSTEM, "value": answer.site}},
		"period": {"start": period.0, "end": period.1},
		"group": [{"stratifier": [{"code": stratifier_code, "stratum": strata}]}],
	})
}

fn extension<'a>(extensions: &'a Value, url: &str) -> Option<&'a Value> {
	extensions.as_array()?.iter().find(|e| e.get("url").and_then(Value::as_str) == Some(url))
}

fn int(v: Option<&Value>, what: &str) -> Result<u64, String> {
	v.and_then(Value::as_u64).ok_or_else(|| format!("the report has no {what}"))
}

/// Reads a `MeasureReport` written by [`measure_report`] back into a [`SiteAnswer`]; says
/// what is missing or malformed otherwise.
pub fn parse(report: &Value) -> Result<SiteAnswer, String> {
	if report.get("resourceType").and_then(Value::as_str) != Some("MeasureReport") {
		return Err("not a MeasureReport".into());
	}
	let measure = report.get("measure").and_then(Value::as_str).unwrap_or_default();
	let ids: Vec<&str> = measure.split(':').collect();
	let (study, query) = match ids.as_slice() {
		["urn", "medrec", "study", s, "query", q] => (
			s.parse().map_err(|_| "bad study id in measure")?,
			q.parse().map_err(|_| "bad query id in measure")?,
		),
		_ => return Err(format!("unknown measure {measure:?}")),
	};
	let extensions = report.get("extension").ok_or("the report has no extensions")?;
	let noise =
		extension(extensions, NOISE).and_then(|n| n.get("extension")).ok_or("no noise terms")?;
	let param = |name: &str| extension(noise, name);
	if param("mechanism").and_then(|m| m.get("valueCode")).and_then(Value::as_str)
		!= Some(MECHANISM)
	{
		return Err("unknown noise mechanism".into());
	}
	let decimal = |name: &str| {
		param(name)
			.and_then(|p| p.get("valueDecimal"))
			.and_then(Value::as_f64)
			.ok_or_else(|| format!("the report has no {name}"))
	};
	let epsilon = (decimal("epsilon")? * 1000.0).round() as MilliEpsilon;
	let k = int(param("k").and_then(|p| p.get("valueInteger")), "k")? as u32;
	let rounding = int(param("rounding").and_then(|p| p.get("valueInteger")), "rounding")? as u32;
	let authorized_at = int(
		extension(extensions, AUTHORIZED_AT).and_then(|e| e.get("valueInteger")),
		"authorization block",
	)? as u32;
	let site = report
		.pointer("/reporter/identifier/value")
		.and_then(Value::as_str)
		.ok_or("the report names no site")?
		.to_string();
	let strata = report
		.pointer("/group/0/stratifier/0/stratum")
		.and_then(Value::as_array)
		.ok_or("the report has no strata")?;
	let cells = strata
		.iter()
		.map(|stratum| {
			let pop = stratum.pointer("/population/0").ok_or("a stratum without population")?;
			if let Some(n) = pop.get("count").and_then(Value::as_u64) {
				return Ok(Cell::Count(n));
			}
			let absent = pop.pointer("/_count/extension").ok_or("a stratum without count")?;
			let masked = extension(absent, DATA_ABSENT_REASON)
				.and_then(|e| e.get("valueCode"))
				.and_then(Value::as_str)
				== Some("masked");
			let below = extension(absent, BELOW).and_then(|e| e.get("valueInteger"));
			match (masked, below.and_then(Value::as_u64)) {
				(true, Some(k)) => Ok(Cell::Below(k as u32)),
				_ => Err("a count is absent without saying why".to_string()),
			}
		})
		.collect::<Result<Vec<_>, String>>()?;
	Ok(SiteAnswer {
		study,
		query,
		site,
		authorized_at,
		computed_at: report.get("date").and_then(Value::as_str).unwrap_or_default().to_string(),
		epsilon,
		k,
		rounding,
		scale: decimal("scale")?,
		sigma: decimal("sigma")?,
		cells,
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_primitives::research::*;

	fn query(group_by: Vec<Dimension>) -> Query {
		Query {
			epsilon: 500,
			index_date: 0,
			criteria: vec![Criterion::Age { min: 18, max: 120 }].try_into().expect("one"),
			group_by: group_by.try_into().expect("at most two"),
		}
	}

	fn answer(cells: Vec<Cell>) -> SiteAnswer {
		SiteAnswer {
			study: 3,
			query: 7,
			site: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY".into(),
			authorized_at: 42,
			computed_at: "2026-12-05T10:00:00Z".into(),
			epsilon: 500,
			k: 11,
			rounding: 5,
			scale: 2.0,
			sigma: 2.8,
			cells,
		}
	}

	#[test]
	fn labels_follow_the_querys_cell_order() {
		let bands = Dimension::AgeBands(vec![40, 65].try_into().expect("two"));
		let q = query(vec![bands, Dimension::Sex]);
		let labels = cell_labels(&q);
		assert_eq!(labels.len() as u32, q.cells());
		// The label of every cell is where `cell_of` puts a patient of that age and sex.
		assert_eq!(labels[q.cell_of(30, 0) as usize], "<40|female");
		assert_eq!(labels[q.cell_of(50, 1) as usize], "40-64|male");
		assert_eq!(labels[q.cell_of(70, 3) as usize], "65+|unknown");
		assert_eq!(cell_labels(&query(vec![])), vec!["all".to_string()]);
	}

	#[test]
	fn a_report_reads_back_as_written() {
		let q = query(vec![Dimension::Sex]);
		let a = answer(vec![Cell::Count(45), Cell::Below(11), Cell::Below(11), Cell::Count(20)]);
		let report = measure_report(&a, &q, ("2026-01-01T00:00:00Z", "2026-06-30T00:00:00Z"));
		assert_eq!(parse(&report), Ok(a));
		// A masked cell carries no count at all, never a zero.
		let masked = report.pointer("/group/0/stratifier/0/stratum/1/population/0").expect("cell");
		assert!(masked.get("count").is_none(), "{masked}");
	}

	#[test]
	fn a_malformed_report_is_refused_with_a_reason() {
		let q = query(vec![]);
		let good = measure_report(&answer(vec![Cell::Count(5)]), &q, ("a", "b"));
		let mut bad = good.clone();
		bad["measure"] = json!("urn:other:thing");
		assert!(parse(&bad).unwrap_err().contains("unknown measure"));
		let mut bad = good.clone();
		bad["group"][0]["stratifier"][0]["stratum"][0]["population"][0] =
			json!({"code": {"text": "x"}});
		assert!(parse(&bad).unwrap_err().contains("without count"));
		let mut bad = good;
		bad["extension"][0]["extension"][0]["valueCode"] = json!("gaussian");
		assert!(parse(&bad).unwrap_err().contains("mechanism"));
	}
}

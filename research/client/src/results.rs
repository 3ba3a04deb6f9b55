//! One query's results: every site's released cells side by side, the noise they carry, and
//! the combined estimate per cell with its interval (`medrec_dp::combine`). Sites that did not
//! answer are listed with their reason and left out of the sums: never imputed.

use medrec_dp::{combine_with, Combined, NoiseBounds, NoiseFigures, Reported};
use medrec_primitives::research::{Query, QueryId, StudyId};
use medrec_research_report::{cell_labels, Cell, SiteAnswer};
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;

use crate::{
	fetch::SiteResult,
	grammar::{format_milli, query_text},
	QueryRecordOf,
};

/// One cell across sites.
#[derive(Clone, Debug, PartialEq)]
pub struct CellResult {
	pub label: String,
	/// One per site, in the sites' order; `None` where the site is missing.
	pub sites: Vec<Option<Cell>>,
	/// Over the sites that answered; `None` if none did.
	pub combined: Option<Combined>,
}

/// A query's results.
#[derive(Clone, Debug)]
pub struct Results {
	pub study: StudyId,
	pub query_id: QueryId,
	pub record: QueryRecordOf,
	pub sites: Vec<SiteResult>,
	pub cells: Vec<CellResult>,
	/// The intervals hold with probability at least 1 − `alpha`.
	pub alpha: f64,
}

fn reported(cell: Cell) -> Reported {
	match cell {
		Cell::Count(n) => Reported::Count(n),
		Cell::Below(k) => Reported::Below(k),
	}
}

/// Combines the answers in `sites` to `query`, cell by cell.
pub fn combine_cells(query: &Query, sites: &[SiteResult], alpha: f64) -> Vec<CellResult> {
	let answers: Vec<Option<&SiteAnswer>> = sites.iter().map(|s| s.outcome.as_ref().ok()).collect();
	let answered = answers.iter().flatten().count();
	// The quantiles depend only on ε, α and how many sites answered: once for every cell.
	let bounds = (answered > 0
		&& (medrec_dp::MIN_MILLI_EPSILON..=medrec_dp::MAX_MILLI_EPSILON).contains(&query.epsilon))
	.then(|| NoiseBounds::new(query.epsilon, answered, alpha));
	cell_labels(query)
		.into_iter()
		.enumerate()
		.map(|(i, label)| {
			let cells: Vec<Option<Cell>> =
				answers.iter().map(|a| a.and_then(|a| a.cells.get(i).copied())).collect();
			let reports: Vec<Reported> = cells.iter().flatten().copied().map(reported).collect();
			let combined = bounds
				.as_ref()
				.filter(|b| b.sites == reports.len())
				.map(|b| combine_with(&reports, b));
			CellResult { label, sites: cells, combined }
		})
		.collect()
}

impl Results {
	pub fn new(
		study: StudyId,
		query_id: QueryId,
		record: QueryRecordOf,
		sites: Vec<SiteResult>,
		alpha: f64,
	) -> Self {
		let cells = combine_cells(&record.query, &sites, alpha);
		Self { study, query_id, record, sites, cells, alpha }
	}

	/// How many sites answered.
	pub fn answered(&self) -> usize {
		self.sites.iter().filter(|s| s.outcome.is_ok()).count()
	}

	/// Whether any site is missing.
	pub fn incomplete(&self) -> bool {
		self.answered() < self.sites.len()
	}

	fn coverage(&self) -> String {
		format!("{}%", ((1.0 - self.alpha) * 100.0 * 1000.0).round() / 1000.0)
	}

	/// The results as a table, for people.
	pub fn text(&self) -> String {
		let query = &self.record.query;
		let mut out = format!(
			"Study {} query {}: {}\n  authorized in block #{}, ε {}; {} of {} site(s) answered\n",
			self.study,
			self.query_id,
			query_text(query),
			self.record.authorized_at,
			format_milli(query.epsilon),
			self.answered(),
			self.sites.len()
		);
		let answered: Vec<&SiteResult> = self.sites.iter().filter(|s| s.outcome.is_ok()).collect();
		let mut header = vec!["cell".to_string()];
		header.extend(answered.iter().map(|s| s.site.label()));
		header.push(format!("combined ({})", self.coverage()));
		let mut rows = vec![header];
		for cell in &self.cells {
			let mut row = vec![cell.label.clone()];
			for (value, site) in cell.sites.iter().zip(&self.sites) {
				if site.outcome.is_err() {
					continue;
				}
				row.push(match value {
					Some(Cell::Count(n)) => n.to_string(),
					Some(Cell::Below(k)) => format!("< {k}"),
					None => "?".into(),
				});
			}
			row.push(match &cell.combined {
				Some(c) => format!("{:.1} [{}, {}]", c.estimate, c.low, c.high),
				None => "no answer".into(),
			});
			rows.push(row);
		}
		let widths: Vec<usize> = (0..rows[0].len())
			.map(|i| {
				rows.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count())).max().unwrap_or(0)
			})
			.collect();
		for row in &rows {
			let line: Vec<String> =
				row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
			out.push_str(&format!("  {}\n", line.join("  ").trim_end()));
		}
		if !answered.is_empty() {
			out.push_str("Noise, per site: discrete Laplace, sensitivity 1\n");
		}
		for site in &answered {
			if let Ok(a) = &site.outcome {
				out.push_str(&format!(
					"  {}: ε {}, scale {:.2}, σ {:.2}, rounded to {}, k {}; computed {}\n",
					site.site.label(),
					format_milli(a.epsilon),
					a.scale,
					a.sigma,
					a.rounding,
					a.k,
					a.computed_at
				));
			}
		}
		let missing: Vec<&SiteResult> = self.sites.iter().filter(|s| s.outcome.is_err()).collect();
		if !missing.is_empty() {
			out.push_str("Missing (not counted, not imputed):\n");
			for site in missing {
				if let Err(why) = &site.outcome {
					out.push_str(&format!("  {} ({}): {why}\n", site.site.label(), site.site.url));
				}
			}
		}
		out
	}

	/// The results as JSON: the same facts as [`Results::text`].
	pub fn json(&self) -> Value {
		let query = &self.record.query;
		let figures = (medrec_dp::MIN_MILLI_EPSILON..=medrec_dp::MAX_MILLI_EPSILON)
			.contains(&query.epsilon)
			.then(|| NoiseFigures::new(query.epsilon));
		let sites: Vec<Value> = self
			.sites
			.iter()
			.map(|s| {
				let mut v = json!({
					"account": s.site.account.to_ss58check(),
					"name": s.site.name,
					"url": s.site.url,
				});
				match &s.outcome {
					Ok(a) => {
						v["status"] = json!("answered");
						v["computed_at"] = json!(a.computed_at);
						v["noise"] = json!({
							"mechanism": medrec_research_report::MECHANISM,
							"epsilon": a.epsilon as f64 / 1000.0,
							"scale": a.scale,
							"sigma": a.sigma,
							"rounding": a.rounding,
							"k": a.k,
						});
					},
					Err(why) => {
						v["status"] = json!("missing");
						v["reason"] = json!(why.kind());
						v["detail"] = json!(why.to_string());
					},
				}
				v
			})
			.collect();
		let cells: Vec<Value> = self
			.cells
			.iter()
			.map(|c| {
				let per_site: Vec<Value> = c
					.sites
					.iter()
					.zip(&self.sites)
					.filter(|(_, s)| s.outcome.is_ok())
					.map(|(value, s)| {
						let account = s.site.account.to_ss58check();
						match value {
							Some(Cell::Count(n)) => json!({"site": account, "count": n}),
							Some(Cell::Below(k)) => json!({"site": account, "below": k}),
							None => json!({"site": account}),
						}
					})
					.collect();
				let combined = c.combined.map(|m| {
					json!({
						"estimate": m.estimate, "low": m.low, "high": m.high,
						"reporting": m.reporting, "below": m.below,
					})
				});
				json!({"label": c.label, "sites": per_site, "combined": combined})
			})
			.collect();
		json!({
			"study": self.study,
			"query": self.query_id,
			"hash": format!("{:?}", self.record.hash),
			"criteria": query_text(query),
			"epsilon": query.epsilon as f64 / 1000.0,
			"milli_epsilon": query.epsilon,
			"authorized_at": self.record.authorized_at,
			"alpha": self.alpha,
			"noise": figures.map(|f| json!({"scale": f.scale, "sigma": f.sigma})),
			"sites": sites,
			"cells": cells,
			"answered": self.answered(),
			"missing": self.sites.len() - self.answered(),
		})
	}
}

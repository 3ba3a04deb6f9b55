//! The Rust side of `apps/client/test/vectors/rust-dp.json`: combined answers, noise bounds,
//! tail probabilities and noise figures as this crate computes them, which the apps' TypeScript
//! `combine` and "±t at 95%" are checked against. The file is compared here, so a change in the
//! Rust math that the TypeScript has not followed fails one side or the other.
//!
//! Regenerate after a deliberate change: `UPDATE_VECTORS=1 cargo test -p medrec-dp --test vectors`.

use medrec_dp::{combine, tail_probability, NoiseBounds, NoiseFigures, Reported};
use serde_json::{json, Value};
use std::path::PathBuf;

fn path() -> PathBuf {
	// Relative to the package, where cargo runs tests: `env!("CARGO_MANIFEST_DIR")` would be
	// the checkout the binary was compiled in, and the build cache is shared between checkouts.
	PathBuf::from("../../apps/client/test/vectors/rust-dp.json")
}

fn cell(reported: &Reported) -> Value {
	match reported {
		Reported::Count(v) => json!({ "count": v }),
		Reported::Below(k) => json!({ "below": k }),
	}
}

/// Every case: ε from the smallest a study allows to large, one to five sites, sites reporting
/// and below the threshold, and the empty answer.
fn vectors() -> Value {
	use Reported::{Below, Count};
	let cases: Vec<(u32, f64, Vec<Reported>)> = vec![
		(100, 0.05, vec![Count(105)]),
		(100, 0.05, vec![Count(40), Below(11), Count(120)]),
		(500, 0.05, vec![Count(40), Below(11), Count(120)]),
		(1000, 0.05, vec![Count(40), Below(11), Count(120)]),
		(1000, 0.01, vec![Count(40), Below(11), Count(120)]),
		(500, 0.05, vec![Below(11), Below(5), Below(11)]),
		(250, 0.1, vec![Count(15), Count(2000), Below(20), Count(35), Count(11)]),
		(2000, 0.05, vec![Count(0), Count(10)]),
		(500, 0.05, vec![]),
	];
	let combined: Vec<Value> = cases
		.iter()
		.map(|(milli_epsilon, alpha, cells)| {
			let c = combine(cells, *milli_epsilon, *alpha);
			json!({
				"milli_epsilon": milli_epsilon,
				"alpha": alpha,
				"cells": cells.iter().map(cell).collect::<Vec<_>>(),
				"estimate": c.estimate,
				"low": c.low,
				"high": c.high,
				"reporting": c.reporting,
				"below": c.below,
			})
		})
		.collect();
	let mut bounds = Vec::new();
	for milli_epsilon in [100, 500, 1000] {
		for sites in [1, 2, 3, 5] {
			let b = NoiseBounds::new(milli_epsilon, sites, 0.05);
			bounds.push(json!({
				"milli_epsilon": milli_epsilon,
				"sites": sites,
				"alpha": 0.05,
				"sum_low": b.sum_low,
				"positive_high": b.positive_high,
			}));
		}
	}
	let mut tails = Vec::new();
	let mut figures = Vec::new();
	for milli_epsilon in [1, 100, 250, 500, 1000, 5000, 65_535] {
		for m in [0, 1, 5, 30] {
			tails.push(json!({ "milli_epsilon": milli_epsilon, "m": m,
				"p": tail_probability(milli_epsilon, m) }));
		}
		let f = NoiseFigures::new(milli_epsilon);
		figures.push(json!({ "milli_epsilon": milli_epsilon, "q": f.q, "scale": f.scale,
			"sigma": f.sigma, "mean_abs_error": f.mean_abs_error }));
	}
	json!({
		"about": "Made by research/dp/tests/vectors.rs (medrec-dp): combine, NoiseBounds, tail_probability and NoiseFigures.",
		"combine": combined,
		"bounds": bounds,
		"tail_probability": tails,
		"figures": figures,
	})
}

#[test]
fn the_apps_vectors_are_what_this_crate_computes() {
	let made = serde_json::to_string_pretty(&vectors()).expect("serializes") + "\n";
	if std::env::var_os("UPDATE_VECTORS").is_some() {
		std::fs::write(path(), &made).expect("writes the vectors");
	}
	let stored = std::fs::read_to_string(path())
		.expect("apps/client/test/vectors/rust-dp.json (UPDATE_VECTORS=1 makes it)");
	let stored: Value = serde_json::from_str(&stored).expect("the vectors are JSON");
	assert!(
		same(&stored, &vectors()),
		"medrec-dp computes other values than the apps are checked against"
	);
}

/// Equal JSON, numbers within a relative 1e-12: parsing a float back need not give its last bit.
fn same(a: &Value, b: &Value) -> bool {
	match (a, b) {
		(Value::Number(x), Value::Number(y)) => {
			let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
			(x - y).abs() <= 1e-12 * x.abs().max(1.0)
		},
		(Value::Array(x), Value::Array(y)) => {
			x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
		},
		(Value::Object(x), Value::Object(y)) => {
			x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
		},
		_ => a == b,
	}
}

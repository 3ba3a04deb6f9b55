//! Prometheus metrics, served as text on the admin listener's `/metrics`.

use prometheus_client::{
	encoding::EncodeLabelSet,
	metrics::{counter::Counter, family::Family, gauge::Gauge, histogram::Histogram},
	registry::Registry,
};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
	pub route: &'static str,
	pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DecisionLabels {
	/// `allow` or `deny`.
	pub outcome: &'static str,
	/// The basis of an allow, or the reason of a deny.
	pub why: String,
}

pub struct Metrics {
	registry: Registry,
	pub requests: Family<RequestLabels, Counter>,
	pub latency: Histogram,
	pub decisions: Family<DecisionLabels, Counter>,
	pub emergency_reads: Counter,
	pub pointers_confirmed: Counter,
	pub pointer_failures: Counter,
	pub outbox: Gauge,
	pub finalized: Gauge,
}

impl Default for Metrics {
	fn default() -> Self {
		let mut registry = Registry::with_prefix("gatekeeper");
		let requests = Family::<RequestLabels, Counter>::default();
		registry.register("requests", "HTTP requests by route and status", requests.clone());
		// 0.25 ms to about 4 s.
		let latency = Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
			0.00025, 2.0, 15,
		));
		registry.register("request_seconds", "Signed request latency", latency.clone());
		let decisions = Family::<DecisionLabels, Counter>::default();
		registry.register("decisions", "Access decisions by outcome", decisions.clone());
		let emergency_reads = Counter::default();
		registry.register(
			"emergency_reads",
			"Reads allowed on break-glass access",
			emergency_reads.clone(),
		);
		let pointers_confirmed = Counter::default();
		registry.register(
			"pointers_confirmed",
			"Pointer updates seen at a finalized block",
			pointers_confirmed.clone(),
		);
		let pointer_failures = Counter::default();
		registry.register(
			"pointer_failures",
			"Failed pointer update attempts",
			pointer_failures.clone(),
		);
		let outbox = Gauge::default();
		registry.register("pointer_outbox", "Pointer updates not yet on chain", outbox.clone());
		let finalized = Gauge::default();
		registry.register(
			"finalized_block",
			"The finalized block decisions are made at",
			finalized.clone(),
		);
		Self {
			registry,
			requests,
			latency,
			decisions,
			emergency_reads,
			pointers_confirmed,
			pointer_failures,
			outbox,
			finalized,
		}
	}
}

impl Metrics {
	/// The text exposition format.
	pub fn render(&self) -> String {
		let mut out = String::new();
		// Writing to a String cannot fail.
		let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
		out
	}
}

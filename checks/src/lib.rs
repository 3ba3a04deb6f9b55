//! MedRec's runtime, checked against real state and random input.
//!
//! - [`upgrade`]: a candidate runtime's upgrade dry-run on a [`snapshot`] of a live chain, with
//!   every migration's checks and every pallet's `try_state` (the `medrec-try-runtime` binary).
//! - [`fuzz`]: the runtime's fuzz targets (`transactions`, `calls`), replayed from the committed
//!   corpus by `cargo test` and run for long under libFuzzer by `fuzz/`.
//! - [`chain`]: blocks built in memory as a validator builds them, which both use.
//!
//! This crate builds the runtime natively with `try-runtime`, in a workspace of its own; see
//! README.md for why native and not the wasm blob.

pub mod chain;
pub mod fuzz;
pub mod snapshot;
pub mod upgrade;

//! `medrec-node`: the validator or full node a MedRec provider runs.
//!
//! It authors blocks with Aura, finalizes them with GRANDPA and serves the standard Substrate
//! JSON-RPC methods that polkadot.js and the provider's gatekeeper use.

// `sc_cli::Error` and `sc_service::Error` are large; the node passes them on as they are.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}

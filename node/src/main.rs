//! `medrec-node`: the validator or full node a MedRec provider runs.
//!
//! It authors blocks with Aura, finalizes them with GRANDPA and serves the standard Substrate
//! JSON-RPC methods that polkadot.js and the provider's gatekeeper use.

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}

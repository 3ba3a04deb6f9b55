//! `eth-rpc`: pallet-revive's Ethereum JSON-RPC server, pointed at a MedRec node.
//!
//! Everything is upstream's (`pallet_revive_eth_rpc::cli`); this binary exists so that MedRec
//! builds it with its own dependency choices (see `Cargo.toml`). Run it with
//! `--node-rpc-url ws://127.0.0.1:9944 --rpc-port 8545`; `scripts/dev.sh` does.

fn main() -> anyhow::Result<()> {
	let command = pallet_revive_eth_rpc::cli::CliCommand::parse_cli()?;
	pallet_revive_eth_rpc::cli::run(command)
}

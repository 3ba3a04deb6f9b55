#!/usr/bin/env bash
# The main job: install what is missing, build, and start a local MedRec development chain.
# Extra arguments go to medrec-node, e.g. `scripts/dev.sh --rpc-port 9945`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"
log "building medrec-node (release; a cold build takes most of an hour on 2 cores)"
cargo build --release --locked -p medrec-node
log "starting a development chain: Alice authors and finalizes; RPC on ws://127.0.0.1:9944"
exec "$CARGO_TARGET_DIR/release/medrec-node" --dev "$@"

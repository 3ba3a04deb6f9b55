#!/usr/bin/env bash
# Runs the runtime benchmarks on this machine and writes each MedRec pallet's weights.rs,
# then prints how many of the main calls fit in one block beside a plain System::remark.
#
#   scripts/bench.sh            # all MedRec pallets, 50 steps x 20 repeats
#   STEPS=10 REPEAT=5 scripts/bench.sh pallet_medrec_summary
#   scripts/bench.sh gatekeeper # the gatekeeper's load benchmark (reads/s, latency, HPKE MB/s)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"

# `scripts/bench.sh gatekeeper`: the gatekeeper's load benchmark instead, on a dev stack.
if [ "${1:-}" = gatekeeper ]; then
	log "building medrec-node and the gatekeeper"
	cargo build --release --locked --workspace
	dir="$(mktemp -d /tmp/medrec-bench.XXXXXX)"
	# The demo returns once its grant and pointers are final, so the reads can start at once.
	start_dev_stack "$dir"
	"$CARGO_TARGET_DIR/release/gatekeeper-load" --seconds "${SECONDS_EACH:-10}" --concurrency "${CONCURRENCY:-8}"
	exit 0
fi

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_medrec_registrar pallet_medrec_relationships pallet_medrec_summary pallet_medrec_consortium pallet_medrec_research)

log "building medrec-node with runtime benchmarks"
# frame-benchmarking-cli builds a test runtime of its own, which the wasm builder cannot find in
# this workspace's metadata (the crate is optional). Without the hint each runtime's wasm build
# resolves its dependencies afresh, to the newest compatible patch versions: immaterial for
# measuring weights, and the only way both runtimes build.
unset WASM_BUILD_WORKSPACE_HINT
cargo build --release --locked -p medrec-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/medrec-node"
out="$CARGO_TARGET_DIR/bench"
mkdir -p "$out"

for pallet in "${pallets[@]}"; do
	dir="pallets/${pallet#pallet_medrec_}"
	log "benchmarking $pallet -> $dir/src/weights.rs"
	"$node" benchmark pallet --chain dev --pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" --wasm-execution compiled \
		--template scripts/weights.hbs --output "$dir/src/weights.rs" \
		--json-file "$out/$pallet.json"
	# The generator's output is not in the house format (trailing commas in signatures).
	rustfmt --edition 2021 "$dir/src/weights.rs" 2>/dev/null
done

log "benchmarking frame_system::remark for comparison"
"$node" benchmark pallet --chain dev --pallet frame_system --extrinsic remark \
	--steps "$STEPS" --repeat "$REPEAT" --wasm-execution compiled \
	--json-file "$out/frame_system.json" > "$out/frame_system.txt"

log "block capacity with the weights just written"
WASM_BUILD_WORKSPACE_HINT="$MEDREC_ROOT" cargo test --release --locked -p medrec-runtime --test capacity -- --nocapture

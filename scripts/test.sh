#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the node, then the Rust unit, runtime and
# end-to-end tests (the latter start real medrec-node and gatekeeper processes on loopback; the
# gatekeeper's run twice, on SQLite and on PostgreSQL), and the
# zombienet suite (networks of validators, governance, faults).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"
log "building (release)"
cargo build --release --locked --workspace
log "running tests"
# Release profile: the same artifacts as the build above, so nothing compiles twice.
cargo test --release --locked --workspace --no-fail-fast -- --test-threads 2
log "the gatekeeper's suite again, against a real PostgreSQL server"
pg="$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop' EXIT
# The whole workspace selected, so features unify as above and nothing recompiles.
GATEKEEPER_TEST_POSTGRES="$pg" cargo test --release --locked --workspace --test e2e --test store -- --test-threads 2
scripts/postgres.sh stop
trap - EXIT
log "running every benchmark once, in the pallets' mock runtimes"
pallets=(pallet-medrec-registrar pallet-medrec-relationships pallet-medrec-summary pallet-medrec-consortium)
features=$(printf '%s/runtime-benchmarks,' "${pallets[@]}")
cargo test --release --locked "${pallets[@]/#/--package=}" --features "${features%,}"
log "zombienet: networks of validators, governance and faults"
zombienet/run.sh

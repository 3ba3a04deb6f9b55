#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the workspace once (the same artifacts
# `scripts/dev.sh` uses), then the Rust unit, runtime and end-to-end tests (the latter start real
# medrec-node and gatekeeper processes on loopback; the gatekeeper's run twice, on SQLite and on
# PostgreSQL), every pallet benchmark once, the README's quick start (scripts/dev.sh and the
# commands it prints), and the zombienet suite (networks of validators, governance, faults). Prints how long each step took.
#
# MEDREC_TIMINGS=1 adds cargo's --timings report (in $CARGO_TARGET_DIR/cargo-timings/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
step_begin "setup"
medrec_setup
cd "$MEDREC_ROOT"
timings=()
[ -z "${MEDREC_TIMINGS:-}" ] || timings=(--timings)

messages="$(mktemp -d)"
trap 'rm -rf "$messages"' EXIT
step_begin "build (cargo build, as scripts/dev.sh)"
cargo build --release --locked --workspace --message-format=json-render-diagnostics "${timings[@]}" >"$messages/build.json"

step_begin "build the tests"
# The check fails if the test build compiled a second copy of anything the plain build made (a
# dev-dependency that switches on a feature does that).
cargo test --release --locked --workspace --no-run --message-format=json-render-diagnostics "${timings[@]}" |
	python3 scripts/one-build.py "$messages/build.json"

step_begin "unit, runtime and end-to-end tests (SQLite)"
cargo test --release --locked --workspace --no-fail-fast -- --test-threads 2

step_begin "the gatekeeper's suite again, against PostgreSQL"
pg="$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop; rm -rf "$messages"' EXIT
# The whole workspace selected, so features unify as above and nothing recompiles.
GATEKEEPER_TEST_POSTGRES="$pg" cargo test --release --locked --workspace --test e2e --test store -- --test-threads 2
scripts/postgres.sh stop
trap 'rm -rf "$messages"' EXIT

step_begin "every benchmark once, in the pallets' mock runtimes"
pallets=(pallet-medrec-registrar pallet-medrec-relationships pallet-medrec-summary pallet-medrec-consortium)
features=$(printf '%s/runtime-benchmarks,' "${pallets[@]}")
cargo test --release --locked "${pallets[@]/#/--package=}" --features "${features%,}" "${timings[@]}"

step_begin "the README's quick start: scripts/dev.sh and every command its banner prints"
scripts/quickstart-test.sh

step_begin "zombienet: networks of validators, governance and faults"
zombienet/run.sh
step_end
steps_report

#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the workspace once (the same artifacts
# `scripts/dev.sh` uses), then the Rust unit, runtime and end-to-end tests (the latter start real
# medrec-node and gatekeeper processes on loopback; the gatekeeper's run twice, on SQLite and on
# PostgreSQL), every pallet benchmark once and the grants-per-second benchmark (native against
# the precompile), the runtime's checks (try-runtime, the fuzz corpora), the apps (type-check,
# unit tests, builds, the browser suite), the EVM suite (the 2018 contracts and MedRec's
# precompiles through ethers and eth-rpc), the README's quick start (scripts/dev.sh and the
# commands it prints), and the zombienet suite (networks of validators, governance, faults, a
# runtime upgrade).
# Prints how long each step took.
#
# On 2 cores a cold run's length is a matter of what waits for what:
# - eth-rpc's and the runtime's checks' builds (workspaces of their own, each in a target
#   directory of its own, so neither holds a lock another build needs) start first, at the
#   lowest priority: they take only the cycles the main build and the suites leave idle, and
#   only the suites that use them wait for them (a cold run still waited 5 and 11 minutes: the
#   machine is busy throughout, see the README's build figures);
# - zombienet starts the moment medrec-node is built: its networks mostly wait on 3 s slots
#   and session boundaries, beside the test builds and the suites;
# - the gatekeeper's suite on PostgreSQL runs beside the other Rust suites.
#
# MEDREC_TIMINGS=1 adds cargo's --timings report (in $CARGO_TARGET_DIR/cargo-timings/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
step_begin "setup"
medrec_setup
cd "$MEDREC_ROOT"
timings=()
[ -z "${MEDREC_TIMINGS:-}" ] || timings=(--timings)

scratch="$(mktemp -d)"
zombienet="" postgres="" eth_rpc_build="" checks_build="" pg_suite=""
stop_group() { [ -z "$1" ] || kill -TERM -- "-$1" 2>/dev/null || true; }
cleanup() {
	# A failed step ended the run while a background build or suite was still going: stop it.
	stop_group "$eth_rpc_build"
	stop_group "$checks_build"
	# The PostgreSQL suite is a subshell of this script's own group: its harness first.
	[ -z "$pg_suite" ] || { pkill -TERM -P "$pg_suite" 2>/dev/null; kill -TERM "$pg_suite" 2>/dev/null; } || true
	if [ -n "$zombienet" ]; then
		# A failed step ended the run while zombienet was still going: say how far it got,
		# then stop its session, every node with it (CONT first: a test may have paused some).
		tail -40 "$scratch/zombienet.log" >&2 || true
		kill -CONT -- "-$zombienet" 2>/dev/null || true
		kill -TERM -- "-$zombienet" 2>/dev/null || true
		sleep 2
		kill -KILL -- "-$zombienet" 2>/dev/null || true
	fi
	[ -z "$postgres" ] || scripts/postgres.sh stop || true
	rm -rf "$scratch"
}
trap cleanup EXIT

# lowest_priority COMMAND...: runs COMMAND in a session of its own (so it can be stopped as a
# group) that takes only the cycles nothing else wants. With the kernel's autogroups (on by
# default, and on this machine), a new session is a scheduling group of its own that the kernel
# weighs against this script's as an equal whatever its processes' nice: `setsid nice -n 19`
# alone took a third of the cores from the main build. The group's own nice must be raised too.
lowest_priority() {
	setsid bash -c 'echo 19 >/proc/self/autogroup 2>/dev/null || true; exec nice -n 19 "$@"' lowest_priority "$@"
}

# wait_for PID WHAT LOG: waits for a background job; if it failed, shows its log's end and stops.
wait_for() {
	local status=0
	wait "$1" || status=$?
	[ "$status" -eq 0 ] || { tail -60 "$3" >&2; die "$2 failed"; }
}

step_begin "eth-rpc's and the runtime's checks' builds start, at the lowest priority, beside the steps below"
# A cold eth-rpc build is 17 minutes of both cores; the checks' (try-runtime on every FRAME
# crate, natively: a feature set that must never reach the node or its blob) about 10 CPU
# minutes. Each is cached per machine after that (scripts/eth-rpc.sh, scripts/checks.sh).
lowest_priority scripts/eth-rpc.sh >"$scratch/eth-rpc.path" 2>"$scratch/eth-rpc.log" &
eth_rpc_build=$!
lowest_priority scripts/checks.sh build >"$scratch/checks-build.log" 2>&1 &
checks_build=$!

step_begin "build (cargo build, as scripts/dev.sh)"
cargo build --release --locked --workspace --message-format=json-render-diagnostics "${timings[@]}" >"$scratch/build.json"

step_begin "zombienet starts, beside the steps below: networks of validators, governance and faults"
log "zombienet's output is in $scratch/zombienet.log until it ends"
# All but the runtime upgrade, which runs alone at the end (see there). In a session of its own
# it is a scheduling group of its own too (see lowest_priority): when its validators need the
# CPU, they get at least half of it, however many compilers the test builds beside it run.
MEDREC_ZN_LAUNCHED="$scratch/zombienet.launched" setsid zombienet/run.sh 0002-admit-and-remove 0001-blocks-finalize 0003-faults >"$scratch/zombienet.log" 2>&1 &
zombienet=$!
zombienet_start=$SECONDS

step_begin "build the tests"
# The check fails if the test build compiled a second copy of anything the plain build made (a
# dev-dependency that switches on a feature does that). The check's own test first.
python3 scripts/one-build-test.py
cargo test --release --locked --workspace --no-run --message-format=json-render-diagnostics "${timings[@]}" |
	tee "$scratch/tests.json" | python3 scripts/one-build.py "$scratch/build.json"

step_begin "build the upgrade rehearsal's runtime (scripts/rehearsal-runtime.sh)"
# The runtime one spec version later, which the end-to-end and zombienet upgrade tests vote in:
# only medrec-runtime and the consortium pallet compile, in the wasm build's target directory.
MEDREC_REHEARSAL_RUNTIME="$(scripts/rehearsal-runtime.sh)"
export MEDREC_REHEARSAL_RUNTIME

step_begin "build the pallets' benchmarks (runtime-benchmarks, for their mock runtimes)"
# A feature set of its own: runtime-benchmarks must never reach the node that dev.sh runs.
pallets=(pallet-medrec-registrar pallet-medrec-relationships pallet-medrec-summary pallet-medrec-consortium pallet-medrec-research)
features=$(printf '%s/runtime-benchmarks,' "${pallets[@]}")
bench=(--release --locked "${pallets[@]/#/--package=}" --features "${features%,}")
cargo test "${bench[@]}" --no-run "${timings[@]}"

step_begin "unit, runtime and end-to-end tests (SQLite); the gatekeeper's suite on PostgreSQL beside them"
# Zombienet's first networks start (7 nodes compiling the runtime at once) before the tests'
# own nodes do; a cold run once failed when both piled up on 2 cores.
while [ ! -e "$scratch/zombienet.launched" ] && kill -0 "$zombienet" 2>/dev/null; do sleep 1; done
log "zombienet's first networks were up $((SECONDS - zombienet_start)) s after it started"
postgres=1
pg="$(scripts/postgres.sh start)"
# The gatekeeper's database suites again, on PostgreSQL: the harnesses the test build made,
# run directly (a second `cargo test` would wait for the first one's lock on the target
# directory), from the package's directory as cargo runs them.
mapfile -t pg_harnesses < <(python3 scripts/harnesses.py "$scratch/tests.json" gatekeeper e2e store research research_count)
[ "${#pg_harnesses[@]}" -eq 4 ] || die "the gatekeeper's database suites were not found"
(
	cd gatekeeper
	failed=0
	for harness in "${pg_harnesses[@]}"; do
		echo "== ${harness##*/} on PostgreSQL"
		GATEKEEPER_TEST_POSTGRES="$pg" "$harness" --test-threads 2 || failed=1
	done
	exit "$failed"
) >"$scratch/pg-suite.log" 2>&1 &
pg_suite=$!
cargo test --release --locked --workspace --no-fail-fast -- --test-threads 2
log "the gatekeeper's suite on PostgreSQL:"
status=0
wait "$pg_suite" || status=$?
pg_suite=""
cat "$scratch/pg-suite.log" >&2
[ "$status" -eq 0 ] || die "the gatekeeper's suite on PostgreSQL failed"
scripts/postgres.sh stop
postgres=""

step_begin "every benchmark once, in the pallets' mock runtimes; grants per second, native against the precompile"
cargo test "${bench[@]}"
# The same release build as above (the bench profile is the release one), so only the bench
# itself compiles. A short run: the README's figures come from the default 200 patients.
GRANTS_N=50 cargo bench --locked --workspace --bench grants

step_begin "waiting for the runtime's checks' build"
wait_for "$checks_build" "the build of the runtime's checks" "$scratch/checks-build.log"
checks_build=""

step_begin "the runtime's checks: the try-runtime check, and every committed fuzz input replayed"
scripts/checks.sh test

step_begin "the apps: type-check, unit tests (with the Rust-made vectors), builds, the browser suite"
# The browser suite runs Debian's chromium against a node and two gatekeepers of this build,
# beside zombienet. It once timed out on its records screen under that load: the patient app
# missed a link followed before it listened for hash changes (its listener is attached after
# paint, which a busy machine delays). The apps now catch up with such a change, and the suite
# follows that link at the worst moment on purpose.
MEDREC_BIN="$CARGO_TARGET_DIR/release" SCREENSHOTS="${MEDREC_SCREENSHOTS:-$MEDREC_ROOT/apps/e2e/screenshots}" apps/test.sh

step_begin "waiting for the eth-rpc build"
wait_for "$eth_rpc_build" "the eth-rpc build" "$scratch/eth-rpc.log"
eth_rpc_build=""

step_begin "the EVM suite: the 2018 contracts and the precompiles through ethers and eth-rpc"
evm-compat/e2e/run.sh

step_begin "the README's quick start: scripts/dev.sh and every command its banner prints; the rehearsal's upgrade checked against the chain they populated"
scripts/quickstart-test.sh

step_begin "waiting for zombienet: networks of validators, governance and faults"
status=0
wait "$zombienet" || status=$?
zombienet=""
cat "$scratch/zombienet.log" >&2
[ "$status" -eq 0 ] || die "the zombienet suite failed"
log "the zombienet suite took $((SECONDS - zombienet_start)) s, beside the steps above"

step_begin "runtime upgrades on running chains, alone: --dev, then zombienet's three providers"
# Every validator compiles the new runtime when it first builds or imports a block with it,
# and both tests hold the chain to no gap of more than two slots across the upgrade. Beside the
# Rust suites, other networks and a build on these 2 cores, that compile took one validator
# 3 slots and three validators 7 slots in one run: a measure of this machine's load, not of
# the chain. So they run here, after everything else.
cargo test --release --locked --workspace --test upgrade -- --ignored
zombienet/run.sh 0004-runtime-upgrade
steps_report

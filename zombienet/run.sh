#!/usr/bin/env bash
# Runs MedRec's zombienet tests with the native provider: each test starts its network of
# medrec-node validators on this machine, drives it, and tears it down.
#
#   zombienet/run.sh                         # every test
#   zombienet/run.sh 0001-blocks-finalize    # some of them
#
# Installs Node.js and the pinned npm packages if missing; expects medrec-node built, and for
# 0004 the upgrade rehearsal's runtime (MEDREC_REHEARSAL_RUNTIME; the project's scripts/test.sh
# builds both first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../scripts/lib.sh"

export MEDREC_NODE="${MEDREC_NODE:-$CARGO_TARGET_DIR/release/medrec-node}"
[ -x "$MEDREC_NODE" ] || die "no medrec-node at $MEDREC_NODE: run scripts/test.sh or cargo build --release -p medrec-node"

npm_ci_when_changed "$here"
cd "$here"

export MEDREC_ZN_SPECS="$(mktemp -d)"
trap 'rm -rf "$MEDREC_ZN_SPECS"' EXIT
"$here/specs.sh" "$MEDREC_ZN_SPECS"

tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(0002-admit-and-remove 0004-runtime-upgrade 0001-blocks-finalize 0003-faults)
# 0004 votes in the upgrade rehearsal's runtime (spec version 104), which scripts/test.sh builds
# with scripts/rehearsal-runtime.sh; its scripts read it from here.
export MEDREC_REHEARSAL_RUNTIME="${MEDREC_REHEARSAL_RUNTIME:-$CARGO_TARGET_DIR/rehearsal/medrec_runtime.compact.compressed.wasm}"
if [[ " ${tests[*]%.zndsl} " == *" 0004-runtime-upgrade "* ]]; then
	[ -f "$MEDREC_REHEARSAL_RUNTIME" ] || die "no rehearsal runtime at $MEDREC_REHEARSAL_RUNTIME: run scripts/rehearsal-runtime.sh"
	# Its version is read from the compressed blob.
	command -v zstd >/dev/null || apt_install zstd
fi
# Tests run side by side, MEDREC_ZN_JOBS at a time (default 2): their nodes spend nearly all
# their time waiting for 3 s slots and session boundaries, not on the CPU, so two networks
# share 2 cores without missing slots. The longest test goes first.
jobs="${MEDREC_ZN_JOBS:-2}"
declare -A started=() pids=()
run_one() {
	local t="$1"
	npx zombienet test --provider native "$here/${t%.zndsl}.zndsl" >"$MEDREC_ZN_SPECS/$t.log" 2>&1
}
report() {
	local t="$1" status="$2"
	sed 's/\x1b\[[0-9;]*m//g' "$MEDREC_ZN_SPECS/$t.log" | grep -E '(✅|❌)' | sed "s/^[│ ]*/[$t] /" >&2 || true
	if [ "$status" -ne 0 ]; then
		sed 's/\x1b\[[0-9;]*m//g' "$MEDREC_ZN_SPECS/$t.log" | tail -60 | sed "s/^/[$t] /" >&2
		log "zombienet test $t FAILED after $((SECONDS - started[$t])) s"
	else
		log "zombienet test $t passed in $((SECONDS - started[$t])) s"
	fi
}
failed=()
# MEDREC_ZN_LAUNCHED names a file to create once the first tests' networks are up (or those
# tests ended): scripts/test.sh starts its own nodes only then, so that their start-ups (each
# compiles the runtime and builds genesis) do not pile onto zombienet's on 2 cores.
launched_said=""
say_launched() {
	[ -n "${MEDREC_ZN_LAUNCHED:-}" ] && [ -z "$launched_said" ] || return 0
	local t up deadline=$((SECONDS + 600))
	while [ $SECONDS -lt $deadline ]; do
		up=1
		for t in "${!pids[@]}"; do
			kill -0 "${pids[$t]}" 2>/dev/null || continue
			grep -q 'Network launched' "$MEDREC_ZN_SPECS/$t.log" 2>/dev/null || up=""
		done
		[ -z "$up" ] || break
		sleep 1
	done
	launched_said=1
	touch "$MEDREC_ZN_LAUNCHED"
}
# Waits for whichever running test ends first and reports it.
reap() {
	local pid="" status=0 t
	wait -n -p pid "${pids[@]}" || status=$?
	# `wait -n -p` names the pid; map it back to its test.
	for t in "${!pids[@]}"; do
		[ "${pids[$t]}" = "$pid" ] || continue
		unset "pids[$t]"
		report "$t" "$status"
		[ "$status" -eq 0 ] || failed+=("$t")
	done
}
for t in "${tests[@]}"; do
	[ ${#pids[@]} -lt "$jobs" ] || say_launched
	while [ ${#pids[@]} -ge "$jobs" ]; do reap; done
	log "zombienet test $t"
	started[$t]=$SECONDS
	run_one "$t" &
	pids[$t]=$!
done
say_launched
while [ ${#pids[@]} -gt 0 ]; do reap; done
[ ${#failed[@]} -eq 0 ] || die "zombienet tests failed: ${failed[*]}"

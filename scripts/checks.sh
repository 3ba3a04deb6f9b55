#!/usr/bin/env bash
# The runtime checked against real state and random input: checks/ (a workspace of its own,
# the runtime built natively with try-runtime) and fuzz/ (libFuzzer, for long runs).
#
#   scripts/checks.sh build                      builds what `test` and `try-runtime` run
#   scripts/checks.sh test                       the checks' tests: the try-runtime check on
#                                                synthesized states, and every committed fuzz
#                                                input replayed
#   scripts/checks.sh try-runtime [--rehearsal] ARGS...
#                                                medrec-try-runtime ARGS (--uri ws://… or
#                                                --snapshot FILE): this tree's runtime as the
#                                                candidate, or with --rehearsal the rehearsal's
#   scripts/checks.sh seeds                      writes the runtime targets' seeds into
#                                                fuzz/corpus/
#   scripts/checks.sh fuzz TARGET [SECONDS]      runs one target under libFuzzer (nightly,
#                                                cargo-fuzz, installed if missing) for SECONDS
#                                                (default 600), growing fuzz/corpus/TARGET
#
# Targets: transactions, calls (the runtime), signature_input (the gatekeeper), fhir_ingest.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"

# The runtime's wasm blob is the main workspace's business; here it is only native code.
export SKIP_WASM_BUILD=1
# A target directory of its own (few units agree in features with the main build's anyway), so
# that scripts/test.sh can build it at the lowest priority beside its own builds and suites
# without either waiting for the other's lock.
export CARGO_TARGET_DIR="${MEDREC_CHECKS_TARGET_DIR:-$HOME/.cache/medrec/checks-target}"
checks=(--release --locked --manifest-path checks/Cargo.toml)

command="${1:-}"
shift || true
case "$command" in
build)
	# The tests (with the default binaries), then the rehearsal's candidate, which recompiles
	# only the runtime, the consortium pallet and the checks crate.
	cargo test "${checks[@]}" --no-run
	cargo build "${checks[@]}" --features upgrade-rehearsal --bin medrec-try-runtime
	;;
test)
	cargo test "${checks[@]}" -- --test-threads 2
	;;
try-runtime)
	features=()
	if [ "${1:-}" = "--rehearsal" ]; then
		features=(--features upgrade-rehearsal)
		shift
	fi
	cargo run "${checks[@]}" "${features[@]}" --bin medrec-try-runtime -- "$@"
	;;
seeds)
	cargo run "${checks[@]}" --bin medrec-fuzz-seeds
	;;
fuzz)
	target="${1:?usage: scripts/checks.sh fuzz TARGET [SECONDS]}"
	seconds="${2:-600}"
	case "$target" in
	transactions | calls) feature=runtime ;;
	signature_input) feature=gatekeeper ;;
	fhir_ingest) feature=fhir ;;
	*) die "no fuzz target $target: transactions, calls, signature_input or fhir_ingest" ;;
	esac
	command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz@0.13.2
	# Its own target directory: coverage instrumentation makes every crate a different build.
	# No sanitizer (-s none): the code under test is safe Rust (unsafe_code is forbidden), so
	# AddressSanitizer would find nothing Rust does not already check, at twice the cost; the
	# build keeps debug assertions, so an integer overflow is a crash.
	CARGO_TARGET_DIR="$HOME/.cache/medrec/fuzz-target" SKIP_WASM_BUILD=1 \
		cargo +nightly fuzz run -s none --fuzz-dir fuzz --features "$feature" "$target" "fuzz/corpus/$target" -- \
		-max_total_time="$seconds" -rss_limit_mb=4096
	;;
*)
	sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac

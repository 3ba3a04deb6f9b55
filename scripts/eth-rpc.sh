#!/usr/bin/env bash
# Builds MedRec's Ethereum JSON-RPC server (pallet-revive-eth-rpc, `evm-compat/eth-rpc/`) and
# prints the binary's path.
#
#   scripts/eth-rpc.sh        # build if needed; print the path of the `eth-rpc` binary
#
# eth-rpc is the maintained server for pallet-revive chains. Its manifest asks for sc-cli and
# sc-service with default features, which is RocksDB (a C++ build of several minutes, and a
# database eth-rpc never opens: it keeps receipts in SQLite). This script fetches that crate
# (version pinned below), copies it to `evm-compat/eth-rpc/upstream/` and switches those two
# dependencies to `default-features = false`; nothing else of upstream changes. The workspace
# in `evm-compat/eth-rpc/` builds that copy into the shared target directory.
#
# The binary is kept in ~/.cache/medrec/bin under a key of everything that decides it (this
# script, the workspace's manifest, lock and source, the compiler): the build costs about 17
# minutes on 2 cores and changes only when one of those does, so a machine builds it once.
#
# It builds in a target directory of its own (ETH_RPC_TARGET_DIR, default
# ~/.cache/medrec/eth-rpc-target): its lock file resolves its own versions, so it shares few
# units with the main build anyway, and a build that holds no lock on the main target
# directory can run beside `cargo test` (scripts/test.sh runs it at the lowest priority while
# the suites mostly wait on 3 s slots).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup >&2

version=0.24.0
crate="pallet-revive-eth-rpc-$version"
workspace="$MEDREC_ROOT/evm-compat/eth-rpc"
copy="$workspace/upstream/$crate"

key="$( (cat "$0" "$workspace/Cargo.toml" "$workspace/Cargo.lock" "$workspace/src/main.rs"; rustc --version) |
	sha256sum | cut -c1-16)"
cached="$HOME/.cache/medrec/bin/eth-rpc-$version-$key"
if [ -x "$cached" ]; then
	echo "$cached"
	exit 0
fi

if [ ! -f "$copy/.medrec-patched" ]; then
	# Any manifest that depends on the crate makes cargo download its source.
	scratch="$(mktemp -d)"
	trap 'rm -rf "$scratch"' EXIT
	mkdir -p "$scratch/src"
	: >"$scratch/src/lib.rs"
	printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\npallet-revive-eth-rpc = "=%s"\n' \
		"$version" >"$scratch/Cargo.toml"
	log "fetching $crate"
	(cd "$scratch" && cargo fetch --quiet) >&2
	source_dir="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -maxdepth 2 -type d -name "$crate" | head -1)"
	[ -n "$source_dir" ] || die "cargo fetched no $crate"
	rm -rf "$copy"
	mkdir -p "$(dirname "$copy")"
	cp -r "$source_dir" "$copy"
	python3 - "$copy/Cargo.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
for dep in ("sc-cli", "sc-service"):
    pattern = r"(\[dependencies\.%s\]\nversion = \"[^\"]+\"\n)default-features = true" % re.escape(dep)
    text, n = re.subn(pattern, r"\1default-features = false", text)
    if n != 1:
        sys.exit(f"{path}: no [dependencies.{dep}] with default features to switch off")
open(path, "w").write(text)
PY
	touch "$copy/.medrec-patched"
fi

# eth-rpc's build script compiles a development runtime natively for its metadata: no wasm.
# Its SQL is checked against the offline query data it ships, never a live database (the
# gatekeeper tests export a PostgreSQL DATABASE_URL).
log "building eth-rpc (about 17 minutes on 2 cores, once per machine and version)"
target="${ETH_RPC_TARGET_DIR:-$HOME/.cache/medrec/eth-rpc-target}"
CARGO_TARGET_DIR="$target" SKIP_WASM_BUILD=1 SQLX_OFFLINE=true \
	cargo build --release --locked --manifest-path "$workspace/Cargo.toml" >&2
mkdir -p "$(dirname "$cached")"
cp "$target/release/eth-rpc" "$cached.tmp"
mv "$cached.tmp" "$cached"
echo "$cached"

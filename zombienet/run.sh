#!/usr/bin/env bash
# Runs MedRec's zombienet tests with the native provider: each test starts its network of
# medrec-node validators on this machine, drives it, and tears it down.
#
#   zombienet/run.sh                         # every test
#   zombienet/run.sh 0001-blocks-finalize    # some of them
#
# Installs Node.js and the pinned npm packages if missing; expects medrec-node built (the
# project's scripts/test.sh builds it first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../scripts/lib.sh"
command -v npm >/dev/null || apt_install nodejs npm

export MEDREC_NODE="${MEDREC_NODE:-$CARGO_TARGET_DIR/release/medrec-node}"
[ -x "$MEDREC_NODE" ] || die "no medrec-node at $MEDREC_NODE: run scripts/test.sh or cargo build --release -p medrec-node"

cd "$here"
# Reinstall only when the lock file changed since the last install.
stamp=node_modules/.medrec-lock.sha256
if ! sha256sum -c --status "$stamp" 2>/dev/null; then
	log "installing zombienet's npm packages"
	npm ci --no-audit --no-fund --loglevel=error
	sha256sum package-lock.json >"$stamp"
fi

export MEDREC_ZN_SPECS="$(mktemp -d)"
trap 'rm -rf "$MEDREC_ZN_SPECS"' EXIT
"$here/specs.sh" "$MEDREC_ZN_SPECS"

tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(0001-blocks-finalize 0002-admit-and-remove 0003-faults)
for t in "${tests[@]}"; do
	log "zombienet test $t"
	start=$SECONDS
	npx zombienet test --provider native "$here/${t%.zndsl}.zndsl" >"$MEDREC_ZN_SPECS/$t.log" 2>&1 || {
		sed 's/\x1b\[[0-9;]*m//g' "$MEDREC_ZN_SPECS/$t.log" | tail -60 >&2
		die "zombienet test $t failed"
	}
	sed 's/\x1b\[[0-9;]*m//g' "$MEDREC_ZN_SPECS/$t.log" | grep -E '(✅|❌)' | sed 's/^[│ ]*//' >&2 || true
	log "zombienet test $t passed in $((SECONDS - start)) s"
done

#!/usr/bin/env bash
# The apps' one entry point: installs what is missing (npm packages from the lockfile, Debian's
# chromium), type-checks, runs the client's unit tests, builds both apps, and runs the browser
# suite against a real node and two real gatekeepers from $MEDREC_BIN (default /tmp/medrec-bin).
#
#   apps/test.sh                 # everything
#   apps/test.sh --no-browser    # everything but the browser suite (no binaries needed)
#
# Screenshots go to $SCREENSHOTS (default apps/e2e/screenshots), figures to apps/e2e/figures.json.
set -euo pipefail
cd "$(dirname "$0")"

source ./lib.sh
log() { apps_log "$@"; }
die() { printf '[apps] error: %s\n' "$*" >&2; exit 1; }

browser=1
[ "${1:-}" = "--no-browser" ] && browser=0
export MEDREC_BIN="${MEDREC_BIN:-/tmp/medrec-bin}"

command -v node >/dev/null || die "node not found: install Node.js 20.19 or later"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
	die "Node.js $(node --version) is too old: the apps need 20.19 or later (vite 7)"

apps_install

if [ "$browser" = 1 ] && ! command -v "${CHROMIUM:-chromium}" >/dev/null; then
	command -v apt-get >/dev/null || die "chromium is missing and there is no apt-get to install it"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	log "installing Debian's chromium"
	$sudo apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

log "type-checking"
npm run --silent typecheck
log "unit tests (client)"
npm test --silent
log "building the apps"
npm run --silent build >/dev/null
node e2e/bundle-size.mjs

if [ "$browser" = 1 ]; then
	for b in medrec-node gatekeeper; do
		[ -x "$MEDREC_BIN/$b" ] || die "$MEDREC_BIN/$b not found: build the workspace (cargo build --release) or set MEDREC_BIN"
	done
	export CHROMIUM="$(command -v "${CHROMIUM:-chromium}")"
	log "browser suite (chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'), binaries from $MEDREC_BIN)"
	node --test --test-reporter=spec e2e/flows.test.mjs
	log "figures: $(tr -d '\n ' < e2e/figures.json)"
fi

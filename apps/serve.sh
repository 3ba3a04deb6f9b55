#!/usr/bin/env bash
# Builds the apps (unless --no-build comes first) and serves them on loopback until stopped:
#
#   apps/serve.sh [--no-build] [--patient-port 5173] [--provider-port 5174] [--node ws://127.0.0.1:9944] \
#       [--gatekeeper ACCOUNT=URL]... [--admin ACCOUNT=URL]... [--patient-id PATIENT:PROVIDER=ID]...
#
# Prints "patient app   URL" and "provider app  URL" once listening. The gatekeepers must list
# both app origins in --cors-origin (or GATEKEEPER_CORS_ORIGINS). apps/README.md has the details.
set -euo pipefail
cd "$(dirname "$0")"
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
source ./lib.sh
apps_install
[ "$build" = 0 ] || npm run --silent build >/dev/null
exec node serve.mjs "$@"

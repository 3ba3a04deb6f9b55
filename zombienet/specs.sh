#!/usr/bin/env bash
# Writes the raw chain specs the zombienet networks start from, into directory $1, with the
# operators' own tool (chain-specs/make-spec.sh):
#   medrec_rehearsal-raw.json  Alice, Bob and Charlie (chain-specs/rehearsal.json);
#   medrec_four-raw.json       the same with Dave as a fourth founder (four-providers.spec.json).
# Both have 10-block sessions, so the validator set follows the consortium within a minute.
# The specs are raw, so zombienet starts the nodes from them as they are, and inserts each
# node's development keys (//Alice ...) into its keystore.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/../chain-specs/make-spec.sh" "$here/../chain-specs/rehearsal.json" "$1" >/dev/null
"$here/../chain-specs/make-spec.sh" "$here/four-providers.spec.json" "$1" >/dev/null

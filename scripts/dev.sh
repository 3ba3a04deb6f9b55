#!/usr/bin/env bash
# The main job: install what is missing, build, and start a local MedRec network with demo
# data: a development chain (Alice authors and finalizes; RPC on ws://127.0.0.1:9944) and
# Alice General Hospital's gatekeeper (FHIR on http://127.0.0.1:8080, admin on :8081) holding
# two demo patients' records. Ctrl-C stops both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"
log "building medrec-node and the gatekeeper (release; a cold build takes most of an hour on 2 cores)"
cargo build --release --locked --workspace
dir="$(mktemp -d /tmp/medrec-dev.XXXXXX)"
start_dev_stack "$dir"
gk="$CARGO_TARGET_DIR/release/gatekeeper"
cat <<EOT

MedRec is running (logs in $dir):
  chain       ws://127.0.0.1:${MEDREC_RPC_PORT:-9944}   (polkadot.js Apps, @polkadot/api)
  gatekeeper  http://127.0.0.1:${GATEKEEPER_PORT:-8080}/fhir   (signed reads; metadata at /fhir/metadata)
  admin       http://127.0.0.1:${GATEKEEPER_ADMIN_PORT:-8081}   (POST /admin/ingest, GET /admin/pointers, /metrics)

Try, in another shell:
  $gk client --key //Bob get '/fhir/MedicationRequest?patient=eve'      # granted: decrypted, checked against the chain
  $gk client --key //Bob get '/fhir/Observation?patient=eve'            # not granted: refused
  $gk client --key //Eve get '/fhir/Patient/eve/\$everything' --purpose personal
  $gk client --key //Eve audit                                          # who has seen Eve's records

EOT
wait

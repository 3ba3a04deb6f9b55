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
rpc="${MEDREC_RPC_PORT:-9944}" port="${GATEKEEPER_PORT:-8080}" admin="${GATEKEEPER_ADMIN_PORT:-8081}"
client="$CARGO_TARGET_DIR/release/gatekeeper client"
# The client's defaults are the default ports; name the others.
[ "$rpc" = 9944 ] || client="$client --node ws://127.0.0.1:$rpc"
[ "$port" = 8080 ] || client="$client --url http://127.0.0.1:$port"
# scripts/quickstart-test.sh runs every command below the moment this banner appears, and
# expects what each comment says: keep them true.
cat <<EOT

MedRec is running (logs in $dir):
  chain       ws://127.0.0.1:$rpc   (polkadot.js Apps, @polkadot/api)
  gatekeeper  http://127.0.0.1:$port/fhir   (signed reads; metadata at /fhir/metadata)
  admin       http://127.0.0.1:$admin   (POST /admin/ingest, GET /admin/pointers, /metrics)

Try, in another shell:
  $client --key //Bob get '/fhir/MedicationRequest?patient=eve'      # granted: decrypted, checked against the chain
  $client --key //Bob get '/fhir/Observation?patient=eve'            # not granted: refused
  $client --key //Eve get '/fhir/Patient/eve/\$everything' --purpose personal   # Eve reads all her records
  $client --key //Eve audit                                          # who has seen Eve's records

EOT
wait

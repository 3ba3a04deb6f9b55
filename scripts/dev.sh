#!/usr/bin/env bash
# The main job: install what is missing, build, and start a local MedRec network with demo
# data: a development chain (Alice authors and finalizes; RPC on ws://127.0.0.1:9944), Alice
# General Hospital's gatekeeper (FHIR on http://127.0.0.1:8080, admin on :8081) holding two
# demo patients' records, Bob Family Clinic's (FHIR on http://127.0.0.1:8090, admin on :8091)
# holding Eve's records there, 80 synthetic patients over both (MEDREC_SYNTHETIC), most with a
# research consent, Charlie Research Institute as a researcher, Ethereum JSON-RPC (eth-rpc on
# http://127.0.0.1:8545) with three funded development keys, and the patient and provider apps
# (http://127.0.0.1:5173 and :5174).
# Ctrl-C stops them all.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
cd "$MEDREC_ROOT"
log "building medrec-node and the gatekeeper (release; a cold build takes most of an hour on 2 cores)"
cargo build --release --locked --workspace
ETH_RPC_BIN="$(scripts/eth-rpc.sh)"
export ETH_RPC_BIN
dir="$(mktemp -d /tmp/medrec-dev.XXXXXX)"
rpc="${MEDREC_RPC_PORT:-9944}" port="${GATEKEEPER_PORT:-8080}" admin="${GATEKEEPER_ADMIN_PORT:-8081}"
bob_port="${BOB_GATEKEEPER_PORT:-8090}" bob_admin="${BOB_GATEKEEPER_ADMIN_PORT:-8091}"
eth="${ETH_RPC_PORT:-8545}" patient_app="${PATIENT_APP_PORT:-5173}" provider_app="${PROVIDER_APP_PORT:-5174}"
# The gatekeepers answer the apps' pages, and no other origin's.
export GATEKEEPER_CORS_ORIGINS="http://127.0.0.1:$patient_app,http://127.0.0.1:$provider_app"
start_dev_stack "$dir"
log "building and serving the apps"
ss58() { "$CARGO_TARGET_DIR/release/medrec-node" key inspect "$1" --output-type json | python3 -c 'import json,sys; print(json.load(sys.stdin)["ss58Address"])'; }
alice="$(ss58 //Alice)" bob="$(ss58 //Bob)" eve="$(ss58 //Eve)"
# The registrar lists the gatekeepers at the default ports; the overrides keep the apps right
# when they run elsewhere. The demo's records name Eve by the FHIR id "eve" at both providers.
apps/serve.sh --patient-port "$patient_app" --provider-port "$provider_app" --node "ws://127.0.0.1:$rpc" \
	--gatekeeper "$alice=http://127.0.0.1:$port" --gatekeeper "$bob=http://127.0.0.1:$bob_port" \
	--admin "$alice=http://127.0.0.1:$admin" --admin "$bob=http://127.0.0.1:$bob_admin" \
	--patient-id "$eve:$alice=eve" --patient-id "$eve:$bob=eve" >"$dir/apps.log" 2>&1 &
MEDREC_STACK_PIDS="$MEDREC_STACK_PIDS $!"
wait_http "http://127.0.0.1:$provider_app/" 300 || die "the apps did not start: $(tail -5 "$dir/apps.log")"
client="$CARGO_TARGET_DIR/release/gatekeeper client"
# The client's defaults are the default ports; name the others.
[ "$rpc" = 9944 ] || client="$client --node ws://127.0.0.1:$rpc"
bob_client="$client --url http://127.0.0.1:$bob_port"
[ "$port" = 8080 ] || client="$client --url http://127.0.0.1:$port"
research="$CARGO_TARGET_DIR/release/medrec-research"
[ "$rpc" = 9944 ] || research="$research --node http://127.0.0.1:$rpc"
# The researcher's client finds the gatekeepers in the registrar, at the default ports.
[ "$port:$bob_port" = 8080:8090 ] ||
	research="$research --gatekeeper $alice=http://127.0.0.1:$port --gatekeeper $bob=http://127.0.0.1:$bob_port"
# scripts/quickstart-test.sh runs every command below the moment this banner appears, and
# expects what each comment says: keep them true.
cat <<EOT

MedRec is running (logs in $dir):
  chain       ws://127.0.0.1:$rpc   (polkadot.js Apps, @polkadot/api)
  gatekeepers http://127.0.0.1:$port/fhir   Alice General Hospital (signed reads; metadata at /fhir/metadata)
              http://127.0.0.1:$bob_port/fhir   Bob Family Clinic
  admin       http://127.0.0.1:$admin   Alice General Hospital (POST /admin/ingest, GET /admin/pointers, /metrics)
              http://127.0.0.1:$bob_admin   Bob Family Clinic
  ethereum    http://127.0.0.1:$eth   (JSON-RPC for ethers and wallets; chain id 633732)
  patient app   http://127.0.0.1:$patient_app   ("Use Eve (patient)")
  provider app  http://127.0.0.1:$provider_app   (Alice General Hospital, Bob Family Clinic, Dave Pharmacy)

Ethereum development keys (Hardhat/Anvil test keys 0-2; public, for this chain only), each
linked to a MedRec identity and holding gas credit:
  0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266  0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80  Alice General Hospital
  0x70997970C51812dc3A010C7d01b50e0d17dc79C8  0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d  Bob Family Clinic
  0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC  0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a  Dave Pharmacy

Try, in another shell:
  $client --key //Bob get '/fhir/MedicationRequest?patient=eve'      # granted: decrypted, checked against the chain
  $client --key //Bob get '/fhir/Observation?patient=eve'            # not granted: refused
  $client --key //Eve get '/fhir/Patient/eve/\$everything' --purpose personal   # Eve reads all her records
  $client --key //Eve audit                                          # who has seen Eve's records
  $bob_client --key //Eve get '/fhir/Patient/eve/\$everything' --purpose personal   # Eve's records at Bob Family Clinic
  $research --key //Charlie study register --title 'Hypertension in primary care' --purpose health --categories demographics,conditions --budget 2 --max-query 1 --until 2027-12-31 --protocol-url https://charlie-research.example/protocol.pdf   # research: Charlie Research Institute registers study 0
  $research --key //Alice vote 0 aye   # research: the consortium approves study 0
  $research --key //Charlie query --study 0 --epsilon 1 --age 18+   # research: a federated count of consenting adults from both gatekeepers
  $client --key //Eve inclusions   # research: Eve sees she was counted
  curl -s -H 'content-type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' http://127.0.0.1:$eth   # ethereum: chain id 633732

EOT
wait

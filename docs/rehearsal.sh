#!/usr/bin/env bash
# Runs every command of docs/operator-guide.md on this machine: three founding providers
# (Alice, Bob, Charlie) on the rehearsal chain, and a new provider, "Dave", taken from key
# generation to authoring blocks, then out again; then the three upgrade the runtime to the
# upgrade rehearsal's release (scripts/rehearsal-runtime.sh). Nodes listen on loopback only
# and are stopped at the end; everything is written under $WORK (default: a new temporary
# directory).
#
#   docs/rehearsal.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/lib.sh"
NODE="${MEDREC_NODE:-$CARGO_TARGET_DIR/release/medrec-node}"
WORK="${WORK:-$(mktemp -d)}"
CLI="node $root/zombienet/consortium.js"
(cd "$root/zombienet" && [ -d node_modules/@polkadot/api ] || npm ci --no-audit --no-fund --loglevel=error)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
step() { printf '\n== %s\n' "$*"; }
# Polls `status` until the session has $1 validators and GRANDPA, at the finalized block, $1
# voters; prints the status.
wait_for_validators() {
	local s
	for _ in $(seq 60); do
		s=$($CLI status --ws ws://127.0.0.1:9944)
		python3 -c 'import json,sys; s=json.loads(sys.argv[1]); n=int(sys.argv[2]); sys.exit(0 if len(s["validators"]) == n and s["grandpaVotersAtFinalized"] == n else 1)' "$s" "$1" && break
		sleep 3
	done
	echo "$s"
}

step "0. The chain spec every provider starts from (chain-specs/make-spec.sh)"
SPEC=$("$root/chain-specs/make-spec.sh" "$root/chain-specs/rehearsal.json" "$WORK")
echo "$SPEC"

step "1. Founding providers insert the session keys the spec names"
for who in alice bob charlie; do
	seed="//${who^}"
	"$NODE" key insert --base-path "$WORK/$who" --chain "$SPEC" --key-type aura --scheme sr25519 --suri "$seed"
	"$NODE" key insert --base-path "$WORK/$who" --chain "$SPEC" --key-type gran --scheme ed25519 --suri "$seed"
	"$NODE" key generate-node-key --file "$WORK/$who/node-key" 2>/dev/null
done

step "2. Founding providers start their validators"
port=0
for who in alice bob charlie; do
	"$NODE" --chain "$SPEC" --base-path "$WORK/$who" --validator --name "$who" \
		--node-key-file "$WORK/$who/node-key" --listen-addr "/ip4/127.0.0.1/tcp/$((30333 + port))" \
		--rpc-port $((9944 + port)) --prometheus-port $((9615 + port)) \
		${BOOT:+--bootnodes "$BOOT"} >"$WORK/$who.log" 2>&1 &
	pids+=($!)
	if [ -z "${BOOT:-}" ]; then
		sleep 3
		BOOT="/ip4/127.0.0.1/tcp/30333/p2p/$("$NODE" key inspect-node-key --file "$WORK/alice/node-key")"
	fi
	port=$((port + 1))
done
sleep 20
$CLI status --ws ws://127.0.0.1:9944 | head -14

step "1'. The new provider generates its account key and node key"
"$NODE" key generate --scheme sr25519 --output-type json >"$WORK/dave-account.json"
DAVE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ss58Address"])' "$WORK/dave-account.json")
export MEDREC_SURI=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["secretPhrase"])' "$WORK/dave-account.json")
mkdir -p "$WORK/dave"
"$NODE" key generate-node-key --file "$WORK/dave/node-key" 2>/dev/null
echo "Dave's account: $DAVE"

step "2'. The new provider starts its validator (it syncs; it authors nothing yet)"
"$NODE" --chain "$SPEC" --base-path "$WORK/dave" --validator --name dave \
	--node-key-file "$WORK/dave/node-key" --listen-addr /ip4/127.0.0.1/tcp/30336 \
	--rpc-port 9947 --prometheus-port 9618 --bootnodes "$BOOT" >"$WORK/dave.log" 2>&1 &
pids+=($!)
sleep 15

step "3. Dave proposes to join, with session keys its own node generates"
$CLI propose --ws ws://127.0.0.1:9947 --name "Dave Community Hospital" \
	--gatekeeper https://gatekeeper.dave.example \
	--evidence-url https://registry.example/dave-credentials.pdf \
	--evidence-sha256 "0x$(printf 'credentials of Dave Community Hospital' | sha256sum | cut -d' ' -f1)" |
	tee "$WORK/proposal.json"
INDEX=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["index"])' "$WORK/proposal.json")
unset MEDREC_SURI

step "4. Members vote; watch the members, then the validators, then GRANDPA follow"
$CLI vote --ws ws://127.0.0.1:9944 --suri //Alice --index "$INDEX"
$CLI vote --ws ws://127.0.0.1:9945 --suri //Bob --index "$INDEX"
wait_for_validators 4
sleep 20
grep -E "Prepared block for proposing|Pre-sealed block" "$WORK/dave.log" | tail -3
grep -c "Prepared block for proposing" "$WORK/dave.log" | xargs echo "blocks Dave authored:"

step "5. Dave leaves (a member may also be removed: consortium.js remove --member ...)"
MEDREC_SURI=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["secretPhrase"])' "$WORK/dave-account.json") \
	$CLI leave --ws ws://127.0.0.1:9947
wait_for_validators 3

step "6. Metrics and logs"
curl -s http://127.0.0.1:9615/metrics | grep -E '^substrate_block_height|^substrate_sub_libp2p_peers_count|^substrate_ready_transactions_number'
tail -2 "$WORK/alice.log"

step "7. The consortium upgrades the runtime to the rehearsal's release (spec version 104)"
BLOB="${MEDREC_REHEARSAL_RUNTIME:-$CARGO_TARGET_DIR/rehearsal/medrec_runtime.compact.compressed.wasm}"
[ -f "$BLOB" ] || BLOB=$("$root/scripts/rehearsal-runtime.sh")
# The CLI reads the compressed blob's version with zstd.
command -v zstd >/dev/null || apt_install zstd
$CLI inspect-wasm --wasm "$BLOB" | tee "$WORK/blob.json"
b2sum -l 256 "$BLOB"
# Before anyone proposes it: the release's upgrade dry-run on the chain's state, with every
# migration's checks and every pallet's try_state (the blob's source is this tree, with the
# rehearsal's feature).
"$root/scripts/checks.sh" try-runtime --rehearsal --uri ws://127.0.0.1:9944 --save "$WORK/state.snapshot"
$CLI propose-upgrade --ws ws://127.0.0.1:9944 --suri //Alice --wasm "$BLOB" | tee "$WORK/upgrade.json"
INDEX=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["index"])' "$WORK/upgrade.json")
# The hash b2sum printed is the one proposed.
python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); sys.exit(0 if p["codeHash"] == "0x" + sys.argv[2] else "the proposal names another hash")' \
	"$WORK/upgrade.json" "$(b2sum -l 256 "$BLOB" | cut -d' ' -f1)"
$CLI vote --ws ws://127.0.0.1:9945 --suri //Bob --index "$INDEX" --wasm "$BLOB"
$CLI status --ws ws://127.0.0.1:9944 | python3 -c 'import json,sys; s=json.load(sys.stdin); print(json.dumps({k: s[k] for k in ("runtime", "authorizedUpgrade")}, indent=2))'
# Anyone applies it: no account.
$CLI apply-upgrade --ws ws://127.0.0.1:9946 --wasm "$BLOB"
$CLI status --ws ws://127.0.0.1:9944 | head -12
for port in 9944 9945 9946; do
	$CLI status --ws ws://127.0.0.1:$port | python3 -c 'import json,sys; print(sys.argv[1], "runs spec version", json.load(sys.stdin)["runtime"]["specVersion"])' "$port"
done
# Three slots later, blocks are still authored and finalized.
sleep 9
curl -s http://127.0.0.1:9615/metrics | grep -E '^substrate_block_height'
echo "rehearsal done; logs in $WORK"

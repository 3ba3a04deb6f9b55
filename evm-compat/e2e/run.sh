#!/usr/bin/env bash
# The EVM end-to-end suite: a `medrec-node --dev` (archive state, so eth-rpc can read any
# block) and eth-rpc in front of it, on free loopback ports, then the ethers tests.
#
#   evm-compat/e2e/run.sh
#
# Expects medrec-node built; builds eth-rpc if needed (scripts/eth-rpc.sh); installs the
# pinned npm packages when the lock file changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/lib.sh"
node_bin="$CARGO_TARGET_DIR/release/medrec-node"
[ -x "$node_bin" ] || die "no medrec-node at $node_bin: run scripts/test.sh or cargo build --release -p medrec-node"
eth_rpc="$("$here/../../scripts/eth-rpc.sh")"

npm_ci_when_changed "$here"
cd "$here"

dir="$(mktemp -d /tmp/medrec-evm-e2e.XXXXXX)"
pids=()
cleanup() {
	local status=$?
	[ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
	wait 2>/dev/null || true
	if [ "$status" -ne 0 ]; then
		for f in node eth-rpc; do
			echo "--- $f.log (tail)" >&2
			tail -30 "$dir/$f.log" >&2 || true
		done
	fi
	rm -rf "$dir"
}
trap cleanup EXIT
rpc="$(free_port)" p2p="$(free_port)" eth="$(free_port)"
"$node_bin" --dev --rpc-port "$rpc" --port "$p2p" --no-mdns --no-prometheus --no-telemetry \
	--state-pruning archive --base-path "$dir/chain" >"$dir/node.log" 2>&1 &
pids+=("$!")
wait_up "$!" "$dir/node.log" "http://127.0.0.1:$rpc" -H 'content-type: application/json' \
	-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' || die "the node did not start"
"$eth_rpc" --node-rpc-url "ws://127.0.0.1:$rpc" --rpc-port "$eth" --no-prometheus \
	--base-path "$dir/eth-rpc" >"$dir/eth-rpc.log" 2>&1 &
pids+=("$!")
wait_up "$!" "$dir/eth-rpc.log" "http://127.0.0.1:$eth" -H 'content-type: application/json' \
	-d '{"id":1,"jsonrpc":"2.0","method":"eth_chainId","params":[]}' || die "eth-rpc did not start"
log "EVM suite: node ws://127.0.0.1:$rpc, eth-rpc http://127.0.0.1:$eth"
MEDREC_ETH_RPC="http://127.0.0.1:$eth" MEDREC_NODE_WS="ws://127.0.0.1:$rpc" npm test

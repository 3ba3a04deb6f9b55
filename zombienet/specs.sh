#!/usr/bin/env bash
# Writes the raw chain specs the zombienet networks start from, into directory $1:
#   three.json  the `local` chain (Alice, Bob, Charlie) with 10-block sessions;
#   four.json   the same with Dave as a fourth founding provider.
# Sessions are shortened so that the validator set follows the consortium within a minute;
# everything else is the shipped `local` preset, built by the node's own build-spec command.
# The specs are raw, so zombienet starts the nodes from them as they are, and inserts each
# node's development keys (//Alice ...) into its keystore.
set -euo pipefail
out="$1"
node="${MEDREC_NODE:?set MEDREC_NODE to the medrec-node binary}"
mkdir -p "$out"

"$node" build-spec --chain local 2>/dev/null >"$out/local-plain.json"
dave_sr=$("$node" key inspect --scheme sr25519 //Dave --output-type json | python3 -c 'import json,sys; print(json.load(sys.stdin)["ss58Address"])')
dave_ed=$("$node" key inspect --scheme ed25519 //Dave --output-type json | python3 -c 'import json,sys; print(json.load(sys.stdin)["ss58Address"])')

python3 - "$out" "$dave_sr" "$dave_ed" <<'PY'
import json, sys
out, dave, dave_ed = sys.argv[1:]
spec = json.load(open(f"{out}/local-plain.json"))
patch = spec["genesis"]["runtimeGenesis"]["patch"]
patch["consortium"]["sessionLength"] = 10
spec["id"] = "medrec_zombienet_3"
json.dump(spec, open(f"{out}/three-plain.json", "w"), indent=1)
patch["session"]["keys"].append([dave, dave, {"aura": dave, "grandpa": dave_ed}])
patch["consortium"]["members"].append(dave)
patch["registrar"]["providers"].append(
    [dave, list(b"Dave Community Hospital"), list(b"http://127.0.0.1:7073")])
spec["id"] = "medrec_zombienet_4"
json.dump(spec, open(f"{out}/four-plain.json", "w"), indent=1)
PY

for n in three four; do
	"$node" build-spec --chain "$out/$n-plain.json" --raw 2>/dev/null >"$out/$n.json"
done

#!/usr/bin/env bash
# Makes a MedRec chain spec from a consortium description (see consortium-template.json),
# with the node's own commands:
#
#   chain-specs/make-spec.sh <description.json> <out-dir>
#
# writes <out-dir>/<id>-plain.json (readable: check it) and <out-dir>/<id>-raw.json (what
# every provider starts its node with). The runtime is the one built into medrec-node
# ($MEDREC_NODE, default the build cache's release binary).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <description.json> <out-dir>" >&2; exit 2; }
description="$1"
out="$2"
node="${MEDREC_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/medrec/target}/release/medrec-node}"
[ -x "$node" ] || { echo "no medrec-node at $node: build it first (cargo build --release -p medrec-node)" >&2; exit 1; }
mkdir -p "$out"

base="$(mktemp)"
trap 'rm -f "$base"' EXIT
# The `local` spec as a base: the runtime code and every pallet's defaults.
"$node" export-chain-spec --chain local >"$base" 2>/dev/null

id=$(python3 - "$description" "$base" "$out" <<'PY'
import json, re, sys
description, base, out = sys.argv[1:]
d = json.load(open(description))
spec = json.load(open(base))

def fail(message):
    sys.exit(f"{description}: {message}")

# Values left as "<...>" in the template have not been filled in.
def check(value, what):
    if not isinstance(value, str) or not value or value.startswith("<"):
        fail(f"{what} is not filled in ({value!r})")
    return value

for key in ("name", "id", "chainType"):
    check(d.get(key), key)
if not re.fullmatch(r"[a-z0-9_]+", d["id"]):
    fail("id must be lowercase letters, digits and underscores")
if d["chainType"] not in ("Development", "Local", "Live"):
    fail("chainType must be Development, Local or Live")
providers = d.get("providers") or fail("no providers")
validators = [p for p in providers if p.get("validator", True)]
if not validators:
    fail("at least one provider must validate")
length = d.get("sessionLength", 200)
if not isinstance(length, int) or length < 1:
    fail("sessionLength must be a positive number of blocks")

session, members, registered = [], [], []
for i, p in enumerate(providers):
    who = f"providers[{i}]"
    account = check(p.get("account"), f"{who}.account")
    registered.append([account, list(check(p.get("name"), f"{who}.name").encode()),
                       list(check(p.get("gatekeeper"), f"{who}.gatekeeper").encode())])
    if p.get("validator", True):
        keys = {"aura": check(p.get("aura"), f"{who}.aura"),
                "grandpa": check(p.get("grandpa"), f"{who}.grandpa")}
        session.append([account, account, keys])
        members.append(account)
organisations = [
    [check(o.get("account"), f"organisations[{i}].account"),
     check(o.get("kind"), f"organisations[{i}].kind"),
     list(check(o.get("name"), f"organisations[{i}].name").encode())]
    for i, o in enumerate(d.get("organisations", []))
]
for boot in d.get("bootNodes", []):
    check(boot, "a boot node")

spec.update(name=d["name"], id=d["id"], chainType=d["chainType"],
            bootNodes=d.get("bootNodes", []), protocolId=d.get("protocolId", d["id"]))
spec["properties"] = d.get("properties", spec.get("properties"))
spec["genesis"]["runtimeGenesis"]["patch"] = {
    "session": {"keys": session},
    "consortium": {"members": members, "sessionLength": length},
    "registrar": {"providers": registered, "organisations": organisations},
}
json.dump(spec, open(f"{out}/{d['id']}-plain.json", "w"), indent=2)
print(d["id"])
PY
)
# Without the flag build-spec adds a boot node of its own, with a random peer id.
"$node" build-spec --chain "$out/$id-plain.json" --raw --disable-default-bootnode >"$out/$id-raw.json" 2>/dev/null
echo "$out/$id-raw.json"

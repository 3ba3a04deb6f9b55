#!/usr/bin/env bash
# Tests the README's main command as a newcomer meets it: starts `scripts/dev.sh`, waits for its
# "MedRec is running" banner, and runs every command the banner prints the moment it appears,
# checking each outcome against the comment beside it:
#   - "granted" reads succeed, decrypt and match the chain's pointers;
#   - "refused" reads are refused by the chain's decision (403), not by a transient state;
#   - Eve's `$everything` returns her records, and her audit log names Bob's reads;
#   - Eve's records at Bob Family Clinic's gatekeeper decrypt and match the chain;
#   - Charlie Research Institute registers a study, Alice approves it, the federated count gets
#     both gatekeepers' answers, and Eve sees she was counted.
# Then, on the chain they populated, the try-runtime check of the rehearsal's release (the
# operator guide's section 7) passes, and this tree's own runtime, the running version, is
# refused. Before those, both gatekeepers the banner names must answer, and both apps must be served with
# a config.json naming this stack's node and both gatekeepers.
# It also checks that dev.sh's build step compiled nothing: `scripts/test.sh` has just built the
# same artifacts, and dev.sh must reuse them.
#
# Ports are moved off the defaults so a dev stack already running on this machine is left alone;
# the banner must then print commands that name them, which is part of what is tested.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDREC_ROOT"

out="$(mktemp -d /tmp/medrec-quickstart.XXXXXX)"
export MEDREC_RPC_PORT=19944 MEDREC_P2P_PORT=30399 GATEKEEPER_PORT=18080 GATEKEEPER_ADMIN_PORT=18081 ETH_RPC_PORT=18545 \
	BOB_GATEKEEPER_PORT=18090 BOB_GATEKEEPER_ADMIN_PORT=18091 PATIENT_APP_PORT=15173 PROVIDER_APP_PORT=15174
# A session of its own, so the whole stack (node, gatekeepers, apps) is stopped with one signal.
setsid bash scripts/dev.sh >"$out/dev.out" 2>&1 &
dev=$!
stop() {
	kill -TERM -- "-$dev" 2>/dev/null || true
	wait "$dev" 2>/dev/null || true
	# dev.sh's own log directory, named in its banner, and ours.
	logs="$(sed -n 's/^MedRec is running (logs in \(.*\)):$/\1/p' "$out/dev.out")"
	case "$logs" in /tmp/medrec-dev.*) rm -rf "$logs" ;; esac
	rm -rf "$out"
}
trap stop EXIT

deadline=$((SECONDS + 600))
until grep -q '^MedRec is running' "$out/dev.out"; do
	kill -0 "$dev" 2>/dev/null || die "scripts/dev.sh exited before its banner:
$(tail -30 "$out/dev.out")"
	[ $SECONDS -lt $deadline ] || die "no banner from scripts/dev.sh in 600 s:
$(tail -30 "$out/dev.out")"
	sleep 0.2
done
log "banner after $SECONDS s"

compiled="$(grep -E '^\s*Compiling ' "$out/dev.out" || true)"
[ -z "$compiled" ] || die "scripts/dev.sh compiled crates; after a build of the workspace (scripts/test.sh does one) it should reuse everything:
$compiled"

# The commands between "Try, in another shell:" and the blank line after them.
mapfile -t lines < <(sed -n '/^Try, in another shell:/,/^$/p' "$out/dev.out" | sed '1d;/^$/d')
[ ${#lines[@]} -ge 6 ] || die "the banner lists ${#lines[@]} commands, expected 6:
$(cat "$out/dev.out")"

failures=0
fail() {
	log "FAIL: $*"
	failures=$((failures + 1))
}
ss58() {
	"$CARGO_TARGET_DIR/release/medrec-node" key inspect "$1" --output-type json |
		python3 -c 'import json,sys; print(json.load(sys.stdin)["ss58Address"])'
}
alice="$(ss58 //Alice)" bob="$(ss58 //Bob)"
# Both gatekeepers the banner names answer, on the ports this test moved them to.
mapfile -t gatekeepers < <(sed -n '/^  gatekeepers /,/^  admin /s|^ .* \(http://[^ ]*\)/fhir .*|\1|p' "$out/dev.out")
[ "${gatekeepers[*]}" = "http://127.0.0.1:$GATEKEEPER_PORT http://127.0.0.1:$BOB_GATEKEEPER_PORT" ] ||
	fail "the banner names the gatekeepers '${gatekeepers[*]}', expected Alice's on $GATEKEEPER_PORT and Bob's on $BOB_GATEKEEPER_PORT"
for gk in "${gatekeepers[@]}"; do
	curl -fsS -o /dev/null "$gk/healthz" || fail "the gatekeeper at $gk does not answer /healthz"
done
# The apps the banner names are served, configured for this stack's node and both gatekeepers.
for app in patient provider; do
	url="$(sed -n "s/^  $app app *\(http[^ ]*\).*/\1/p" "$out/dev.out")"
	[ -n "$url" ] || { fail "the banner names no $app app"; continue; }
	curl -fsS "$url/" | grep -q '<div id="app"\|<script' || fail "$app app at $url serves no page"
	problems="$(curl -fsS "$url/config.json" | python3 -c '
import json, sys
config = json.load(sys.stdin)
node, expected = sys.argv[1], dict(a.split("=", 1) for a in sys.argv[2:])
got, gatekeepers = config.get("node"), config.get("gatekeepers", {})
problems = [] if got == node else [f"node {got!r}, expected {node!r}"]
problems += [f"gatekeeper of {a}: {gatekeepers.get(a)!r}, expected {u!r}" for a, u in expected.items() if gatekeepers.get(a) != u]
print("; ".join(problems))
sys.exit(1 if problems else 0)
' "ws://127.0.0.1:$MEDREC_RPC_PORT" "$alice=http://127.0.0.1:$GATEKEEPER_PORT" "$bob=http://127.0.0.1:$BOB_GATEKEEPER_PORT" 2>&1)" ||
		fail "$app app at $url is not configured for this stack: $problems"
done
for line in "${lines[@]}"; do
	command="${line%%#*}"
	expect="${line#*# }"
	log "running:${command}   (expect: $expect)"
	status=0
	# The banner's quoting is the shell's: run it as a user pasting it would.
	eval "$command" >"$out/stdout" 2>"$out/stderr" || status=$?
	case "$expect" in
	*refused*)
		[ "$status" -ne 0 ] || fail "expected a refusal, the read succeeded: $line"
		grep -q 'refused (403): the chain does not allow' "$out/stderr" || fail "expected the chain's decision (403), not: $(cat "$out/stderr")"
		;;
	*granted*)
		[ "$status" -eq 0 ] || fail "a granted read failed: $(cat "$out/stderr")"
		grep -q '"resourceType": "MedicationRequest"' "$out/stdout" || fail "no MedicationRequest in: $(head -c 600 "$out/stdout")"
		grep -q "match the chain's pointers" "$out/stderr" || fail "answer not checked against the chain: $(cat "$out/stderr")"
		;;
	*all\ her\ records*)
		[ "$status" -eq 0 ] || fail "Eve's \$everything failed: $(cat "$out/stderr")"
		for type in Patient Observation Condition MedicationRequest DocumentReference; do
			grep -q "\"resourceType\": \"$type\"" "$out/stdout" || fail "no $type in Eve's \$everything"
		done
		grep -q "match the chain's pointers" "$out/stderr" || fail "answer not checked against the chain: $(cat "$out/stderr")"
		;;
	*at\ Bob\ Family\ Clinic*)
		[ "$status" -eq 0 ] || fail "Eve's read at Bob Family Clinic failed: $(cat "$out/stderr")"
		for type in Patient Condition MedicationRequest; do
			grep -q "\"resourceType\": \"$type\"" "$out/stdout" || fail "no $type in Eve's records at Bob Family Clinic"
		done
		# The demo's second prescription of the same ingredient, which the patient app flags.
		grep -q 'Amlodipine' "$out/stdout" || fail "no amlodipine prescription in Eve's records at Bob Family Clinic"
		grep -q "match the chain's pointers" "$out/stderr" || fail "answer not checked against the chain: $(cat "$out/stderr")"
		;;
	*who\ has\ seen*)
		[ "$status" -eq 0 ] || fail "Eve's audit failed: $(cat "$out/stderr")"
		python3 - "$out/stdout" "$bob" <<'EOF' || fail "Eve's audit log lacks Bob's reads: $(head -c 1500 "$out/stdout")"
import json, sys
entries = json.load(open(sys.argv[1]))
bob = [e for e in entries if e.get("viewer") == sys.argv[2]]
outcomes = {e.get("outcome", "") for e in bob}
# Bob read once with a grant and was refused once by the chain's decision, just above.
allowed = "allowed" in outcomes
refused = any(o.startswith("denied: ") and o != "denied: not final yet" for o in outcomes)
sys.exit(0 if allowed and refused else 1)
EOF
		;;
	*registers\ study*)
		[ "$status" -eq 0 ] || fail "registering the study failed: $(cat "$out/stderr")"
		grep -q '^study 0 registered' "$out/stdout" || fail "no study 0 registered: $(cat "$out/stdout")"
		;;
	*approves\ study*)
		[ "$status" -eq 0 ] || fail "the vote failed: $(cat "$out/stderr")"
		grep -q 'study 0 is approved' "$out/stdout" || fail "study 0 not approved: $(cat "$out/stdout")"
		;;
	*federated\ count*)
		# Exit 0 only when every site answered; the two cells of interest are printed per site.
		[ "$status" -eq 0 ] || fail "the federated count failed ($status): $(cat "$out/stdout" "$out/stderr")"
		grep -q '2 of 2 site(s) answered' "$out/stdout" || fail "not both sites answered: $(cat "$out/stdout")"
		grep -q '^  all ' "$out/stdout" || fail "no cell in: $(cat "$out/stdout")"
		;;
	*sees\ she\ was\ counted*)
		[ "$status" -eq 0 ] || fail "Eve's inclusions failed: $(cat "$out/stderr")"
		grep -q 'included in 1 query of study 0' "$out/stdout" || fail "Eve is not shown counted: $(cat "$out/stdout")"
		;;
	*ethereum*)
		[ "$status" -eq 0 ] || fail "eth_chainId failed: $(cat "$out/stderr")"
		grep -q '"result":"0x9ab84"' "$out/stdout" || fail "eth_chainId is not 633732 (0x9ab84): $(cat "$out/stdout")"
		;;
	*) fail "no expectation known for: $line" ;;
	esac
done

# The operator guide's check of a release (section 7) on the chain the commands above
# populated: the rehearsal's runtime as the candidate, with every migration's checks and every
# pallet's try_state, from the node and again from the snapshot it saved; this tree's own
# runtime is refused, being the version the chain runs.
rpc="ws://127.0.0.1:$MEDREC_RPC_PORT"
checks=0
for candidate in "--rehearsal --uri $rpc --save $out/snapshot" "--rehearsal --snapshot $out/snapshot" "--uri $rpc"; do
	status=0
	# shellcheck disable=SC2086 # the candidate's words are options
	scripts/checks.sh try-runtime $candidate >"$out/stdout" 2>"$out/stderr" || status=$?
	case "$candidate" in
	--rehearsal*)
		[ "$status" -eq 0 ] && grep -qE '^upgrade medrec [0-9]+ -> medrec [0-9]+: every check passed' "$out/stdout" ||
			fail "try-runtime $candidate did not pass: $(tail -n 5 "$out/stdout" "$out/stderr")"
		grep -qE '^state of block #[0-9]+ .*: [0-9]+ keys, root checked' "$out/stdout" ||
			fail "try-runtime $candidate checked no state: $(head -3 "$out/stdout")"
		;;
	*)
		[ "$status" -ne 0 ] && grep -q 'is not higher than the chain' "$out/stderr" ||
			fail "try-runtime accepted the running version as a candidate: $(tail -n 5 "$out/stdout" "$out/stderr")"
		;;
	esac
	checks=$((checks + 1))
done
[ "$failures" -eq 0 ] || die "$failures of ${#lines[@]} quick-start commands and $checks try-runtime checks did not do what they say"
log "all ${#lines[@]} quick-start commands did what the banner says, at once; the $checks try-runtime checks too"

#!/usr/bin/env python3
"""Fails if the test build compiled a second copy of anything the plain build made.

Usage: one-build.py BUILD_JSON < TEST_JSON, where BUILD_JSON holds the messages of
`cargo build --message-format=json` and TEST_JSON those of `cargo test --no-run` with the same
packages selected, run just after it.

Why: `scripts/dev.sh` runs `cargo build`, `scripts/test.sh` runs that and then the tests. When a
dev-dependency switches on a feature the plain build does not, cargo resolves a second feature
set and compiles a second copy of everything above the crate it touched (sp-io, frame-support,
the pallets, the runtime and the node: 16 minutes on 2 cores). This check fails CI at once,
naming the crates, rather than let such a change slowly eat the build budget.

A unit counts as compiled twice when the plain build produced it (same package and target) and
the test build compiled it again. Crates only the tests use (proptest, say) are compiled by the
test build for the first time, and test harnesses are the test build's own work: neither counts.
"""
import json
import sys


def artifacts(lines):
    for line in lines:
        line = line.strip()
        if line.startswith("{"):
            msg = json.loads(line)
            if msg.get("reason") == "compiler-artifact":
                yield msg


def unit(msg):
    target = msg["target"]
    return (msg["package_id"], target["name"], tuple(target["kind"]))


with open(sys.argv[1]) as f:
    built = {unit(m) for m in artifacts(f) if not m["profile"]["test"]}
if not built:
    sys.exit(f"[medrec] error: no artifacts in {sys.argv[1]}: was it written by cargo build --message-format=json?")

twice, harnesses, first = [], 0, 0
for msg in artifacts(sys.stdin):
    if msg["profile"]["test"]:
        harnesses += 1
    elif not msg["fresh"]:
        if unit(msg) in built:
            twice.append(unit(msg))
        else:
            first += 1

if twice:
    print("[medrec] error: the test build compiled again what `cargo build` had built:", file=sys.stderr)
    for package, target, kinds in twice:
        print(f"  {package} ({','.join(kinds)} {target})", file=sys.stderr)
    print(
        "[medrec] a dev-dependency probably enables a feature the plain build does not; "
        "enable the same features for the normal build (README, \"Build\")",
        file=sys.stderr,
    )
    sys.exit(1)
print(
    f"[medrec] one build: the test build reused all {len(built)} units of the plain build "
    f"({harnesses} test harnesses, {first} test-only units compiled)",
    file=sys.stderr,
)

#!/usr/bin/env python3
"""Reads `cargo test --no-run --message-format=json` on stdin, after `cargo build` of the same
workspace, and fails if cargo rebuilt any unit that is not a test harness.

Why: `scripts/dev.sh` runs `cargo build`, `scripts/test.sh` runs that and then the tests. When a
dev-dependency switches on a feature the plain build does not, cargo resolves a second feature
set and compiles a second copy of everything above the crate it touched (a 16-minute rebuild of
sp-io, frame-support, the pallets, the runtime and the node, on 2 cores). This check makes such a
change fail CI at once, naming the crates, rather than slowly eat the build budget.
"""
import json
import sys

rebuilt = []
tests = 0
for line in sys.stdin:
    line = line.strip()
    if not line.startswith("{"):
        continue
    msg = json.loads(line)
    if msg.get("reason") != "compiler-artifact":
        continue
    if msg["profile"]["test"]:
        tests += 1
        continue
    if not msg["fresh"]:
        kinds = ",".join(msg["target"]["kind"])
        rebuilt.append(f'{msg["package_id"]} ({kinds} {msg["target"]["name"]})')

if rebuilt:
    print("[medrec] error: the test build compiled again what `cargo build` had built:", file=sys.stderr)
    for unit in rebuilt:
        print(f"  {unit}", file=sys.stderr)
    print(
        "[medrec] a dev-dependency probably enables a feature the plain build does not; "
        "declare the same features for the normal build (README, \"Build\")",
        file=sys.stderr,
    )
    sys.exit(1)
print(f"[medrec] one build: {tests} test harnesses compiled, nothing else rebuilt", file=sys.stderr)

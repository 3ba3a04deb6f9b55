#!/usr/bin/env python3
"""Tests one-build.py on cargo messages shaped like the real ones: it passes test harnesses and
test-only crates, and fails, naming it, on a unit the plain build made and the test build
compiled again."""
import json
import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "one-build.py")


def artifact(package, name, kind, test=False, fresh=True):
    return json.dumps({
        "reason": "compiler-artifact",
        "package_id": package,
        "target": {"name": name, "kind": [kind]},
        "profile": {"test": test},
        "fresh": fresh,
    })


def run(build, test):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write("\n".join(build) + "\n")
    try:
        return subprocess.run([sys.executable, CHECK, f.name], input="\n".join(test) + "\n",
                              capture_output=True, text=True)
    finally:
        os.unlink(f.name)


build = [
    artifact("sp-io@49.0.0", "sp_io", "lib"),
    artifact("medrec-node@0.1.0", "medrec-node", "bin"),
    '{"reason":"build-finished","success":true}',
]
ok = run(build, [
    artifact("sp-io@49.0.0", "sp_io", "lib"),
    artifact("medrec-node@0.1.0", "medrec-node", "bin"),
    artifact("proptest@1.12.0", "proptest", "lib", fresh=False),
    artifact("medrec-e2e@0.1.0", "flow", "test", test=True, fresh=False),
])
assert ok.returncode == 0, ok.stderr
assert "1 test harnesses, 1 test-only units" in ok.stderr, ok.stderr

twice = run(build, [
    artifact("sp-io@49.0.0", "sp_io", "lib", fresh=False),
    artifact("medrec-node@0.1.0", "medrec-node", "bin", fresh=False),
])
assert twice.returncode == 1, twice.stderr
assert "sp-io@49.0.0 (lib sp_io)" in twice.stderr and "medrec-node@0.1.0 (bin medrec-node)" in twice.stderr, twice.stderr

empty = run([], [artifact("sp-io@49.0.0", "sp_io", "lib")])
assert empty.returncode != 0 and "no artifacts" in empty.stderr, empty.stderr
print("one-build.py: 3 cases pass")

#!/usr/bin/env python3
"""Prints the paths of test harnesses that `cargo test --no-run` built.

Usage: harnesses.py TEST_JSON DIR TEST..., where TEST_JSON holds the messages of
`cargo test --no-run --message-format=json`. Prints one path per TEST (an integration test
of the package whose Cargo.toml is in directory DIR, as `gatekeeper`), in the order given, and
fails naming any TEST it did not find.

Why: scripts/test.sh runs the gatekeeper's database suites on PostgreSQL beside the rest of the
Rust suites. A second `cargo test` would wait for the first one's lock on the target directory,
so it runs the harnesses the test build made directly.
"""
import json
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    path, directory, wanted = sys.argv[1], sys.argv[2], sys.argv[3:]
    found = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("{"):
                continue
            msg = json.loads(line)
            target = msg.get("target") or {}
            if (
                msg.get("reason") == "compiler-artifact"
                and msg.get("executable")
                and target.get("kind") == ["test"]
                and msg["manifest_path"].endswith(f"/{directory}/Cargo.toml")
            ):
                found[target["name"]] = msg["executable"]
    missing = [name for name in wanted if name not in found]
    if missing:
        sys.exit(f"[medrec] error: {path} has no test harness {', '.join(missing)} of {directory}/")
    for name in wanted:
        print(found[name])


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Builds the upgrade rehearsal's runtime: this runtime built with the `upgrade-rehearsal`
# feature (one spec version later, with a deliberate migration: runtime/src/migrations.rs), as
# the compressed blob a consortium votes on. Prints its path:
#
#   scripts/rehearsal-runtime.sh    # -> $CARGO_TARGET_DIR/rehearsal/medrec_runtime.compact.compressed.wasm
#
# The end-to-end and zombienet upgrade tests vote it in on chains running this build.
#
# Why not a second `cargo build` with the feature: the wasm builder would build it in the same
# project as the node's runtime, and the blob the node embeds would follow whichever feature
# set was built last. So this builds a copy of the wasm builder's project under another name
# (its artifact is `medrec_runtime_rehearsal.wasm`, never the node's) against the same wasm
# target directory, with the same flags: every dependency is already built there, and only
# medrec-runtime and the consortium pallet (whose features differ) compile again. It needs
# the node's build first (`cargo build --release`, as scripts/test.sh does).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
medrec_setup
apt_install zstd

main="$CARGO_TARGET_DIR/release/wbuild/medrec-runtime"
[ -f "$main/Cargo.toml" ] || die "no wasm build of the runtime in $main: run cargo build --release first"
out="$CARGO_TARGET_DIR/rehearsal"
project="$out/project"
mkdir -p "$project/src"

# The wasm builder's project manifest, renamed, with the feature added.
python3 - "$main/Cargo.toml" "$project/Cargo.toml" <<'PY'
import re, sys
source, target = sys.argv[1:]
toml = open(source).read()
renamed = toml.replace('name = "medrec-runtime-blob"', 'name = "medrec-runtime-rehearsal-blob"', 1)
renamed = renamed.replace('name = "medrec_runtime"', 'name = "medrec_runtime_rehearsal"', 1)
features = re.search(r'^features = \[(.*?)\]', renamed, re.M | re.S)
if renamed.count("rehearsal") != 2 or not features:
    sys.exit(f"{source}: not the layout this script knows (substrate-wasm-builder changed?)")
listed = features.group(1).strip()
if '"upgrade-rehearsal"' not in listed:
    listed = (listed + ", " if listed else "") + '"upgrade-rehearsal"'
renamed = renamed[:features.start()] + f"features = [{listed}]" + renamed[features.end():]
open(target, "w").write(renamed)
PY
# The same locked versions; cargo renames the root package in it (hence --offline below rather
# than --locked: nothing may be fetched, nothing else may change).
cp "$main/Cargo.lock" "$project/Cargo.lock"
cp "$main"/src/lib.rs "$project/src/lib.rs"

# The RUSTFLAGS the wasm builder used for the node's runtime, from the command it recorded in
# its build script's output (with other flags every dependency would build again).
rustflags="$(python3 - "$CARGO_TARGET_DIR/release/build" <<'PY'
import glob, os, re, sys
outputs = sorted(glob.glob(os.path.join(sys.argv[1], "medrec-runtime-*", "output")), key=os.path.getmtime)
for path in reversed(outputs):
    found = re.search(r'^Executing build command: .*? RUSTFLAGS="([^"]*)"', open(path, errors="replace").read(), re.M)
    if found:
        print(found.group(1))
        break
else:
    sys.exit("no recorded wasm build command of medrec-runtime: run cargo build --release first")
PY
)"
toolchain=()
[ -z "${WASM_BUILD_TOOLCHAIN:-}" ] || toolchain=(rustup run "$WASM_BUILD_TOOLCHAIN")
log "building the rehearsal runtime (medrec-runtime with upgrade-rehearsal) for wasm"
(
	cd "$project"
	env -u CARGO_ENCODED_RUSTFLAGS -u RUSTC SKIP_WASM_BUILD= RUSTFLAGS="$rustflags" \
		CARGO_TARGET_DIR="$main/target" \
		"${toolchain[@]}" cargo rustc --offline --target=wasm32v1-none \
		--manifest-path "$project/Cargo.toml" --profile release --quiet
)
bloaty="$main/target/wasm32v1-none/release/medrec_runtime_rehearsal.wasm"
[ -f "$bloaty" ] || die "the build wrote no $bloaty"

# What the wasm builder does next: strip the debug sections, then compress with zstd behind
# the 8-byte prefix that marks a compressed runtime (sp-maybe-compressed-blob). Its other
# pass, sign-extension lowering, has nothing to lower in a wasm32v1-none build.
blob="$out/medrec_runtime.compact.compressed.wasm"
python3 - "$bloaty" "$out/medrec_runtime.compact.wasm" <<'PY'
import sys
source, target = sys.argv[1:]
data = open(source, "rb").read()
if data[:8] != b"\0asm\1\0\0\0":
    sys.exit(f"{source}: not a wasm module")

def leb(buf, at):
    value = shift = 0
    while True:
        byte = buf[at]; at += 1
        value |= (byte & 0x7f) << shift; shift += 7
        if byte < 0x80:
            return value, at

kept, at = [data[:8]], 8
while at < len(data):
    start = at
    section = data[at]; size, body = leb(data, at + 1)
    end = body + size
    if section == 0:
        name_length, name_at = leb(data, body)
        if data[name_at:name_at + name_length].startswith(b".debug"):
            at = end
            continue
    kept.append(data[start:end])
    at = end
open(target, "wb").write(b"".join(kept))
PY
compact="$out/medrec_runtime.compact.wasm"
[ "$(stat -c %s "$compact")" -le $((50 * 1024 * 1024)) ] || die "the runtime is larger than the executor's 50 MiB limit"
{ printf '\x52\xbc\x53\x76\x46\xdb\x8e\x05'; zstd -q -19 -c "$compact"; } >"$blob.tmp"
mv "$blob.tmp" "$blob"
log "rehearsal runtime: $(stat -c %s "$compact") bytes, $(stat -c %s "$blob") compressed"
echo "$blob"

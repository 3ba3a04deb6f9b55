// A runtime blob as the consortium votes on it: its bytes, the hash the chain authorizes, and
// the version it declares. Members compare the hash and version with what a proposal names
// before voting, and proposers read them here rather than type them, so that a typo cannot
// put a version on the ballot that the code does not carry (the chain would refuse the code
// when applied, and the vote would have been wasted).
const fs = require("fs");
const { execFileSync } = require("child_process");
const { compactFromU8a, u8aToString } = require("@polkadot/util");
const { blake2AsHex, cryptoWaitReady } = require("@polkadot/util-crypto");

// sp-maybe-compressed-blob's marker in front of a zstd-compressed runtime.
const ZSTD_PREFIX = Buffer.from([0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05]);
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
// The executor refuses to decompress beyond this (sp-maybe-compressed-blob's bomb limit).
const MAX_CODE_SIZE = 50 * 1024 * 1024;

function wasmOf(blob) {
  if (blob.subarray(0, 8).equals(ZSTD_PREFIX)) {
    try {
      return execFileSync("zstd", ["-d", "-c", "-q"], {
        input: blob.subarray(8),
        maxBuffer: MAX_CODE_SIZE,
      });
    } catch (e) {
      if (e.code === "ENOENT") {
        throw new Error("reading a compressed runtime's version needs the zstd tool (apt-get install zstd)");
      }
      throw new Error(`the blob does not decompress: ${e.message}`);
    }
  }
  if (blob.subarray(0, 4).equals(WASM_MAGIC)) return blob;
  throw new Error("not a runtime: neither a compressed blob nor a wasm module");
}

function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error("truncated wasm module");
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

// The body of the custom section `name`: where `#[sp_version::runtime_version]` puts the
// encoded version, and where the executor reads it without running the code.
function customSection(wasm, name) {
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb128(wasm, at + 1);
    const end = body + size;
    if (id === 0) {
      const [length, nameAt] = leb128(wasm, body);
      if (wasm.subarray(nameAt, nameAt + length).toString("utf8") === name) {
        return wasm.subarray(nameAt + length, end);
      }
    }
    at = end;
  }
  return null;
}

// The leading fields of a SCALE-encoded `RuntimeVersion`: spec name, impl name, authoring,
// spec and impl versions, the (empty, in this section) API list, the transaction version.
function decodeVersion(bytes) {
  let at = 0;
  const text = () => {
    const [offset, length] = compactFromU8a(bytes.subarray(at));
    const start = at + offset;
    at = start + length.toNumber();
    return u8aToString(bytes.subarray(start, at));
  };
  const u32 = () => {
    const value = bytes.readUInt32LE(at);
    at += 4;
    return value;
  };
  const specName = text();
  const implName = text();
  const authoringVersion = u32();
  const specVersion = u32();
  const implVersion = u32();
  const [offset, apis] = compactFromU8a(bytes.subarray(at));
  at += offset + apis.toNumber() * 12;
  const transactionVersion = u32();
  return { specName, implName, authoringVersion, specVersion, implVersion, transactionVersion };
}

// Reads the blob at `path`: { code, codeHash, bytes, specName, specVersion, ... }. `codeHash`
// is BLAKE2-256 of the file's bytes exactly as submitted (`b2sum -l 256` prints the same).
async function readRuntime(path) {
  await cryptoWaitReady();
  const code = fs.readFileSync(path);
  let wasm;
  try {
    wasm = wasmOf(code);
  } catch (e) {
    throw new Error(`${path}: ${e.message}`);
  }
  const section = customSection(wasm, "runtime_version");
  if (!section) throw new Error(`${path} declares no runtime version (no runtime_version section)`);
  return { code, codeHash: blake2AsHex(code, 256), bytes: code.length, ...decodeVersion(section) };
}

module.exports = { readRuntime };

// Compiles evm-compat/solidity with npm solc (offline: solc-js carries the compiler), for the
// EVM suite and for `abi.mjs`, which keeps the checked-in ABI files in step with the sources.
import { readFileSync, readdirSync } from "node:fs";
import solc from "solc";

const root = new URL("../solidity/", import.meta.url);

/** Every .sol file under evm-compat/solidity, keyed by its path there. */
function sources() {
  const files = {};
  for (const entry of readdirSync(root, { recursive: true })) {
    if (entry.endsWith(".sol")) files[entry] = { content: readFileSync(new URL(entry, root), "utf8") };
  }
  return files;
}

/** `{ "<file>:<contract>": { abi, bytecode } }` for every contract and interface. Throws with
 * solc's messages on any error. */
export function compile() {
  const input = {
    language: "Solidity",
    sources: sources(),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const out = {};
  for (const [file, contracts] of Object.entries(output.contracts)) {
    for (const [name, c] of Object.entries(contracts)) {
      out[`${file}:${name}`] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
    }
  }
  return out;
}

/** The solc version compiling, e.g. "0.8.37+commit....". */
export const compilerVersion = solc.version();

/** The checked-in ABI file of each precompile interface, and what solc makes of it now. */
export function interfaceAbis() {
  const compiled = compile();
  return ["IMedRecRegistry", "IMedRecAccess"].map((name) => ({
    name,
    file: new URL(`abi/${name}.json`, root),
    abi: compiled[`${name}.sol:${name}`].abi,
  }));
}

export function abiText(abi) {
  return `${JSON.stringify(abi, null, 2)}\n`;
}

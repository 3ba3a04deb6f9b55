// Writes evm-compat/solidity/abi/<Interface>.json from the Solidity interfaces, with solc.
// The Rust side's conformance test (evm-compat/precompiles/tests/abi.rs) reads those files and
// the EVM suite fails if they differ from what solc makes of the sources now.
//
//   node evm-compat/e2e/abi.mjs
import { writeFileSync } from "node:fs";
import { abiText, compilerVersion, interfaceAbis } from "./solidity.js";

for (const { name, file, abi } of interfaceAbis()) {
  writeFileSync(file, abiText(abi));
  console.log(`${name}: ${abi.length} entries (solc ${compilerVersion})`);
}

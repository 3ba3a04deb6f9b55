// args[0] = "record": remembers this node's finalized block. args[0] = "check": waits for
// finality to move past that block, then returns 1 if the block is still the one at its
// height (no finalized block was lost or replaced).
const fs = require("fs");
const path = require("path");
const { connect } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const file = path.join(networkInfo.tmpDir, "medrec-finalized.json");
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const finalized = async () => {
    const head = await api.rpc.chain.getFinalizedHead();
    return { number: (await api.rpc.chain.getHeader(head)).number.toNumber(), hash: head.toHex() };
  };
  if (args[0] === "record") {
    fs.writeFileSync(file, JSON.stringify(await finalized()));
  } else {
    const recorded = JSON.parse(fs.readFileSync(file, "utf8"));
    while ((await finalized()).number <= recorded.number) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    const now = (await api.rpc.chain.getBlockHash(recorded.number)).toHex();
    if (now !== recorded.hash) throw new Error(`finalized #${recorded.number} changed`);
  }
  await api.disconnect();
  return 1;
}

module.exports = { run };

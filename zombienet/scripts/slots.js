// Blocks across the runtime upgrade, by Aura slot: 1 between two blocks is a block in every
// slot, 2 is one slot missed. Waits until this node has finalized args[1] blocks past the one
// that applied the new code (upgrade.js notes it), then looks at the blocks from args[0]
// before it to args[1] after, and returns, with args[2]:
//
//   first   the slots between the upgrade's block and the next, the first the new runtime
//           executes: every node compiles the new code before it can build or import it;
//   others  the largest number of slots between any other two consecutive blocks.
//
// Each block's slot is read from its header's Aura pre-runtime digest, so a gap means slots
// nobody filled, whatever the wall clock did.
const m = require("./medrec.js");

async function slotOf(api, number) {
  return m.auraSlot(api, await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(number)));
}

async function run(nodeName, networkInfo, args) {
  const [before, after] = args.slice(0, 2).map(Number);
  const which = args[2];
  if (which !== "first" && which !== "others") throw new Error(`args[2] is first or others, not ${which}`);
  const { upgradedAt } = m.notes(networkInfo, "upgrade").read();
  if (upgradedAt === undefined) throw new Error("no upgrade noted: run upgrade.js apply first");
  const api = await m.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    const first = upgradedAt - before;
    const last = upgradedAt + after;
    const finalized = async () =>
      (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    // Finality as well as authorship: GRANDPA votes on blocks the new runtime built.
    while ((await finalized()) < last) await new Promise((r) => setTimeout(r, 1000));
    const gaps = new Map();
    let previous = await slotOf(api, first);
    for (let number = first + 1; number <= last; number++) {
      const slot = await slotOf(api, number);
      gaps.set(number, Number(slot - previous));
      previous = slot;
    }
    // For the log: where the time went, block by block.
    console.log(`slots before each of blocks #${first + 1}..#${last} (upgrade in #${upgradedAt}): ${[...gaps.values()]}`);
    if (which === "first") return gaps.get(upgradedAt + 1);
    gaps.delete(upgradedAt + 1);
    return Math.max(...gaps.values());
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };

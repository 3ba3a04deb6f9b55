// How far finality advances on this node in args[0] seconds. With args[1], returns as soon as
// it has advanced that far: "at least 3 in 30 s" is settled by the third finalized block.
// Without it, waits the whole window (for "lower than": a stall is only seen by waiting).
const { connect } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const enough = args[1] === undefined ? Infinity : Number(args[1]);
  const number = async () =>
    (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  const before = await number();
  const deadline = Date.now() + Number(args[0]) * 1000;
  let advanced = 0;
  while (Date.now() < deadline && advanced < enough) {
    await new Promise((r) => setTimeout(r, Math.min(1000, Math.max(0, deadline - Date.now()))));
    advanced = (await number()) - before;
  }
  await api.disconnect();
  return advanced;
}

module.exports = { run };

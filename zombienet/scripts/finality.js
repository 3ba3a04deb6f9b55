// How far finality advances on this node in args[0] seconds.
const { connect } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const number = async () =>
    (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  const before = await number();
  await new Promise((r) => setTimeout(r, Number(args[0]) * 1000));
  const advanced = (await number()) - before;
  await api.disconnect();
  return advanced;
}

module.exports = { run };

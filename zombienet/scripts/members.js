// Waits until the consortium has args[0] members, the current session as many validators,
// and GRANDPA, at the finalized block, as many voters; returns 1 then. The three follow one
// another: a vote changes the members, the second session rotation the validators, and the
// finality of that rotation's block the GRANDPA set.
const { connect } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const want = Number(args[0]);
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  for (;;) {
    const members = (await api.query.consortium.members()).length;
    const validators = (await api.query.session.validators()).length;
    const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
    const voters = (await finalized.call.grandpaApi.grandpaAuthorities()).length;
    if (members === want && validators === want && voters === want) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  await api.disconnect();
  return 1;
}

module.exports = { run };

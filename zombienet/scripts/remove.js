// args[0] proposes removing args[1]; the rest of args vote aye. Returns 1 once it is removed.
const { connect, dev, proposeRemoval, vote } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const [proposer, member, ...voters] = args;
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const { index } = await proposeRemoval(api, dev(proposer), dev(member).address);
  let removed = false;
  for (const voter of voters) {
    removed = (await vote(api, dev(voter), index, true)).includes("MemberRemoved") || removed;
  }
  await api.disconnect();
  if (!removed) throw new Error("the votes did not remove the member");
  return 1;
}

module.exports = { run };

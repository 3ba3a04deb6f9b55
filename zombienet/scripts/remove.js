// args[0] proposes removing args[1]; the rest of args vote aye. Returns 1 once it is removed.
const { connect, dev, send, findEvent } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const [proposer, member, ...voters] = args;
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const target = dev(member).address;
  const events = await send(api, api.tx.consortium.proposeRemoval(target), dev(proposer));
  const index = findEvent(events, "consortium", "RemovalProposed").data.index;
  let removed = false;
  for (const voter of voters) {
    const voted = await send(api, api.tx.consortium.vote(index, true), dev(voter));
    removed = removed || Boolean(findEvent(voted, "consortium", "MemberRemoved"));
  }
  await api.disconnect();
  if (!removed) throw new Error("the votes did not remove the member");
  return 1;
}

module.exports = { run };

// The candidate (this node's operator, //Dave) proposes to join: it asks its own node for
// fresh session keys with `author_rotateKeysWithOwner`, proposes with them, and the members
// named in args vote aye. Returns 1 once the candidate is a member.
const { connect, dev, send, findEvent } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const candidate = dev(nodeName);
  const owner = api.createType("AccountId", candidate.address).toHex();
  // Not in polkadot.js's RPC definitions yet; the node has it (SessionKeys API v2).
  const generated = await api.rpc.author.rotateKeysWithOwner
    ? await api.rpc.author.rotateKeysWithOwner(owner)
    : await api._rpcCore.provider.send("author_rotateKeysWithOwner", [owner]);
  const events = await send(
    api,
    api.tx.consortium.proposeJoin(
      `${nodeName} Health`,
      `http://127.0.0.1:7073`,
      generated.keys,
      generated.proof,
      "https://registry.example/evidence.pdf",
      "0x" + "11".repeat(32)
    ),
    candidate
  );
  const proposed = findEvent(events, "consortium", "JoinProposed");
  if (!proposed) throw new Error("no JoinProposed event");
  const index = proposed.data.index;
  let admitted = false;
  for (const voter of args) {
    const voted = await send(api, api.tx.consortium.vote(index, true), dev(voter));
    admitted = admitted || Boolean(findEvent(voted, "consortium", "MemberAdmitted"));
  }
  await api.disconnect();
  if (!admitted) throw new Error("the votes did not admit the candidate");
  return 1;
}

module.exports = { run };

// The candidate (this node's operator, //Dave) proposes to join with fresh session keys from
// its own node, and the members named in args vote aye. Returns 1 once it is a member.
const { connect, dev, rotateKeys, proposeJoin, vote } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  const candidate = dev(nodeName);
  const { keys, proof } = await rotateKeys(api, candidate.address);
  const index = await proposeJoin(api, candidate, {
    name: `${nodeName} Health`,
    gatekeeper: "http://127.0.0.1:7073",
    keys,
    proof,
    evidenceUrl: "https://registry.example/evidence.pdf",
    evidenceSha256: "0x" + "11".repeat(32),
  });
  let admitted = false;
  for (const voter of args) {
    admitted = (await vote(api, dev(voter), index, true)).includes("MemberAdmitted") || admitted;
  }
  await api.disconnect();
  if (!admitted) throw new Error("the votes did not admit the candidate");
  return 1;
}

module.exports = { run };

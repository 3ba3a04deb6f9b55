// State across the runtime upgrade.
//
//   write          with the running runtime: Alice General Hospital opens a relationship with
//                  a new patient, and Dave, a candidate, proposes to join (nobody votes on it,
//                  so it stays open across the upgrade). Notes what they read. Returns 1.
//   check,<extra>  after the upgrade: the relationship, the patient's identity and an access
//                  decision read the same; Dave's proposal is unchanged except that the
//                  migration gave it <extra> more blocks, in the proposal and in the open list;
//                  the consortium's storage version went from 0 to 1. Returns 1.
//
// Alice's transaction is signed by `signerFor` for the running version: the helper stale.js
// later uses for the old version, shown here to sign what the chain accepts.
const { mnemonicGenerate } = require("@polkadot/util-crypto");
const m = require("./medrec.js");

// What the old runtime wrote, as the new one reads it at block `at`, encoded.
async function read(api, at, { patient, relationship, index }) {
  const hospital = m.dev("alice").address;
  const state = await api.at(at);
  const proposal = await state.query.consortium.proposals(index);
  if (proposal.isNone) throw new Error(`proposal ${index} is gone`);
  const { proposer, action, ayes, nays, expires } = proposal.unwrap();
  const open = (await state.query.consortium.openProposals()).find((p) => p.index.toNumber() === index);
  if (!open) throw new Error(`proposal ${index} is no longer open`);
  return {
    relationship: (await state.query.relationships.idToRelationship(relationship)).toHex(),
    pair: (await state.query.relationships.patientAndProviderToRelationship(patient, hospital)).toHex(),
    view: (await state.call.accessApi.relationships(patient)).toHex(),
    decision: (await state.call.accessApi.decide(hospital, patient, hospital, "Medications", "Treatment")).toHex(),
    identity: (await state.call.registryApi.identity(patient)).toHex(),
    proposal: [proposer, action, ayes, nays].map((field) => field.toHex()),
    expires: expires.toNumber(),
    openExpires: open.expires.toNumber(),
    storageVersion: await m.storageVersion(api, "Consortium", at),
  };
}

async function write(api, notes) {
  const hospital = m.dev("alice");
  const patient = m.keyring().addFromUri(mnemonicGenerate()).address;
  const { specVersion } = await m.runtimeVersion(api);
  const opened = await m.send(api, api.tx.relationships.openRelationship(patient), hospital.address, {
    signer: m.signerFor(api, hospital, specVersion),
  });
  const relationship = m.findEvent(opened, "relationships", "RelationshipOpened").data.relationship.toNumber();
  const candidate = m.dev("dave");
  const { keys, proof } = await m.rotateKeys(api, candidate.address);
  const index = await m.proposeJoin(api, candidate, {
    name: "Dave Community Hospital",
    gatekeeper: "https://gatekeeper.dave.example",
    keys,
    proof,
    evidenceUrl: "https://registry.example/dave-credentials.pdf",
    evidenceSha256: "0x" + "22".repeat(32),
  });
  const written = { patient, relationship, index };
  const before = await read(api, await api.rpc.chain.getBlockHash(), written);
  if (before.storageVersion !== 0) throw new Error(`the consortium's storage version is ${before.storageVersion} already`);
  notes.add({ written, before });
  return 1;
}

async function check(api, notes, extra) {
  const { written, before, upgradedAt } = notes.read();
  const best = await api.rpc.chain.getHeader();
  // The migration runs in the first block the new code executes: the one after the upgrade's.
  if (best.number.toNumber() <= upgradedAt) throw new Error(`#${best.number} is not past the upgrade (#${upgradedAt})`);
  const after = await read(api, best.hash, written);
  const differs = ["relationship", "pair", "view", "decision", "identity"].filter((k) => after[k] !== before[k]);
  if (JSON.stringify(after.proposal) !== JSON.stringify(before.proposal)) differs.push("proposal");
  if (differs.length) throw new Error(`changed across the upgrade: ${differs.join(", ")}`);
  for (const k of ["expires", "openExpires"]) {
    if (after[k] !== before[k] + extra) throw new Error(`${k}: ${before[k]} became ${after[k]}, not +${extra}`);
  }
  if (after.storageVersion !== 1) throw new Error(`the consortium's storage version is ${after.storageVersion}, not 1`);
  return 1;
}

async function run(nodeName, networkInfo, args) {
  const notes = m.notes(networkInfo, "upgrade");
  const api = await m.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    if (args[0] === "write") return await write(api, notes);
    if (args[0] === "check") return await check(api, notes, Number(args[1]));
    throw new Error(`unknown step ${args[0]}`);
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };

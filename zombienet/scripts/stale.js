// After a runtime upgrade: a transaction signed for the runtime before it (the spec version
// upgrade.js noted when proposing) is refused by the pool with a bad signature, since the version is part of
// what is signed; the same transaction signed the same way for the running version goes
// into a block. Returns 1.
const m = require("./medrec.js");

// Resolves with the pool's reason for refusing `promise`'s transaction, or rejects.
async function refusal(promise) {
  try {
    await promise;
  } catch (e) {
    return e.message;
  }
  throw new Error("the transaction was accepted");
}

async function run(nodeName, networkInfo) {
  const old = m.notes(networkInfo, "upgrade").read().specVersionBefore;
  if (old === undefined) throw new Error("no spec version noted before the upgrade");
  const alice = m.dev("alice");
  const api = await m.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    const { specVersion } = await m.runtimeVersion(api);
    if (specVersion === old) throw new Error(`the chain still runs spec version ${old}`);
    const remark = () => api.tx.system.remark(`signed for spec version ${specVersion}`);
    const why = await refusal(m.send(api, remark(), alice.address, { signer: m.signerFor(api, alice, old) }));
    if (!/bad signature/.test(why)) throw new Error(`signed for spec version ${old}: ${why}`);
    await m.send(api, remark(), alice.address, { signer: m.signerFor(api, alice, specVersion) });
    return 1;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };

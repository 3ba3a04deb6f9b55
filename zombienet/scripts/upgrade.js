// The consortium upgrades the runtime to the blob at $MEDREC_REHEARSAL_RUNTIME, one step per
// call (args[0]), each checking what it should have done and throwing otherwise:
//
//   propose,<member>  the member proposes the blob (hash and version read from it); alone it is
//                     not a majority: nothing is authorized, and the pool refuses the code.
//                     Returns 1.
//   vote,<member>     the member's aye passes the proposal: the chain authorizes the hash,
//                     with its version check. Returns 1.
//   other             the blob with one byte changed (another hash) is refused by the pool,
//                     and the authorization stands. Returns 1.
//   apply             submits the blob unsigned through this node and follows it to its block;
//                     returns the spec version the node runs once past that block.
//
// The steps share the proposal's index and the upgrade's block through notes in the
// network's directory.
const { readRuntime } = require("./runtime-blob.js");
const m = require("./medrec.js");

function blobPath() {
  const path = process.env.MEDREC_REHEARSAL_RUNTIME;
  if (!path) throw new Error("MEDREC_REHEARSAL_RUNTIME is not set (zombienet/run.sh sets it)");
  return path;
}

// The pool's refusal, as opposed to any other failure (a lost connection would also reject).
async function refusedByPool(promise) {
  try {
    await promise;
  } catch (e) {
    if (/Invalid Transaction/.test(e.message)) return e.message;
    throw e;
  }
  throw new Error("the code was accepted");
}

async function propose(api, runtime, member, notes) {
  const before = await m.runtimeVersion(api);
  if (runtime.specVersion <= before.specVersion) {
    throw new Error(`the blob is spec version ${runtime.specVersion}; the chain already runs ${before.specVersion}`);
  }
  const { index, authorized } = await m.proposeUpgrade(api, m.dev(member), runtime);
  const proposal = (await api.query.consortium.proposals(index)).unwrap();
  const upgrade = proposal.action.asUpgrade;
  if (upgrade.codeHash.toHex() !== runtime.codeHash || upgrade.specVersion.toNumber() !== runtime.specVersion) {
    throw new Error(`proposal ${index} names ${upgrade.codeHash.toHex()} v${upgrade.specVersion}`);
  }
  if (proposal.ayes.length !== 1) throw new Error(`proposal ${index} has ${proposal.ayes.length} ayes`);
  // One provider of three is no majority.
  if (authorized) throw new Error("one member's proposal authorized the upgrade");
  const now = await m.authorizedUpgrade(api);
  if (now !== null) throw new Error(`an upgrade is authorized already: ${JSON.stringify(now)}`);
  await refusedByPool(m.applyUpgrade(api, runtime.code));
  notes.add({ index, specVersionBefore: before.specVersion });
  return 1;
}

async function vote(api, runtime, member, notes) {
  const { index } = notes.read();
  const events = await m.vote(api, m.dev(member), index, true);
  if (!events.includes("UpgradeAuthorized")) throw new Error(`the vote did not pass it: ${events}`);
  const now = await m.authorizedUpgrade(api);
  if (!now || now.codeHash !== runtime.codeHash || !now.checkVersion || now.specVersion !== runtime.specVersion) {
    throw new Error(`authorized: ${JSON.stringify(now)}`);
  }
  return 1;
}

async function other(api, runtime) {
  const code = Buffer.from(runtime.code);
  code[code.length - 1] ^= 1;
  await refusedByPool(m.applyUpgrade(api, code));
  const now = await m.authorizedUpgrade(api);
  if (!now || now.codeHash !== runtime.codeHash) throw new Error(`authorized: ${JSON.stringify(now)}`);
  return 1;
}

async function apply(api, runtime, notes) {
  const applied = await m.applyUpgrade(api, runtime.code);
  if (!applied.applied) throw new Error(applied.reason);
  notes.add({ upgradedAt: applied.number });
  if ((await m.authorizedUpgrade(api, applied.blockHash)) !== null) {
    throw new Error("the authorization outlived its code");
  }
  // A 3 s slot or two for the next block, more if the nodes are slow to compile the new code.
  const header = await m.waitForRuntime(api, runtime.specVersion, applied.number, 60);
  return (await m.runtimeVersion(api, header.hash)).specVersion;
}

async function run(nodeName, networkInfo, args) {
  const [step, who] = args;
  const runtime = await readRuntime(blobPath());
  const notes = m.notes(networkInfo, "upgrade");
  const api = await m.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    switch (step) {
      case "propose":
        return await propose(api, runtime, who, notes);
      case "vote":
        return await vote(api, runtime, who, notes);
      case "other":
        return await other(api, runtime);
      case "apply":
        return await apply(api, runtime, notes);
      default:
        throw new Error(`unknown step ${step}`);
    }
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };

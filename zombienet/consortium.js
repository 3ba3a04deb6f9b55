#!/usr/bin/env node
// The consortium from an operator's shell: session keys, proposals, votes, status.
//
//   node consortium.js <command> --ws ws://127.0.0.1:9944 --suri <secret URI> [options]
//
//   keys                      new session keys in the node at --ws, with the proof that the
//                             --suri account holds them (prints JSON)
//   propose --name N --gatekeeper URL --evidence-url URL --evidence-sha256 0x..
//                             propose the --suri account (a candidate) with new keys from --ws
//   vote --index I [--nay]    vote aye (or nay) on proposal I
//   remove --member SS58      propose removing a member
//   rescind --index I         withdraw your own proposal
//   leave                     leave the consortium
//   status                    the runtime's version, members, validators, GRANDPA voters,
//                             the authorized upgrade if any, and open proposals
//
// Runtime upgrades (FILE is the runtime's compressed blob; its hash and version are read from it):
//
//   inspect-wasm --wasm FILE  the hash and version a proposal of FILE names (needs no chain)
//   propose-upgrade --wasm FILE [--spec-version V]
//                             propose upgrading to FILE; with --spec-version, only if FILE is V
//   vote --index I --wasm FILE
//                             vote aye on upgrade proposal I only if it names FILE's hash and
//                             version
//   apply-upgrade --wasm FILE submit FILE once the consortium has authorized it (unsigned: no
//                             --suri needed) and wait until the chain runs it
//
// The secret URI can also come from the MEDREC_SURI environment variable, which keeps it out
// of shell history.
const m = require("./scripts/medrec.js");
const { readRuntime } = require("./scripts/runtime-blob.js");

function options(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) throw new Error(`unexpected argument ${argv[i]}`);
    const key = argv[i].slice(2);
    o[key] = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : true;
  }
  return o;
}

function need(o, key) {
  if (o[key] === undefined || o[key] === true) throw new Error(`--${key} is required`);
  return o[key];
}

// An upgrade proposal's terms as a member compares them with the blob it built.
function upgradeTerms(action) {
  const { codeHash, specName, specVersion } = action.asUpgrade;
  return { codeHash: codeHash.toHex(), specName: specName.toUtf8(), specVersion: specVersion.toNumber() };
}

async function status(api) {
  const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
  const open = await api.query.consortium.openProposals();
  const proposals = [];
  for (const entry of open) {
    const p = (await api.query.consortium.proposals(entry.index)).unwrap();
    proposals.push({
      index: entry.index.toNumber(),
      proposer: entry.proposer.toString(),
      action: p.action.isUpgrade ? { upgrade: upgradeTerms(p.action) } : p.action.toHuman(),
      ayes: p.ayes.map(String),
      nays: p.nays.map(String),
      expires: p.expires.toNumber(),
    });
  }
  return {
    runtime: await m.runtimeVersion(api),
    authorizedUpgrade: await m.authorizedUpgrade(api),
    proposalLifetimeBlocks: api.consts.consortium.proposalLifetime.toNumber(),
    members: (await api.query.consortium.members()).map(String),
    validators: (await api.query.session.validators()).map(String),
    grandpaVotersAtFinalized: (await finalized.call.grandpaApi.grandpaAuthorities()).length,
    sessionLength: (await api.query.consortium.sessionLengthBlocks()).toNumber(),
    session: (await api.query.session.currentIndex()).toNumber(),
    proposals,
  };
}

// What a proposal of the blob at `path` names. Without the code in hand, members could vote
// only on a hash; with it, each checks the hash and version against the proposal.
async function inspect(path) {
  const { codeHash, specName, specVersion, transactionVersion, bytes } = await readRuntime(path);
  return { codeHash, specName, specVersion, transactionVersion, bytes };
}

// Refuses before the chain would, saying why in the operator's terms.
async function proposeUpgrade(api, o, signer) {
  const path = need(o, "wasm");
  const runtime = await readRuntime(path);
  if (o["spec-version"] !== undefined && Number(o["spec-version"]) !== runtime.specVersion) {
    throw new Error(`${path} is spec version ${runtime.specVersion}, not ${o["spec-version"]}: is it the release you mean?`);
  }
  const running = await m.runtimeVersion(api);
  if (runtime.specName !== running.specName) {
    throw new Error(`${path} is a "${runtime.specName}" runtime; this chain runs "${running.specName}"`);
  }
  if (runtime.specVersion <= running.specVersion) {
    throw new Error(
      `${path} is spec version ${runtime.specVersion}; the chain runs ${running.specVersion} already, ` +
        "and an upgrade must raise the version (was the release's spec_version bumped?)"
    );
  }
  const { index, expires, authorized } = await m.proposeUpgrade(api, signer, runtime);
  const { codeHash, specName, specVersion } = runtime;
  return { index, codeHash, specName, specVersion, expires, authorized };
}

// With --wasm, an aye only for the code the voter built itself.
async function checkVote(api, index, path) {
  const proposal = await api.query.consortium.proposals(index);
  if (proposal.isNone) throw new Error(`no open proposal ${index}`);
  const { action } = proposal.unwrap();
  if (!action.isUpgrade) throw new Error(`proposal ${index} is not a runtime upgrade; --wasm is for those`);
  const terms = upgradeTerms(action);
  const runtime = await readRuntime(path);
  if (terms.codeHash !== runtime.codeHash) {
    throw new Error(
      `proposal ${index} names code ${terms.codeHash}, and ${path} hashes to ${runtime.codeHash}: ` +
        "not the runtime you built; do not vote aye until they agree"
    );
  }
  if (terms.specVersion !== runtime.specVersion) {
    throw new Error(
      `proposal ${index} says spec version ${terms.specVersion}, and ${path} is ${runtime.specVersion}: ` +
        "were this code applied, the chain would refuse it and the vote would be void"
    );
  }
}

async function applyUpgrade(api, o) {
  const path = need(o, "wasm");
  const runtime = await readRuntime(path);
  const authorized = await m.authorizedUpgrade(api);
  if (authorized === null) {
    throw new Error(
      "no upgrade is authorized: the members have not voted one in yet (see status), " +
        "or its code was applied or refused already"
    );
  }
  if (authorized.codeHash !== runtime.codeHash) {
    throw new Error(
      `the members authorized code ${authorized.codeHash}, and ${path} hashes to ${runtime.codeHash}: ` +
        "the chain would not take it"
    );
  }
  if (authorized.specVersion !== null && authorized.specVersion !== runtime.specVersion) {
    throw new Error(
      `the members voted for spec version ${authorized.specVersion}, and ${path} is ${runtime.specVersion}: ` +
        "the chain would refuse it and void the vote, so it is not submitted"
    );
  }
  const applied = await m.applyUpgrade(api, runtime.code);
  if (!applied.applied) throw new Error(`block #${applied.number}: ${applied.reason}`);
  const running = await m.waitForRuntime(api, runtime.specVersion, applied.number, 120);
  return {
    appliedIn: applied.number,
    blockHash: applied.blockHash,
    codeHash: runtime.codeHash,
    specVersion: runtime.specVersion,
    runningAt: running.number.toNumber(),
  };
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const o = options(rest);
  if (command === "inspect-wasm") {
    console.log(JSON.stringify(await inspect(need(o, "wasm")), null, 2));
    return;
  }
  const api = await m.connect(o.ws || "ws://127.0.0.1:9944");
  const signer = () => m.keyring().addFromUri(o.suri || process.env.MEDREC_SURI || need(o, "suri"));
  let out;
  switch (command) {
    case "keys":
      out = await m.rotateKeys(api, signer().address);
      break;
    case "propose": {
      const who = signer();
      const { keys, proof } = await m.rotateKeys(api, who.address);
      const index = await m.proposeJoin(api, who, {
        name: need(o, "name"),
        gatekeeper: need(o, "gatekeeper"),
        keys,
        proof,
        evidenceUrl: need(o, "evidence-url"),
        evidenceSha256: need(o, "evidence-sha256"),
      });
      out = { index, candidate: who.address, keys };
      break;
    }
    case "vote": {
      const index = Number(need(o, "index"));
      if (o.wasm && !o.nay) await checkVote(api, index, o.wasm);
      out = { events: await m.vote(api, signer(), index, !o.nay) };
      break;
    }
    case "propose-upgrade":
      out = await proposeUpgrade(api, o, signer());
      break;
    case "apply-upgrade":
      out = await applyUpgrade(api, o);
      break;
    case "remove":
      out = { index: (await m.proposeRemoval(api, signer(), need(o, "member"))).index };
      break;
    case "rescind":
      await m.send(api, api.tx.consortium.rescind(Number(need(o, "index"))), signer());
      out = { rescinded: Number(o.index) };
      break;
    case "leave":
      await m.send(api, api.tx.consortium.leave(), signer());
      out = { left: signer().address };
      break;
    case "status":
      out = await status(api);
      break;
    default:
      throw new Error(`unknown command ${command}; see the top of consortium.js`);
  }
  console.log(JSON.stringify(out, null, 2));
  await api.disconnect();
}

// The transaction pool's refusals carry only a number; these are MedRec's
// (pallets/registrar/src/extension.rs and pallets/consortium/src/lib.rs name them).
const POOL_REFUSALS = {
  100: "the signing account is not registered on this chain: only members propose and vote",
  101: "the signing account has used up its transactions for now; try again in a minute",
  110: "this account already has an open proposal",
  111: "the consortium has as many open proposals as it allows",
  112: "only the proposer may rescind a proposal",
};

function explain(message) {
  const code = /Custom error: (\d+)/.exec(message);
  return code && POOL_REFUSALS[code[1]] ? `${message} (${POOL_REFUSALS[code[1]]})` : message;
}

main().catch((e) => {
  console.error(`error: ${explain(e.message)}`);
  process.exit(1);
});

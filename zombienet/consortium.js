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
//   status                    members, validators, GRANDPA voters and open proposals
//
// The secret URI can also come from the MEDREC_SURI environment variable, which keeps it out
// of shell history.
const m = require("./scripts/medrec.js");

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

async function status(api) {
  const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
  const open = await api.query.consortium.openProposals();
  const proposals = [];
  for (const entry of open) {
    const p = (await api.query.consortium.proposals(entry.index)).unwrap();
    proposals.push({
      index: entry.index.toNumber(),
      proposer: entry.proposer.toString(),
      action: p.action.toHuman(),
      ayes: p.ayes.map(String),
      nays: p.nays.map(String),
      expires: p.expires.toNumber(),
    });
  }
  return {
    members: (await api.query.consortium.members()).map(String),
    validators: (await api.query.session.validators()).map(String),
    grandpaVotersAtFinalized: (await finalized.call.grandpaApi.grandpaAuthorities()).length,
    sessionLength: (await api.query.consortium.sessionLengthBlocks()).toNumber(),
    session: (await api.query.session.currentIndex()).toNumber(),
    proposals,
  };
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const o = options(rest);
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
    case "vote":
      out = { events: await m.vote(api, signer(), Number(need(o, "index")), !o.nay) };
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

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});

// Shared helpers for the zombienet tests' signer scripts: a polkadot.js connection, the
// well-known development keys, and transactions submitted and followed to their block.
const fs = require("fs");
const path = require("path");
const { ApiPromise, WsProvider, Keyring } = require("@polkadot/api");
const { hexToU8a, u8aConcat, u8aToHex } = require("@polkadot/util");
const { blake2AsHex, cryptoWaitReady, xxhashAsU8a } = require("@polkadot/util-crypto");

async function connect(wsUri) {
  await cryptoWaitReady();
  // Fail at once, rather than retry for ever, when the node is not there.
  const provider = new WsProvider(wsUri, false);
  await provider.connect();
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
}

function keyring() {
  return new Keyring({ type: "sr25519" });
}

function dev(name) {
  const n = name.charAt(0).toUpperCase() + name.slice(1);
  return keyring().addFromUri(`//${n}`);
}

// Signs and submits `tx` (with no `signer`, submits it unsigned), resolves with the block that
// included it and the transaction's events there, `{ blockHash, events }`, and rejects if the
// dispatch failed or the pool refused it. A failed dispatch is named `section.Error` followed
// by the error's own documentation, so that an operator reads why, not just which. `options`
// go to polkadot.js's signAndSend (e.g. a `signer` that signs for another runtime version:
// `signerFor`).
function submit(api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    const follow = ({ status, txHash }) => {
      if (status.isInBlock) {
        unsub();
        const blockHash = status.asInBlock;
        eventsOf(api, blockHash, txHash)
          .then((events) => {
            const failed = findEvent(events, "system", "ExtrinsicFailed");
            if (failed) reject(dispatchFailure(failed.data.dispatchError));
            else resolve({ blockHash, events });
          })
          .catch(reject);
      } else if (status.isDropped || status.isInvalid || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
      }
    };
    (signer ? tx.signAndSend(signer, options, follow) : tx.send(follow))
      .then((u) => (unsub = u))
      .catch(reject);
  });
}

// The events of transaction `txHash` in block `blockHash`. A block is executed by its parent's
// runtime, so its events are decoded with the parent's metadata: polkadot.js's own reading
// takes the block's, which in the block that upgrades the runtime is the new one's, and fails
// ("Unable to decode storage system.events") or, worse, misreads.
async function eventsOf(api, blockHash, txHash) {
  const rpc = (method, params) => api._rpcCore.provider.send(method, params);
  const { block } = await rpc("chain_getBlock", [blockHash.toHex()]);
  const index = block.extrinsics.findIndex((xt) => blake2AsHex(xt, 256) === txHash.toHex());
  if (index < 0) throw new Error(`transaction ${txHash.toHex()} is not in block ${blockHash.toHex()}`);
  const parent = await api.at(block.header.parentHash);
  const entry = parent.query.system.events;
  const raw = await rpc("state_getStorage", [entry.key(), blockHash.toHex()]);
  const type = parent.registry.createLookupType(entry.creator.meta.type.asPlain);
  const records = parent.registry.createType(type, hexToU8a(raw));
  return records.filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.eqn(index));
}

// A failed dispatch in words: the error's name and its documentation, from the metadata of
// the runtime that raised it.
function dispatchFailure(error) {
  const e = error.isModule ? error.registry.findMetaError(error.asModule) : null;
  const docs = e && e.docs.length ? `: ${e.docs.join(" ").trim()}` : "";
  return new Error(e ? `${e.section}.${e.name}${docs}` : error.toString());
}

// `submit`, for callers that only need the events.
async function send(api, tx, signer, options) {
  return (await submit(api, tx, signer, options)).events;
}

function findEvent(events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  return found ? found.event : undefined;
}

// Waits until `predicate(header)` holds for a new best block, or `seconds` pass. Headers are
// judged one at a time, in order, and the subscription ends with the answer: a predicate still
// reading state when the caller disconnects would otherwise fail as an unhandled rejection
// ("disconnected ... Normal Closure"), which zombienet counts as the test failing.
function waitForHead(api, seconds, predicate) {
  return new Promise((resolve, reject) => {
    let done = false;
    let unsubscribe = null;
    let queue = Promise.resolve();
    const finish = (settle, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (unsubscribe) unsubscribe();
      settle(value);
    };
    const timer = setTimeout(() => finish(reject, new Error(`not within ${seconds} s`)), seconds * 1000);
    api.rpc.chain
      .subscribeNewHeads((header) => {
        queue = queue.then(async () => {
          if (done) return;
          try {
            if (await predicate(header)) finish(resolve, header);
          } catch (e) {
            finish(reject, e);
          }
        });
      })
      .then((u) => {
        unsubscribe = u;
        if (done) u();
      })
      .catch((e) => finish(reject, e));
  });
}

// The Aura slot `header`'s block was authored in, from its pre-runtime digest (a BigInt).
function auraSlot(api, header) {
  const preRuntime = header.digest.logs.find(
    (log) => log.isPreRuntime && log.asPreRuntime[0].toString() === "aura"
  );
  if (!preRuntime) throw new Error(`block #${header.number} has no Aura slot`);
  return api.createType("u64", preRuntime.asPreRuntime[1]).toBigInt();
}

// The account that authored block `hash`: Aura's slot picks an authority, and the session
// pallet lists the validators' accounts in the same order.
async function authorOf(api, hash) {
  const header = await api.rpc.chain.getHeader(hash);
  const slot = auraSlot(api, header);
  const validators = await (await api.at(header.parentHash)).query.session.validators();
  return validators[Number(slot % BigInt(validators.length))].toString();
}

module.exports = { connect, dev, submit, send, findEvent, waitForHead, auraSlot, authorOf, keyring };

// New session keys in the node behind `api`, with the proof that `account` holds them
// (`author_rotateKeysWithOwner`, which polkadot.js does not define yet).
async function rotateKeys(api, account) {
  const owner = api.createType("AccountId", account).toHex();
  return api._rpcCore.provider.send("author_rotateKeysWithOwner", [owner]);
}

// `signer` proposes to join with `keys`/`proof`; resolves with the proposal's index.
async function proposeJoin(api, signer, { name, gatekeeper, keys, proof, evidenceUrl, evidenceSha256 }) {
  const events = await send(
    api,
    api.tx.consortium.proposeJoin(name, gatekeeper, keys, proof, evidenceUrl, evidenceSha256),
    signer
  );
  return findEvent(events, "consortium", "JoinProposed").data.index.toNumber();
}

// `signer` proposes removing `member`; resolves with the proposal's index and its events.
async function proposeRemoval(api, signer, member) {
  const events = await send(api, api.tx.consortium.proposeRemoval(member), signer);
  return { index: findEvent(events, "consortium", "RemovalProposed").data.index.toNumber(), events };
}

// `signer` votes; resolves with the names of the consortium events the vote caused.
async function vote(api, signer, index, aye) {
  const events = await send(api, api.tx.consortium.vote(index, aye), signer);
  return events.filter(({ event }) => event.section === "consortium").map(({ event }) => event.method);
}

module.exports.rotateKeys = rotateKeys;
module.exports.proposeJoin = proposeJoin;
module.exports.proposeRemoval = proposeRemoval;
module.exports.vote = vote;

// Runtime upgrades. The consortium votes on a runtime by its code's hash and version
// (`consortium.propose_upgrade`, then `vote`); once a majority has voted it in, anyone submits
// the code itself, unsigned (`system.apply_authorized_upgrade`), and it runs from the block
// after the one that includes it.

// The runtime version at block `hash` (default: the best block).
async function runtimeVersion(api, hash) {
  // An explicit `undefined` would be sent as the zero hash, a block no node has.
  const v = await (hash ? api.rpc.state.getRuntimeVersion(hash) : api.rpc.state.getRuntimeVersion());
  return {
    specName: v.specName.toString(),
    specVersion: v.specVersion.toNumber(),
    transactionVersion: v.transactionVersion.toNumber(),
  };
}

// A polkadot.js signer (`send(api, tx, pair.address, { signer })`) that signs every payload
// for runtime `specVersion`, whatever the chain runs, as a wallet that has not noticed an
// upgrade would. For the running version it signs exactly what polkadot.js would.
function signerFor(api, pair, specVersion) {
  return {
    signPayload: async (payload) => {
      const signed = api.registry.createType(
        "ExtrinsicPayload",
        { ...payload, specVersion },
        { version: payload.version }
      );
      return { id: 0, signature: signed.sign(pair).signature };
    },
  };
}

// `signer`, a member, proposes a runtime by its hash, spec name and version (as runtime-blob.js's
// `readRuntime` reads them from the blob); resolves with the proposal's index, the last block
// it can be voted on, and whether it passed at once (a consortium of one).
async function proposeUpgrade(api, signer, { codeHash, specName, specVersion }) {
  const events = await send(api, api.tx.consortium.proposeUpgrade(codeHash, specName, specVersion), signer);
  const proposed = findEvent(events, "consortium", "UpgradeProposed").data;
  return {
    index: proposed.index.toNumber(),
    expires: proposed.expires.toNumber(),
    authorized: findEvent(events, "consortium", "UpgradeAuthorized") !== undefined,
  };
}

// The code hash the chain has authorized, if any, with the version the members voted for and
// their proposal: `{ codeHash, checkVersion, specVersion, proposal }`, or null.
async function authorizedUpgrade(api, at) {
  const query = at ? await api.at(at) : api;
  const authorized = await query.query.system.authorizedUpgrade();
  if (authorized.isNone) return null;
  const { codeHash, checkVersion } = authorized.unwrap();
  // Runtimes before 103 had no consortium vote on upgrades, and no release to read.
  const release = query.query.consortium.authorizedRelease
    ? await query.query.consortium.authorizedRelease()
    : null;
  const voted = release && release.isSome && release.unwrap().codeHash.eq(codeHash) ? release.unwrap() : null;
  return {
    codeHash: codeHash.toHex(),
    checkVersion: checkVersion.isTrue,
    specVersion: voted ? voted.specVersion.toNumber() : null,
    proposal: voted ? voted.proposal.toNumber() : null,
  };
}

// What applying code did, from the events of its transaction: the code is in
// (`system.CodeUpdated`), or the chain refused it; either way the authorization is spent.
function upgradeOutcome(events) {
  if (findEvent(events, "system", "CodeUpdated")) return { applied: true };
  const refused = findEvent(events, "consortium", "UpgradeRefused");
  if (refused) {
    const { voted, found } = refused.data;
    const carried = found.isSome ? `spec version ${found.unwrap()}` : "no readable version";
    return {
      applied: false,
      reason:
        `the members voted for spec version ${voted}, and this code carries ${carried}: ` +
        "nothing changed, and the vote is void (propose the right version again)",
    };
  }
  const rejected = findEvent(events, "system", "RejectedInvalidAuthorizedUpgrade");
  if (rejected) {
    const why = dispatchFailure(rejected.data.error).message;
    return { applied: false, reason: `the chain refused the code (${why}); the authorization is void` };
  }
  return { applied: false, reason: "the transaction was included but changed no code" };
}

// Submits `code` unsigned, as anyone may once its hash is authorized, and follows it to its
// block: `{ blockHash, number, applied, reason }`. The pool refuses code whose hash is not
// the authorized one ("Invalid Transaction"), so that such code never reaches a block.
async function applyUpgrade(api, code) {
  // As hex: polkadot.js would read a bare Uint8Array as already SCALE-encoded (length first).
  const tx = api.tx.system.applyAuthorizedUpgrade(u8aToHex(code));
  const { blockHash, events } = await submit(api, tx);
  const number = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  return { blockHash: blockHash.toHex(), number, ...upgradeOutcome(events) };
}

// Waits until the best block is past block `after` (the one that applied the code: the new
// runtime executes from the next block on) and its runtime is `specVersion`; resolves with
// that block's header.
function waitForRuntime(api, specVersion, after, seconds) {
  return waitForHead(api, seconds, async (header) => {
    if (header.number.toNumber() <= after) return false;
    return (await runtimeVersion(api, header.hash)).specVersion === specVersion;
  });
}

// Pallet `pallet`'s storage version on chain at block `at` (0 when never written), which a
// migration moves on. polkadot.js has no query for it: this reads frame_support's key,
// twox128(pallet name) ++ twox128(":__STORAGE_VERSION__:"), a little-endian u16.
async function storageVersion(api, pallet, at) {
  const key = u8aToHex(u8aConcat(xxhashAsU8a(pallet, 128), xxhashAsU8a(":__STORAGE_VERSION__:", 128)));
  const raw = await api._rpcCore.provider.send("state_getStorage", at ? [key, at.toString()] : [key]);
  // From bytes: polkadot.js would read a hex string as a big-endian number.
  return raw === null ? 0 : api.createType("u16", hexToU8a(raw)).toNumber();
}

// Notes one step of a zombienet test leaves for the next (a JSON file in the network's
// directory): `notes(networkInfo, name).read()`, `.add({ ... })`.
function notes(networkInfo, name) {
  const file = path.join(networkInfo.tmpDir, `medrec-${name}.json`);
  const read = () => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {});
  return { read, add: (fields) => fs.writeFileSync(file, JSON.stringify({ ...read(), ...fields })) };
}

module.exports.runtimeVersion = runtimeVersion;
module.exports.signerFor = signerFor;
module.exports.proposeUpgrade = proposeUpgrade;
module.exports.authorizedUpgrade = authorizedUpgrade;
module.exports.upgradeOutcome = upgradeOutcome;
module.exports.applyUpgrade = applyUpgrade;
module.exports.waitForRuntime = waitForRuntime;
module.exports.storageVersion = storageVersion;
module.exports.notes = notes;

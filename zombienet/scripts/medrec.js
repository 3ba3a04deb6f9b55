// Shared helpers for the zombienet tests' signer scripts: a polkadot.js connection, the
// well-known development keys, and transactions submitted and followed to their block.
const { ApiPromise, WsProvider, Keyring } = require("@polkadot/api");
const { cryptoWaitReady } = require("@polkadot/util-crypto");

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

// Signs and submits `tx`, resolves with the events of the block that included it, and
// rejects if the dispatch failed or the pool refused it.
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        const e = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule) : null;
        reject(new Error(e ? `${e.section}.${e.name}` : dispatchError.toString()));
      } else if (status.isInBlock) {
        unsub();
        resolve(events);
      } else if (status.isDropped || status.isInvalid || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
      }
    })
      .then((u) => (unsub = u))
      .catch(reject);
  });
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

// The account that authored block `hash`: Aura's slot picks an authority, and the session
// pallet lists the validators' accounts in the same order.
async function authorOf(api, hash) {
  const header = await api.rpc.chain.getHeader(hash);
  const preRuntime = header.digest.logs.find(
    (log) => log.isPreRuntime && log.asPreRuntime[0].toString() === "aura"
  );
  const slot = api.createType("u64", preRuntime.asPreRuntime[1]).toBigInt();
  const validators = await (await api.at(header.parentHash)).query.session.validators();
  return validators[Number(slot % BigInt(validators.length))].toString();
}

module.exports = { connect, dev, send, findEvent, waitForHead, authorOf, keyring };

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

// MedRec's precompiles end to end: a patient links an Ethereum key with polkadot.js, then
// grants and revokes with ethers through IMedRecAccess; a Solidity 0.8 contract (compiled here
// by npm solc) reads the registry, the access decision and a SHA-256 pointer, and is refused
// when it tries to write. `run.sh` starts the node and eth-rpc and sets both URLs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ApiPromise, WsProvider, Keyring } from "@polkadot/api";
import { u8aToHex, stringToU8a } from "@polkadot/util";
import { Contract, ContractFactory, JsonRpcProvider, Wallet, sha256, toUtf8Bytes } from "ethers";
import { abiText, compile, interfaceAbis } from "../solidity.js";

const ethUrl = process.env.MEDREC_ETH_RPC ?? "http://127.0.0.1:8545";
const nodeUrl = process.env.MEDREC_NODE_WS ?? "ws://127.0.0.1:9944";
const provider = new JsonRpcProvider(ethUrl, undefined, { staticNetwork: true, pollingInterval: 500 });

const REGISTRY = "0x000000000000000000000000000000000D010000";
const ACCESS = "0x000000000000000000000000000000000D020000";
const MEDICATIONS = 2;
const TREATMENT = 0;
const DAY = 86_400_000n;

// Hardhat keys 0 (Alice General Hospital), 1 (Bob Family Clinic), 2 (Dave Pharmacy), linked
// at genesis; key 3 is linked to the patient Eve by this test.
const hospital = new Wallet("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", provider);
const pharmacy = new Wallet("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", provider);
const eveWallet = new Wallet("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", provider);

// MedRec's transaction extensions, as polkadot.js must encode them (see apps/client's
// extensions.ts): the registrar's CheckMember and the EVM's are empty, its CheckNonce a
// compact nonce.
const empty = { extrinsic: {}, payload: {} };
const signedExtensions = {
  CheckMember: empty,
  CheckNonce: { extrinsic: { nonce: "Compact<Index>" }, payload: {} },
  CheckEvm: empty,
  ChargeEthGas: empty,
  EthSetOrigin: empty,
};

let api;
let alice, eve;
const compiled = compile();

before(async () => {
  api = await ApiPromise.create({ provider: new WsProvider(nodeUrl), signedExtensions, noInitWarn: true });
  const keyring = new Keyring({ type: "sr25519" });
  alice = keyring.addFromUri("//Alice");
  eve = keyring.addFromUri("//Eve");
});

after(async () => {
  await api?.disconnect();
  provider.destroy();
});

/** Submits `tx` signed by `pair`, resolves with its events once finalized, rejects with the
 * module error's name if it failed. */
function submit(tx, pair) {
  return new Promise((resolve, reject) => {
    let unsub;
    tx.signAndSend(pair, ({ status, dispatchError, events }) => {
      if (dispatchError) {
        unsub?.();
        const detail = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule).name : dispatchError.toString();
        reject(new Error(`${tx.method.section}.${tx.method.method}: ${detail}`));
      } else if (status.isFinalized) {
        unsub?.();
        resolve(events);
      }
    })
      .then((u) => (unsub = u))
      .catch(reject);
  });
}

const b32 = (pair) => u8aToHex(pair.publicKey);

async function eveHasALinkedKeyAndAliceHoldsHerMedications() {
  await submit(api.tx.relationships.openRelationship(eve.address), alice);
  const id = (await api.query.relationships.patientAndProviderToRelationship(eve.address, alice.address)).unwrap();
  await submit(api.tx.relationships.acceptRelationship(id), eve);
  // The registrar's link message, signed with personal_sign as any Ethereum wallet does.
  const genesis = api.genesisHash.toHex().slice(2);
  const message = `MedRec: link this Ethereum address to account ${u8aToHex(eve.publicKey)} on chain 0x${genesis}`;
  const signature = await eveWallet.signMessage(stringToU8a(message));
  await submit(api.tx.registrar.linkEthAddress(eveWallet.address, signature), eve);
  const digest = sha256(toUtf8Bytes("Eve's medication list at Alice General Hospital"));
  await submit(api.tx.relationships.setPointer(id, 2, "Medications", digest), alice);
  return { relationship: id.toBigInt(), digest };
}

test("the published ABI files are what solc makes of the interfaces", () => {
  for (const { name, file, abi } of interfaceAbis()) {
    assert.equal(readFileSync(file, "utf8"), abiText(abi), `${name}.json is stale: run node evm-compat/e2e/abi.mjs`);
  }
});

test("a patient grants and revokes with an Ethereum key; a Solidity 0.8 contract reads and cannot write", async () => {
  const { relationship, digest } = await eveHasALinkedKeyAndAliceHoldsHerMedications();
  const abi = (name) => compiled[`${name}.sol:${name}`].abi;
  const registry = new Contract(REGISTRY, abi("IMedRecRegistry"), provider);
  const access = new Contract(ACCESS, abi("IMedRecAccess"), eveWallet);

  // Nothing is deployed there; the stub pallet-revive answers lets Solidity's code-size check pass.
  assert.equal(await provider.getCode(ACCESS), "0x60006000fd");

  // The registry: who is who, with Ethereum addresses as MedRec identities.
  const bob = new Keyring({ type: "sr25519" }).addFromUri("//Bob");
  const dave = new Keyring({ type: "sr25519" }).addFromUri("//Dave");
  assert.equal(await registry.identityOf(eveWallet.address), b32(eve));
  assert.equal(await registry.identityOf(pharmacy.address), b32(dave));
  assert.equal(await registry.roleOf(b32(eve)), 1n, "a patient");
  assert.equal(await registry.roleOf(b32(dave)), 3n, "a pharmacy");
  const [name] = await registry.profileOf(b32(alice));
  assert.equal(name, "Alice General Hospital");
  assert.equal(await registry.isConsortiumMember(b32(alice)), true);
  // Linking gave Eve's key its gas credit: ethers estimates and sends at once.
  assert.ok((await provider.getBalance(eveWallet.address)) > 0n);

  // Her relationship and its SHA-256 pointer, as bytes32.
  const rels = await access.relationshipsOf(b32(eve));
  assert.deepEqual(rels.map((r) => [r.id, r.provider, r.active, r.pointers.length]), [[relationship, b32(alice), true, 1]]);
  const [found, onChain] = await access.pointer(b32(eve), b32(alice), 2);
  assert.equal(found, true);
  assert.equal(onChain, digest);

  // The desk, a Solidity 0.8 contract, deployed by the hospital.
  const desk = await new ContractFactory(
    compiled["examples/RefillDesk.sol:RefillDesk"].abi,
    compiled["examples/RefillDesk.sol:RefillDesk"].bytecode,
    hospital,
  ).deploy();
  await desk.waitForDeployment();
  const asPharmacy = desk.connect(pharmacy);
  const [before, code] = await desk.mayReadMedications(pharmacy.address, b32(eve), b32(alice));
  assert.deepEqual([before, code], [false, 4n], "no grant yet");
  await assert.rejects(asPharmacy.requestRefill.staticCall(b32(eve), b32(alice), 2), (e) => e.revert?.name === "NotAllowed");

  // Eve grants Dave Pharmacy her medications for 30 days, from her Ethereum wallet.
  const now = BigInt(Date.now());
  const grant = [b32(eve), b32(dave), true, 0n, 1 << MEDICATIONS, TREATMENT, 0n, now + 30n * DAY];
  const grantId = await access.grant.staticCall(...grant);
  const receipt = await (await access.grant(...grant)).wait();
  assert.equal(receipt.status, 1);
  const granted = receipt.logs.map((l) => access.interface.parseLog(l)).find((e) => e?.name === "Granted");
  assert.equal(granted.args.grantId, grantId);
  assert.equal(granted.args.viewer, b32(dave));
  const native = (await api.query.relationships.patientToGrants(eve.address)).toJSON();
  assert.equal(native.length, 1, "the grant is the native pallet's");
  assert.equal(native[0].grantedBy, eve.address);

  // The pharmacy's refill goes through, recording the digest it relied on.
  assert.deepEqual([...(await desk.mayReadMedications(pharmacy.address, b32(eve), b32(alice)))], [true, 2n]);
  const refill = await (await asPharmacy.requestRefill(b32(eve), b32(alice), 2)).wait();
  const event = refill.logs.map((l) => desk.interface.parseLog(l)).find((e) => e?.name === "RefillRequested");
  assert.equal(event.args.recordDigest, digest);
  assert.equal(event.args.pharmacy, b32(dave));
  assert.equal(await desk.refills(b32(eve)), 1n);

  // A contract never writes in anyone's name.
  await assert.rejects(desk.connect(eveWallet).grantFor.staticCall(b32(eve)), (e) => {
    assert.match(e.reason ?? e.message, /caller is not linked to an identity/);
    return true;
  });

  // Another provider cannot grant for Eve: the pallet's rule, with its name.
  const byClinic = new Contract(ACCESS, abi("IMedRecAccess"), new Wallet("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", provider));
  await assert.rejects(byClinic.grant.staticCall(...grant), (e) => {
    assert.match(e.reason ?? e.message, /MedRec: NotAuthorized/);
    return true;
  });

  // Eve revokes; the desk is refused from the next block.
  const revoked = await (await access.revoke(b32(eve), grantId)).wait();
  assert.equal(revoked.status, 1);
  assert.deepEqual([...(await desk.mayReadMedications(pharmacy.address, b32(eve), b32(alice)))], [false, 4n]);
  await assert.rejects(asPharmacy.requestRefill.staticCall(b32(eve), b32(alice), 2), (e) => e.revert?.name === "NotAllowed");

  // Groups and the dead-man switch, from the same wallet.
  const groupId = await access.createGroup.staticCall(b32(eve), [b32(bob)]);
  await (await access.createGroup(b32(eve), [b32(bob)])).wait();
  const groups = await access.groupsOf(b32(eve));
  assert.deepEqual(groups.map((g) => [g.id, [...g.members]]), [[groupId, [b32(bob)]]]);
  await (await access.setDeadManSwitch(7n * DAY, [b32(bob)], 1 << MEDICATIONS)).wait();
  const [set, timeout, , fired] = await access.deadManSwitchOf(b32(eve));
  assert.deepEqual([set, timeout, fired], [true, 7n * DAY, false]);
  await (await access.checkIn()).wait();
});

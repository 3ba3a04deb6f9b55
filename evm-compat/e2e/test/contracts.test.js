// The seven 2018 MedRec contracts, deployed from their truffle artifacts byte for byte and
// driven with ethers v6 over Ethereum JSON-RPC (eth-rpc in front of a real medrec-node), and
// the refusals an Ethereum wallet meets on MedRec. `run.sh` starts the network and sets
// MEDREC_ETH_RPC.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ContractFactory, JsonRpcProvider, Wallet, parseEther, getCreateAddress } from "ethers";

const url = process.env.MEDREC_ETH_RPC ?? "http://127.0.0.1:8545";
const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 500 });

// Hardhat/Anvil test keys 0-2, linked at genesis (dev preset) to Alice General Hospital, Bob
// Family Clinic and Dave Pharmacy.
const KEYS = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
];
const [hospital, clinic, pharmacy] = KEYS.map((k) => new Wallet(k, provider));

function artifact(name) {
  const file = new URL(`../../fixtures/medrec-2018/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8"));
}

async function deploy(name, signer, ...args) {
  const a = artifact(name);
  const contract = await new ContractFactory(a.abi, a.bytecode, signer).deploy(...args);
  await contract.waitForDeployment();
  const address = await contract.getAddress();
  assert.equal(await provider.getCode(address), a.deployedBytecode, `${name}: eth_getCode is the artifact's runtime bytecode`);
  return contract;
}

// Sends a transaction and requires its receipt to say it succeeded.
async function ok(pending) {
  const receipt = await (await pending).wait();
  assert.equal(receipt.status, 1);
  return receipt;
}

test("the chain answers as an Ethereum network", async () => {
  const network = await provider.getNetwork();
  assert.equal(network.chainId, 633732n);
  const first = await provider.getBlockNumber();
  assert.ok(first >= 0);
  const fee = await provider.getFeeData();
  assert.ok(fee.gasPrice > 0n, "a positive gas price");
  const history = await provider.send("eth_feeHistory", ["0x2", "latest", [50]]);
  assert.ok(Array.isArray(history.baseFeePerGas) && history.baseFeePerGas.length > 0);
  // Gas credit: the linked keys hold it, a stranger holds nothing.
  assert.ok((await provider.getBalance(hospital.address)) > parseEther("1"));
  assert.equal(await provider.getBalance(Wallet.createRandom().address), 0n);
  const block = await provider.getBlock("latest");
  assert.ok(block.hash && block.number >= first);
});

test("the seven 2018 contracts deploy unchanged and run", async () => {
  // AgentRegistry: names, hosts, propose / vote / kick, and its AddSigner events in the logs.
  const agent = await deploy("Agent", hospital);
  const registry = await deploy("AgentRegistry", hospital, "Alice General Hospital", await agent.getAddress(), "http://127.0.0.1:7070");
  assert.equal(await registry.getNumSigners(), 1n);
  await ok(registry.connect(clinic).propose("Bob Family Clinic"));
  const voted = await ok(registry.vote(clinic.address, true));
  const added = voted.logs.map((log) => registry.interface.parseLog(log)).filter((e) => e?.name === "AddSigner");
  assert.deepEqual(added.map((e) => e.args.addr), [clinic.address]);
  await ok(registry.connect(pharmacy).propose("Dave Pharmacy"));
  await ok(registry.vote(pharmacy.address, true));
  assert.equal(await registry.getNumSigners(), 3n);
  await ok(registry.kick(pharmacy.address));
  await ok(registry.connect(clinic).vote(pharmacy.address, true));
  assert.equal(await registry.isSigner(pharmacy.address), false);
  const logs = await provider.getLogs({
    address: await registry.getAddress(),
    topics: [registry.interface.getEvent("RemoveSigner").topicHash],
    fromBlock: 0,
  });
  assert.equal(logs.length, 1);
  assert.equal(await registry.getAgentName(clinic.address), "Bob Family Clinic");
  await ok(registry.connect(clinic).setAgentHost("https://clinic.example"));
  assert.equal(await registry.getAgentHost(clinic.address), "https://clinic.example");
  // A require() revert reaches the wallet as a call exception.
  await assert.rejects(registry.connect(pharmacy).vote.staticCall(clinic.address, false), { code: "CALL_EXCEPTION" });

  // Agent custodians and relationships; Relationship viewer groups, viewers and terminate.
  await ok(agent.addCustodian(clinic.address));
  assert.equal(await agent.getNumCustodians(), 1n);
  const relationship = await deploy("Relationship", pharmacy, hospital.address);
  await ok(agent.addRelationship(await relationship.getAddress()));
  assert.equal(await agent.getNumRelationships(), 1n);
  await ok(relationship.addViewerGroup());
  await ok(relationship.addViewer("Bob Family Clinic", 0, clinic.address, "enc:host"));
  assert.equal(await relationship.isViewer(clinic.address), true);
  assert.equal(await relationship.getViewerName(clinic.address), "Bob Family Clinic");
  await ok(relationship.removeViewer(0, clinic.address));
  assert.equal(await relationship.isViewer(clinic.address), false);
  await ok(relationship.connect(hospital).terminate());
  // EIP-6780: the code stays and keeps answering.
  assert.equal(await provider.getCode(await relationship.getAddress()), artifact("Relationship").deployedBytecode);

  const allAccess = await deploy("AllAccessRelationship", pharmacy);
  await ok(allAccess.Relationship(hospital.address));
  await ok(allAccess.addViewer("Bob", clinic.address));
  assert.equal(await allAccess.getNumViewers(), 1n);
  const group = await deploy("AgentGroup", hospital);
  await ok(group.addAgent(await agent.getAddress()));
  assert.equal(await group.getNumAgents(), 2n);

  // DeadmanSwitch: alive within its timeout after a touch (seconds, as in 2018).
  const deadman = await deploy("DeadmanSwitch", pharmacy);
  await ok(deadman.setTimeout(3600));
  await ok(deadman.touch());
  assert.equal(await deadman.isAlive(), true);
  assert.equal(await deadman.timeout(), 3600n);

  const migrations = await deploy("Migrations", hospital);
  await ok(migrations.setCompleted(7));
  assert.equal(await migrations.last_completed_migration(), 7n);
});

test("receipts, blocks and addresses are Ethereum's", async () => {
  const nonce = await provider.getTransactionCount(hospital.address);
  const expected = getCreateAddress({ from: hospital.address, nonce });
  const a = artifact("Agent");
  const contract = await new ContractFactory(a.abi, a.bytecode, hospital).deploy();
  const receipt = await contract.deploymentTransaction().wait();
  assert.equal(receipt.contractAddress, expected);
  assert.equal(await provider.getTransactionCount(hospital.address), nonce + 1);
  const byHash = await provider.getTransactionReceipt(receipt.hash);
  assert.equal(byHash.blockHash, receipt.blockHash);
  const block = await provider.getBlock(receipt.blockNumber);
  assert.ok(block.transactions.includes(receipt.hash));
  assert.equal((await provider.getBlock(receipt.blockHash)).number, receipt.blockNumber);
  const gas = await provider.estimateGas({ from: hospital.address, to: expected, data: contract.interface.encodeFunctionData("getNumCustodians") });
  assert.ok(gas > 0n);
});

test("an unlinked wallet, value and raw runtime calls are refused", async () => {
  // Linked to no MedRec identity: refused before the pool, whatever gas it offers.
  const stranger = Wallet.createRandom(provider);
  const a = artifact("Agent");
  const price = (await provider.getFeeData()).gasPrice;
  // eth-rpc reports the pool's refusal as JSON-RPC error 1010, "Invalid Transaction" (the
  // runtime's reason, Custom(100), is asserted in runtime/tests/evm.rs).
  const refusedByThePool = (e) => e?.error?.code === 1010 && /Invalid Transaction/.test(e.error.message);
  await assert.rejects(
    stranger.sendTransaction({ data: a.bytecode, gasLimit: 5_000_000n, gasPrice: price, chainId: 633732n, nonce: 0 }),
    refusedByThePool,
  );
  assert.equal(await provider.getTransactionCount(stranger.address), 0);
  // No value moves: credit cannot be sent.
  const before = await provider.getBalance(clinic.address);
  await assert.rejects(
    hospital.sendTransaction({ to: clinic.address, value: 1n, gasLimit: 1_000_000n, gasPrice: price }),
    refusedByThePool,
  );
  assert.equal(await provider.getBalance(clinic.address), before);
  // pallet-revive's runtime-call address would dispatch any call as the signer.
  const nonce = await provider.getTransactionCount(hospital.address);
  await assert.rejects(
    hospital.sendTransaction({ to: "0x6d6f646c70792f70616464720000000000000000", data: "0x0000", gasLimit: 1_000_000n, gasPrice: price }),
    refusedByThePool,
  );
  assert.equal(await provider.getTransactionCount(hospital.address), nonce, "nothing was included");
});

test.after(() => provider.destroy());

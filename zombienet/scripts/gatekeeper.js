// A gatekeeper running across the runtime upgrade: Alice General Hospital's, against her node.
//
//   start   starts the gatekeeper (this build's, beside $MEDREC_NODE) on free loopback ports,
//           seeds the demo's patients over it (`gatekeeper demo`: Eve's records, her grant to
//           Bob Family Clinic), and reads Eve's medications as Bob with `gatekeeper client`,
//           which decrypts the answer and checks it against the chain. Returns 1.
//   read    the same read, with the gatekeeper still running from before the upgrade.
//           Returns 1 if it is served and checks out; 2 if the gatekeeper refuses it with an
//           error that names both runtime versions (failing closed, as the gatekeeper issue
//           will make exact); throws otherwise.
//   stop    stops it. Returns 1.
//
// The gatekeeper is wrapped in `timeout`, so that a test that fails before `stop` leaves no
// process behind for long.
const { spawn, execFile } = require("child_process");
const fs = require("fs");
const net = require("net");
const path = require("path");
const m = require("./medrec.js");

const bin = (name) => path.join(path.dirname(process.env.MEDREC_NODE), name);
const READ = "/fhir/MedicationRequest?patient=eve";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function exec(file, args) {
  return new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 16 << 20, timeout: 300_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code ?? 1 : 0, stdout, stderr }),
    );
  });
}

async function waitHealthy(url, log, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch (_) {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the gatekeeper did not answer in ${seconds} s: ${fs.readFileSync(log, "utf8").slice(-2000)}`);
}

async function read(node, url) {
  return exec(bin("gatekeeper"), ["client", "--url", url, "--node", node, "--key", "//Bob", "get", READ]);
}

async function start(node, notes, dir) {
  const [port, admin] = [await freePort(), await freePort()];
  const log = path.join(dir, "gatekeeper-alice.log");
  const out = fs.openSync(log, "a");
  const child = spawn(
    "timeout",
    [
      "900",
      bin("gatekeeper"),
      "--provider-key", "//Alice",
      "--node", node,
      "--database", `sqlite://${path.join(dir, "gatekeeper-alice.sqlite")}?mode=rwc`,
      "--listen", `127.0.0.1:${port}`,
      "--admin-listen", `127.0.0.1:${admin}`,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  child.unref();
  const url = `http://127.0.0.1:${port}`;
  notes.add({ pid: child.pid, url, log });
  await waitHealthy(url, log, 120);
  const demo = await exec(bin("gatekeeper"), ["demo", "--node", node, "--admin", `http://127.0.0.1:${admin}`]);
  if (demo.status !== 0) throw new Error(`the demo seeding failed: ${demo.stderr}`);
  const before = await read(node, url);
  if (before.status !== 0 || !before.stdout.includes('"MedicationRequest"')) {
    throw new Error(`Bob's read failed before the upgrade: ${before.stderr}`);
  }
  return 1;
}

async function readAfter(node, notes) {
  const { url, log } = notes.read();
  const after = await read(node, url);
  if (after.status === 0) {
    if (!after.stdout.includes('"MedicationRequest"')) throw new Error(`no MedicationRequest in: ${after.stdout.slice(0, 600)}`);
    if (!after.stderr.includes("match the chain's pointers")) throw new Error(`not checked against the chain: ${after.stderr}`);
    return 1;
  }
  if (/\b103\b/.test(after.stderr) && /\b104\b/.test(after.stderr)) return 2;
  throw new Error(`the read across the upgrade failed, naming neither version: ${after.stderr}\n` +
    fs.readFileSync(log, "utf8").slice(-2000));
}

function stop(notes) {
  const { pid } = notes.read();
  // `timeout`'s process group: the gatekeeper with it.
  try {
    process.kill(-pid, "SIGTERM");
  } catch (_) {
    // Already gone.
  }
  return 1;
}

async function run(nodeName, networkInfo, args) {
  const notes = m.notes(networkInfo, "gatekeeper");
  const node = networkInfo.nodesByName[nodeName].wsUri;
  if (args[0] === "start") return start(node, notes, networkInfo.tmpDir);
  if (args[0] === "read") return readAfter(node, notes);
  if (args[0] === "stop") return stop(notes);
  throw new Error(`unknown step ${args[0]}`);
}

module.exports = { run };

// Watches args[1] new blocks and returns how many of them args[0] authored.
const { connect, dev, waitForHead, authorOf } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const [who, count] = [dev(args[0]).address, Number(args[1])];
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  let seen = 0;
  let authored = 0;
  await waitForHead(api, 30 * count, async (header) => {
    if ((await authorOf(api, header.hash)) === who) authored += 1;
    seen += 1;
    return seen >= count;
  });
  await api.disconnect();
  return authored;
}

module.exports = { run };

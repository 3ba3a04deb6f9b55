// Watches up to args[1] new blocks and returns how many of them args[0] authored. With
// args[2], stops as soon as args[0] has authored that many: "at least 1 of the next 16" is
// settled by the first block it authors, and waiting out the other fifteen only costs time.
const { connect, dev, waitForHead, authorOf } = require("./medrec.js");

async function run(nodeName, networkInfo, args) {
  const [who, count] = [dev(args[0]).address, Number(args[1])];
  const enough = args[2] === undefined ? Infinity : Number(args[2]);
  const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
  let seen = 0;
  let authored = 0;
  // Aura's 3 s slots; a missed slot (an authority down) makes a block take longer.
  await waitForHead(api, 6 * count, async (header) => {
    if ((await authorOf(api, header.hash)) === who) authored += 1;
    seen += 1;
    return seen >= count || authored >= enough;
  });
  await api.disconnect();
  return authored;
}

module.exports = { run };

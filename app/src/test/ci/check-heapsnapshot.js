// Reads a .heapsnapshot with the independent `v8-heapsnapshot` parser and checks its node and edge counts.
// usage: node check-heapsnapshot.js FILE NODES EDGES
const v8hs = require("v8-heapsnapshot");
const fs = require("fs");
const [file, wantNodes, wantEdges] = process.argv.slice(2);
v8hs.parseSnapshot(fs.readFileSync(file, "utf8")).then(s => {
  console.log(`${file}: ${s.nodes.length} nodes, ${s.edges.length} edges`);
  if (s.nodes.length !== Number(wantNodes)) { console.error(`expected ${wantNodes} nodes`); process.exit(1); }
  if (s.edges.length !== Number(wantEdges)) { console.error(`expected ${wantEdges} edges`); process.exit(1); }
}).catch(e => { console.error(`${file}: v8-heapsnapshot cannot parse it: ${e}`); process.exit(1); });

// Reads a GcScope .heapsnapshot with the independent v8-heapsnapshot parser and compares its node and
// edge counts with the GcScope JSON snapshot of the same program state:
//   nodes = heap objects + synthetic roots (+ the one synthetic root node that anchors them)
//   edges = references between objects + root edges
// Usage: node check.js FILE.heapsnapshot FILE.json
const v8hs = require("v8-heapsnapshot");
const fs = require("fs");

async function main() {
    const [hsFile, jsonFile] = process.argv.slice(2);
    const snap = await v8hs.parseSnapshotFromFile(hsFile);
    const ours = JSON.parse(fs.readFileSync(jsonFile, "utf8")).snapshot;
    const objects = ours.heap.objects.filter(o => o.colour !== "FREED");
    const live = new Set(objects.map(o => o.address));
    let refs = 0;
    for (const o of objects) for (const f of o.fields) if (f.ref !== 0 && live.has(f.ref)) refs++;
    const roots = ours.roots.filter(r => live.has(r.address) || r.address === 0 ? r.address !== 0 : true);
    const nodeCount = snap.nodes.length;
    const edgeCount = snap.edges.length;
    const synthetic = snap.nodes.filter(n => n.type === "synthetic").length;
    console.log(`${hsFile}: ${nodeCount} nodes (${synthetic} synthetic), ${edgeCount} edges; ` +
        `JSON: ${objects.length} objects, ${ours.roots.length} roots, ${refs} references`);
    const fail = (m) => { console.error("heapsnapshot check FAILED: " + m); process.exit(1); };
    if (nodeCount - synthetic !== objects.length) fail(`object nodes ${nodeCount - synthetic} != objects ${objects.length}`);
    if (synthetic < 1) fail("no synthetic root node");
    if (edgeCount < refs) fail(`edges ${edgeCount} < references ${refs}`);
    for (const n of snap.nodes) if (n.type !== "synthetic" && typeof n.name !== "string") fail("node without a name");
}
main().catch(e => { console.error("heapsnapshot check FAILED: " + e.message); process.exit(1); });

package gcscope.vm.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcscope.vm.heap.Colour;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapSnapshotExporterTest {
    private final JsonNode doc;
    private final VmSnapshot snapshot = SnapshotFixtures.sample();

    HeapSnapshotExporterTest() throws Exception {
        doc = new ObjectMapper().readTree(new HeapSnapshotExporter().write(snapshot));
    }

    private List<String> strings() {
        List<String> out = new ArrayList<>();
        doc.get("strings").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void metaDescribesNodeAndEdgeFieldsAsDevToolsExpects() {
        JsonNode meta = doc.path("snapshot").path("meta");
        assertEquals("type", meta.path("node_fields").get(0).asText());
        assertEquals("edge_count", meta.path("node_fields").get(4).asText());
        assertEquals("to_node", meta.path("edge_fields").get(2).asText());
        assertTrue(meta.path("node_types").get(0).isArray());
        assertTrue(meta.path("edge_types").get(0).isArray());
    }

    @Test
    void nodeCountIsLiveObjectsPlusSyntheticRoots() {
        long live = snapshot.heap().objects().stream().filter(o -> o.colour() != Colour.FREED).count();
        int roots = snapshot.roots().size();
        int nodeFields = doc.path("snapshot").path("meta").path("node_fields").size();
        assertEquals(live + roots + 1, doc.path("snapshot").path("node_count").asLong());
        assertEquals((live + roots + 1) * nodeFields, doc.get("nodes").size());
    }

    @Test
    void edgeCountIsRootEdgesPlusResolvedReferences() {
        // sample(): 3 roots; references 4112->4160, 4160->4192, 4192->4232, 4192->4096, 4232->4192 (interior)
        int expected = 3 + 3 + 5;
        assertEquals(expected, doc.path("snapshot").path("edge_count").asInt());
        assertEquals(expected * 3, doc.get("edges").size());
    }

    @Test
    void edgeCountsOfNodesAddUpAndTargetsAreNodeOffsets() {
        JsonNode nodes = doc.get("nodes");
        JsonNode edges = doc.get("edges");
        int nf = 7, sum = 0;
        for (int i = 0; i < nodes.size(); i += nf) sum += nodes.get(i + 4).asInt();
        assertEquals(edges.size() / 3, sum);
        for (int e = 0; e < edges.size(); e += 3) {
            int to = edges.get(e + 2).asInt();
            assertEquals(0, to % nf);
            assertTrue(to < nodes.size());
        }
    }

    @Test
    void rootsAreSyntheticNodesNamedByFiberFrameAndSlot() {
        JsonNode nodes = doc.get("nodes");
        List<String> s = strings();
        int synthetic = HeapSnapshotExporter.NODE_TYPES.indexOf("synthetic");
        assertEquals(synthetic, nodes.get(7).asInt());
        String name = s.get(nodes.get(7 + 1).asInt());
        assertEquals("(root) fiber 0 / frame 0 foo / slot 0 s", name);
        assertTrue(s.contains("(root) global root"));
    }
}

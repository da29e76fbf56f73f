package gcscope.views.heapgraph;

import gcscope.views.Snapshots;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphLayoutTest {
    @Test
    void layeredLayoutPlacesEveryNodeWithoutOverlap() {
        HeapGraph g = HeapGraph.of(Snapshots.bigList(30), 100);
        Map<String, NodeBox> boxes = GraphLayout.layered(g);
        assertEquals(g.nodes().size(), boxes.size());
        var list = boxes.values().stream().toList();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                NodeBox a = list.get(i), b = list.get(j);
                boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertTrue(!overlap, "nodes " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void referencesFlowRightFromTheRoot() {
        HeapGraph g = HeapGraph.of(Snapshots.listProgram().get(2), 100);
        Map<String, NodeBox> boxes = GraphLayout.layered(g);
        assertTrue(boxes.get("r-0-0-0").x() < boxes.get(HeapGraph.objectId(4120)).x());
        assertTrue(boxes.get(HeapGraph.objectId(4120)).x() < boxes.get(HeapGraph.objectId(4096)).x());
    }

    @Test
    void existingNodesKeepTheirPlacesWhenTheGraphGrows() {
        var steps = Snapshots.listProgram();
        Map<String, NodeBox> first = GraphLayout.stable(HeapGraph.of(steps.get(1), 100), Map.of());
        Map<String, NodeBox> second = GraphLayout.stable(HeapGraph.of(steps.get(2), 100), first);
        String old = HeapGraph.objectId(4096);
        assertEquals(first.get(old).x(), second.get(old).x());
        assertEquals(first.get(old).y(), second.get(old).y());
        assertTrue(second.containsKey(HeapGraph.objectId(4120)), "the new node is placed");
    }
}

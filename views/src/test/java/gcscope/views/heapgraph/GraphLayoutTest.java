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
    void referencesFlowDownFromTheRoot() {
        HeapGraph g = HeapGraph.of(Snapshots.listProgram().get(2), 100);
        Map<String, NodeBox> boxes = GraphLayout.layered(g);
        assertTrue(boxes.get("r-0-0-0").y() < boxes.get(HeapGraph.objectId(4120)).y());
        assertTrue(boxes.get(HeapGraph.objectId(4120)).y() < boxes.get(HeapGraph.objectId(4096)).y());
    }

    @Test
    void aLongChainWrapsToAboutThePanelsShape() {
        HeapGraph g = HeapGraph.of(Snapshots.bigList(80), 1000);
        for (double aspect : new double[]{0.8, 1.6}) {
            Map<String, NodeBox> boxes = GraphLayout.stable(g, Map.of(), aspect);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (NodeBox b : boxes.values()) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.x() + b.width());
                maxY = Math.max(maxY, b.y() + b.height());
            }
            double shape = (maxX - minX) / (maxY - minY);
            // unwrapped, 80 nodes in a column would be about 1:30
            assertTrue(shape > aspect / 3 && shape < aspect * 3, "width/height " + shape + " for a panel of " + aspect);
            for (NodeBox a : boxes.values()) {
                for (NodeBox b : boxes.values()) {
                    if (a != b) assertTrue(!GraphLayout.overlaps(a, b), a + " overlaps " + b);
                }
            }
        }
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

    @Test
    void aLongChainOfTypesIsWrappedToFitANarrowPanel() {
        java.util.List<GraphNode> nodes = new java.util.ArrayList<>();
        java.util.List<GraphEdge> edges = new java.util.ArrayList<>();
        nodes.add(new GraphNode("roots", 0, "roots", "10 roots", gcscope.vm.heap.Colour.BLACK, true, 1));
        String prev = "roots";
        for (int k = 0; k < 9; k++) {
            String id = HeapGraph.typeId("main.T" + k);
            nodes.add(new GraphNode(id, 0, "main.T" + k + " \u00D7100", "100 objects, 3200 B", gcscope.vm.heap.Colour.BLACK, false, 100));
            edges.add(new GraphEdge(prev, id, "", 100));
            prev = id;
        }
        Map<String, NodeBox> boxes = GraphLayout.layered(new HeapGraph(nodes, edges, true));
        double w = boxes.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        double h = boxes.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
        assertEquals(nodes.size(), boxes.size());
        assertTrue(w < 4 * h, "wrapped into rows: " + w + " x " + h);
    }
}

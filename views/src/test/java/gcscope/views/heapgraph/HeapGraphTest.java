package gcscope.views.heapgraph;

import gcscope.views.Snapshots;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapGraphTest {
    @Test
    void objectsBecomeNodesReferencesEdgesAndStackSlotsRootAnchors() {
        VmSnapshot s = Snapshots.listProgram().get(2);
        HeapGraph g = HeapGraph.of(s, 100);
        assertFalse(g.aggregated());
        assertEquals(3, g.nodes().size(), "one root anchor and two objects");
        GraphNode root = g.node("r-0-0-0");
        assertNotNull(root);
        assertTrue(root.root());
        assertEquals(Colour.GRAY, g.node(HeapGraph.objectId(4120)).colour());
        assertTrue(g.edges().contains(new GraphEdge(HeapGraph.objectId(4120), HeapGraph.objectId(4096), "Next", 1)));
        assertTrue(g.edges().contains(new GraphEdge("r-0-0-0", HeapGraph.objectId(4120), "", 1)));
    }

    @Test
    void aggregatesByTypeAboveTheThreshold() {
        VmSnapshot s = Snapshots.bigList(50);
        HeapGraph g = HeapGraph.of(s, 10);
        assertTrue(g.aggregated());
        GraphNode nodes = g.node("t:Node");
        assertEquals(50, nodes.count());
        assertEquals(Colour.BLACK, nodes.colour(), "a group shows the most advanced mark of its members");
        assertTrue(g.edges().stream().anyMatch(e -> e.from().equals("t:Node") && e.to().equals("t:Node") && e.count() == 49));
    }

    @Test
    void nodeIdsStayTheSameWhileTheObjectLives() {
        var steps = Snapshots.listProgram();
        HeapGraph a = HeapGraph.of(steps.get(1), 100);
        HeapGraph b = HeapGraph.of(steps.get(2), 100);
        assertNotNull(a.node(HeapGraph.objectId(4096)));
        assertNotNull(b.node(HeapGraph.objectId(4096)));
    }
}

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

    /** {@code s} with the object at {@code index} replaced. */
    private static VmSnapshot withObject(VmSnapshot s, int index, gcscope.vm.snapshot.ObjectView o) {
        java.util.List<gcscope.vm.snapshot.ObjectView> objs = new java.util.ArrayList<>(s.heap().objects());
        objs.set(index, o);
        return Snapshots.at(s.step() + 1, 4, 1, 4096 + 24L * (objs.size() - 1), objs.size(), objs);
    }

    @Test
    void aScalarWriteKeepsTheByTypeOverview() {
        VmSnapshot a = Snapshots.bigList(50);
        VmSnapshot b = withObject(a, 7, Snapshots.node(4096 + 24L * 7, 700, 4096 + 24L * 6, a.heap().objects().get(7).colour()));
        assertEquals(HeapGraph.SAME_GROUPS, HeapGraph.compareGroups(a.heap().objects(), b.heap().objects()));
        assertEquals(HeapGraph.of(a, 10), HeapGraph.of(b, 10), "and the overview made afresh is indeed the same");
    }

    @Test
    void aPointerWriteOrANewObjectMakesTheOverviewAfresh() {
        VmSnapshot a = Snapshots.bigList(50);
        VmSnapshot b = withObject(a, 7, Snapshots.node(4096 + 24L * 7, 7, 0, a.heap().objects().get(7).colour()));
        assertEquals(HeapGraph.OTHER_GROUPS, HeapGraph.compareGroups(a.heap().objects(), b.heap().objects()));
        assertEquals(HeapGraph.OTHER_GROUPS, HeapGraph.compareGroups(a.heap().objects(), Snapshots.bigList(51).heap().objects()));
    }

    @Test
    void recolouringKeepsTheGroupsAndRecolorsOnlyTheirMarks() {
        // no black member: the group is white until the collector blackens one of its objects
        java.util.List<gcscope.vm.snapshot.ObjectView> white = new java.util.ArrayList<>();
        for (int k = 0; k < 20; k++) white.add(Snapshots.node(4096 + 24L * k, k, k == 0 ? 0 : 4096 + 24L * (k - 1), Colour.WHITE0));
        VmSnapshot a = Snapshots.at(1, 4, 1, 4096 + 24L * 19, 20, white);
        VmSnapshot b = withObject(a, 3, Snapshots.node(4096 + 24L * 3, 3, 4096 + 24L * 2, Colour.BLACK));
        assertEquals(HeapGraph.SAME_GROUPS_OTHER_MARKS, HeapGraph.compareGroups(a.heap().objects(), b.heap().objects()));
        HeapGraph before = HeapGraph.of(a, 10);
        HeapGraph after = HeapGraph.remarked(before, b.heap().objects());
        assertEquals(Colour.WHITE0, before.node("t:Node").colour());
        assertEquals(Colour.BLACK, after.node("t:Node").colour());
        assertEquals(HeapGraph.of(b, 10), after, "the same as the overview made afresh");
        assertTrue(HeapGraph.remarked(after, b.heap().objects()) == after, "unchanged marks: the same graph");
    }
}

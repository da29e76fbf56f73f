package gcscope.views.heapgraph;

import gcscope.views.Snapshots;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggregation, expansion, stable positions with a column of roots, search and the list's diffing, without a window. */
class HeapGraphViewModelTest {
    @Test
    void aGroupCountsItsObjectsAndBytesAndTheCountIsNotPartOfTheStructure() {
        HeapGraph g = HeapGraph.of(Snapshots.bigList(500), HeapGraph.DEFAULT_AGGREGATE_ABOVE);
        assertTrue(g.aggregated(), "500 objects are more than the default threshold");
        GraphNode nodes = g.node(HeapGraph.typeId("Node"));
        assertEquals(500, nodes.count());
        assertTrue(nodes.detail().contains("500 objects") && nodes.detail().contains(500 * 24 + " B"), nodes.detail());
        HeapGraph bigger = HeapGraph.of(Snapshots.bigList(501), HeapGraph.DEFAULT_AGGREGATE_ABOVE);
        assertEquals(ids(g), ids(bigger), "one more object of a shown type adds no node: no new layout");
    }

    @Test
    void expandingATypeShowsItsObjectsOneByOneAndKeepsTheRestGrouped() {
        VmSnapshot s = Snapshots.bigList(500);
        HeapGraph g = HeapGraph.expanded(s, "Node", 20);
        long detailed = g.nodes().stream().filter(n -> n.address() != 0).count();
        assertEquals(20, detailed);
        GraphNode rest = g.node(HeapGraph.typeId("Node"));
        assertEquals(480, rest.count());
        assertTrue(rest.title().contains("more"), rest.title());
        long first = 4096, second = 4096 + 24;
        assertTrue(g.edges().contains(new GraphEdge(HeapGraph.objectId(second), HeapGraph.objectId(first), "Next", 1)),
                "a reference between two shown objects keeps its field name");
        assertTrue(g.edges().stream().anyMatch(e -> e.from().equals(HeapGraph.typeId("Node")) && e.to().equals(HeapGraph.objectId(4096 + 24L * 19))),
                "the group's reference into a shown object");
    }

    @Test
    void rootAnchorsFormOneColumnLeftOfTheObjectsWithoutOverlapAndObjectsKeepTheirPlaces() {
        VmSnapshot a = withRoots(Snapshots.bigList(12), 4096 + 24L * 11, 4096 + 24L * 11, 4096);
        Map<String, NodeBox> first = GraphLayout.stable(HeapGraph.of(a, 100), Map.of());
        List<ObjectView> more = new ArrayList<>(a.heap().objects());
        more.add(Snapshots.node(4096 + 24L * 12, 12, 4096 + 24L * 11, Colour.WHITE0));
        VmSnapshot b = withRoots(Snapshots.at(11, 4, 1, 0, 0, more), 4096 + 24L * 12, 4096 + 24L * 11, 4096, 4096 + 24L * 5);
        HeapGraph gb = HeapGraph.of(b, 100);
        Map<String, NodeBox> second = GraphLayout.stable(gb, first);
        for (String id : first.keySet()) {
            if (id.startsWith("o")) {
                assertEquals(first.get(id).x(), second.get(id).x(), id);
                assertEquals(first.get(id).y(), second.get(id).y(), id);
            }
        }
        List<NodeBox> roots = new ArrayList<>();
        double leftmostObject = Double.POSITIVE_INFINITY, rootX = Double.NaN;
        for (GraphNode n : gb.nodes()) {
            NodeBox box = second.get(n.id());
            assertNotNull(box, n.id());
            if (n.root()) {
                if (!Double.isNaN(rootX)) assertEquals(rootX, box.x(), "one column");
                rootX = box.x();
                roots.add(box);
            } else {
                leftmostObject = Math.min(leftmostObject, box.x());
            }
        }
        assertEquals(4, roots.size());
        assertTrue(rootX + GraphLayout.ROOT_WIDTH < leftmostObject, "left of every object");
        List<NodeBox> all = new ArrayList<>(second.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) assertFalse(GraphLayout.overlaps(all.get(i), all.get(j)), i + " and " + j + " overlap");
        }
    }

    @Test
    void searchFindsByAddressVariableTypeAndValue() {
        VmSnapshot s = Snapshots.bigList(50);
        long last = 4096 + 24L * 49;
        assertEquals(List.of(4096L + 24), HeapSearch.findAll(s, "0x" + Long.toHexString(4096 + 24 + 8), 10), "an interior address");
        assertEquals(List.of(last), HeapSearch.findAll(s, "head", 10), "the object a variable holds");
        assertEquals(List.of(4096L + 24 * 7), HeapSearch.findAll(s, "Node{7}", 10), "by shown value");
        assertEquals(50, HeapSearch.findAll(s, "node", 100).size(), "by type name");
        assertEquals(List.of(), HeapSearch.findAll(s, "0x1", 10), "no object there");
    }

    @Test
    void theHeapListIsUntouchedWhenTheHeapDidNotChangeAndReplacesOnlyChangedRows() {
        HeapListModel m = new HeapListModel();
        VmSnapshot a = Snapshots.bigList(1000);
        m.update(null, a);
        int[] changes = new int[1];
        List<Integer> replaced = new ArrayList<>();
        m.rows().addListener((ListChangeListener<HeapRow>) c -> {
            changes[0]++;
            while (c.next()) if (c.wasReplaced()) replaced.add(c.getFrom());
        });
        VmSnapshot same = Snapshots.at(11, 4, 1, 0, 0, a.heap().objects());
        HeapRow before = m.rows().get(10);
        m.update(a, new VmSnapshot(11, same.status(), same.fibers(), same.globals(), a.heap(), same.roots(), same.gc(),
                List.of(), List.of(), null, "", "", -1));
        assertEquals(0, changes[0], "same heap view: no change event");
        assertSame(before, m.rows().get(10));
        List<ObjectView> objs = new ArrayList<>(a.heap().objects());
        objs.set(10, Snapshots.node(objs.get(10).address(), 10, objs.get(10).fields().get(1).ref(), Colour.GRAY));
        VmSnapshot b = Snapshots.at(12, 4, 1, 0, 0, objs);
        HeapRow eleven = m.rows().get(11);
        m.update(a, b);
        assertEquals(List.of(10), replaced, "only the recoloured row");
        assertTrue(m.rows().get(10).recoloured());
        assertSame(eleven, m.rows().get(11), "an unchanged object keeps its row");
        assertEquals(10, m.indexOf(objs.get(10).address() + 8), "binary search finds interior addresses");
        m.update(b, Snapshots.at(13, 4, 1, 0, 0, objs));
        assertFalse(m.rows().get(10).recoloured(), "the flag lasts one step");
    }

    private static List<String> ids(HeapGraph g) {
        return g.nodes().stream().map(GraphNode::id).toList();
    }

    /** The snapshot with stack roots in slots 0.. holding the given addresses. */
    private static VmSnapshot withRoots(VmSnapshot s, long... addresses) {
        List<SlotView> slots = new ArrayList<>();
        for (int i = 0; i < addresses.length; i++) slots.add(Snapshots.slot(i, SlotType.GCREF, addresses[i], "v" + i));
        return Snapshots.at(s.step(), 4, 1, slots, s.heap().objects(), List.of());
    }
}

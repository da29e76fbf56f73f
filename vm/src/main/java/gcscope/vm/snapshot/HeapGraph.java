package gcscope.vm.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The object graph of a snapshot as index arrays: node {@code i} is the i-th live object (freed
 * tombstones excluded) in address order; {@code edges(i)} lists the nodes its reference fields point
 * at (interior pointers resolved to the enclosing object; references to no live object are kept
 * apart as dangling). Roots are the snapshot's {@link RootRef}s that resolve to a live object.
 */
public final class HeapGraph {
    /** One resolved reference: from node, field name, to node. */
    public record Edge(int from, String field, int to) {
    }

    private final VmSnapshot snapshot;
    private final List<ObjectView> nodes;
    private final Map<Long, Integer> indexByAddress = new HashMap<>();
    private final List<List<Edge>> out = new ArrayList<>();
    private final List<RootRef> roots = new ArrayList<>();
    private final List<Integer> rootTargets = new ArrayList<>();
    private int danglingCount;

    public HeapGraph(VmSnapshot snapshot) {
        this.snapshot = snapshot;
        this.nodes = snapshot.heap().objects().stream().filter(o -> o.colour() != gcscope.vm.heap.Colour.FREED).toList();
        for (int i = 0; i < nodes.size(); i++) indexByAddress.put(nodes.get(i).address(), i);
        for (int i = 0; i < nodes.size(); i++) {
            List<Edge> es = new ArrayList<>();
            for (FieldView f : nodes.get(i).fields()) {
                if (f.ref() == 0) continue;
                int to = resolve(f.ref());
                if (to < 0) danglingCount++;
                else es.add(new Edge(i, f.name(), to));
            }
            out.add(Collections.unmodifiableList(es));
        }
        for (RootRef r : snapshot.roots()) {
            int to = resolve(r.address());
            if (to >= 0) {
                roots.add(r);
                rootTargets.add(to);
            }
        }
    }

    public VmSnapshot snapshot() { return snapshot; }

    public int size() { return nodes.size(); }

    public ObjectView node(int i) { return nodes.get(i); }

    public List<Edge> edges(int i) { return out.get(i); }

    public int edgeCount() { return out.stream().mapToInt(List::size).sum(); }

    /** References (fields) whose target is no live object: wild or freed. */
    public int danglingCount() { return danglingCount; }

    /** Roots that point at a live object, in snapshot order. */
    public List<RootRef> roots() { return Collections.unmodifiableList(roots); }

    /** The node each of {@link #roots()} points at. */
    public int rootTarget(int rootIndex) { return rootTargets.get(rootIndex); }

    /** The node of the live object containing {@code address}, or -1. */
    public int resolve(long address) {
        ObjectView o = snapshot.heap().objectAt(address);
        if (o == null) return -1;
        Integer i = indexByAddress.get(o.address());
        return i == null ? -1 : i;
    }

    /** A person-readable name for a root: "fiber 0 / frame 1 main / slot 2 xs", "global root". */
    public String rootLabel(RootRef r) {
        if (!r.source().equals("stack")) return r.source() + (r.name().isEmpty() ? "" : " " + r.name());
        String fn = "?";
        for (FiberView f : snapshot.fibers()) {
            if (f.id() != r.fiber()) continue;
            for (FrameView fr : f.frames()) if (fr.depth() == r.frame()) fn = fr.function();
        }
        return "fiber " + r.fiber() + " / frame " + r.frame() + " " + fn + " / slot " + r.slot()
                + (r.name().isEmpty() ? "" : " " + r.name());
    }
}

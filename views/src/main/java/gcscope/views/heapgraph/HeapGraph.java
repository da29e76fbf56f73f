package gcscope.views.heapgraph;

import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.RootRef;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object graph of one snapshot: objects as nodes, references as edges, roots as anchor nodes.
 * Beyond {@code aggregateAbove} objects the graph is aggregated: one node per type name (with the
 * count and the darkest mark present), one edge per pair of types.
 */
public record HeapGraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean aggregated) {
    public static final int DEFAULT_AGGREGATE_ABOVE = 2000;

    public HeapGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static String objectId(long address) {
        return "o" + Long.toHexString(address);
    }

    public static HeapGraph of(VmSnapshot s, int aggregateAbove) {
        return s.heap().objects().size() > aggregateAbove ? aggregatedOf(s) : detailedOf(s);
    }

    static HeapGraph detailedOf(VmSnapshot s) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (ObjectView o : s.heap().objects()) {
            nodes.add(new GraphNode(objectId(o.address()), o.address(), titleOf(o),
                    String.format("0x%x  %dB", o.address(), o.sizeBytes()) + (o.summary().isEmpty() ? "" : "  " + o.summary()),
                    o.colour(), false, 1));
            for (FieldView f : o.fields()) {
                if (f.ref() == 0) continue;
                ObjectView target = s.heap().objectAt(f.ref());
                if (target != null) edges.add(new GraphEdge(objectId(o.address()), objectId(target.address()), f.name(), 1));
            }
        }
        Map<String, GraphNode> rootNodes = new LinkedHashMap<>();
        for (RootRef r : s.roots()) {
            ObjectView target = s.heap().objectAt(r.address());
            if (target == null) continue;
            String id = rootId(r);
            rootNodes.putIfAbsent(id, new GraphNode(id, 0, rootTitle(r), r.source(), Colour.BLACK, true, 1));
            edges.add(new GraphEdge(id, objectId(target.address()), "", 1));
        }
        List<GraphNode> all = new ArrayList<>(rootNodes.values());
        all.addAll(nodes);
        return new HeapGraph(all, edges, false);
    }

    /**
     * The detailed graph of one object's neighbourhood: the object, what it references, what references
     * it, and the roots that point at it (how a large, aggregated heap is expanded on demand).
     */
    public static HeapGraph neighbourhood(VmSnapshot s, long address) {
        ObjectView centre = s.heap().objectAt(address);
        if (centre == null) return new HeapGraph(List.of(), List.of(), false);
        java.util.Set<Long> keep = new java.util.LinkedHashSet<>();
        keep.add(centre.address());
        for (FieldView f : centre.fields()) {
            ObjectView t = f.ref() == 0 ? null : s.heap().objectAt(f.ref());
            if (t != null) keep.add(t.address());
        }
        for (ObjectView o : s.heap().objects()) {
            for (FieldView f : o.fields()) {
                if (f.ref() != 0 && f.ref() >= centre.address() && f.ref() < centre.address() + Math.max(8, centre.sizeBytes())) {
                    keep.add(o.address());
                    break;
                }
            }
        }
        List<ObjectView> objs = new ArrayList<>();
        for (long a : keep) objs.add(s.heap().objectAt(a));
        objs.sort(java.util.Comparator.comparingLong(ObjectView::address));
        List<RootRef> roots = s.roots().stream().filter(r -> s.heap().objectAt(r.address()) == centre).toList();
        VmSnapshot part = new VmSnapshot(s.step(), s.status(), List.of(), List.of(),
                new gcscope.vm.snapshot.HeapView(objs, 0, 0, objs.size()), roots, s.gc(), List.of(), List.of(), null, "", "", -1);
        return detailedOf(part);
    }

    static HeapGraph aggregatedOf(VmSnapshot s) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Colour> darkest = new LinkedHashMap<>();
        Map<Long, String> typeOf = new java.util.HashMap<>();
        for (ObjectView o : s.heap().objects()) {
            String t = titleOf(o);
            typeOf.put(o.address(), t);
            counts.computeIfAbsent(t, k -> new int[1])[0]++;
            darkest.merge(t, o.colour(), HeapGraph::darker);
        }
        Map<String, Integer> edgeCounts = new LinkedHashMap<>();
        for (ObjectView o : s.heap().objects()) {
            for (FieldView f : o.fields()) {
                if (f.ref() == 0) continue;
                ObjectView target = s.heap().objectAt(f.ref());
                if (target == null) continue;
                edgeCounts.merge("t:" + typeOf.get(o.address()) + "\u0000t:" + typeOf.get(target.address()), 1, Integer::sum);
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        Map<String, Integer> rootCounts = new LinkedHashMap<>();
        for (RootRef r : s.roots()) {
            ObjectView target = s.heap().objectAt(r.address());
            if (target != null) rootCounts.merge("t:" + typeOf.get(target.address()), 1, Integer::sum);
        }
        if (!rootCounts.isEmpty()) nodes.add(new GraphNode("roots", 0, "roots", s.roots().size() + " roots", Colour.BLACK, true, 1));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int n = e.getValue()[0];
            nodes.add(new GraphNode("t:" + e.getKey(), 0, e.getKey() + " \u00D7" + n, n + " objects",
                    darkest.get(e.getKey()), false, Math.max(2, n)));
        }
        List<GraphEdge> edges = new ArrayList<>();
        rootCounts.forEach((to, n) -> edges.add(new GraphEdge("roots", to, "", n)));
        edgeCounts.forEach((k, n) -> {
            String[] ft = k.split("\u0000");
            edges.add(new GraphEdge(ft[0], ft[1], "", n));
        });
        return new HeapGraph(nodes, edges, true);
    }

    /** The node id of the root anchor for a root reference. */
    public static String rootId(RootRef r) {
        return r.source().equals("stack") ? "r-" + r.fiber() + "-" + r.frame() + "-" + r.slot() : "r-" + r.source() + "-" + r.name().replaceAll("[^A-Za-z0-9_]", "_");
    }

    static String rootTitle(RootRef r) {
        if (r.source().equals("stack")) {
            String n = r.name() == null || r.name().isEmpty() ? "slot " + r.slot() : r.name();
            return "f" + r.fiber() + "#" + r.frame() + " " + n;
        }
        return r.name() == null || r.name().isEmpty() ? r.source() : r.name().startsWith(r.source()) ? r.name() : r.source() + " " + r.name();
    }

    static String titleOf(ObjectView o) {
        return o.typeName() == null || o.typeName().isEmpty() ? o.kind().name().toLowerCase() : o.typeName();
    }

    /** Black over gray over white over freed: a group shows the most advanced mark any member has. */
    static Colour darker(Colour a, Colour b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Colour c) {
        return switch (c) {
            case FREED -> 0;
            case WHITE0, WHITE1 -> 1;
            case GRAY -> 2;
            case BLACK -> 3;
        };
    }

    public GraphNode node(String id) {
        for (GraphNode n : nodes) if (n.id().equals(id)) return n;
        return null;
    }
}

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
    public static final int DEFAULT_AGGREGATE_ABOVE = 400;

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
            nodes.add(objectNode(o));
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
        return grouped(s, null, 0);
    }

    /**
     * The aggregated graph with the objects of one type shown one by one (the first {@code limit} of
     * them in address order; the rest stay in their group): how a type is expanded on demand.
     */
    public static HeapGraph expanded(VmSnapshot s, String typeName, int limit) {
        return grouped(s, typeName, limit);
    }

    private static HeapGraph grouped(VmSnapshot s, String expand, int limit) {
        List<ObjectView> objects = s.heap().objects();
        Map<String, Integer> typeIndex = new java.util.HashMap<>();
        List<String> types = new ArrayList<>();
        int[] counts = new int[Math.max(1, objects.size())];
        long[] bytes = new long[counts.length];
        Colour[] darkest = new Colour[counts.length];
        int[] nodeOf = new int[objects.size()]; // group k as k, shown object j as -(j + 1)
        List<GraphNode> detail = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectView o = objects.get(i);
            String t = titleOf(o);
            if (t.equals(expand) && detail.size() < limit) {
                detail.add(objectNode(o));
                nodeOf[i] = -detail.size();
                continue;
            }
            Integer k = typeIndex.get(t);
            if (k == null) {
                k = types.size();
                typeIndex.put(t, k);
                types.add(t);
            }
            nodeOf[i] = k;
            counts[k]++;
            bytes[k] += o.sizeBytes();
            darkest[k] = darkest[k] == null ? o.colour() : darker(darkest[k], o.colour());
        }
        GroupEdges groupEdges = new GroupEdges(types.size(), detail.size());
        for (int i = 0; i < objects.size(); i++) {
            ObjectView o = objects.get(i);
            for (FieldView f : o.fields()) {
                if (f.ref() == 0) continue;
                // most references point into their own object's neighbourhood: try the next object first
                int target = i + 1 < objects.size() && objects.get(i + 1).address() == f.ref() ? i + 1 : indexOf(objects, f.ref());
                if (target < 0) continue;
                groupEdges.add(nodeOf[i], nodeOf[target], f.name());
            }
        }
        java.util.function.IntFunction<String> idOf = n -> n >= 0 ? typeId(types.get(n)) : detail.get(-n - 1).id();
        Map<String, int[]> rootCounts = new LinkedHashMap<>();
        for (RootRef r : s.roots()) {
            int target = indexOf(objects, r.address());
            if (target >= 0) rootCounts.computeIfAbsent(idOf.apply(nodeOf[target]), x -> new int[1])[0]++;
        }
        List<GraphNode> nodes = new ArrayList<>();
        if (!rootCounts.isEmpty()) nodes.add(new GraphNode("roots", 0, "roots", s.roots().size() + " roots", Colour.BLACK, true, 1));
        for (int k = 0; k < types.size(); k++) {
            int n = counts[k];
            String more = types.get(k).equals(expand) ? " more" : "";
            nodes.add(new GraphNode(typeId(types.get(k)), 0, types.get(k) + " \u00D7" + n + more, n + more + " objects, " + bytes[k] + " B",
                    darkest[k], false, Math.max(2, n)));
        }
        nodes.addAll(detail);
        List<GraphEdge> edges = new ArrayList<>();
        rootCounts.forEach((to, n) -> edges.add(new GraphEdge("roots", to, "", n[0])));
        groupEdges.forEach((from, to, n, label) -> edges.add(new GraphEdge(idOf.apply(from), idOf.apply(to), n == 1 ? label : "", n)));
        return new HeapGraph(nodes, edges, true);
    }

    /** {@link #compareGroups}: the by-type overview is another one, the same one, or the same one with other marks. */
    static final int OTHER_GROUPS = -1, SAME_GROUPS = 0, SAME_GROUPS_OTHER_MARKS = 1;

    /**
     * Whether the by-type overview of the heap {@code after} is the one of {@code before}: the same objects
     * at the same addresses with the same types and sizes, referencing the same objects (a step that
     * writes a number into an object, or a collector step that only recolours objects). Identity
     * comparisons for the objects the snapshot kept; fields are compared only for those it decoded again.
     */
    static int compareGroups(List<ObjectView> before, List<ObjectView> after) {
        if (before.size() != after.size()) return OTHER_GROUPS;
        int result = SAME_GROUPS;
        for (int i = 0; i < after.size(); i++) {
            ObjectView a = before.get(i), b = after.get(i);
            if (a == b) continue;
            if (a.address() != b.address() || a.sizeBytes() != b.sizeBytes()
                    || !titleOf(a).equals(titleOf(b)) || a.fields().size() != b.fields().size()) return OTHER_GROUPS;
            for (int f = 0; f < a.fields().size(); f++) {
                FieldView x = a.fields().get(f), y = b.fields().get(f);
                if (x.ref() != y.ref() || !x.name().equals(y.name())) return OTHER_GROUPS;
            }
            if (a.colour() != b.colour()) result = SAME_GROUPS_OTHER_MARKS;
        }
        return result;
    }

    /**
     * The by-type overview {@code g} (made by {@link #of} for a heap with the same groups) with each group
     * coloured by the darkest mark among {@code objects}: one pass over the objects, no references
     * followed. Returns {@code g} itself when no group changed colour.
     */
    static HeapGraph remarked(HeapGraph g, List<ObjectView> objects) {
        Map<String, Colour> darkest = new java.util.HashMap<>();
        String lastTitle = null;
        Colour last = null;
        for (ObjectView o : objects) {
            String t = titleOf(o);
            if (t.equals(lastTitle)) { // runs of one type are common (objects allocated together)
                Colour d = darker(last, o.colour());
                if (d == last) continue;
                last = d;
            } else {
                if (lastTitle != null) darkest.merge(lastTitle, last, HeapGraph::darker);
                lastTitle = t;
                last = o.colour();
            }
        }
        if (lastTitle != null) darkest.merge(lastTitle, last, HeapGraph::darker);
        List<GraphNode> nodes = new ArrayList<>(g.nodes().size());
        boolean changed = false;
        for (GraphNode n : g.nodes()) {
            Colour c = n.root() || !n.id().startsWith("t:") ? null : darkest.get(n.id().substring(2));
            if (c != null && c != n.colour()) {
                n = new GraphNode(n.id(), n.address(), n.title(), n.detail(), c, n.root(), n.count());
                changed = true;
            }
            nodes.add(n);
        }
        return changed ? new HeapGraph(nodes, g.edges(), g.aggregated()) : g;
    }

    /** The node id of the group of objects of one type in an aggregated graph. */
    public static String typeId(String typeName) {
        return "t:" + typeName;
    }

    /** Index of the object containing {@code address} in the address-sorted list, or -1. */
    static int indexOf(List<ObjectView> objects, long address) {
        int lo = 0, hi = objects.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ObjectView o = objects.get(mid);
            if (address < o.address()) hi = mid - 1;
            else if (address >= o.address() + Math.max(8, o.sizeBytes())) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    static GraphNode objectNode(ObjectView o) {
        String summary = o.summary().isEmpty() || o.summary().equals(o.typeName()) ? "" : "  " + o.summary();
        return new GraphNode(objectId(o.address()), o.address(), titleOf(o),
                "0x" + Long.toHexString(o.address()) + "  " + o.sizeBytes() + "B" + summary, o.colour(), false, 1);
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

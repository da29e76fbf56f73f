package gcscope.vm.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retention analysis of one snapshot: paths from roots to an object, the dominator tree (a
 * synthetic root above all roots) with retained sizes, and a histogram by type.
 */
public final class HeapAnalysis {
    /** How a root reaches an object: the root, then objects and the field followed out of each. */
    public record RetentionPath(RootRef root, String rootLabel, List<ObjectView> objects, List<String> fields) {
        public RetentionPath {
            objects = List.copyOf(objects);
            fields = List.copyOf(fields);
        }

        public String describe() {
            StringBuilder b = new StringBuilder(rootLabel);
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) b.append(" .").append(fields.get(i - 1));
                b.append(" -> ").append(objects.get(i).typeName()).append("@0x").append(Long.toHexString(objects.get(i).address()));
            }
            return b.toString();
        }
    }

    /** Objects of one type name: how many and their total size. */
    public record TypeStat(String typeName, int count, long bytes) {
    }

    private static final int MAX_PATH_LENGTH = 2_000;

    private final HeapGraph graph;
    private final int root;          // synthetic root node = graph.size()
    private final int[] idom;
    private final long[] retained;

    public HeapAnalysis(VmSnapshot snapshot) {
        this.graph = new HeapGraph(snapshot);
        int n = graph.size();
        this.root = n;
        int[][] succ = new int[n + 1][];
        for (int i = 0; i < n; i++) succ[i] = graph.edges(i).stream().mapToInt(HeapGraph.Edge::to).toArray();
        int[] rs = new int[graph.roots().size()];
        for (int r = 0; r < rs.length; r++) rs[r] = graph.rootTarget(r);
        succ[n] = rs;
        this.idom = Dominators.compute(succ, root);
        this.retained = new long[n + 1];
        for (int i = 0; i < n; i++) if (idom[i] >= 0) retained[i] = graph.node(i).sizeBytes();
        // Sum sizes bottom-up over the dominator tree (iterative postorder from the synthetic root).
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) if (idom[i] >= 0) childCount[idom[i]]++;
        int[][] children = new int[n + 1][];
        for (int i = 0; i <= n; i++) children[i] = new int[childCount[i]];
        int[] fill = new int[n + 1];
        for (int i = 0; i < n; i++) if (idom[i] >= 0) children[idom[i]][fill[idom[i]]++] = i;
        int[] stack = new int[n + 1];
        int[] next = new int[n + 1];
        int sp = 0;
        stack[sp++] = root;
        while (sp > 0) {
            int v = stack[sp - 1];
            if (next[v] < children[v].length) {
                stack[sp++] = children[v][next[v]++];
            } else {
                sp--;
                if (v != root && idom[v] != root) retained[idom[v]] += retained[v];
            }
        }
    }

    public HeapGraph graph() { return graph; }

    /** True if some root reaches the object containing {@code address}. */
    public boolean isReachable(long address) {
        int v = graph.resolve(address);
        return v >= 0 && idom[v] >= 0;
    }

    /** The immediate dominator's address; 0 when only the roots (the synthetic root) dominate it; -1 if unreachable or unknown. */
    public long immediateDominator(long address) {
        int v = graph.resolve(address);
        if (v < 0 || idom[v] < 0) return -1;
        return idom[v] == root ? 0 : graph.node(idom[v]).address();
    }

    /** Bytes that would be freed if this object were no longer referenced (its own size included); 0 if unreachable. */
    public long retainedSize(long address) {
        int v = graph.resolve(address);
        return v < 0 ? 0 : retained[v];
    }

    /** Objects the given object immediately dominates (0 = the synthetic root), by address. */
    public List<ObjectView> dominated(long address) {
        int d = address == 0 ? root : graph.resolve(address);
        List<ObjectView> out = new ArrayList<>();
        if (d < 0) return out;
        for (int i = 0; i < graph.size(); i++) if (idom[i] == d) out.add(graph.node(i));
        return out;
    }

    /** One shortest path (fewest references) from any root to the object, if it is reachable. */
    public Optional<RetentionPath> shortestPath(long address) {
        int target = graph.resolve(address);
        if (target < 0) return Optional.empty();
        int n = graph.size();
        int[] parent = new int[n];
        String[] via = new String[n];
        int[] viaRoot = new int[n];
        Arrays.fill(parent, -2);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int r = 0; r < graph.roots().size(); r++) {
            int t = graph.rootTarget(r);
            if (parent[t] == -2) {
                parent[t] = -1;
                viaRoot[t] = r;
                q.add(t);
            }
        }
        while (!q.isEmpty()) {
            int v = q.poll();
            if (v == target) break;
            for (HeapGraph.Edge e : graph.edges(v)) {
                if (parent[e.to()] != -2) continue;
                parent[e.to()] = v;
                via[e.to()] = e.field();
                q.add(e.to());
            }
        }
        if (parent[target] == -2) return Optional.empty();
        List<ObjectView> objs = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int v = target;
        while (parent[v] != -1) {
            objs.add(0, graph.node(v));
            fields.add(0, via[v]);
            v = parent[v];
        }
        objs.add(0, graph.node(v));
        RootRef r = graph.roots().get(viaRoot[v]);
        return Optional.of(new RetentionPath(r, graph.rootLabel(r), objs, fields));
    }

    /** Up to {@code limit} simple paths from roots to the object, shortest first. */
    public List<RetentionPath> paths(long address, int limit) {
        int target = graph.resolve(address);
        List<RetentionPath> found = new ArrayList<>();
        if (target < 0 || limit <= 0) return found;
        boolean[] onPath = new boolean[graph.size()];
        int[] budget = {100_000}; // bounds the search on dense graphs
        for (int r = 0; r < graph.roots().size() && found.size() < limit; r++) {
            List<Integer> nodes = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            dfs(r, graph.rootTarget(r), target, onPath, nodes, fields, found, limit, budget);
        }
        found.sort(Comparator.comparingInt(p -> p.objects().size()));
        return found;
    }

    private void dfs(int rootIndex, int v, int target, boolean[] onPath, List<Integer> nodes, List<String> fields,
                     List<RetentionPath> found, int limit, int[] budget) {
        if (found.size() >= limit || budget[0]-- <= 0 || onPath[v] || nodes.size() >= MAX_PATH_LENGTH) return;
        onPath[v] = true;
        nodes.add(v);
        if (v == target) {
            RootRef r = graph.roots().get(rootIndex);
            found.add(new RetentionPath(r, graph.rootLabel(r), nodes.stream().map(graph::node).toList(), fields));
        } else {
            for (HeapGraph.Edge e : graph.edges(v)) {
                fields.add(e.field());
                dfs(rootIndex, e.to(), target, onPath, nodes, fields, found, limit, budget);
                fields.remove(fields.size() - 1);
            }
        }
        nodes.remove(nodes.size() - 1);
        onPath[v] = false;
    }

    /** Live objects grouped by type name, largest total first. */
    public List<TypeStat> histogram() {
        Map<String, long[]> m = new LinkedHashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            ObjectView o = graph.node(i);
            long[] c = m.computeIfAbsent(o.typeName(), k -> new long[2]);
            c[0]++;
            c[1] += o.sizeBytes();
        }
        List<TypeStat> out = new ArrayList<>();
        m.forEach((k, c) -> out.add(new TypeStat(k, (int) c[0], c[1])));
        out.sort(Comparator.comparingLong(TypeStat::bytes).reversed().thenComparing(TypeStat::typeName));
        return out;
    }
}

package gcscope.views.heapgraph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the edges between the nodes of an aggregated graph (groups k >= 0, shown objects -(j + 1)) in
 * the order they are first seen, with the field name of the first reference of each pair. A dense
 * count matrix when the nodes are few (the usual case: a handful of types), a map otherwise; no boxing
 * per reference on the dense path.
 */
final class GroupEdges {
    /** The dense matrix is used up to this many cells. */
    static final int MAX_DENSE = 1 << 20;

    /** Receives one pair: its nodes (as in nodeOf), how many references, and the first one's field name. */
    interface Visitor {
        void edge(int from, int to, int count, String label);
    }

    private final int groups;
    private final int nodes;
    private final int[] dense;
    private final Map<Long, Integer> sparse;
    private int[] counts = new int[16];
    private long[] keys = new long[16];
    private String[] labels = new String[16];
    private int pairs;

    GroupEdges(int groups, int shownObjects) {
        this.groups = groups;
        this.nodes = groups + shownObjects;
        boolean small = (long) nodes * nodes <= MAX_DENSE;
        dense = small ? new int[Math.max(1, nodes * nodes)] : null;
        sparse = small ? null : new HashMap<>();
    }

    private int dense(int node) {
        return node >= 0 ? node : groups + (-node - 1);
    }

    void add(int from, int to, String label) {
        int pair;
        if (dense != null) {
            int cell = dense(from) * nodes + dense(to);
            pair = dense[cell] - 1;
            if (pair < 0) {
                pair = newPair(from, to, label);
                dense[cell] = pair + 1;
            }
        } else {
            long key = ((long) from << 32) | (to & 0xFFFFFFFFL);
            Integer p = sparse.get(key);
            if (p == null) {
                p = newPair(from, to, label);
                sparse.put(key, p);
            }
            pair = p;
        }
        counts[pair]++;
    }

    private int newPair(int from, int to, String label) {
        if (pairs == counts.length) {
            counts = Arrays.copyOf(counts, pairs * 2);
            keys = Arrays.copyOf(keys, pairs * 2);
            labels = Arrays.copyOf(labels, pairs * 2);
        }
        keys[pairs] = ((long) from << 32) | (to & 0xFFFFFFFFL);
        labels[pairs] = label;
        return pairs++;
    }

    /** Every pair in the order first seen. */
    void forEach(Visitor v) {
        for (int p = 0; p < pairs; p++) v.edge((int) (keys[p] >> 32), (int) keys[p], counts[p], labels[p]);
    }
}

package gcscope.vm.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Immediate dominators of a directed graph by the iterative algorithm of Cooper, Harvey and
 * Kennedy ("A Simple, Fast Dominance Algorithm", 2001): number nodes in reverse postorder, then
 * intersect predecessors' dominators until nothing changes.
 */
public final class Dominators {
    private Dominators() {
    }

    /**
     * @param succ successor lists of nodes 0..n-1
     * @return idom[v] for every node: the entry is its own idom, unreachable nodes get -1
     */
    public static int[] compute(int[][] succ, int entry) {
        int n = succ.length;
        int[] order = new int[n];          // postorder number of each node, -1 if unreachable
        Arrays.fill(order, -1);
        int[] post = new int[n];           // nodes by postorder number
        int count = postorder(succ, entry, order, post);
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
        for (int v = 0; v < n; v++) {
            if (order[v] < 0) continue;
            for (int w : succ[v]) preds.get(w).add(v);
        }
        int[] idom = new int[n];
        Arrays.fill(idom, -1);
        idom[entry] = entry;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = count - 1; k >= 0; k--) {           // reverse postorder
                int b = post[k];
                if (b == entry) continue;
                int newIdom = -1;
                for (int p : preds.get(b)) {
                    if (idom[p] < 0) continue;
                    newIdom = newIdom < 0 ? p : intersect(p, newIdom, idom, order);
                }
                if (newIdom >= 0 && idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
        return idom;
    }

    private static int intersect(int a, int b, int[] idom, int[] order) {
        while (a != b) {
            while (order[a] < order[b]) a = idom[a];
            while (order[b] < order[a]) b = idom[b];
        }
        return a;
    }

    /** Iterative DFS postorder from entry; returns the number of reachable nodes. */
    private static int postorder(int[][] succ, int entry, int[] order, int[] post) {
        int n = succ.length;
        int[] stack = new int[n];
        int[] next = new int[n];
        boolean[] seen = new boolean[n];
        int sp = 0, counter = 0;
        stack[sp++] = entry;
        seen[entry] = true;
        while (sp > 0) {
            int v = stack[sp - 1];
            if (next[v] < succ[v].length) {
                int w = succ[v][next[v]++];
                if (!seen[w]) {
                    seen[w] = true;
                    stack[sp++] = w;
                }
            } else {
                sp--;
                order[v] = counter;
                post[counter++] = v;
            }
        }
        return counter;
    }
}

package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static gcscope.vm.snapshot.SnapshotFixtures.object;
import static gcscope.vm.snapshot.SnapshotFixtures.stackRoot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapAnalysisTest {

    /** Address of node i in the generated heaps: each object is 8 + 8 * (refs + 1) bytes, spaced generously. */
    private static long addr(int i) {
        return 4096 + 1024L * i;
    }

    /** A diamond: root -> A; A -> B, A -> C; B -> D; C -> D; and a second root straight to C. */
    private VmSnapshot diamond() {
        return SnapshotFixtures.withHeap(List.of(
                object(addr(0), ObjectKind.STRUCT, "A", Colour.BLACK, addr(1), addr(2)),
                object(addr(1), ObjectKind.STRUCT, "B", Colour.BLACK, addr(3)),
                object(addr(2), ObjectKind.STRUCT, "C", Colour.BLACK, addr(3)),
                object(addr(3), ObjectKind.STRUCT, "D", Colour.BLACK),
                object(addr(4), ObjectKind.STRUCT, "E", Colour.WHITE0)),
                List.of(stackRoot(0, 0, 0, "a", addr(0))));
    }

    @Test
    void dominatorTreeOfADiamond() {
        HeapAnalysis a = new HeapAnalysis(diamond());
        assertEquals(0, a.immediateDominator(addr(0)));
        assertEquals(addr(0), a.immediateDominator(addr(1)));
        assertEquals(addr(0), a.immediateDominator(addr(3)));
        assertEquals(-1, a.immediateDominator(addr(4)));
        assertFalse(a.isReachable(addr(4)));
    }

    @Test
    void retainedSizeOfTheEntryIsEveryReachableObject() {
        HeapAnalysis a = new HeapAnalysis(diamond());
        // sizes: A 32, B 24, C 24, D 16
        assertEquals(32 + 24 + 24 + 16, a.retainedSize(addr(0)));
        assertEquals(24, a.retainedSize(addr(1)));
        assertEquals(0, a.retainedSize(addr(4)));
    }

    @Test
    void shortestPathFollowsFewestReferences() {
        HeapAnalysis a = new HeapAnalysis(diamond());
        HeapAnalysis.RetentionPath p = a.shortestPath(addr(3)).orElseThrow();
        assertEquals(3, p.objects().size());
        assertEquals("fiber 0 / frame 0 ? / slot 0 a -> A@0x1000 .f0 -> B@0x1400 .f0 -> D@0x1c00", p.describe());
        assertTrue(a.shortestPath(addr(4)).isEmpty());
    }

    @Test
    void allPathsFindsBothArmsOfTheDiamond() {
        HeapAnalysis a = new HeapAnalysis(diamond());
        assertEquals(2, a.paths(addr(3), 10).size());
        assertEquals(1, a.paths(addr(3), 1).size());
    }

    @Test
    void histogramGroupsByTypeLargestFirst() {
        VmSnapshot s = SnapshotFixtures.withHeap(List.of(
                object(addr(0), ObjectKind.STRUCT, "T", Colour.BLACK),
                object(addr(1), ObjectKind.STRUCT, "T", Colour.BLACK),
                object(addr(2), ObjectKind.STRUCT, "U", Colour.BLACK, 0, 0)), List.of());
        assertEquals(List.of(new HeapAnalysis.TypeStat("T", 2, 32), new HeapAnalysis.TypeStat("U", 1, 32)),
                new HeapAnalysis(s).histogram());
    }

    /** Property: on random graphs, the dominators and retained sizes equal a brute-force computation. */
    @RepeatedTest(60)
    void dominatorsAndRetainedSizesMatchBruteForceOnRandomGraphs(org.junit.jupiter.api.RepetitionInfo info) {
        Random rnd = new Random(1234L + info.getCurrentRepetition());
        int n = 1 + rnd.nextInt(25);
        double density = rnd.nextDouble() * 0.25;
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> s = new ArrayList<>();
            for (int j = 0; j < n; j++) if (rnd.nextDouble() < density) s.add(j);
            succ.add(s);
        }
        List<ObjectView> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            objects.add(object(addr(i), ObjectKind.STRUCT, "N" + (i % 3), Colour.BLACK,
                    succ.get(i).stream().mapToLong(HeapAnalysisTest::addr).toArray()));
        }
        List<RootRef> roots = new ArrayList<>();
        int rootCount = 1 + rnd.nextInt(3);
        for (int r = 0; r < rootCount; r++) roots.add(stackRoot(0, 0, r, "r" + r, addr(rnd.nextInt(n))));
        HeapAnalysis a = new HeapAnalysis(SnapshotFixtures.withHeap(objects, roots));

        // Brute force over nodes 0..n-1 plus the synthetic root n: d dominates v iff removing d makes v unreachable.
        int root = n;
        boolean[] reach = reachable(succ, roots, n, -1);
        for (int v = 0; v < n; v++) {
            if (!reach[v]) {
                assertEquals(-1, a.immediateDominator(addr(v)));
                assertEquals(0, a.retainedSize(addr(v)));
                continue;
            }
            List<Integer> doms = new ArrayList<>();
            for (int d = 0; d < n; d++) if (d != v && !reachable(succ, roots, n, d)[v]) doms.add(d);
            // the immediate dominator is the strict dominator dominated by all the others
            int idom = root;
            for (int d : doms) {
                boolean dominatedByAll = true;
                for (int e : doms) if (e != d && reachable(succ, roots, n, e)[d]) dominatedByAll = false;
                if (dominatedByAll) idom = d;
            }
            assertEquals(idom == root ? 0 : addr(idom), a.immediateDominator(addr(v)), "idom of node " + v);
            long retained = 0;
            boolean[] without = reachable(succ, roots, n, v);
            for (int w = 0; w < n; w++) if (reach[w] && !without[w]) retained += objects.get(w).sizeBytes();
            assertEquals(retained, a.retainedSize(addr(v)), "retained size of node " + v);
        }
    }

    /** Nodes reachable from the roots when node {@code removed} is deleted (-1: none). */
    private static boolean[] reachable(List<List<Integer>> succ, List<RootRef> roots, int n, int removed) {
        boolean[] seen = new boolean[n];
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        for (RootRef r : roots) {
            int t = (int) ((r.address() - 4096) / 1024);
            if (t != removed && !seen[t]) {
                seen[t] = true;
                q.add(t);
            }
        }
        while (!q.isEmpty()) {
            int v = q.poll();
            for (int w : succ.get(v)) {
                if (w != removed && !seen[w]) {
                    seen[w] = true;
                    q.add(w);
                }
            }
        }
        return seen;
    }

    @Test
    void dominatorsOfALongChainDoNotOverflowTheStack() {
        int n = 200_000;
        int[][] succ = new int[n][];
        for (int i = 0; i < n; i++) succ[i] = i + 1 < n ? new int[]{i + 1} : new int[0];
        int[] idom = Dominators.compute(succ, 0);
        assertEquals(n - 2, idom[n - 1]);
        assertArrayEquals(new int[]{0, 0, 1}, java.util.Arrays.copyOf(idom, 3));
    }
}

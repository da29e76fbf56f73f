package gcscope.views.heapgraph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupEdgesTest {
    private static List<String> edges(GroupEdges g) {
        List<String> out = new ArrayList<>();
        g.forEach((from, to, n, label) -> out.add(from + "->" + to + " x" + n + " " + label));
        return out;
    }

    @Test
    void pairsAreCountedInFirstSeenOrderWithTheFirstFieldName() {
        GroupEdges g = new GroupEdges(3, 2);
        g.add(2, 0, "next");
        g.add(0, -1, "name");
        g.add(2, 0, "prev");
        g.add(-2, 2, "x");
        g.add(2, 0, "next");
        assertEquals(List.of("2->0 x3 next", "0->-1 x1 name", "-2->2 x1 x"), edges(g));
    }

    @Test
    void manyNodesGiveTheSameAnswerWithoutTheDenseMatrix() {
        GroupEdges sparse = new GroupEdges(1200, 0); // 1200^2 cells: past MAX_DENSE
        GroupEdges dense = new GroupEdges(1000, 0);
        for (int i = 0; i < 3000; i++) {
            int from = (i * 7) % 997, to = (i * 13) % 991;
            sparse.add(from, to, "f" + i);
            dense.add(from, to, "f" + i);
        }
        assertEquals(edges(dense), edges(sparse));
    }
}

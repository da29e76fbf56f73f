package gcscope.samples;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchProgramTest {

    @Test
    void theFourPeerBenchmarksAndTheLatencyHeapAreShipped() {
        List<String> names = BenchProgram.all().stream().map(BenchProgram::name).sorted().toList();
        assertEquals(List.of("binary_trees", "fib", "heap10k", "maps", "sieve"), names);
    }

    @Test
    void everyBenchmarkHasSmallSizesThatRewriteItsConstants() {
        for (BenchProgram b : BenchProgram.all()) {
            assertFalse(b.smallSizes().isEmpty(), b.name());
            String small = b.smallSource();
            assertFalse(small.equals(b.source()), b.name());
            b.smallSizes().forEach((k, v) -> assertTrue(small.contains("\nconst " + k + " = " + v + "\n"), b.name() + " " + k));
            assertTrue(b.sample().spec().stdout().length() > 0, b.name() + " carries its expected output");
        }
    }

    @Test
    void resizingChangesOnlyTheNamedConstant() {
        BenchProgram fib = BenchProgram.of(SampleCatalog.benchmark("fib.vo").orElseThrow());
        String src = fib.resized(Map.of("N", "20"));
        assertTrue(src.contains("\nconst N = 20\n"));
        assertEquals(fib.source().replace("const N = 35", "const N = 20"), src);
        assertThrows(IllegalArgumentException.class, () -> fib.resized(Map.of("Missing", "1")));
    }

    @Test
    void binaryTreesPrintsWithTabsLikeThePeers() {
        String out = SampleCatalog.benchmark("binary_trees.vo").orElseThrow().spec().stdout();
        assertTrue(out.startsWith("stretch tree of depth 17\t check: 262143\n"), out);
    }
}

package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.RunOptions;
import gcscope.vm.gc.Collector;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import gcscope.vm.snapshot.GcCounters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pacing of the normal policy on binary_trees (issue 7): the collector's amortised work per allocated
 * byte must stay flat as the trees (and the heap) grow, while the work per cycle grows with live data.
 * The unit test runs depths 8, 10 and 12; for the table run depths 12, 14 and 16:
 * {@code mvn -o -B test -pl samples -am -Dtest=PacingTest -Dpacing.depths=12,14,16}; it prints one row
 * per depth.
 */
class PacingTest {
    record Row(int depth, long allocated, long work, long cycles, long peak, long freed, double cpuSeconds) {
        double workPerByte() {
            return (double) work / allocated;
        }

        @Override
        public String toString() {
            return String.format("| %5d | %,14d | %,14d | %6.3f | %6d | %,12d | %,12d | %6.2f |", depth, allocated, work, workPerByte(),
                    cycles, peak, freed, cpuSeconds);
        }
    }

    static Row run(int depth) {
        BenchProgram bench = BenchProgram.all().stream().filter(b -> b.name().equals("binary_trees")).findFirst().orElseThrow();
        CompileResult compiled = Compiler.compile("binary_trees.vo", bench.resized(Map.of("N", Integer.toString(depth))), CompileOptions.DEFAULT);
        assertTrue(compiled.ok(), () -> String.valueOf(compiled.diagnostics()));
        CapturedOutput out = new CapturedOutput();
        Machine m = new Machine(compiled.program(), RunOptions.DEFAULT, out);
        long t0 = cpuNanos();
        RunResult r = m.run();
        long t1 = cpuNanos();
        assertEquals(Outcome.FINISHED, r.outcome(), () -> r.trap() != null ? r.trap().describe() : out.stderrText());
        assertTrue(out.stdoutText().contains("long lived tree of depth " + depth + "\t check: " + ((1 << (depth + 1)) - 1)), out.stdoutText());
        Collector gc = m.collector();
        GcCounters c = gc.counters();
        return new Row(depth, c.bytesAllocated(), gc.totalWork(), c.cycles(), c.peakHeapBytes(), c.bytesFreed(), (t1 - t0) / 1e9);
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void collectorWorkPerAllocatedByteStaysFlatAsTheTreesGrow() {
        int[] depths = Arrays.stream(System.getProperty("pacing.depths", "8,10,12").split(",")).mapToInt(Integer::parseInt).toArray();
        List<Row> rows = new ArrayList<>();
        for (int d : depths) rows.add(run(d));
        System.out.println("| depth |      allocated B |  collector work | work/B | cycles |       peak B |      freed B | cpu s |");
        rows.forEach(System.out::println);
        double lo = rows.stream().mapToDouble(Row::workPerByte).min().orElseThrow();
        double hi = rows.stream().mapToDouble(Row::workPerByte).max().orElseThrow();
        assertTrue(hi < 2 * lo, "work per allocated byte varies by more than 2x: " + rows);
        for (Row r : rows) assertTrue(r.cycles() >= 3, "too few cycles to judge pacing: " + r);
        for (Row r : rows) assertTrue(r.freed() > r.allocated() / 2, "most of what binary_trees allocates is garbage and must be freed: " + r);
    }
}

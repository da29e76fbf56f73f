package gcscope.jmh;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Collector pacing (issue 7): the binary-trees kernel at several depths, with GC normal and with GC off.
 * Each operation builds 8 trees of 2^(depth+1)-1 nodes, so divide the score by 8 * (2^(depth+1)-1) for
 * the cost per allocated node: with good pacing it stays flat as the depth (the heap) grows, and the
 * gap between {@code normal} and {@code off} is the amortised collector cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss16m")
public class CollectorBenchmarks {
    @Param({"10", "13", "16"})
    public int depth;

    @Param({"NORMAL", "OFF"})
    public GcPolicy gc;

    /** {@code compiled}: the compiled tier, as plain runs use it; {@code interpreter}: the interpreter alone. */
    @Param({"compiled", "interpreter"})
    public String tier;

    private Program program;
    private RunOptions options;

    @Setup
    public void compile() {
        program = Kernels.compile("trees", depth);
        options = RunOptions.DEFAULT.withGc(gc);
    }

    @Benchmark
    public long trees() {
        return InterpreterBenchmarks.runToEnd(program, options, tier.equals("compiled"));
    }
}

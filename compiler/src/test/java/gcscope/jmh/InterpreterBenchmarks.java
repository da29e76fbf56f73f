package gcscope.jmh;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;
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
 * The interpreter's hot paths, one kernel each (see {@link Kernels}): a whole {@link Machine#run()} of a
 * precompiled program per operation, GC normal, so compile time is excluded and JIT warm-up is not. Each
 * kernel runs through the compiled tier (what {@code gcscope run}, the inspector's run and replays use) and
 * through the interpreter alone (single steps, the stress collectors, {@code --max-steps}).
 * Run with {@link JmhMain} (see its comment for the command); not a JUnit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss16m")
public class InterpreterBenchmarks {
    /** Kernel and size, e.g. {@code fib:25}. */
    @Param({"fib:25", "sieve:1000000", "trees:14", "maps:200000"})
    public String kernel;

    /** {@code compiled}: the compiled tier, as plain runs use it; {@code interpreter}: the interpreter alone. */
    @Param({"compiled", "interpreter"})
    public String tier;

    private Program program;
    private final RunOptions options = RunOptions.DEFAULT;

    @Setup
    public void compile() {
        String[] parts = kernel.split(":");
        program = Kernels.compile(parts[0], Integer.parseInt(parts[1]));
    }

    @Benchmark
    public long run() {
        return runToEnd(program, options, tier.equals("compiled"));
    }

    /** Runs a program to its end, through the compiled tier or the interpreter alone; returns its step count (so the JIT cannot drop the work). */
    static long runToEnd(Program program, RunOptions options, boolean compiled) {
        Machine m = new Machine(program, options, ProgramOutput.DISCARD);
        if (compiled && !m.useCompiledTier()) throw new IllegalStateException("the compiled tier is off for these options");
        RunResult r = m.run();
        if (r.outcome() != Outcome.FINISHED) throw new IllegalStateException("kernel ended " + r.outcome() + ": " + r.trap());
        return r.steps();
    }
}

package gcscope.jmh;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JMH harness works: a tiny in-process run of one kernel per benchmark class gives a positive score. */
class JmhSmokeTest {
    @Test
    void interpreterBenchmarkRunsATinyConfiguration() throws RunnerException {
        Options opts = new OptionsBuilder()
                .include(InterpreterBenchmarks.class.getName() + ".run")
                .param("kernel", "fib:12", "sieve:500", "trees:4", "maps:300")
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true).verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        assertEquals(8, results.size(), "4 kernels, each compiled and interpreted");
        for (RunResult r : results) assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().toString());
    }

    @Test
    void bothTiersDoTheSameWork() {
        for (String[] k : new String[][] {{"fib", "15"}, {"sieve", "2000"}, {"trees", "6"}, {"maps", "3000"}}) {
            gcscope.vm.bytecode.Program p = Kernels.compile(k[0], Integer.parseInt(k[1]));
            long compiled = InterpreterBenchmarks.runToEnd(p, gcscope.vm.config.RunOptions.DEFAULT, true);
            assertEquals(InterpreterBenchmarks.runToEnd(p, gcscope.vm.config.RunOptions.DEFAULT, false), compiled, k[0] + ": steps");
            assertTrue(compiled > 1000, k[0] + " ran " + compiled + " steps");
        }
    }

    @Test
    void everyKernelPrintsWhatGoPrints() {
        // fib(12) = 144; primes up to 100: 25; 8 trees of depth 3 have 8 * 15 nodes; sum of 0..9 = 45
        assertEquals("144\n", Kernels.run("fib", 12));
        assertEquals("25\n", Kernels.run("sieve", 100));
        assertEquals("120\n", Kernels.run("trees", 3));
        assertEquals("45\n", Kernels.run("maps", 10));
    }
}

package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every benchmark, at the sizes of {@code bench --sizes small}, prints in GcScope (GC normal, as the
 * {@code bench} verb runs it) what Go prints for it (test resource bench-small/NAME.out, checked by
 * .ci/go-oracle.sh). The default sizes are checked only by the oracle: they are too slow for unit tests.
 */
class BenchSmallTest {

    static List<String> benchmarks() {
        return BenchProgram.all().stream().map(BenchProgram::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void smallSizesPrintWhatGoPrints(String name) {
        BenchProgram bench = BenchProgram.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        String expected = SampleCatalog.read("bench-small/" + name + ".out").orElseThrow();
        CompileResult compiled = Compiler.compile(name + ".vo", bench.smallSource(), CompileOptions.DEFAULT);
        assertTrue(compiled.ok(), () -> name + ": " + compiled.diagnostics());
        CapturedOutput out = new CapturedOutput();
        RunResult result = new Machine(compiled.program(), RunOptions.DEFAULT, out).run();
        assertEquals(Outcome.FINISHED, result.outcome(),
                () -> name + ": " + (result.trap() != null ? result.trap().describe() : out.stderrText()));
        assertEquals(expected, out.stdoutText(), name);
    }
}

package gcscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.check.Verifier;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import gcscope.vm.interp.TrapKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target 2 (issue 8): compile arbitrary bytes and run what compiles on the VM with small limits,
 * under a stressing collector and the sanitizer. Any outcome of the program is fine (clean run, panic,
 * trap, violation); a Java exception (escaping, or caught by the VM and turned into an INTERNAL trap),
 * a run that neither ends nor hits its step limit, or a hang (a {@link Deadline} per input) is a finding.
 *
 * <p>The collector policy is taken from the input's length so that the corpus covers both stressing
 * policies; call buffers are {@code split} (the default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompileAndRunFuzzTest {

    static final long MAX_STEPS = 100_000;

    static RunOptions limits(GcPolicy policy) {
        return RunOptions.DEFAULT.withGc(policy).withSanitize(true).withMaxSteps(MAX_STEPS)
                .withLimits(4L << 20, 200, 64, 64 * 1024);
    }

    private final Deadline deadline = new Deadline(CompilerFuzzTest.HANG_SECONDS);

    @AfterAll
    void stopWorker() {
        deadline.close();
    }

    @FuzzTest(maxDuration = "30m")
    void runsAnyCompiledProgramToACleanOutcome(byte[] input) {
        deadline.run(() -> {
            compileAndRun(input);
            return null;
        });
    }

    private static void compileAndRun(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        CompileResult compiled = Compiler.compile("fuzz.vo", source, CompileOptions.DEFAULT);
        CompilerFuzzTest.assertNoInternalError(compiled);
        if (!compiled.ok()) return;
        assertNotNull(Verifier.verify(compiled.program()));
        GcPolicy policy = (input.length & 1) == 0 ? GcPolicy.STRESS : GcPolicy.INCREMENTAL_STRESS;
        BoundedOutput out = new BoundedOutput();
        RunResult result = new Machine(compiled.program(), limits(policy), out).run();
        assertCleanOutcome(result, out);
    }

    static void assertCleanOutcome(RunResult result, BoundedOutput out) {
        assertNotNull(result);
        assertNotEquals(Outcome.SUSPENDED, result.outcome(), "run() returned without an end");
        assertTrue(result.steps() <= MAX_STEPS + 1, "ran past the step limit: " + result.steps());
        if (result.outcome() == Outcome.TRAPPED) {
            assertNotNull(result.trap(), "trapped without a trap");
            assertNotEquals(TrapKind.INTERNAL, result.trap().kind(),
                    "the VM failed internally: " + result.trap().describe() + "\nstderr: " + tail(out.err()));
        }
        assertTrue(result.exitCode() >= 0 && result.exitCode() <= 4, "exit code " + result.exitCode());
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }
}

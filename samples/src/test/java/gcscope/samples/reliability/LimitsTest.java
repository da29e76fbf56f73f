package gcscope.samples.reliability;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;
import gcscope.vm.interp.TrapKind;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's limits through {@link Machine#run()}: a program that runs into a limit ends in a clean trap
 * (outcome TRAPPED, exit code 3) of the limit's kind with a message, under the normal collector with the
 * sanitizer on. (The same through the CLI is tested in the app module.)
 */
class LimitsTest {

    @ParameterizedTest
    @EnumSource(LimitProgram.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eachReachedLimitIsACleanTrapWithAMessage(LimitProgram limit) {
        CompileResult compiled = Compiler.compile(limit.file, limit.source(), CompileOptions.DEFAULT);
        assertTrue(compiled.ok(), () -> limit.file + " must compile: " + compiled.diagnostics());
        RunOptions options = limit.options(RunOptions.DEFAULT.withGc(GcPolicy.NORMAL).withSanitize(true));
        long[] printed = {0};
        ProgramOutput out = new ProgramOutput() {
            @Override
            public void stdout(String text) {
                printed[0] += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }

            @Override
            public void stderr(String text) {
                printed[0] += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        };
        RunResult result = new Machine(compiled.program(), options, out).run();

        assertEquals(Outcome.TRAPPED, result.outcome(), () -> limit + " ended " + result);
        assertEquals(3, result.exitCode());
        assertNotNull(result.trap());
        assertEquals(limit.trap, result.trap().kind(), () -> "wrong trap: " + result.trap().describe());
        assertFalse(result.trap().message() == null || result.trap().message().isBlank(), "a trap needs a message");
        assertTrue(result.violations().isEmpty(), () -> "sanitizer: " + result.violations());
        if (limit == LimitProgram.MAX_OUTPUT) {
            assertTrue(printed[0] <= limit.value + 200, "printed " + printed[0] + " bytes past a limit of " + limit.value);
        }
        if (limit.trap == TrapKind.MAX_STEPS) assertTrue(result.steps() <= limit.value, "ran " + result.steps() + " steps");
    }
}

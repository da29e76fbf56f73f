package gcscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target 1 (issue 8): the compiler on arbitrary bytes. Whatever the input, {@link Compiler#compile}
 * returns a program or diagnostics sorted by position, never throws, never hangs (a {@link Deadline} per input), and never reports an internal compiler error (the
 * compiler turns its own exceptions into such a diagnostic, so one is a Java exception in disguise).
 *
 * <p>Without {@code JAZZER_FUZZ} this runs only the regression inputs in
 * {@code src/test/resources/gcscope/fuzz/CompilerFuzzTestInputs/compilesAnyInputToDiagnosticsOrAProgram}
 * (seeds copied from the golden samples plus every finding). A campaign: {@code .ci/fuzz.sh compiler}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompilerFuzzTest {

    /** Seconds one input may take before it counts as a hang (generous: the machine is shared). */
    static final long HANG_SECONDS = 30;

    private final Deadline deadline = new Deadline(HANG_SECONDS);

    @AfterAll
    void stopWorker() {
        deadline.close();
    }

    @FuzzTest(maxDuration = "30m")
    void compilesAnyInputToDiagnosticsOrAProgram(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        CompileResult result = deadline.run(() -> Compiler.compile("fuzz.vo", source, CompileOptions.DEFAULT));
        assertNotNull(result);
        if (result.program() == null) {
            assertFalse(result.diagnostics().isEmpty(), "no program and no diagnostic");
        } else {
            assertTrue(result.diagnostics().isEmpty(), "a program together with diagnostics: " + result.diagnostics());
        }
        assertSortedAndSound(result.diagnostics());
    }

    /** Diagnostics are sorted by position, carry a message, and none is an internal compiler error. */
    static void assertSortedAndSound(List<Diagnostic> diagnostics) {
        Diagnostic previous = null;
        for (Diagnostic d : diagnostics) {
            assertNotNull(d.message());
            assertFalse(isInternal(d), "the compiler failed internally: " + d);
            assertTrue(d.line() >= 1 && d.column() >= 1, "position out of range: " + d);
            if (previous != null) {
                boolean ordered = previous.line() < d.line()
                        || (previous.line() == d.line() && previous.column() <= d.column());
                assertTrue(ordered, "diagnostics not sorted: " + previous + " before " + d);
            }
            previous = d;
        }
    }

    /**
     * An internal compiler error (the message the compiler gives a caught exception) other than the
     * deliberate "nested too deeply" limit. Only a message that starts so counts: a syntax error may
     * quote source text that contains those words (regression input unterminated-raw-string-quotes-source).
     */
    static boolean isInternal(Diagnostic d) {
        return d.message().startsWith("internal compiler error") && !d.message().contains("nested too deeply");
    }

    static void assertNoInternalError(CompileResult result) {
        for (Diagnostic d : result.diagnostics()) assertFalse(isInternal(d), "the compiler failed internally: " + d);
        assertEquals(result.program() != null, result.diagnostics().isEmpty());
    }
}

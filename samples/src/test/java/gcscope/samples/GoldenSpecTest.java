package gcscope.samples;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldenSpecTest {

    @Test
    void outputBlockBecomesExactStdoutWithEmptyLines() {
        GoldenSpec spec = GoldenSpec.parse("""
                package main

                func main() {}

                // Output:
                // a b
                //
                //  indented
                """);
        assertEquals("a b\n\n indented\n", spec.stdout());
        assertEquals(0, spec.exitCode());
        assertTrue(spec.stderrPrefix().isEmpty());
        assertFalse(spec.expectsCompileErrors());
    }

    @Test
    void stderrAndExitAreReadAfterOutput() {
        GoldenSpec spec = GoldenSpec.parse("""
                package main
                // Output:
                // before
                // Stderr:
                // panic: boom
                // \tpanic: again
                // Exit: 2
                """);
        assertEquals("before\n", spec.stdout());
        assertEquals(List.of("panic: boom", "\tpanic: again"), spec.stderrPrefix());
        assertEquals("panic: boom\n\tpanic: again\n", spec.stderrPrefixText());
        assertEquals(2, spec.exitCode());
    }

    @Test
    void errorsBlockImpliesExitOne() {
        GoldenSpec spec = GoldenSpec.parse("""
                package main
                func main() { x := 1 }
                // Errors:
                // 2:15: x declared and not used
                """);
        assertTrue(spec.expectsCompileErrors());
        assertEquals(List.of("2:15: x declared and not used"), spec.errors());
        assertEquals(GoldenSpec.COMPILE_ERROR_EXIT, spec.exitCode());
        assertEquals("", spec.stdout());
    }

    @Test
    void oracleSkipHeaderKeepsItsReason() {
        GoldenSpec spec = GoldenSpec.parse("""
                // oracle: skip (enums are not Go)
                package main
                // Output:
                // x
                """);
        assertEquals(Optional.of("(enums are not Go)"), spec.oracleSkip());
        assertEquals(Optional.empty(), GoldenSpec.parse("// Output:\n// x\n").oracleSkip());
    }

    @Test
    void headerCommentThatMerelyMentionsAWordIsNotABlock() {
        GoldenSpec spec = GoldenSpec.parse("""
                // Errors: the error interface, explained
                package main
                // Output:
                // fine
                """);
        assertFalse(spec.expectsCompileErrors());
        assertEquals("fine\n", spec.stdout());
    }

    @Test
    void emptyOutputBlockMeansNoOutput() {
        GoldenSpec spec = GoldenSpec.parse("package main\n// Output:\n// Exit: 2\n");
        assertEquals("", spec.stdout());
        assertEquals(2, spec.exitCode());
    }

    @Test
    void crlfLineEndingsAreAccepted() {
        assertEquals("x\n", GoldenSpec.parse("package main\r\n// Output:\r\n// x\r\n").stdout());
    }

    @Test
    void malformedSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("package main\nfunc main() {}\n"));
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("// Output:\n// a\nfunc f() {}\n"));
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("// Output:\n// a\n// Output:\n"));
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("// Exit: two\n"));
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("// Errors:\n// 1:1: x\n// Output:\n"));
        assertThrows(IllegalArgumentException.class, () -> GoldenSpec.parse("// Output:\n// a\n\n// stray\n"));
    }
}

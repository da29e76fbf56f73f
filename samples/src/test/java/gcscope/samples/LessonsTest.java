package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.check.Violation;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every lesson shows what it promises: the run with options.txt and the contrast run end as expect.txt
 * says (a finished run prints the expected line with no violation; a violation run stops at a first
 * violation of the expected kind and, where expect.txt names them, in the expected function, on a slot
 * of the expected declared type holding the expected actual kind and value, at the expected offset).
 */
class LessonsTest {

    static List<String> lessons() {
        return LessonCatalog.lessons().stream().map(Lesson::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void lessonRunEndsAsItsTextSays(String name) {
        Lesson lesson = LessonCatalog.lesson(name).orElseThrow();
        check(lesson, "", lesson.options());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void contrastRunEndsAsItsTextSays(String name) {
        Lesson lesson = LessonCatalog.lesson(name).orElseThrow();
        check(lesson, "contrast-", lesson.contrastOptions());
    }

    private static void check(Lesson lesson, String prefix, List<String> args) {
        RunOptions options = LessonOptions.parse(args);
        String where = lesson.name() + " " + String.join(" ", args);
        CompileResult compiled = Compiler.compile(lesson.name() + ".vo", lesson.program(), options.compile());
        if (!compiled.ok()) fail(where + ": does not compile: " + compiled.diagnostics());
        CapturedOutput out = new CapturedOutput();
        RunResult result = new Machine(compiled.program(), options, out).run();

        Outcome expected = Outcome.valueOf(lesson.expected(prefix + "outcome").orElseThrow());
        assertEquals(expected, result.outcome(), () -> where + ": " + result
                + (result.trap() != null ? "\n" + result.trap().describe() : "") + "\nstderr: " + out.stderrText());
        if (expected == Outcome.TRAPPED) {
            assertEquals(lesson.expected(prefix + "trap").orElseThrow(), result.trap().kind().name(),
                    () -> where + ": " + result.trap().describe());
            return;
        }
        if (expected == Outcome.FINISHED) {
            assertTrue(result.violations().isEmpty(), () -> where + ": violations " + result.violations());
            lesson.expected(prefix + "stdout").ifPresent(line -> assertEquals(line + "\n", out.stdoutText(), where));
            return;
        }
        assertFalse(result.violations().isEmpty(), where + ": a violation outcome names its violation");
        Violation first = result.violations().get(0);
        assertEquals(lesson.expected(prefix + "violation").orElseThrow(), first.kind().name(), () -> where + ": " + first.describe());
        String found = where + ": " + first.describe();
        lesson.expected(prefix + "function").ifPresent(f -> assertEquals(f, first.function(), found));
        lesson.expected(prefix + "declared").ifPresent(d -> assertEquals(d, first.expected(), found));
        lesson.expected(prefix + "actual").ifPresent(a -> assertEquals(a, first.actual(), found));
        lesson.expected(prefix + "offset").ifPresent(o -> assertEquals(Integer.parseInt(o), first.offset(), found));
    }
}

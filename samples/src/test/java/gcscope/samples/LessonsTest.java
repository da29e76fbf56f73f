package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.check.SlotTypeMismatch;
import gcscope.vm.check.Verifier;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** The lessons whose own run shows a bug: the BUGS.md scenarios (a violation with the sanitizer on). */
    static List<String> bugLessons() {
        return LessonCatalog.lessons().stream().filter(l -> l.expected("violation").isPresent()).map(Lesson::name).toList();
    }

    /**
     * BUGS.md: "see the checker catch it at the first bad safepoint". Every instruction boundary is audited
     * by brute force (SafepointAudit: every slot of every frame against slotTypes, every enum object's
     * written layout against its header's): the sanitizer's first violation is at exactly the first bad
     * boundary (so no earlier safepoint was bad), about the same function and the same slot or object, and
     * a root-map violation names the instruction the static verifier reports for that call site.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bugLessons")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void bugIsCaughtAtTheFirstBadSafepoint(String name) {
        Lesson lesson = LessonCatalog.lesson(name).orElseThrow();
        SafepointAudit.Result audit = SafepointAudit.run(name, lesson.program(), lesson.options());
        assertEquals(Outcome.VIOLATION, audit.run().outcome(), () -> name + ": " + audit.run());
        Violation first = audit.run().violations().get(0);
        SafepointAudit.Bad bad = audit.firstBad();
        assertNotNull(bad, () -> name + ": the audit finds no bad safepoint, the sanitizer reports " + first.describe());
        String both = name + ": sanitizer " + first.describe() + " at step " + first.step() + "; audit " + bad;
        assertEquals(bad.step(), first.step(), both);
        assertEquals(first.step() + 1, audit.boundaries(), "every boundary up to the violation was audited: " + both);
        assertEquals(bad.function(), first.function(), both);
        lesson.expected("line").ifPresent(l -> assertEquals(Integer.parseInt(l), first.pos().line(), both));
        if (first.kind() == ViolationKind.ROOT_MAP_MISMATCH) {
            assertEquals(bad.slot(), first.slot(), both);
            RunOptions options = LessonOptions.parse(lesson.options());
            List<SlotTypeMismatch> verified = Verifier.verify(Compiler.compile(name + ".vo", lesson.program(), options.compile()).program());
            assertTrue(verified.stream().anyMatch(m -> m.function().equals(first.function()) && m.pc() == first.pc() && m.slot() == first.slot()),
                    () -> both + "; the static verifier reports " + verified);
        } else {
            assertEquals(bad.address(), first.address(), both);
        }
    }

    /** Each bug lesson's options with its bug switch set to a fix: the default layout, or Roc's patched one. */
    static List<String[]> fixedRuns() {
        List<String[]> out = new java.util.ArrayList<>();
        for (String name : bugLessons()) {
            List<String> options = LessonCatalog.lesson(name).orElseThrow().options();
            int cb = options.indexOf("--callbuf"), tl = options.indexOf("--tag-layout");
            if (cb >= 0) out.add(new String[] {name, "--callbuf", "split"});
            if (tl >= 0) {
                out.add(new String[] {name, "--tag-layout", "declared"});
                out.add(new String[] {name, "--tag-layout", "patched"});
            }
        }
        return out;
    }

    /** The same run with the bug switched to its fix has no bad safepoint at all and prints the lesson's output. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("fixedRuns")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void fixedRunHasNoBadSafepoint(String name, String option, String fix) {
        Lesson lesson = LessonCatalog.lesson(name).orElseThrow();
        List<String> args = new java.util.ArrayList<>(lesson.options());
        args.set(args.indexOf(option) + 1, fix);
        SafepointAudit.Result audit = SafepointAudit.run(name, lesson.program(), args);
        assertNull(audit.firstBad(), () -> name + " " + args + ": " + audit.firstBad());
        assertEquals(Outcome.FINISHED, audit.run().outcome(), () -> name + " " + args + ": " + audit.run());
        assertTrue(audit.run().violations().isEmpty(), () -> audit.run().violations().toString());
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
        lesson.expected(prefix + "line").ifPresent(l -> assertEquals(Integer.parseInt(l), first.pos().line(), found));
    }
}

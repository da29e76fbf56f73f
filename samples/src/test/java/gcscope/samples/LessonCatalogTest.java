package gcscope.samples;

import gcscope.vm.check.ViolationKind;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.TrapKind;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonCatalogTest {

    @Test
    void theIndexListsExactlyTheLessonDirectories() throws Exception {
        URL url = LessonCatalog.class.getClassLoader().getResource(LessonCatalog.LESSONS_DIR + "/index.txt");
        try (Stream<Path> s = Files.list(Path.of(url.toURI()).getParent())) {
            List<String> dirs = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(dirs, SampleCatalog.index(LessonCatalog.LESSONS_DIR).stream().sorted().toList());
        }
    }

    @Test
    void theTwoBugScenariosComeFirstFollowedByAtLeastFourCollectorLessons() {
        List<Lesson> lessons = LessonCatalog.lessons();
        assertEquals("callbuf-reuse-dst", lessons.get(0).name());
        assertEquals("tag-layout-actual", lessons.get(1).name());
        assertTrue(lessons.size() >= 6, "lessons: " + lessons.size());
    }

    @Test
    void everyLessonHasAProgramATextAndValidExpectationsForBothRuns() {
        for (Lesson l : LessonCatalog.lessons()) {
            assertTrue(l.program().contains("package main") && l.program().contains("func main()"), l.name());
            assertTrue(l.text().startsWith("# "), l.name() + ": lesson.md starts with a title");
            assertFalse(l.title().isBlank(), l.name());
            assertTrue(l.text().contains("## Steps") && l.text().contains("## What to look at"), l.name());
            for (String prefix : List.of("", "contrast-")) {
                Outcome outcome = Outcome.valueOf(l.expected(prefix + "outcome").orElseThrow());
                switch (outcome) {
                    case VIOLATION -> ViolationKind.valueOf(l.expected(prefix + "violation").orElseThrow());
                    case TRAPPED -> TrapKind.valueOf(l.expected(prefix + "trap").orElseThrow());
                    default -> {
                        assertEquals(Outcome.FINISHED, outcome, l.name());
                        assertTrue(l.expected(prefix + "stdout").isPresent(), l.name() + " says what a clean run prints");
                    }
                }
            }
            RunOptions show = LessonOptions.parse(l.options());
            RunOptions contrast = LessonOptions.parse(l.contrastOptions());
            assertTrue(show.sanitize(), l.name() + ": a lesson is shown with the sanitizer on");
            assertFalse(show.equals(contrast), l.name() + ": the contrast run differs");
        }
    }

    @Test
    void bugLessonsUseTheBugModesOfBugsMd() {
        RunOptions callbuf = LessonOptions.parse(LessonCatalog.lesson("callbuf-reuse-dst").orElseThrow().options());
        assertEquals(CallBufferMode.REUSE_DST, callbuf.compile().callBuffer());
        assertEquals(GcPolicy.STRESS, callbuf.gc());
        RunOptions tag = LessonOptions.parse(LessonCatalog.lesson("tag-layout-actual").orElseThrow().options());
        assertEquals(TagLayoutMode.ACTUAL, tag.compile().tagLayout());
        assertEquals(GcPolicy.STRESS, tag.gc());
    }

    @Test
    void optionLinesParseLikeTheCommandLine() {
        RunOptions o = LessonOptions.parse(List.of("--gc", "incremental-stress", "--sanitize", "--fault", "no-barrier",
                "--on-violation", "continue", "--intern", "off", "--time-slice", "50", "--callbuf", "all-value"));
        assertEquals(GcPolicy.INCREMENTAL_STRESS, o.gc());
        assertTrue(o.sanitize());
        assertEquals(Fault.NO_BARRIER, o.fault());
        assertEquals(OnViolation.CONTINUE, o.onViolation());
        assertFalse(o.compile().intern());
        assertEquals(50, o.timeSlice());
        assertEquals(CallBufferMode.ALL_VALUE, o.compile().callBuffer());
        assertThrows(IllegalArgumentException.class, () -> LessonOptions.parse(List.of("--gc")));
        assertThrows(IllegalArgumentException.class, () -> LessonOptions.parse(List.of("--max-steps", "5")));
        assertThrows(IllegalArgumentException.class, () -> LessonOptions.parse(List.of("--gc", "sometimes")));
    }

    @Test
    void commentsAndBlankLinesAreIgnoredInOptionAndExpectationFiles() {
        assertEquals(List.of("--gc", "stress"), LessonCatalog.optionLine("# c\n\n  --gc   stress \n--ignored\n"));
        assertEquals("x y", LessonCatalog.keyValues("# c\nstdout: x y\n").get("stdout"));
        assertThrows(IllegalArgumentException.class, () -> LessonCatalog.keyValues("no colon here\n"));
    }
}

package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled tier is invisible: every golden sample and every benchmark (at its small size) run with the tier
 * prints the same output, ends the same way, executes the same number of instructions, runs the same number
 * of collection cycles and finds the same sanitizer violations as the interpreter, under the collector policies
 * the tier serves (off and normal), with and without the sanitizer.
 */
class CompiledTierTest {

    static List<String> programs() {
        return GoldenSamplesTest.runnableSamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void compiledRunEqualsInterpretedRun(String name) {
        Sample sample = SampleCatalog.sample(name).orElseThrow();
        CompileResult compiled = Compiler.compile(name, sample.source(), CompileOptions.DEFAULT);
        if (!compiled.ok()) return; // GoldenSamplesTest reports it
        for (RunOptions options : List.of(RunOptions.DEFAULT, RunOptions.DEFAULT.withGc(GcPolicy.OFF),
                RunOptions.DEFAULT.withSanitize(true), RunOptions.DEFAULT.withGc(GcPolicy.OFF).withSanitize(true))) {
            Outcome interpreted = Outcome.of(compiled, options, false);
            Outcome withTier = Outcome.of(compiled, options, true);
            String how = name + " under " + options.gc().cliName() + (options.sanitize() ? " with the sanitizer" : "");
            assertEquals(interpreted, withTier, how);
            assertTrue(withTier.entries() > 0, how + ": compiled code never ran");
        }
    }

    /**
     * The lessons' buggy builds (wrong call-buffer slot types, a tag payload written through the wrong layout) under
     * the sanitizer: compiled code reports the same violations, at the same steps and slots, stopping or continuing.
     */
    @Test
    void buggyBuildsGiveTheSameViolationsCompiled() {
        int violating = 0;
        for (Lesson lesson : LessonCatalog.lessons()) {
            RunOptions lessonOptions = LessonOptions.parse(lesson.options());
            CompileResult compiled = Compiler.compile(lesson.name() + ".vo", lesson.program(), lessonOptions.compile());
            assertTrue(compiled.ok(), lesson.name());
            for (GcPolicy gc : List.of(GcPolicy.NORMAL, GcPolicy.OFF)) {
                for (OnViolation on : OnViolation.values()) {
                    RunOptions options = lessonOptions.withGc(gc).withSanitize(true).withOnViolation(on);
                    Outcome interpreted = Outcome.of(compiled, options, false);
                    Outcome withTier = Outcome.of(compiled, options, true);
                    assertEquals(interpreted, withTier, lesson.name() + " under " + gc.cliName() + ", " + on);
                    if (!withTier.violations().isEmpty()) violating++;
                }
            }
        }
        assertTrue(violating >= 4, "the lessons' buggy builds should report violations: " + violating);
    }

    @Test
    void benchmarksAtTheirSmallSizeRunTheSameCompiled() {
        for (BenchProgram b : BenchProgram.all()) {
            CompileResult compiled = Compiler.compile(b.name() + ".vo", b.smallSource(), CompileOptions.DEFAULT);
            assertTrue(compiled.ok(), b.name());
            Outcome interpreted = Outcome.of(compiled, RunOptions.DEFAULT, false);
            Outcome withTier = Outcome.of(compiled, RunOptions.DEFAULT, true);
            assertEquals(interpreted, withTier, b.name());
            assertFalse(withTier.stdout().isEmpty(), b.name());
        }
    }

    /** Deeper than {@code CompiledTier.JAVA_DEPTH}: calls past it go through the interpreter, results are unchanged. */
    @Test
    void deepRecursionRunsTheSameCompiled() {
        String source = "package main\nimport \"fmt\"\n"
                + "func depth(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn 1 + depth(n-1)\n}\n"
                + "func main() {\n\tfmt.Println(depth(200000))\n}\n";
        CompileResult compiled = Compiler.compile("deep.vo", source, CompileOptions.DEFAULT);
        Outcome withTier = Outcome.of(compiled, RunOptions.DEFAULT, true);
        assertEquals("200000\n", withTier.stdout()); // what Go prints
        assertEquals(Outcome.of(compiled, RunOptions.DEFAULT, false), withTier);
    }

    /** Unbounded recursion ends in the same call-depth trap, at the same step, as in the interpreter. */
    @Test
    void unboundedRecursionTrapsTheSameCompiled() {
        String source = "package main\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\nfunc main() {\n\tprintln(f(0))\n}\n";
        CompileResult compiled = Compiler.compile("inf.vo", source, CompileOptions.DEFAULT);
        Outcome withTier = Outcome.of(compiled, RunOptions.DEFAULT, true);
        assertEquals("TRAPPED", withTier.outcome());
        assertEquals(Outcome.of(compiled, RunOptions.DEFAULT, false), withTier);
    }

    /**
     * Runs of any length stop exactly where they must (the inspector's runs and recording's checkpoints rely on it):
     * the same sequence of {@code runFor} budgets leaves the machine at the same step, location, heap and collector
     * state with and without the tier.
     */
    @Test
    void boundedRunsStopAtExactlyTheSameStep() {
        for (String name : List.of("binary_trees", "sieve", "maps")) {
            BenchProgram b = BenchProgram.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
            CompileResult compiled = Compiler.compile(name + ".vo", b.smallSource(), CompileOptions.DEFAULT);
            Machine interpreted = new Machine(compiled.program(), RunOptions.DEFAULT, new CapturedOutput());
            Machine withTier = new Machine(compiled.program(), RunOptions.DEFAULT, new CapturedOutput());
            assertTrue(withTier.useCompiledTier());
            long[] budgets = {1, 70, 65, 1000, 4_321, 100_000, 12_345, 999_999};
            for (int i = 0; interpreted.outcome() == null; i++) {
                long budget = budgets[i % budgets.length];
                RunResult a = interpreted.runFor(budget), c = withTier.runFor(budget);
                String at = name + " after " + (i + 1) + " runs";
                assertEquals(a.steps(), c.steps(), at);
                assertEquals(a.outcome(), c.outcome(), at);
                assertEquals(interpreted.currentFunction(), withTier.currentFunction(), at);
                assertEquals(interpreted.currentPc(), withTier.currentPc(), at);
                assertEquals(interpreted.heap().bytesInUse(), withTier.heap().bytesInUse(), at);
                assertEquals(interpreted.collector().cycle(), withTier.collector().cycle(), at);
                assertEquals(interpreted.collector().phase(), withTier.collector().phase(), at);
            }
            assertTrue(withTier.compiledEntries() > 0, name);
        }
    }

    @Test
    void theTierStaysOffUnderAStepLimitOrAStressCollector() {
        CompileResult compiled = Compiler.compile("t.vo", "package main\nfunc main() {}\n", CompileOptions.DEFAULT);
        CapturedOutput out = new CapturedOutput();
        assertFalse(new Machine(compiled.program(), RunOptions.DEFAULT.withGc(GcPolicy.STRESS), out).useCompiledTier());
        assertFalse(new Machine(compiled.program(), RunOptions.DEFAULT.withGc(GcPolicy.INCREMENTAL_STRESS), out).useCompiledTier());
        assertFalse(new Machine(compiled.program(), RunOptions.DEFAULT.withMaxSteps(1000), out).useCompiledTier());
        Machine plain = new Machine(compiled.program(), RunOptions.DEFAULT, out);
        assertTrue(plain.useCompiledTier());
        assertNull(plain.tierProblem());
    }

    /** Everything a user can observe of a finished run. */
    record Outcome(String stdout, String stderr, int exitCode, String outcome, long steps, int cycles, String trap,
                   List<String> violations, long entries) {
        static Outcome of(CompileResult compiled, RunOptions options, boolean tier) {
            CapturedOutput out = new CapturedOutput();
            Machine machine = new Machine(compiled.program(), options, out);
            if (tier) assertTrue(machine.useCompiledTier(), () -> "tier refused: " + machine.tierProblem());
            RunResult r = machine.run();
            return new Outcome(out.stdoutText(), out.stderrText(), r.exitCode(), r.outcome().name(), r.steps(),
                    machine.collector().cycle(), r.trap() == null ? null : r.trap().describe(),
                    r.violations().stream().map(v -> v.describe()).toList(), machine.compiledEntries());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outcome x && stdout.equals(x.stdout) && stderr.equals(x.stderr) && exitCode == x.exitCode
                    && outcome.equals(x.outcome) && steps == x.steps && cycles == x.cycles && java.util.Objects.equals(trap, x.trap)
                    && violations.equals(x.violations);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(stdout, exitCode, steps);
        }
    }
}

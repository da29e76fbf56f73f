package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.check.SlotTypeMismatch;
import gcscope.vm.check.Verifier;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden tests: every sample is compiled with the default options and run under every GC policy
 * with the sanitizer on; each run must print exactly the expected standard output, start its standard
 * error with the expected lines, end with the expected exit code and report no violation, and all four
 * runs must agree with each other; the static slot-type verifier must find nothing (default call
 * buffers). The stress run must stay within the cost budget of DESIGN.md
 * (instructions x peak live objects, sampled every {@link #CHUNK} instructions). Compile-error samples
 * must yield exactly their expected diagnostics.
 */
class GoldenSamplesTest {

    /** Every policy of VM.md; the order is the order of the runs (cheapest first). */
    static final List<GcPolicy> POLICIES =
            List.of(GcPolicy.OFF, GcPolicy.NORMAL, GcPolicy.INCREMENTAL_STRESS, GcPolicy.STRESS);

    /** DESIGN.md: instructions x live objects of a stress run stays under about 2x10^8. */
    static final long STRESS_BUDGET = 200_000_000L;

    /** Runs go in chunks of this many instructions so that the peak of live objects can be sampled. */
    static final long CHUNK = 500;

    /** Samples that fail today because of another area's bug (see {@link KnownFailures}). */
    static final KnownFailures KNOWN = KnownFailures.load();

    /** A guard against a runaway loop in a young VM: no sample needs this many instructions. */
    static final long MAX_STEPS = 5_000_000;

    static List<String> runnableSamples() {
        return SampleCatalog.samples().stream().filter(s -> !s.spec().expectsCompileErrors()).map(Sample::name).toList();
    }

    static List<String> compileErrorSamples() {
        return SampleCatalog.samples().stream().filter(s -> s.spec().expectsCompileErrors()).map(Sample::name).toList();
    }

    static List<String> benchmarks() {
        return SampleCatalog.benchmarks().stream().map(Sample::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runnableSamples")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void printsExactlyWhatGoPrintsUnderEveryCollectorPolicy(String name) {
        Sample sample = SampleCatalog.sample(name).orElseThrow();
        GoldenSpec spec = sample.spec();
        CompileResult compiled = Compiler.compile(name, sample.source(), CompileOptions.DEFAULT);
        if (!compiled.ok()) {
            KNOWN.judge(name, List.of("does not compile:\n" + describe(compiled.diagnostics())));
            return;
        }

        List<String> problems = new ArrayList<>();
        List<SlotTypeMismatch> mismatches = Verifier.verify(compiled.program());
        if (!mismatches.isEmpty()) problems.add("the static slot-type verifier reports " + mismatches);
        Map<GcPolicy, Run> runs = new EnumMap<>(GcPolicy.class);
        Map<List<String>, List<String>> policiesByProblems = new LinkedHashMap<>();
        for (GcPolicy policy : POLICIES) {
            Run run;
            try {
                run = Run.of(compiled, policy);
            } catch (RuntimeException | StackOverflowError e) {
                // a Java exception escaping the VM is a bug (CLI.md), reported like any other problem
                StackTraceElement[] at = e.getStackTrace();
                problems.add("[" + policy.cliName() + "] the VM threw " + e + (at.length > 0 ? " at " + at[0] : ""));
                KNOWN.judge(name, problems);
                return;
            }
            runs.put(policy, run);
            List<String> p = run.problems(spec);
            if (!p.isEmpty()) policiesByProblems.computeIfAbsent(p, k -> new ArrayList<>()).add(policy.cliName());
        }
        policiesByProblems.forEach((p, policies) -> problems.add(policies + " " + String.join("\n  ", p)));
        Run reference = runs.get(GcPolicy.OFF);
        for (GcPolicy policy : POLICIES) {
            Run run = runs.get(policy);
            if (!run.stdout().equals(reference.stdout()) || !run.stderr().equals(reference.stderr())
                    || run.result().exitCode() != reference.result().exitCode()) {
                problems.add("[" + policy.cliName() + "] output differs from the run with the collector off");
            }
        }
        Run stress = runs.get(GcPolicy.STRESS);
        if (stress.result().steps() * stress.peakLiveObjects() > STRESS_BUDGET) {
            problems.add("too big for the stress policy: " + stress.result().steps() + " steps x "
                    + stress.peakLiveObjects() + " live objects exceeds " + STRESS_BUDGET);
        }
        KNOWN.judge(name, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compileErrorSamples")
    void reportsExactlyTheExpectedDiagnostics(String name) {
        Sample sample = SampleCatalog.sample(name).orElseThrow();
        CompileResult compiled = Compiler.compile(name, sample.source(), CompileOptions.DEFAULT);
        List<String> actual = compiled.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
        List<String> problems = new ArrayList<>();
        if (!actual.equals(sample.spec().errors())) {
            problems.add("diagnostics differ\n--- expected\n" + String.join("\n", sample.spec().errors())
                    + "\n--- actual\n" + String.join("\n", actual) + "\n---");
        }
        if (compiled.program() != null) problems.add("a program was produced although there are errors");
        compiled.diagnostics().stream().filter(d -> !name.equals(d.file())).findFirst()
                .ifPresent(d -> problems.add("diagnostic names file " + d.file() + ", not " + name));
        KNOWN.judge(name, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void benchmarkProgramsCompile(String name) {
        Sample sample = SampleCatalog.benchmark(name).orElseThrow();
        CompileResult compiled = Compiler.compile(name, sample.source(), CompileOptions.DEFAULT);
        assertTrue(compiled.ok(), () -> name + ":\n" + describe(compiled.diagnostics()));
        assertNotNull(compiled.program());
        assertEquals(List.of(), Verifier.verify(compiled.program()), name + ": the verifier finds nothing with split");
    }

    private static String describe(List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : diagnostics) b.append("  ").append(d).append('\n');
        return b.toString();
    }

    /** One run of a compiled sample under one policy, with the sanitizer on. */
    record Run(GcPolicy policy, RunResult result, String stdout, String stderr, long peakLiveObjects) {
        static Run of(CompileResult compiled, GcPolicy policy) {
            RunOptions options = RunOptions.DEFAULT.withGc(policy).withSanitize(true).withMaxSteps(MAX_STEPS);
            CapturedOutput out = new CapturedOutput();
            Machine machine = new Machine(compiled.program(), options, out);
            long peak = 0;
            RunResult result;
            do {
                result = machine.runFor(CHUNK);
                peak = Math.max(peak, machine.heap().liveObjects());
            } while (result.outcome() == Outcome.SUSPENDED);
            return new Run(policy, result, out.stdoutText(), out.stderrText(), peak);
        }

        List<String> problems(GoldenSpec spec) {
            List<String> p = new ArrayList<>();
            if (!stdout.equals(spec.stdout())) {
                p.add("stdout differs\n--- expected\n" + spec.stdout() + "--- actual\n" + stdout + "---");
            }
            if (!spec.stderrPrefix().isEmpty() && !stderr.startsWith(spec.stderrPrefixText())) {
                p.add("stderr does not start with\n" + spec.stderrPrefixText() + "--- actual\n" + stderr + "---");
            }
            if (spec.stderrPrefix().isEmpty() && spec.exitCode() == 0 && !stderr.isEmpty()) {
                p.add("unexpected stderr:\n" + stderr);
            }
            if (result.exitCode() != spec.exitCode()) {
                p.add("exit " + result.exitCode() + " (" + result.outcome() + "), expected " + spec.exitCode()
                        + (result.trap() != null ? ": " + result.trap().describe() : ""));
            }
            if (!result.violations().isEmpty()) {
                p.add("sanitizer violations: " + result.violations());
            }
            return p;
        }
    }
}

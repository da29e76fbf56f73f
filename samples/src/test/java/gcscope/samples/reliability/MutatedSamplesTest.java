package gcscope.samples.reliability;

import gcscope.vm.config.GcPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 8's mutation test: {@link Mutant#count()} programs (1,000 by default) made by random edits of
 * the golden samples are compiled and run with small limits and a per-program timeout. None may make
 * the compiler or the VM throw, fail internally or hang. Then the differential part: every mutant that
 * compiles and ends within its limits with the collector off (finished or panicked) must print the same
 * standard output and standard error and end with the same exit code under {@code stress} and
 * {@code incremental-stress}, with the sanitizer clean, and call buffers {@code split}.
 *
 * <p>Problem programs are written to {@code target/mutants/} for reproduction. Longer local runs:
 * {@code -Dgcscope.mutants.count=20000 -Dgcscope.mutants.seed=7}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutatedSamplesTest {
    /** Generous: a hang never ends, and a few mutants do quadratic string work on a shared machine. */
    static final long TIMEOUT_MILLIS = 60_000;
    /** The stress runs re-collect at every allocation: only mutants this short are compared. */
    static final long DIFFERENTIAL_MAX_STEPS = 60_000;

    private final Map<Integer, Probe.Result> offRuns = new TreeMap<>();
    private List<Mutant> mutants;

    @BeforeAll
    void compileAndRunEveryMutantWithTheCollectorOff() {
        mutants = Mutant.set(Mutant.seed(), Mutant.count());
        try (Probe probe = new Probe(TIMEOUT_MILLIS)) {
            for (Mutant m : mutants) offRuns.put(m.index(), probe.compileAndRun(m.source(), GcPolicy.OFF));
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void noMutantMakesTheCompilerOrTheVmThrowOrHang() {
        List<String> problems = new ArrayList<>();
        int compiled = 0;
        for (Mutant m : mutants) {
            Probe.Result r = offRuns.get(m.index());
            if (r.compiled() != null && r.compiled().ok()) compiled++;
            if (r.problem() != null) problems.add(report(m, "[gc off] " + r.problem()));
        }
        System.out.printf("mutants: %d (seed %d), compiled: %d, problems: %d%n", mutants.size(), Mutant.seed(), compiled, problems.size());
        assertTrue(mutants.size() >= Math.min(1000, Mutant.count()), "too few mutants: " + mutants.size());
        assertTrue(compiled > 0 && compiled < mutants.size(),
                "the edits should leave some programs valid and break others: " + compiled + " of " + mutants.size() + " compile");
        if (!problems.isEmpty()) fail(problems.size() + " of " + mutants.size() + " mutants broke GcScope:\n" + String.join("\n", head(problems)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void validMutantsPrintTheSameUnderTheStressingCollectorsWithTheSanitizerClean() {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        try (Probe probe = new Probe(TIMEOUT_MILLIS)) {
            for (Mutant m : mutants) {
                Probe.Result off = offRuns.get(m.index());
                if (!off.finishedWithinLimits() || off.run().steps() > DIFFERENTIAL_MAX_STEPS) continue;
                compared++;
                if (!off.run().violations().isEmpty()) problems.add(report(m, "[gc off] sanitizer: " + off.run().violations()));
                for (GcPolicy policy : List.of(GcPolicy.STRESS, GcPolicy.INCREMENTAL_STRESS)) {
                    Probe.Result r = probe.compileAndRun(m.source(), policy);
                    String where = "[gc " + policy.cliName() + "] ";
                    if (r.problem() != null) problems.add(report(m, where + r.problem()));
                    else if (r.run() == null) problems.add(report(m, where + "did not compile the second time"));
                    else if (!r.run().violations().isEmpty()) problems.add(report(m, where + "sanitizer: " + r.run().violations()));
                    else if (r.run().exitCode() != off.run().exitCode() || !r.stdout().equals(off.stdout())
                            || !r.stderr().equals(off.stderr())) {
                        problems.add(report(m, where + "differs from gc off: exit " + r.run().exitCode() + " vs "
                                + off.run().exitCode() + "\n--- stdout off:\n" + clip(off.stdout()) + "\n--- stdout " + policy.cliName()
                                + ":\n" + clip(r.stdout()) + "\n--- stderr off:\n" + clip(off.stderr()) + "\n--- stderr "
                                + policy.cliName() + ":\n" + clip(r.stderr())));
                    }
                }
            }
        }
        System.out.printf("valid mutants compared under stress and incremental-stress: %d, differences: %d%n", compared, problems.size());
        assertTrue(compared >= Math.max(5, mutants.size() / 25), "too few valid mutants to compare: " + compared);
        if (!problems.isEmpty()) fail(problems.size() + " differences among " + compared + " valid mutants:\n" + String.join("\n", head(problems)));
    }

    /** Writes the mutant to target/mutants/ and describes the problem. */
    static String report(Mutant m, String problem) {
        Path dir = Path.of("target", "mutants");
        String where;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("mutant-" + m.index() + ".vo");
            Files.writeString(file, m.source(), StandardCharsets.UTF_8);
            where = file.toString();
        } catch (IOException e) {
            where = "(not written: " + e.getMessage() + ")";
        }
        return m.label() + " " + where + ": " + problem;
    }

    private static List<String> head(List<String> problems) {
        return problems.size() <= 15 ? problems : problems.subList(0, 15);
    }

    private static String clip(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }
}

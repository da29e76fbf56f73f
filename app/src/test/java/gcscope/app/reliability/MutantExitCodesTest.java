package gcscope.app.reliability;

import gcscope.samples.reliability.Mutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 8's mutation test through the command line: the mutation set of the samples module (1,000
 * random edits of the golden samples by default, the same programs for the same seed) is run with
 * {@code gcscope run FILE} and small limits, in-process, each with a timeout. Every exit code is one of
 * CLI.md's (0 to 5); an internal error (exit 70), an exception escaping the CLI or a hang is a failure.
 * Every tenth mutant also goes through {@code verify}. Larger runs: {@code -Dgcscope.mutants.count=N}.
 */
class MutantExitCodesTest {
    static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 4, 5);
    /** Generous: a hang never ends, and a few mutants do quadratic string work on a shared machine (mutant #216). */
    static final long TIMEOUT_MILLIS = 90_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyMutantEndsWithADocumentedExitCodeAndNoInternalError() throws IOException {
        List<Mutant> mutants = Mutant.set(Mutant.seed(), Mutant.count());
        List<String> problems = new ArrayList<>();
        int[] byCode = new int[6];
        try (CliInvocation cli = new CliInvocation(TIMEOUT_MILLIS)) {
            for (Mutant m : mutants) {
                Path file = dir.resolve("mutant-" + m.index() + ".vo");
                Files.writeString(file, m.source(), StandardCharsets.UTF_8);
                CliInvocation.Ended run = cli.execute("run", file.toString(), "--gc", "normal", "--sanitize",
                        "--max-steps", "200000", "--heap-limit", "8000000", "--max-depth", "500",
                        "--max-goroutines", "100", "--max-output", "262144");
                check(m, "run", run, file, problems);
                if (DOCUMENTED.contains(run.exitCode())) byCode[run.exitCode()]++;
                if (m.index() % 10 == 0) check(m, "verify", cli.execute("verify", file.toString()), file, problems);
            }
        }
        System.out.printf("mutants through the CLI: %d; exit codes 0..5: %s%n", mutants.size(), java.util.Arrays.toString(byCode));
        assertEquals(Mutant.count(), mutants.size());
        assertTrue(byCode[0] + byCode[2] + byCode[3] > 0, "no mutant ran at all");
        assertTrue(byCode[1] > 0, "no mutant failed to compile");
        if (!problems.isEmpty()) fail(problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
    }

    private static void check(Mutant m, String verb, CliInvocation.Ended e, Path file, List<String> problems) {
        String what = m.label() + " [" + verb + "] ";
        if (e.exitCode() == -1) {
            problems.add(what + "hang: no exit within " + TIMEOUT_MILLIS + " ms");
        } else if (!DOCUMENTED.contains(e.exitCode()) || e.err().contains("internal error")) {
            problems.add(what + "exit " + e.exitCode() + ": " + clip(e.err()) + "\n--- program:\n" + clip(m.source()));
        } else if (e.exitCode() == 1 && !e.err().startsWith(file + ":")) {
            problems.add(what + "compile errors not as file:line:col: message: " + clip(e.err()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 1500 ? s : s.substring(0, 1500) + "...";
    }
}

package gcscope.app.bench;

import gcscope.app.cli.BenchCommand;
import gcscope.app.cli.Cli;
import gcscope.app.cli.Console;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench verb's wiring, with fake processes: no real benchmark runs here. */
class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badRepetitionCountIsAUsageError() {
        assertEquals(5, new Cli(console).execute("bench", "--reps", "0"));
    }

    @Test
    void unknownSizesAreAUsageError() {
        assertEquals(5, new Cli(console).execute("bench", "--sizes", "huge"));
    }

    @Test
    void unknownBenchmarkNameIsAUsageError() {
        assertEquals(5, new Cli(console).execute("bench", "--only", "no_such_benchmark"));
    }

    @Test
    void runsTheShippedProgramAtSmallSizesThroughTheSelfCommandAndPrintsTheTable() {
        List<List<String>> calls = new ArrayList<>();
        ProcessRunner fake = (command, timeout) -> {
            calls.add(command);
            return new ProcessRunner.Result(0, "42\n", "", 2_000_000_000L, false);
        };
        BenchCommand bench = new BenchCommand(console, fake, exe -> Optional.empty(), List.of("gcscope-self"));
        int code = new CommandLine(bench).execute("--only", "fib", "--sizes", "small", "--reps", "3");
        assertEquals(0, code, out() + err);
        assertEquals(3, calls.size());
        assertEquals(List.of("gcscope-self", "run"), calls.get(0).subList(0, 2));
        assertTrue(out().contains("| fib       | 2.000 s |"), out());
    }

    @Test
    void aFailingRunGivesExitTwo() {
        ProcessRunner fake = (command, timeout) -> new ProcessRunner.Result(3, "", "trap", 1, false);
        BenchCommand bench = new BenchCommand(console, fake, exe -> Optional.empty(), List.of("gcscope-self"));
        assertEquals(2, new CommandLine(bench).execute("--only", "fib", "--reps", "1"));
        assertTrue(out().contains("FAILED (exit 3)"), out());
    }
}

package gcscope.app.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchRunnerTest {
    /** Answers each command by its first word; records the order of the runs. */
    static final class FakeProcesses implements ProcessRunner {
        final List<String> calls = new ArrayList<>();
        private final Function<String, Result> answers;

        FakeProcesses(Function<String, Result> answers) {
            this.answers = answers;
        }

        @Override
        public Result run(List<String> command, Duration timeout) {
            calls.add(command.get(0));
            return answers.apply(command.get(0));
        }
    }

    static ProcessRunner.Result ok(String out, long millis) {
        return new ProcessRunner.Result(0, out, "", millis * 1_000_000L, false);
    }

    private static BenchRunner runner(ProcessRunner p, int reps) {
        return new BenchRunner(p, reps, Duration.ofSeconds(10), line -> { });
    }

    @Test
    void runsImplementationsRoundRobinEachRepetition() {
        FakeProcesses p = new FakeProcesses(cmd -> ok("42\n", 10));
        runner(p, 3).measure("fib", List.of(Contestant.runnable("a", List.of("a")), Contestant.runnable("b", List.of("b"))));
        assertEquals(List.of("a", "b", "a", "b", "a", "b"), p.calls);
    }

    @Test
    void agreeingOutputsGiveMedianTimes() {
        FakeProcesses p = new FakeProcesses(cmd -> ok("42\n", cmd.equals("a") ? 10 : 30));
        BenchRunner.Measured m = runner(p, 2).measure("fib",
                List.of(Contestant.runnable("a", List.of("a")), Contestant.runnable("b", List.of("b"))));
        assertEquals(10_000_000L, ((Cell.Timed) m.row().cells().get(0)).median());
        assertEquals(30_000_000L, ((Cell.Timed) m.row().cells().get(1)).median());
        assertTrue(m.notes().isEmpty());
    }

    @Test
    void theImplementationThatDisagreesWithTheOthersFails() {
        FakeProcesses p = new FakeProcesses(cmd -> ok(cmd.equals("gc") ? "41\n" : "42\n", 10));
        BenchRunner.Measured m = runner(p, 1).measure("fib", List.of(Contestant.runnable("gcscope", List.of("gc")),
                Contestant.runnable("lua", List.of("lua")), Contestant.runnable("py", List.of("py"))));
        assertInstanceOf(Cell.Failed.class, m.row().cells().get(0));
        assertInstanceOf(Cell.Timed.class, m.row().cells().get(1));
        assertInstanceOf(Cell.Timed.class, m.row().cells().get(2));
        assertEquals("fib, gcscope: output line 1: expected \"42\", got \"41\"", m.notes().get(0));
    }

    @Test
    void twoImplementationsThatDisagreeBothFail() {
        FakeProcesses p = new FakeProcesses(cmd -> ok(cmd, 10));
        BenchRunner.Measured m = runner(p, 1).measure("x", List.of(Contestant.runnable("a", List.of("a")), Contestant.runnable("b", List.of("b"))));
        assertInstanceOf(Cell.Failed.class, m.row().cells().get(0));
        assertInstanceOf(Cell.Failed.class, m.row().cells().get(1));
    }

    @Test
    void nonZeroExitFailsAndIsNotRunAgain() {
        FakeProcesses p = new FakeProcesses(cmd -> cmd.equals("a") ? new ProcessRunner.Result(3, "", "trap: wild reference\n", 5, false) : ok("1\n", 10));
        BenchRunner.Measured m = runner(p, 3).measure("x", List.of(Contestant.runnable("a", List.of("a")), Contestant.runnable("b", List.of("b"))));
        assertEquals(List.of("a", "b", "b", "b"), p.calls);
        assertEquals("FAILED (exit 3)", m.row().cells().get(0).text());
        assertEquals("x, a: exit 3 - trap: wild reference", m.notes().get(0));
    }

    @Test
    void timeoutFails() {
        FakeProcesses p = new FakeProcesses(cmd -> new ProcessRunner.Result(-1, "", "", 0, true));
        BenchRunner.Measured m = runner(p, 1).measure("x", List.of(Contestant.runnable("a", List.of("a"))));
        assertEquals("FAILED (timed out after 10 s)", m.row().cells().get(0).text());
    }

    @Test
    void unavailableImplementationIsNeverRun() {
        FakeProcesses p = new FakeProcesses(cmd -> ok("1\n", 10));
        BenchRunner.Measured m = runner(p, 2).measure("x", List.of(Contestant.runnable("a", List.of("a")),
                Contestant.unavailable("lua5.4", "lua5.4 not installed")));
        assertEquals(List.of("a", "a"), p.calls);
        assertEquals("n/a (lua5.4 not installed)", m.row().cells().get(1).text());
    }

    @Test
    void cpuTimeModeTablesCpuTimeInsteadOfWallTime() {
        FakeProcesses p = new FakeProcesses(cmd -> new ProcessRunner.Result(0, "1\n", "", 9_000_000_000L, 2_000_000_000L, false));
        BenchRunner.Measured m = new BenchRunner(p, 1, Duration.ofSeconds(10), line -> { }, true)
                .measure("x", List.of(Contestant.runnable("a", List.of("a"))));
        assertEquals("2.000 s", m.row().cells().get(0).text());
    }

    @Test
    void cpuTimeModeFailsWhereCpuTimeIsUnknown() {
        FakeProcesses p = new FakeProcesses(cmd -> ok("1\n", 10));
        BenchRunner.Measured m = new BenchRunner(p, 1, Duration.ofSeconds(10), line -> { }, true)
                .measure("x", List.of(Contestant.runnable("a", List.of("a"))));
        assertEquals("FAILED (no CPU time on this system)", m.row().cells().get(0).text());
    }
}

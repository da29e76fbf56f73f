package gcscope.app.bench;

import java.time.Duration;
import java.util.List;

/** Runs one command as a whole process and measures its wall time; a fake one serves the tests. */
@FunctionalInterface
public interface ProcessRunner {
    /**
     * The finished (or timed-out) process: {@code nanos} is its wall time, {@code cpuNanos} the CPU time
     * (user + system, all its threads) it used, or -1 where that cannot be measured.
     */
    record Result(int exitCode, String out, String err, long nanos, long cpuNanos, boolean timedOut) {
        /** A result whose CPU time is unknown. */
        public Result(int exitCode, String out, String err, long nanos, boolean timedOut) {
            this(exitCode, out, err, nanos, -1, timedOut);
        }
    }

    /** Runs {@code command} with no standard input; never throws for a failing program (errors are values). */
    Result run(List<String> command, Duration timeout);
}

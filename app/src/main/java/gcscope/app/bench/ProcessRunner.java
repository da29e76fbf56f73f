package gcscope.app.bench;

import java.time.Duration;
import java.util.List;

/** Runs one command as a whole process and measures its wall time; a fake one serves the tests. */
@FunctionalInterface
public interface ProcessRunner {
    /** The finished (or timed-out) process. */
    record Result(int exitCode, String out, String err, long nanos, boolean timedOut) {
    }

    /** Runs {@code command} with no standard input; never throws for a failing program (errors are values). */
    Result run(List<String> command, Duration timeout);
}

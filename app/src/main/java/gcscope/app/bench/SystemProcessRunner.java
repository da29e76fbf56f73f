package gcscope.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with {@link ProcessBuilder}: standard output and error go to temporary files (no pipe can
 * fill up and stall the timing), the wall time is from {@code start()} to the end of {@code waitFor()}.
 */
public final class SystemProcessRunner implements ProcessRunner {
    @Override
    public Result run(List<String> command, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("gcscope-bench-out-", ".txt");
            err = Files.createTempFile("gcscope-bench-err-", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            long cpuBefore = childCpuNanos();
            long start = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long nanos = System.nanoTime() - start;
            if (!done) {
                p.destroyForcibly();
                p.waitFor();
            }
            long cpuAfter = childCpuNanos();
            long cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
            return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), nanos, cpu, !done);
        } catch (IOException e) {
            return new Result(-1, "", "cannot run " + command.get(0) + ": " + e.getMessage(), 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted", 0, false);
        } finally {
            delete(out);
            delete(err);
        }
    }

    /**
     * The CPU time of this JVM's finished (waited-for) child processes so far, from the {@code cutime} and
     * {@code cstime} fields of Linux's {@code /proc/self/stat} (in clock ticks of 1/100 s); -1 elsewhere.
     * The difference around one run is that run's CPU time, which, unlike wall time, does not grow when
     * other work competes for the cores.
     */
    static long childCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            return parseChildCpuNanos(stat);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code cutime + cstime} of a {@code /proc/PID/stat} line, in nanoseconds; -1 if it is not one. */
    static long parseChildCpuNanos(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) return -1;
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        if (f.length < 15) return -1;
        long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return ticks * 10_000_000L;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}

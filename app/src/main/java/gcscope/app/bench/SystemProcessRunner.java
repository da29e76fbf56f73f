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
            long start = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long nanos = System.nanoTime() - start;
            if (!done) {
                p.destroyForcibly();
                p.waitFor();
            }
            return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), nanos, !done);
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

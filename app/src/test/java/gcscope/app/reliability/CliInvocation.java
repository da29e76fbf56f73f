package gcscope.app.reliability;

import gcscope.app.cli.Cli;
import gcscope.app.cli.Console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the CLI in-process on a daemon worker thread with a wall-clock timeout and captured streams.
 * {@link Ended#exitCode()} is -1 for a hang (no exit code within the timeout) and -2 for a Java exception
 * escaping {@link Cli#execute} (which must never happen: it catches everything and exits 70).
 */
final class CliInvocation implements AutoCloseable {
    record Ended(int exitCode, String out, String err) {
    }

    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    CliInvocation(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Ended execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        Future<Integer> f = worker.submit(() -> cli.execute(args));
        int code;
        try {
            code = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            code = -1;
        } catch (ExecutionException e) {
            err.writeBytes(("escaped Cli.execute: " + e.getCause()).getBytes(StandardCharsets.UTF_8));
            code = -2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        return new Ended(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "cli-probe", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

package gcscope.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs one fuzz input's work on a daemon worker thread and fails if it takes longer than a deadline: the
 * hang check of the fuzz targets. (A JUnit {@code @Timeout} on a {@code @FuzzTest} would also limit the
 * whole campaign, which is one invocation while fuzzing, and end it with a false finding.)
 */
final class Deadline implements AutoCloseable {
    private final long seconds;
    private ExecutorService worker = newWorker();

    Deadline(long seconds) {
        this.seconds = seconds;
    }

    <T> T run(Callable<T> work) {
        Future<T> f = worker.submit(work);
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail("hang: no result within " + seconds + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-input", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

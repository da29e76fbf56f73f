package gcscope.samples.reliability;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;
import gcscope.vm.interp.TrapKind;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compiles and runs one program with small limits on a worker thread with a wall-clock timeout, and
 * says how it went. A Java exception escaping the compiler or the VM, an internal compiler error
 * diagnostic, an INTERNAL trap and a timeout are problems ({@link Result#problem()} non-null); every
 * program outcome of VM.md (finished, panic, trap, violation) is fine.
 */
public final class Probe implements AutoCloseable {
    public static final long MAX_STEPS = 200_000;

    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    public Probe(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** What happened: {@code run} is null when the program did not compile (or on a problem before running). */
    public record Result(CompileResult compiled, RunResult run, String stdout, String stderr, String problem) {
        public boolean finishedWithinLimits() {
            return problem == null && run != null
                    && (run.outcome() == Outcome.FINISHED || run.outcome() == Outcome.PANICKED);
        }
    }

    public static RunOptions limits(GcPolicy policy) {
        return RunOptions.DEFAULT.withGc(policy).withSanitize(true).withMaxSteps(MAX_STEPS)
                .withLimits(8L << 20, 500, 100, 256 * 1024);
    }

    public Result compileAndRun(String source, GcPolicy policy) {
        Future<Result> f = worker.submit(() -> work(source, policy));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is a daemon: it cannot keep the JVM alive
            return new Result(null, null, "", "", "hang: no result within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return new Result(null, null, "", "", "Java exception: " + trace(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, null, "", "", "interrupted");
        }
    }

    /** Compiles only (for the run under other policies of a program compiled before). */
    private static Result work(String source, GcPolicy policy) {
        CompileResult compiled;
        try {
            compiled = Compiler.compile("mutant.vo", source, CompileOptions.DEFAULT);
        } catch (RuntimeException | Error e) {
            return new Result(null, null, "", "", "Compiler.compile threw " + trace(e));
        }
        for (Diagnostic d : compiled.diagnostics()) {
            if (d.message().startsWith("internal compiler error") && !d.message().contains("nested too deeply")) {
                return new Result(compiled, null, "", "", "internal compiler error: " + d);
            }
        }
        if (!compiled.ok()) return new Result(compiled, null, "", "", null);
        Output out = new Output();
        RunResult run;
        try {
            run = new Machine(compiled.program(), limits(policy), out).run();
        } catch (RuntimeException | Error e) {
            return new Result(compiled, null, out.out.toString(), out.err.toString(), "Machine.run threw " + trace(e));
        }
        String problem = null;
        if (run.outcome() == Outcome.SUSPENDED) problem = "run() ended SUSPENDED";
        else if (run.outcome() == Outcome.TRAPPED && (run.trap() == null || run.trap().kind() == TrapKind.INTERNAL)) {
            problem = "internal VM error: " + (run.trap() == null ? "trap without a Trap" : run.trap().describe());
        }
        return new Result(compiled, run, out.out.toString(), out.err.toString(), problem);
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) : s;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "mutant-probe", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static final class Output implements ProgramOutput {
        private static final int CAP = 1 << 20;
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();

        @Override
        public void stdout(String text) {
            if (out.length() < CAP) out.append(text);
        }

        @Override
        public void stderr(String text) {
            if (err.length() < CAP) err.append(text);
        }
    }
}

package gcscope.app.cli;

import gcscope.samples.SampleCatalog;
import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.RunOptions;
import gcscope.vm.session.Session;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's time-travel target: after recording the first 10M instructions of binary_trees (sanitizer on),
 * goToStep anywhere answers quickly and the checkpoints stay under 1 GiB. The bounds on latency are on the
 * session worker's CPU time (the machine is shared, wall time is only reported): each goToStep under 0.5 s
 * (replays run compiled code), their median well under it. {@link #main} prints the measured numbers; {@link TimeTravelHarness} measures
 * many random targets and the recording's overhead.
 */
@Tag("slow")
class GoToStepLatencyTest {
    static final long RUN = 10_000_000L;
    static final long[] TARGETS = {9_999_999, 5_000_000, 123_457, 7_777_777, 2_500_001, 9_000_000, 1, 6_543_210};

    record Measurement(long target, long wallNanos, long cpuNanos, int objects) {
    }

    record Result(long recordWallNanos, long checkpoints, long bytes, long spacing, Measurement[] points) {
    }

    static Result measure() throws Exception {
        String src = SampleCatalog.benchmark("binary_trees.vo").orElseThrow().source();
        RunOptions options = RunOptions.DEFAULT.withSanitize(true);
        CompileResult r = Compiler.compile("binary_trees.vo", src, options.compile());
        assertTrue(r.ok(), r.diagnostics().toString());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Session session = new Session(r.program(), src, options)) {
            AtomicLong worker = new AtomicLong(-1);
            session.addListener(s -> worker.compareAndSet(-1, Thread.currentThread().getId()));
            long t0 = System.nanoTime();
            VmSnapshot end = session.goToStep(RUN).get(600, TimeUnit.SECONDS);
            long recordWall = System.nanoTime() - t0;
            assertEquals(RUN, end.step(), "the program runs at least 10M instructions");
            long[] stats = session.recordingNumbers().get(60, TimeUnit.SECONDS);
            Measurement[] points = new Measurement[TARGETS.length];
            for (int i = 0; i < TARGETS.length; i++) {
                long cpu0 = mx.getThreadCpuTime(worker.get());
                long w0 = System.nanoTime();
                VmSnapshot s = session.goToStep(TARGETS[i]).get(60, TimeUnit.SECONDS);
                long wall = System.nanoTime() - w0;
                long cpu = mx.getThreadCpuTime(worker.get()) - cpu0;
                assertEquals(TARGETS[i], s.step());
                points[i] = new Measurement(TARGETS[i], wall, cpu, s.heap().objects().size());
            }
            return new Result(recordWall, stats[0], stats[1], stats[2], points);
        }
    }

    @Test
    void goToStepAnywhereInATenMillionStepRecordingIsFastAndMemoryBounded() throws Exception {
        Result res = measure();
        print(res);
        assertTrue(res.bytes() < (1L << 30), "recording holds " + res.bytes() + " bytes");
        long[] cpu = new long[res.points().length];
        for (int i = 0; i < cpu.length; i++) {
            Measurement m = res.points()[i];
            // issue 5: every goToStep answers within 0.5 s. Asserted on the CPU time of the session's worker (the
            // machine is shared, so wall time, which also waits for other processes, is only reported).
            assertTrue(m.cpuNanos() < 500_000_000L, "goToStep(" + m.target() + ") took " + m.cpuNanos() / 1e6 + " ms CPU");
            cpu[i] = m.cpuNanos();
        }
        java.util.Arrays.sort(cpu);
        assertTrue(cpu[cpu.length / 2] < 250_000_000L, "median goToStep " + cpu[cpu.length / 2] / 1e6 + " ms CPU");
    }

    public static void main(String[] args) throws Exception {
        print(measure());
    }

    static void print(Result res) {
        System.out.printf("recorded %d steps in %.1f s: %d checkpoints, %.1f MiB, spacing %d%n", RUN, res.recordWallNanos() / 1e9,
                res.checkpoints(), res.bytes() / 1048576.0, res.spacing());
        for (Measurement m : res.points()) {
            System.out.printf("goToStep(%,d): wall %.0f ms, worker CPU %.0f ms, %d objects%n", m.target(), m.wallNanos() / 1e6,
                    m.cpuNanos() / 1e6, m.objects());
        }
    }
}

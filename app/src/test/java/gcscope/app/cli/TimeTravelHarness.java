package gcscope.app.cli;

import gcscope.samples.SampleCatalog;
import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.session.Session;
import gcscope.vm.snapshot.VmSnapshot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A measuring harness (not a test): records the first {@code steps} instructions of binary_trees (sanitizer
 * on), compares the recording's CPU time with a plain run of the same instructions, then travels to
 * {@code jumps} random steps and prints p50/max wall and worker-CPU times of goToStep and of the replay
 * alone. Run: {@code java -cp app/target/test-classes:app/target/gcscope.jar gcscope.app.cli.TimeTravelHarness [steps] [jumps]}.
 */
public final class TimeTravelHarness {
    private TimeTravelHarness() {
    }

    public static void main(String[] args) throws Exception {
        long run = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int jumps = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String src = SampleCatalog.benchmark("binary_trees.vo").orElseThrow().source();
        RunOptions options = RunOptions.DEFAULT.withSanitize(true);
        CompileResult r = Compiler.compile("binary_trees.vo", src, options.compile());
        if (!r.ok()) throw new IllegalStateException(r.diagnostics().toString());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ProgramOutput quiet = ProgramOutput.DISCARD;
        // plain run of the same instructions (twice: the first warms the interpreter up)
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long plainCpu = 0, plainProc = 0;
        for (int i = 0; i < 2; i++) {
            long c0 = mx.getCurrentThreadCpuTime(), p0 = os.getProcessCpuTime();
            new Machine(r.program(), options, quiet).runFor(run);
            plainCpu = mx.getCurrentThreadCpuTime() - c0;
            plainProc = os.getProcessCpuTime() - p0;
        }
        try (Session session = new Session(r.program(), src, options)) {
            AtomicLong worker = new AtomicLong(-1);
            session.addListener(s -> worker.compareAndSet(-1, Thread.currentThread().getId()));
            session.goToStep(0).get();
            long c0 = mx.getThreadCpuTime(worker.get()), p0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            VmSnapshot end = session.goToStep(run).get(900, TimeUnit.SECONDS);
            long recordWall = System.nanoTime() - t0;
            long recordCpu = mx.getThreadCpuTime(worker.get()) - c0;
            long recordProc = os.getProcessCpuTime() - p0;
            // the recording's CPU includes building the snapshot at its end: measure that alone and take it out
            long s0 = mx.getThreadCpuTime(worker.get()), sp0 = os.getProcessCpuTime();
            session.goToStep(run).get();
            long snapCpu = mx.getThreadCpuTime(worker.get()) - s0, snapProc = os.getProcessCpuTime() - sp0;
            System.out.printf("one snapshot at the end: %.0f ms worker CPU, %.0f ms process CPU (excluded below)%n", snapCpu / 1e6, snapProc / 1e6);
            recordCpu -= snapCpu;
            recordProc -= snapProc;
            long[] stats = session.recordingNumbers().get();
            System.out.printf("process CPU (all threads): plain %.0f ms, recording %.0f ms: ratio %.2f%n", plainProc / 1e6, recordProc / 1e6,
                    (double) recordProc / plainProc);
            System.out.printf("plain run of %,d steps: %.0f ms CPU; recorded in %.0f ms CPU (%.0f ms wall): ratio %.2f%n", end.step(),
                    plainCpu / 1e6, recordCpu / 1e6, recordWall / 1e6, (double) recordCpu / plainCpu);
            System.out.printf("recording: %d checkpoints, %.1f MiB, spacing %d; JVM heap used %.0f MiB%n", stats[0], stats[1] / 1048576.0,
                    stats[2], (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
            Random rnd = new Random(42);
            long[] wall = new long[jumps], cpu = new long[jumps], proc = new long[jumps];
            for (int i = 0; i < jumps; i++) {
                long target = 1 + (long) (rnd.nextDouble() * (run - 1));
                long cc = mx.getThreadCpuTime(worker.get());
                long pc = os.getProcessCpuTime();
                long ab = ((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(worker.get());
                long w0 = System.nanoTime();
                VmSnapshot s = session.goToStep(target).get(120, TimeUnit.SECONDS);
                wall[i] = System.nanoTime() - w0;
                cpu[i] = mx.getThreadCpuTime(worker.get()) - cc;
                proc[i] = os.getProcessCpuTime() - pc;
                if (s.step() != target) throw new IllegalStateException("went to " + s.step() + " not " + target);
                if (args.length > 2) System.out.printf("  goToStep(%,d): wall %.0f ms, CPU %.0f ms%n", target, wall[i] / 1e6, cpu[i] / 1e6);
                if (args.length > 2) System.out.printf("     process CPU %.0f ms, worker allocated %.1f MB%n", proc[i] / 1e6,
                        (((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(worker.get()) - ab) / 1e6);
            }
            stats = session.recordingNumbers().get();
            System.out.printf("after the jumps: %d checkpoints, %.1f MiB, spacing %d%n", stats[0], stats[1] / 1048576.0, stats[2]);
            System.out.printf("goToStep over %d random targets: wall p50 %.0f ms, p90 %.0f ms, max %.0f ms; CPU p50 %.0f ms, p90 %.0f ms, max %.0f ms%n",
                    jumps, pct(wall, 50), pct(wall, 90), pct(wall, 100), pct(cpu, 50), pct(cpu, 90), pct(cpu, 100));
            System.out.printf("  process CPU (all JVM threads, JIT and GC included): p50 %.0f ms, p90 %.0f ms, max %.0f ms%n", pct(proc, 50),
                    pct(proc, 90), pct(proc, 100));
        }
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.min(s.length - 1, Math.ceil(p / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }
}

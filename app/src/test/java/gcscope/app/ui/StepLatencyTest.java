package gcscope.app.ui;

import gcscope.samples.SampleCatalog;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step latency in the real window on samples/bench/heap10k.vo with its 10,000 live objects: the time
 * from the step command to the moment every panel shows the new snapshot (the next UI pulse after it
 * was applied, the heap graph included). Prints the p50/p95, and where the time goes, to target/step-latency.txt.
 * The always-on {@link HeapSearchWindowTest} finds and focuses one object among the 10,000.
 * Run it with {@code mvn test -pl app -Dtest=StepLatencyTest -Dgcscope.bench=true}.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "gcscope.bench", matches = "true",
        disabledReason = "benchmark: minutes on a loaded 2-core machine; run with -Dgcscope.bench=true")
class StepLatencyTest {
    static {
        // opening the window on heap10k takes longer than TestFX's default 30 s on a loaded 2-core machine
        if (System.getProperty("testfx.setup.timeout") == null) System.setProperty("testfx.setup.timeout", "120000");
    }

    static final int WARMUP = 15;
    static final int STEPS = Integer.getInteger("gcscope.bench.steps", 100);
    private MainWindow window;
    private SampleWindow opened;

    @Start
    void start(Stage stage) throws IOException {
        String text = SampleCatalog.benchmark("heap10k.vo").orElseThrow().source();
        opened = SampleWindow.open(stage, "heap10k.vo", text);
        window = opened.window;
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        opened.close();
    }

    private void waitUntil(java.util.function.BooleanSupplier c, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, c::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            var s = window.model().snapshot();
            throw new AssertionError("not reached; now " + (s == null ? "no snapshot" : "step " + s.step() + " " + s.status()
                    + " line " + window.model().source().currentLine()) + "; console: " + window.model().console().textProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void stepLatencyWithTenThousandLiveObjects(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.source().area().moveTo(25, 0);
            window.perform(Command.TOGGLE_BREAKPOINT);
            window.perform(Command.CONTINUE);
        });
        waitUntil(() -> window.model().snapshot() != null && window.model().source().currentLine() == 26
                && window.graph().shownSnapshot() == window.model().snapshot(), 120);
        assertTrue(window.model().snapshot().heap().objectCount() >= 10_000, "heap10k keeps 10,000 objects live");
        // where the time goes: the worker (step + snapshot), the panel models, the graph, the pulse
        AtomicLong workerDone = new AtomicLong(), modelDone = new AtomicLong(), graphDone = new AtomicLong();
        window.target().addListener(s -> workerDone.set(System.nanoTime()));
        robot.interact(() -> {
            window.model().snapshotProperty().addListener((o, w, n) -> modelDone.set(System.nanoTime()));
            window.graph().setOnLaidOut(() -> graphDone.set(System.nanoTime()));
        });
        // the layout pass of every pulse (CSS + layout of the scene graph), and the time from its start to its end
        AtomicLong layoutStart = new AtomicLong(), layoutNanos = new AtomicLong();
        Runnable preLayout = () -> layoutStart.set(System.nanoTime());
        robot.interact(() -> window.scene().addPreLayoutPulseListener(preLayout));
        long[] total = new long[STEPS], worker = new long[STEPS], model = new long[STEPS], graph = new long[STEPS], cpu = new long[STEPS];
        long[] wait = new long[STEPS], layout = new long[STEPS];
        for (int j = 0; j < WARMUP + STEPS; j++) {
            int i = Math.max(0, j - WARMUP);
            long before = window.model().snapshot().step();
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong shownAt = new AtomicLong();
            // the first pulse (after its CSS and layout pass) at which every panel shows the new snapshot
            Runnable pulse = () -> {
                var s = window.model().snapshot();
                if (shown.getCount() > 0 && s != null && s.step() == before + 1 && window.graph().shownSnapshot() == s) {
                    shownAt.set(System.nanoTime());
                    layoutNanos.set(shownAt.get() - layoutStart.get());
                    shown.countDown();
                } else if (shown.getCount() > 0) {
                    Platform.requestNextPulse();
                }
            };
            robot.interact(() -> window.scene().addPostLayoutPulseListener(pulse));
            long cpu0 = threadCpu();
            long t0 = System.nanoTime();
            Platform.runLater(() -> window.perform(Command.STEP_INSTRUCTION));
            assertTrue(shown.await(30, TimeUnit.SECONDS), "step " + i + " shown");
            cpu[i] = threadCpu() - cpu0;
            total[i] = shownAt.get() - t0;
            worker[i] = workerDone.get() - t0;
            model[i] = modelDone.get() - workerDone.get();
            graph[i] = Math.max(0, graphDone.get() - modelDone.get());
            layout[i] = layoutNanos.get();
            wait[i] = Math.max(0, layoutStart.get() - Math.max(modelDone.get(), graphDone.get()));
            robot.interact(() -> window.scene().removePostLayoutPulseListener(pulse));
            assertEquals(before + 1, window.model().snapshot().step());
        }
        robot.interact(() -> window.scene().removePreLayoutPulseListener(preLayout));
        String report = String.format("heap10k step latency over %d steps after %d warm-up steps (step command to the first pulse showing it in every panel): "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "  parts p50/p95: worker (step + snapshot) %.1f/%.1f ms, hand-over + panel models %.1f/%.1f ms, heap graph %.1f/%.1f ms,%n"
                        + "    wait for the pulse %.1f/%.1f ms, pulse CSS + layout %.1f/%.1f ms%n"
                        + "  CPU time of all JVM threads per step (independent of other load on the machine): p50 %.1f ms, p95 %.1f ms%n",
                STEPS, WARMUP, pct(total, 0.5), pct(total, 0.95), pct(total, 1.0), pct(worker, 0.5), pct(worker, 0.95),
                pct(model, 0.5), pct(model, 0.95), pct(graph, 0.5), pct(graph, 0.95), pct(wait, 0.5), pct(wait, 0.95),
                pct(layout, 0.5), pct(layout, 0.95), pct(cpu, 0.5), pct(cpu, 0.95));
        Integer[] order = new Integer[STEPS];
        for (int i = 0; i < STEPS; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(total[b], total[a]));
        StringBuilder slowest = new StringBuilder("  slowest steps (total = worker + models + graph + wait + layout; cpu):\n");
        for (int k = 0; k < Math.min(5, STEPS); k++) {
            int i = order[k];
            slowest.append(String.format("    %.1f ms = %.1f + %.1f + %.1f + %.1f + %.1f; cpu %.1f ms%n", total[i] / 1e6, worker[i] / 1e6,
                    model[i] / 1e6, graph[i] / 1e6, wait[i] / 1e6, layout[i] / 1e6, cpu[i] / 1e6));
        }
        report += slowest;
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "step-latency.txt"), report);
    }

    /** CPU time used so far by every live thread of this JVM (UI, renderer, session worker, layout). */
    private static long threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double pct(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}

package gcscope.app.ui;

import gcscope.samples.SampleCatalog;
import gcscope.vm.snapshot.ExecStatus;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F6 on a run whose heap holds hundreds of thousands of objects and, after a sweep, as many tombstones
 * (binary_trees): the run stops promptly and the window says so. Stopping builds the stop's snapshot; when
 * the pause lands just after a sweep, every tombstone of that cycle gets a new view, and describing each with
 * a format string once made that take seconds (5.7 s at 34M steps; where the pause lands varies, so this
 * test bounds the cost rather than reproducing that case every time). Bounded on the session worker's CPU
 * time (the machine is shared).
 */
@ExtendWith(ApplicationExtension.class)
class PauseOnABigHeapTest {
    private MainWindow window;
    private SampleWindow opened;

    @Start
    void start(Stage stage) throws Exception {
        String text = SampleCatalog.benchmark("binary_trees.vo").orElseThrow().source();
        opened = SampleWindow.open(stage, "binary_trees.vo", text);
        window = opened.window;
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        opened.close();
    }

    @Test
    void pausingARunOnAMillionObjectsIsPrompt(FxRobot robot) throws Exception {
        robot.interact(() -> window.perform(Command.CONTINUE));
        Thread.sleep(5000);
        Thread worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("gcscope-session")).findFirst().orElseThrow();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getThreadCpuTime(worker.getId());
        long t0 = System.nanoTime();
        robot.interact(() -> window.perform(Command.PAUSE));
        WindowWaits.waitUntil(60, () -> !window.target().isRunning());
        long cpuMs = (mx.getThreadCpuTime(worker.getId()) - cpu0) / 1_000_000;
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        WindowWaits.waitUntil(10, () -> window.model().snapshot().status() == ExecStatus.PAUSED);
        Label running = robot.lookup("#running").query();
        WindowWaits.waitUntil(10, () -> running.getText().isEmpty());
        int objects = window.model().snapshot().heap().objects().size();
        System.out.printf("pause at step %,d (%,d objects and tombstones): worker stopped after %d ms CPU, %d ms wall%n",
                window.model().snapshot().step(), objects, cpuMs, wallMs);
        assertTrue(objects > 100_000, "a big heap: " + objects);
        assertTrue(cpuMs < 5_000, "pausing took " + cpuMs + " ms of the worker's CPU (" + wallMs + " ms wall)");
        assertEquals("", running.getText(), "the window no longer says it is running");
    }
}

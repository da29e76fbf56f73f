package gcscope.app.ui;

import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 in the inspector: a program that never ends, whose every instruction copies megabytes, can be
 * paused (and resumed and paused again), and a reached limit stops it with the trap message in the console.
 */
@ExtendWith(ApplicationExtension.class)
class LongRunTest {
    /** Each copy moves a million words; the loop never ends. */
    static final String BULK_FOREVER = """
            package main

            func main() {
            	a := make([]int, 1000000)
            	b := make([]int, 1000000)
            	n := 0
            	for {
            		n += copy(a, b)
            	}
            }
            """;

    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        window.load(new Document(null, "bulk_forever.vo"), BULK_FOREVER);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    private VmSnapshot snapshot() {
        return window.model().snapshot();
    }

    @Test
    void aProgramWhoseInstructionsDoBulkWorkCanBePausedAgainAndAgain(FxRobot robot) {
        WindowWaits.waitUntil(20, () -> snapshot() != null);
        long before = 0;
        for (int round = 0; round < 2; round++) {
            robot.interact(() -> window.perform(Command.CONTINUE));
            long from = before;
            WindowWaits.waitUntil(30, () -> snapshot() != null && snapshot().step() > from + 20);
            long asked = System.nanoTime();
            robot.interact(() -> window.perform(Command.PAUSE));
            WindowWaits.waitUntil(10, () -> snapshot().status() == ExecStatus.PAUSED && !window.target().isRunning());
            long tookMs = (System.nanoTime() - asked) / 1_000_000;
            assertTrue(tookMs < 5_000, "pausing took " + tookMs + " ms");
            long at = snapshot().step();
            assertTrue(at > before, "round " + round + ": the run made progress: step " + at);
            before = at;
        }
    }

    @Test
    void aReachedStepLimitStopsTheRunWithTheTrapMessage(FxRobot robot) {
        robot.interact(() -> {
            window.settings().set(window.settings().options().withMaxSteps(200_000));
            window.reload();
        });
        WindowWaits.waitUntil(20, () -> snapshot() != null && snapshot().step() == 0);
        robot.interact(() -> window.perform(Command.CONTINUE));
        WindowWaits.waitUntil(60, () -> snapshot().status() == ExecStatus.TRAPPED);
        assertEquals("MAX_STEPS", snapshot().trap().kind().name());
        assertTrue(snapshot().step() < 200_000, "bulk work counts toward the limit: stopped at step " + snapshot().step());
        String console = window.model().console().textProperty().get();
        assertTrue(console.contains("step limit of 200000"), console);
    }
}

package gcscope.app.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on the real compiler and Session, opened on the default sample as the launcher does. */
@ExtendWith(ApplicationExtension.class)
class RealProgramTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        window.load(new Document(null, "skel_linked_list.vo"), GcScopeApp.defaultSample());
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(() -> window.scene().getRoot().requestFocus());
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    private static void waitUntil(BooleanSupplier condition) {
        WindowWaits.waitUntil(20, condition);
    }

    private long step() {
        return WindowWaits.step(window);
    }

    @Test
    void theDefaultSampleCompilesAndStarts() {
        assertNotNull(window.target(), window.model().console().textProperty().get());
        assertEquals(0, step());
        assertTrue(window.model().bytecode().rows().size() > 0, "a disassembly is shown");
    }

    @Test
    void steppingMovesTheInstructionAndUpdatesSlots(FxRobot robot) {
        String where0 = window.model().bytecode().functionNameProperty().get() + "@" + window.model().bytecode().currentIndexProperty().get();
        robot.clickOn("#btn-step-instruction");
        waitUntil(() -> step() == 1);
        String where1 = window.model().bytecode().functionNameProperty().get() + "@" + window.model().bytecode().currentIndexProperty().get();
        assertNotEquals(where0, where1, "the highlighted instruction moved");
        for (int i = 0; i < 20; i++) robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() == 21);
        assertTrue(window.model().source().currentLine() > 0);
        assertFalse(window.model().slots().rows().isEmpty(), "the current frame's slots are listed");
    }

    @Test
    void runToTheEndPrintsTheProgramsOutputAndResetGoesBack(FxRobot robot) throws Exception {
        robot.clickOn("#btn-continue");
        waitUntil(() -> window.model().snapshot().exitCode() >= 0);
        assertEquals(0, window.model().snapshot().exitCode(), window.model().console().textProperty().get());
        assertFalse(window.model().snapshot().stdout().isEmpty());
        robot.clickOn("#btn-reset");
        waitUntil(() -> step() == 0);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (int i = 0; i < 60; i++) robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() >= 60);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Exports.writePng(window.scene().getRoot().snapshot(null, null), out.resolve("window-real.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

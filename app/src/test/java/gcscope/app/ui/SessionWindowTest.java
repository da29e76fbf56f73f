package gcscope.app.ui;

import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session files and the recovery copy, driven through the real window, compiler and Session. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        window.load(new Document(null, "skel_linked_list.vo"), GcScopeApp.defaultSample());
        stage.show();
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
    void savingThenOpeningASessionReopensProgramOptionsBreakpointsAndStep(FxRobot robot, @TempDir Path dir) {
        RunOptions options = window.settings().options().withGc(GcPolicy.STRESS).withSanitize(true).withMaxSteps(5_000_000);
        robot.interact(() -> {
            window.settings().set(options);
            window.reload();
            window.target().toggleBreakpoint(14);
        });
        for (int i = 0; i < 9; i++) robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() == 9);
        String program = window.source().text();
        Path file = dir.resolve("shared.gcscope");
        robot.interact(() -> assertTrue(window.files().saveSession(file), window.model().console().textProperty().get()));
        SessionFile saved = window.sessionState();

        robot.interact(() -> window.load(Document.untitled(), FileActions.NEW_PROGRAM));
        waitUntil(() -> step() == 0);
        robot.interact(() -> window.settings().set(RunOptions.DEFAULT));
        assertFalse(window.source().text().equals(program));

        robot.interact(() -> assertTrue(window.files().open(file), window.model().console().textProperty().get()));
        waitUntil(() -> step() == 9);
        assertEquals(program, window.source().text());
        assertEquals(options.withOnViolation(window.settings().options().onViolation()).withRecord(true), window.settings().options());
        assertEquals(5_000_000, window.settings().options().maxSteps(), "an option without a control survives");
        assertEquals(Set.of(14), window.target().breakpoints());
        assertEquals(saved, window.sessionState());
    }

    @Test
    void aCorruptSessionFileIsReportedAndTheProgramStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.gcscope");
        Files.write(file, new byte[]{0, 1, 2, (byte) 0xff});
        String before = window.source().text();
        robot.interact(() -> assertFalse(window.files().open(file)));
        assertTrue(window.model().console().textProperty().get().contains("not a GcScope session"));
        assertEquals(before, window.source().text());
    }

    @Test
    void unsavedEditsAreAutosavedAndSavingRemovesTheCopy(FxRobot robot, @TempDir Path dir) {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        robot.interact(() -> {
            window.enableRecovery(store, 3600);
            window.source().area().appendText("// an edit\n");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().source().dirtyProperty().get(), "the edit marks the buffer dirty");
        robot.interact(window::autosave);
        assertTrue(store.load().orElseThrow().text().endsWith("// an edit\n"));
        Path saved = dir.resolve("prog.vo");
        robot.interact(() -> assertTrue(window.files().saveAs(saved)));
        assertTrue(store.load().isEmpty(), "saving removes the recovery copy");
    }

    @Test
    void theWindowRemembersItsSizeAndDividersWhenItCloses(FxRobot robot) throws Exception {
        Preferences node = prefs.node("placement");
        WindowPlacement places = new WindowPlacement(node);
        MainWindow[] own = new MainWindow[1];
        robot.interact(() -> {
            own[0] = new MainWindow(new Stage(), new SessionBackend(), new RecentFiles(prefs));
            own[0].rememberPlacement(places);
            own[0].stage().show();
        });
        robot.interact(() -> {
            own[0].stage().setWidth(900);
            own[0].stage().setHeight(600);
            own[0].stage().hide();
            own[0].close();
        });
        WindowPlacement.Placement p = places.load().orElseThrow();
        assertEquals(900, p.bounds().width(), 1);
        assertEquals(600, p.bounds().height(), 1);
        assertEquals(3, node.get("dividers.all", "").split(",").length + 1);
    }
}

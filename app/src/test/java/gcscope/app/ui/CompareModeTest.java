package gcscope.app.ui;

import gcscope.samples.LessonCatalog;
import gcscope.views.compare.CompareSide;
import gcscope.views.compare.Difference;
import gcscope.vm.config.CallBufferMode;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare mode driven through the real windows: two sessions stepping in lockstep, differences highlighted. */
@ExtendWith(ApplicationExtension.class)
class CompareModeTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        CompareWindow c = window.comparisons().last();
        if (c != null) javafx.application.Platform.runLater(() -> c.stage().close());
        prefs.removeNode();
        window.close();
    }

    @Test
    void theCallBufferLessonBesideItsFixShowsTheBadSlotAtTheFirstViolation(FxRobot robot) {
        robot.interact(() -> window.comparisons().compareLesson(LessonCatalog.lesson("callbuf-reuse-dst").orElseThrow()));
        CompareWindow c = window.comparisons().last();
        assertNotNull(c, "the compare window opened");
        assertTrue(c.model().left().optionsProperty().get().contains("--callbuf reuse-dst"));
        assertTrue(c.model().right().optionsProperty().get().contains("--callbuf split"));
        robot.interact(() -> robot.lookup("#compare-run").queryButton().fire());
        WindowWaits.waitUntil(60, () -> !c.busy() && c.model().left().snapshot().step() > 0);
        assertTrue(c.model().firstViolationStep() > 0, "the reuse-dst column recorded a violation");
        robot.interact(() -> robot.lookup("#compare-first-violation").queryButton().fire());
        WindowWaits.waitUntil(60, () -> !c.busy() && c.model().left().snapshot().step() == c.model().firstViolationStep());
        assertEquals(c.model().left().snapshot().step(), c.model().right().snapshot().step(), "both columns at the same step");
        assertTrue(c.model().differences().stream().anyMatch(d -> d.kind() == Difference.Kind.SLOT),
                "a slot differs between reuse-dst and split: " + c.model().differences());
        assertTrue(c.model().differences().stream().anyMatch(d -> d.kind() == Difference.Kind.FIRST_VIOLATION));
        @SuppressWarnings("unchecked")
        ListView<CompareSide.SlotLine> slots = robot.lookup("#compare-left-slots").queryAs(ListView.class);
        assertTrue(slots.getItems().stream().anyMatch(CompareSide.SlotLine::differs), "the left column marks the differing slot");
        assertTrue(robot.lookup("#compare-left-slots .differs").tryQuery().isPresent(), "and the row is highlighted");
        Screenshots.save(robot, c.stage().getScene().getRoot(), "compare-callbuf.png");
    }

    @Test
    void stepBothKeepsTheColumnsInLockstepAndStepBackUndoesIt(FxRobot robot) {
        robot.interact(() -> window.load(new Document(null, "p.vo"), "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n"));
        robot.interact(() -> window.comparisons().compareWith(o -> o.withCompile(o.compile().withCallBuffer(CallBufferMode.ALL_VALUE))));
        CompareWindow c = window.comparisons().last();
        assertNotNull(c);
        for (int i = 1; i <= 3; i++) {
            robot.interact(() -> robot.lookup("#compare-step").queryButton().fire());
            WindowWaits.waitUntil(30, () -> !c.busy());
        }
        long l = c.model().left().snapshot().step();
        assertTrue(l > 0);
        assertEquals(l, c.model().right().snapshot().step());
        robot.interact(() -> robot.lookup("#compare-back").queryButton().fire());
        WindowWaits.waitUntil(30, () -> !c.busy());
        assertEquals(l - 1, c.model().left().snapshot().step());
        assertEquals(l - 1, c.model().right().snapshot().step());
    }

    @Test
    void aProgramThatDoesNotCompileIsAMessageNotACompareWindow(FxRobot robot) {
        robot.interact(() -> window.load(new Document(null, "bad.vo"), "package main\nfunc main() { x := }\n"));
        robot.interact(() -> window.comparisons().compareWith(o -> o));
        assertEquals(null, window.comparisons().last());
        assertTrue(window.model().console().textProperty().get().contains("cannot start"),
                window.model().console().textProperty().get());
    }
}

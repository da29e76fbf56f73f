package gcscope.app.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Predict mode in the real window over the scripted linked-list recording (whose every step is known). */
@ExtendWith(ApplicationExtension.class)
class PredictModeTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, ListProgram.backend(), new RecentFiles(prefs));
        window.load(new Document(null, "list.vo"), ListProgram.SOURCE);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    private void goTo(FxRobot robot, int step) {
        robot.interact(() -> window.target().goToStep(step));
        WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == step);
    }

    @Test
    void aRightPredictionScoresFourAndTheTruthIsShownBesideAWrongOne(FxRobot robot) {
        robot.interact(() -> robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        goTo(robot, 5);
        // step 5 -> 6 of the recording: node 0x1000 turns black, a node is added, head and i are written
        robot.clickOn(robot.lookup("#predict-object-1000 .predict-black").queryAs(CheckBox.class));
        @SuppressWarnings("unchecked")
        ComboBox<Object> slot = robot.lookup("#predict-slot").queryAs(ComboBox.class);
        robot.interact(() -> slot.getSelectionModel().select(1)); // 0 "no slot", 1 "slot 0 head", 2 "slot 1 i"
        robot.interact(() -> slot.getOnAction().handle(null));
        assertEquals(0, window.predict().model().slotProperty().get());
        robot.interact(() -> robot.lookup("#predict-check").queryButton().fire());
        WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == 6);
        assertEquals(4, window.predict().model().pointsProperty().get(), window.predict().model().verdict().toString());
        assertTrue(robot.lookup("#predict-score").queryAs(Label.class).getText().contains("score 4/4"));
        assertTrue(window.predict().model().gray().isEmpty(), "the next position starts with an empty guess");
        // step 6 -> 7 changes nothing; guessing the barrier fires is wrong, and the verdict says what happened
        robot.clickOn("#predict-barrier");
        robot.interact(() -> robot.lookup("#predict-check").queryButton().fire());
        WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == 7);
        assertEquals(7, window.predict().model().pointsProperty().get());
        assertEquals(8, window.predict().model().askedProperty().get());
        var barrier = window.predict().model().verdict().get(3);
        assertFalse(barrier.right());
        assertEquals("did not fire", barrier.truth());
        assertTrue(robot.lookup("#predict-verdict .predict-wrong").tryQuery().isPresent(), "the wrong part is marked");
        Screenshots.save(robot, window.scene().getRoot(), "predict.png");
    }
}

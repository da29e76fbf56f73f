package gcscope.app.ui;

import gcscope.samples.SampleCatalog;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.prefs.Preferences;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bytecode panel's slotTypes table of a function with many slots (map_basic's main has 88) wraps over many
 * lines: it must stay a few lines high below the instruction list and never be drawn over it (it was, before).
 */
@ExtendWith(ApplicationExtension.class)
class SlotTypesLineTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        String src = SampleCatalog.sample("map_basic.vo").orElseThrow().source();
        window.load(new Document(null, "map_basic.vo"), src);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    @Test
    void aLongSlotTypesTableScrollsBelowTheInstructionsInsteadOfCoveringThem(FxRobot robot) throws Exception {
        Label table = robot.lookup("#slot-types").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> chooser = robot.lookup("#function-chooser").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chooser.getItems().stream().anyMatch(n -> n.contains("main.main")));
        robot.interact(() -> chooser.getSelectionModel().select(
                chooser.getItems().stream().filter(n -> n.contains("main.main")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getText().split(" GCREF| VALUE| INTERFACE").length > 40);
        WaitForAsyncUtils.waitForFxEvents();
        Node scroll = robot.lookup("#slot-types-scroll").tryQuery().orElse(table); // the table itself, were it not scrolled
        Node list = robot.lookup("#bytecode").query();
        Bounds s = scroll.localToScene(scroll.getLayoutBounds()), l = list.localToScene(list.getLayoutBounds());
        double line = table.getFont().getSize() * 1.5;
        assertTrue(table.getHeight() > 4 * line, "the table wraps over more lines than show: " + table.getHeight());
        assertTrue(s.getHeight() <= 3 * line + 8, "at most three lines show: " + s.getHeight());
        assertTrue(l.getMaxY() <= s.getMinY() + 1, "the list ends where the table starts: " + l + " / " + s);
        assertTrue(l.getHeight() > 100, "the instructions keep their room: " + l.getHeight());
    }
}

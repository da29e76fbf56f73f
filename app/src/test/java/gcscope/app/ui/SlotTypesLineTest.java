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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bytecode panel's slotTypes table of a function with many slots (map_basic's main has 88) wraps over many
 * lines: it must stay a few lines high below the instruction list and never be drawn over it (it was, before).
 */
@ExtendWith(ApplicationExtension.class)
class SlotTypesLineTest {
    private SampleWindow opened;

    @Start
    void start(Stage stage) {
        String src = SampleCatalog.sample("map_basic.vo").orElseThrow().source();
        opened = SampleWindow.open(stage, "map_basic.vo", src);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        opened.close();
    }

    @Test
    void aLongSlotTypesTableScrollsBelowTheInstructionsInsteadOfCoveringThem(FxRobot robot) {
        Label table = robot.lookup("#slot-types").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> chooser = robot.lookup("#function-chooser").queryAs(javafx.scene.control.ComboBox.class);
        WindowWaits.waitUntil(20, () -> chooser.getItems().stream().anyMatch(n -> n.contains("main.main")));
        robot.interact(() -> chooser.getSelectionModel().select(
                chooser.getItems().stream().filter(n -> n.contains("main.main")).findFirst().orElseThrow()));
        WindowWaits.waitUntil(20, () -> table.getText().split(" GCREF| VALUE| INTERFACE").length > 40);
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

package gcscope.views;

import gcscope.views.common.Selection;
import gcscope.views.heapgraph.HeapGraph;
import gcscope.views.heapgraph.HeapGraphPane;
import gcscope.views.layouts.LayoutModel;
import gcscope.views.layouts.LayoutModelTest;
import gcscope.views.layouts.LayoutPane;
import gcscope.views.slots.SlotsModel;
import gcscope.views.slots.SlotsPane;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single panes in a real (headless) stage, fed hand-made snapshots. */
@ExtendWith(ApplicationExtension.class)
class PanesTest {
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(host, 900, 600);
        scene.getStylesheets().add(Objects.requireNonNull(InspectorModel.class.getResource("/gcscope/views/inspector.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void mismatchedSlotIsOutlined(FxRobot robot) {
        SlotsModel model = new SlotsModel();
        robot.interact(() -> {
            host.getChildren().setAll(new SlotsPane(model, new Selection()));
            model.update(null, Snapshots.mismatch());
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> bad = robot.lookup(".table-row-cell.mismatch").queryAll().stream().toList();
        assertEquals(1, bad.size());
        assertEquals(1, ((TableRow<?>) bad.get(0)).getIndex());
    }

    @Test
    void frameChooserShowsTheCurrentFrame(FxRobot robot) {
        SlotsModel model = new SlotsModel();
        robot.interact(() -> {
            host.getChildren().setAll(new SlotsPane(model, new Selection()));
            model.update(null, Snapshots.listProgram().get(1));
            model.update(Snapshots.listProgram().get(1), Snapshots.listProgram().get(2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> frames = robot.lookup("#frames").queryComboBox();
        assertEquals(0, frames.getSelectionModel().getSelectedIndex());
        assertTrue(String.valueOf(frames.getValue()).contains("main.main"));
    }

    @Test
    void findsAndFocusesOneObjectAmongTenThousand(FxRobot robot) throws Exception {
        Selection selection = new Selection();
        HeapGraphPane[] pane = new HeapGraphPane[1];
        int[] layouts = new int[1];
        VmSnapshot big = Snapshots.bigList(10_000);
        robot.interact(() -> {
            pane[0] = new HeapGraphPane(selection);
            pane[0].setOnLaidOut(() -> layouts[0]++);
            host.getChildren().setAll(pane[0]);
            pane[0].show(big);
        });
        waitFor(() -> layouts[0] >= 1);
        assertTrue(pane[0].graph().aggregated(), "10,000 objects are shown by type");
        long target = 4096 + 24L * 5000;
        robot.interact(() -> assertTrue(pane[0].find(String.format("0x%x", target))));
        waitFor(() -> pane[0].canvas().lookup("#" + HeapGraph.objectId(target)) != null);
        assertEquals(target, selection.selectedAddress());
        Node node = pane[0].canvas().lookup("#" + HeapGraph.objectId(target));
        assertTrue(node.getStyleClass().contains("selected"));
        assertNotNull(pane[0].canvas().lookup("#" + HeapGraph.objectId(target - 24)), "its referent is shown");
        assertNotNull(pane[0].canvas().lookup("#" + HeapGraph.objectId(target + 24)), "its referrer is shown");
    }

    @Test
    void layoutMismatchIsHighlighted(FxRobot robot) {
        LayoutModel model = new LayoutModel();
        robot.interact(() -> {
            host.getChildren().setAll(new LayoutPane(model));
            model.setCode(LayoutModelTest.codeForTests());
            model.select(LayoutModelTest.withEnumForTests(List.of(new FieldView("a", 0, SlotType.GCREF, 0, 0, "nil"),
                    new FieldView("b", 8, SlotType.GCREF, 4200, 4200, "0x1068"), new FieldView("rest", 16, SlotType.VALUE, 3, 0, "3"))), 4096);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#layout-written .byte-cell.mismatch").queryAll().size() > 0);
        assertTrue(robot.lookup("#layout-declared .byte-cell.mismatch").queryAll().size() > 0);
    }
}

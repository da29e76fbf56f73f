package gcscope.app.ui;

import gcscope.views.heapgraph.HeapGraph;
import gcscope.views.slots.SlotLine;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window (headless) over a scripted recording of a linked-list program. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, ListProgram.backend(), new RecentFiles(prefs));
        window.load(new Document(null, "list.vo"), ListProgram.SOURCE);
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
        WindowWaits.waitUntil(5, condition);
    }

    private long step() {
        return WindowWaits.step(window);
    }

    @Test
    void titleNamesTheProgram() {
        assertEquals("GcScope - list.vo", window.stage().getTitle());
    }

    @Test
    void stepButtonMovesLineInstructionAndSlots(FxRobot robot) {
        assertEquals(6, window.model().source().currentLine());
        robot.clickOn("#btn-step-instruction");
        waitUntil(() -> step() == 1);
        assertEquals(7, window.model().source().currentLine());
        assertEquals(1, window.model().bytecode().currentIndexProperty().get());
        robot.clickOn("#btn-step-instruction");
        robot.clickOn("#btn-step-instruction");
        robot.clickOn("#btn-step-instruction");
        waitUntil(() -> step() == 4);
        TableView<SlotLine> slots = robot.lookup("#slots").queryTableView();
        assertEquals("0x1000", slots.getItems().get(0).row().display());
        assertEquals("1", slots.getItems().get(1).row().display());
    }

    @Test
    void slotsWrittenByTheLastStepAreMarked(FxRobot robot) {
        robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() == 2);
        robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() == 3);
        assertTrue(window.model().slots().rows().get(0).changed(), "head was written when the first node was made");
        robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
        waitUntil(() -> step() == 4);
        assertFalse(window.model().slots().rows().get(0).changed());
    }

    @Test
    void f10StepsOverDespiteTheMenuBar(FxRobot robot) {
        robot.type(KeyCode.F10);
        waitUntil(() -> step() == 1);
        assertFalse(robot.lookup(".context-menu").tryQuery().isPresent(), "F10 did not open a menu");
        robot.type(KeyCode.F10);
        waitUntil(() -> step() == 2);
    }

    @Test
    void altLeftStepsBackOneInstruction(FxRobot robot) {
        robot.type(KeyCode.F10).type(KeyCode.F10).type(KeyCode.F10);
        waitUntil(() -> step() == 3);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> step() == 2);
        assertEquals(8, window.model().source().currentLine());
    }

    @Test
    void breakpointStopsARun(FxRobot robot) {
        robot.interact(() -> {
            window.source().area().moveTo(9, 0);
            window.perform(Command.TOGGLE_BREAKPOINT);
        });
        assertTrue(window.model().source().breakpoints().contains(10));
        robot.type(KeyCode.F5);
        waitUntil(() -> step() == 11);
        assertEquals(10, window.model().source().currentLine());
    }

    @Test
    void gutterClickTogglesABreakpoint(FxRobot robot) {
        robot.clickOn("#gutter-8");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().source().breakpoints().contains(8));
        robot.clickOn("#gutter-8");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().source().breakpoints().contains(8));
    }

    @Test
    void runGoesToTheEndAndResetBack(FxRobot robot) {
        robot.clickOn("#btn-continue");
        waitUntil(() -> step() == ListProgram.LINES.length - 1);
        assertTrue(window.model().console().textProperty().get().contains("2"), "program output shown");
        robot.clickOn("#btn-reset");
        waitUntil(() -> step() == 0);
        assertEquals(6, window.model().source().currentLine());
    }

    @Test
    void selectingAGcrefSlotSelectsItsObjectInTheGraph(FxRobot robot) {
        robot.interact(() -> window.perform(Command.CONTINUE));
        waitUntil(() -> step() == ListProgram.LINES.length - 1);
        waitUntil(() -> window.graph().canvas().lookup("#" + HeapGraph.objectId(4144)) != null);
        TableView<SlotLine> slots = robot.lookup("#slots").queryTableView();
        robot.interact(() -> slots.getSelectionModel().select(0));
        assertEquals(4144, window.model().selection().selectedAddress());
        var node = window.graph().canvas().lookup("#" + HeapGraph.objectId(4144));
        assertTrue(node.getStyleClass().contains("selected"));
        // the heap list's tab is not shown (its table is out of the scene meanwhile) but it follows the selection
        TableView<?> heap = window.heapList().table();
        assertEquals(2, heap.getSelectionModel().getSelectedIndex());
        robot.interact(() -> robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        assertEquals(2, robot.lookup("#heap-list").queryTableView().getSelectionModel().getSelectedIndex(), "and shows it when its tab is");
    }

    @Test
    void graphColoursNodesByMark(FxRobot robot) {
        robot.interact(() -> window.perform(Command.CONTINUE));
        waitUntil(() -> window.graph().canvas().lookup("#" + HeapGraph.objectId(4144)) != null);
        assertTrue(window.graph().canvas().lookup("#" + HeapGraph.objectId(4096)).getStyleClass().contains("mark-black"));
        assertTrue(window.graph().canvas().lookup("#" + HeapGraph.objectId(4144)).getStyleClass().contains("mark-white"));
        assertTrue(window.graph().canvas().lookup("#r-0-0-0").getStyleClass().contains("root"));
    }

    @Test
    void compileErrorsAreMessagesInTheWindow(FxRobot robot) {
        robot.interact(() -> window.load(new Document(null, "bad.vo"), "func"));
        String text = window.model().console().textProperty().get();
        assertTrue(text.contains("bad.vo:1:1: expected 'package', found 'EOF'"), text);
        assertEquals(1, window.model().source().diagnostics().size());
        robot.type(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().snapshot() == null, "nothing runs");
    }

    @Test
    void editingMarksTheTitleUnsaved(FxRobot robot) {
        robot.interact(() -> window.source().area().insertText(0, "// note\n"));
        assertEquals("GcScope - list.vo *", window.stage().getTitle());
    }

    @Test
    void savingClearsTheUnsavedMarkAndRemembersTheFile(FxRobot robot, @TempDir Path dir) {
        robot.interact(() -> window.source().area().insertText(0, "// note\n"));
        Path out = dir.resolve("mine.vo");
        robot.interact(() -> assertTrue(window.files().saveAs(out)));
        assertEquals("GcScope - mine.vo", window.stage().getTitle());
        assertTrue(new RecentFiles(prefs).list().contains(out.toAbsolutePath().normalize()));
    }

    @Test
    void aCorruptFileIsReportedNotThrown(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bin = dir.resolve("junk.vo");
        Files.write(bin, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        robot.interact(() -> assertFalse(window.files().open(bin)));
        assertTrue(window.model().console().textProperty().get().contains("not a text file"));
        assertEquals("GcScope - list.vo", window.stage().getTitle(), "the open program stays");
    }

    @Test
    void exportsTheSnapshotAsJsonAndTheGraphAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.perform(Command.CONTINUE));
        waitUntil(() -> step() == ListProgram.LINES.length - 1);
        waitUntil(() -> window.graph().canvas().lookup("#" + HeapGraph.objectId(4144)) != null);
        Path json = dir.resolve("s.json");
        Path png = dir.resolve("g.png");
        robot.interact(() -> {
            assertTrue(window.files().export(Exports.Format.JSON, json));
            assertTrue(window.files().export(Exports.Format.PNG, png));
        });
        assertTrue(Files.readString(json).contains("gcscope-snapshot"));
        assertTrue(Files.size(png) > 100);
    }

    @Test
    void fontZoomAndDarkTheme(FxRobot robot) {
        double before = window.fontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, window.fontSize());
        robot.interact(() -> window.setDark(true));
        assertTrue(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }

    @Test
    void statusLineAndGcPanelFollowTheProgram(FxRobot robot) {
        robot.interact(() -> window.perform(Command.CONTINUE));
        waitUntil(() -> step() == ListProgram.LINES.length - 1);
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("step 12  finished"), status.getText());
        robot.interact(() -> robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        Label phase = robot.lookup("#gc-phase").queryAs(Label.class);
        assertTrue(phase.getText().startsWith("PROPAGATE"));
    }

    @Test
    void screenshotOfTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.perform(Command.CONTINUE));
        waitUntil(() -> window.graph().canvas().lookup("#" + HeapGraph.objectId(4144)) != null);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        robot.interact(() -> {
            try {
                Exports.writePng(window.scene().getRoot().snapshot(null, null), out.resolve("window-scripted.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(out.resolve("window-scripted.png")) > 1000);
    }
}

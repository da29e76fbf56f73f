package gcscope.app.ui;

import gcscope.samples.LessonCatalog;
import gcscope.views.bytecode.InstructionRow;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links between panels in the real window: source and bytecode both ways, the GC event log, verifier findings. */
@ExtendWith(ApplicationExtension.class)
class PanelLinksTest {
    private MainWindow window;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    @SuppressWarnings("unchecked")
    private ListView<InstructionRow> bytecode(FxRobot robot) {
        return robot.lookup("#bytecode").queryAs(ListView.class);
    }

    @Test
    void aSourceLineSelectsItsInstructionsAndAnInstructionMovesTheCaretToItsLine(FxRobot robot) {
        robot.interact(() -> window.source().area().moveTo(7, 0)); // line 8: head = &Node{...}
        List<Integer> selected = List.copyOf(bytecode(robot).getSelectionModel().getSelectedIndices());
        assertEquals(List.of(2, 3, 5, 6, 8, 9), selected.stream().sorted().toList(), "every instruction of line 8");
        robot.interact(() -> {
            bytecode(robot).getSelectionModel().clearSelection();
            bytecode(robot).getSelectionModel().select(11); // println(head.V) on line 10
        });
        assertEquals(10, window.source().caretLine());
    }

    @Test
    void theGcEventLogCanBeSteppedThroughAndEnterGoesToTheEventsStep(FxRobot robot) {
        for (int k = 1; k <= 9; k++) {
            int n = k;
            robot.interact(() -> window.perform(Command.STEP_INSTRUCTION));
            WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == n);
        }
        robot.interact(() -> robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ListView<GcEvent> events = robot.lookup("#gc-events").queryAs(ListView.class);
        int i = -1;
        for (int k = 0; k < events.getItems().size(); k++) if (events.getItems().get(k).kind() == GcEventKind.CYCLE_STARTED) i = k;
        assertTrue(i >= 0, "the log holds the cycle start of step 7: " + events.getItems());
        int at = i;
        robot.interact(() -> {
            events.requestFocus();
            events.getSelectionModel().select(at);
        });
        robot.type(KeyCode.ENTER);
        WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == 7);
    }

    @Test
    void verifierFindingsAreMarkedInTheBytecode(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
            window.openLesson(LessonCatalog.lesson("callbuf-reuse-dst").orElseThrow(), false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var code = window.model().code();
        int flaggedFunction = -1;
        for (int f = 0; f < code.functionCount() && flaggedFunction < 0; f++) {
            for (int pc = 0; pc < code.listing(f).size(); pc++) if (!code.finding(f, pc).isEmpty()) flaggedFunction = f;
        }
        assertTrue(flaggedFunction >= 0, "reuse-dst makes the verifier flag a call buffer slot");
        int shown = flaggedFunction;
        robot.interact(() -> window.model().bytecode().showFunction(shown));
        List<InstructionRow> flagged = bytecode(robot).getItems().stream().filter(r -> !r.finding().isEmpty()).toList();
        assertTrue(!flagged.isEmpty());
        assertTrue(flagged.get(0).finding().contains("declared GCREF"), flagged.get(0).finding());
        assertTrue(robot.lookup("#bytecode .verifier-finding").tryQuery().isPresent(), "the flagged instruction is marked");
        robot.interact(() -> window.settings().set(window.settings().options().withCompile(
                window.settings().options().compile().withCallBuffer(gcscope.vm.config.CallBufferMode.SPLIT))));
        robot.interact(window::reload);
        var fixed = window.model().code();
        for (int f = 0; f < fixed.functionCount(); f++) {
            for (int pc = 0; pc < fixed.listing(f).size(); pc++) assertEquals("", fixed.finding(f, pc), "split: the verifier finds nothing");
        }
    }
}

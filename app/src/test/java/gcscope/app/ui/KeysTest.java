package gcscope.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every key of UX.md pressed on the real window (the scripted recording moves one step per line step). */
@ExtendWith(ApplicationExtension.class)
class KeysTest {
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

    private void press(FxRobot robot, KeyCode key, KeyCode... modifiers) {
        robot.press(modifiers).type(key).release(modifiers);
    }

    private void expectStep(long n) {
        WindowWaits.waitUntil(5, () -> WindowWaits.step(window) == n);
    }

    @Test
    void everyStepKeyMovesTheProgramTheWayItsNameSays(FxRobot robot) {
        press(robot, KeyCode.F10);
        expectStep(1);
        press(robot, KeyCode.F11);
        expectStep(2);
        press(robot, KeyCode.F11, KeyCode.SHIFT);
        expectStep(3);
        press(robot, KeyCode.RIGHT, KeyCode.ALT);
        expectStep(4);
        press(robot, KeyCode.F10, KeyCode.CONTROL);
        expectStep(3);
        press(robot, KeyCode.F11, KeyCode.CONTROL);
        expectStep(2);
        press(robot, KeyCode.F11, KeyCode.CONTROL, KeyCode.SHIFT);
        expectStep(1);
        press(robot, KeyCode.LEFT, KeyCode.ALT);
        expectStep(0);
        assertFalse(robot.lookup(".context-menu").tryQuery().isPresent(), "no key opened a menu");
    }

    @Test
    void runKeysResetAndBreakpointKey(FxRobot robot) {
        press(robot, KeyCode.F5);
        expectStep(ListProgram.LINES.length - 1);
        press(robot, KeyCode.F5, KeyCode.SHIFT);
        expectStep(0);
        robot.interact(() -> window.source().area().moveTo(9, 0));
        press(robot, KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().source().breakpoints().contains(10), "F9 set a breakpoint on the caret line");
        press(robot, KeyCode.F5);
        expectStep(11);
        press(robot, KeyCode.F6); // pause: nothing runs, nothing breaks
        press(robot, KeyCode.F5, KeyCode.CONTROL);
        expectStep(0);
        press(robot, KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().source().breakpoints().contains(10), "F9 again removed it");
    }

    @Test
    void ctrlGGoesToATypedStepAndZoomKeysChangeTheFont(FxRobot robot) {
        press(robot, KeyCode.G, KeyCode.CONTROL);
        WindowWaits.waitUntil(5, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryTextInputControl().setText("7"));
        press(robot, KeyCode.ENTER);
        expectStep(7);
        double size = window.fontSize();
        press(robot, KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size - 1, window.fontSize());
        press(robot, KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size, window.fontSize());
    }

    @Test
    void ctrlNStartsANewProgram(FxRobot robot) {
        press(robot, KeyCode.N, KeyCode.CONTROL);
        WindowWaits.waitUntil(5, () -> window.stage().getTitle().equals("GcScope - untitled.vo"));
        assertTrue(window.source().text().contains("package main"));
    }

    @Test
    void everyCommandIsAMenuItemWithItsKeyAndEveryButtonTooltipNamesIt(FxRobot robot) {
        MenuBar bar = robot.lookup("#menubar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : bar.getMenus()) items.addAll(m.getItems());
        for (Command c : Command.values()) {
            assertTrue(items.stream().anyMatch(i -> c.key().equals(i.getAccelerator())), "menu item for " + c);
        }
        for (javafx.scene.Node n : robot.lookup("#debug-bar .button").queryAll()) {
            Tooltip t = ((Button) n).getTooltip();
            assertTrue(t != null && t.getText().matches(".*\\(.+\\)"), "tooltip names the key: " + n.getId());
        }
    }
}

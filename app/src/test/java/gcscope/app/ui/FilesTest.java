package gcscope.app.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recent files and drag-and-drop on the real window. */
@ExtendWith(ApplicationExtension.class)
class FilesTest {
    private MainWindow window;
    private Preferences prefs;
    private RecentFiles recent;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        recent = new RecentFiles(prefs);
        window = new MainWindow(stage, ListProgram.backend(), recent);
        window.load(new Document(null, "list.vo"), ListProgram.SOURCE);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    @Test
    void aDroppedProgramOpensAndIsListedUnderOpenRecent(FxRobot robot, @TempDir Path dir) throws Exception {
        Path a = dir.resolve("dropped.vo");
        Files.writeString(a, ListProgram.SOURCE.replace("println(head.V)", "println(head.V + 1)"));
        assertNotNull(window.scene().getOnDragDropped(), "the window accepts drops");
        robot.interact(() -> assertTrue(window.files().drop(List.of(a.toFile()))));
        assertEquals("GcScope - dropped.vo", window.stage().getTitle());
        assertTrue(window.source().text().contains("head.V + 1"));
        assertEquals(a, recent.list().get(0));
        MenuBar bar = robot.lookup("#menubar").queryAs(MenuBar.class);
        Menu recentMenu = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "Open recent".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> recentMenu.getOnShowing().handle(null));
        List<String> names = recentMenu.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(names.contains(a.toString()), names.toString());
    }

    @Test
    void choosingARecentFileReopensIt(FxRobot robot, @TempDir Path dir) throws Exception {
        Path a = dir.resolve("first.vo");
        Files.writeString(a, ListProgram.SOURCE);
        robot.interact(() -> window.files().open(a));
        robot.interact(() -> window.load(new Document(null, "other.vo"), ListProgram.SOURCE + "// other\n"));
        MenuBar bar = robot.lookup("#menubar").queryAs(MenuBar.class);
        Menu recentMenu = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "Open recent".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> recentMenu.getOnShowing().handle(null));
        MenuItem item = recentMenu.getItems().stream().filter(i -> a.toString().equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        assertEquals("GcScope - first.vo", window.stage().getTitle());
    }

    @Test
    void droppingNothingOrAMissingFileChangesNothing(FxRobot robot, @TempDir Path dir) {
        robot.interact(() -> {
            assertTrue(!window.files().drop(List.of()));
            assertTrue(!window.files().drop(List.of(dir.resolve("missing.vo").toFile())));
        });
        assertEquals("GcScope - list.vo", window.stage().getTitle());
        assertTrue(window.model().console().textProperty().get().contains("missing.vo"), window.model().console().textProperty().get());
    }
}

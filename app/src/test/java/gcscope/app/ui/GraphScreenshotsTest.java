package gcscope.app.ui;

import gcscope.views.heapgraph.GraphNode;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heap graph of small programs in the real window, as a person sees it after running to a
 * breakpoint: every node drawn inside the panel, none overlapping another, roots named by frame and
 * slot. Writes the window to target/ (inspector-stepping.png, the linked list, is the README's first screenshot).
 */
@ExtendWith(ApplicationExtension.class)
class GraphScreenshotsTest {
    private MainWindow window;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    private void load(FxRobot robot, String sample) throws IOException {
        String text;
        try (InputStream in = GraphScreenshotsTest.class.getResourceAsStream("/gcscope/samples/" + sample)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        robot.interact(() -> window.load(new Document(null, sample), text));
    }

    /** Sets a breakpoint on {@code line} (1-based) and continues to it {@code times} times. */
    private void runTo(FxRobot robot, int line, int times) {
        robot.interact(() -> {
            window.source().area().moveTo(line - 1, 0);
            window.perform(Command.TOGGLE_BREAKPOINT);
        });
        for (int i = 0; i < times; i++) {
            long before = WindowWaits.step(window);
            robot.interact(() -> window.perform(Command.CONTINUE));
            WindowWaits.waitUntil(60, () -> WindowWaits.step(window) != before && window.model().source().currentLine() == line
                    && window.graph().shownSnapshot() == window.model().snapshot());
        }
        robot.interact(() -> { });
    }

    /** Nodes placed step by step never overlap; "fit" shows every one; "re-layout" gives a fresh, legible picture. */
    private void assertLooksRight(FxRobot robot, String what, String shot) {
        assertNoOverlap(what + " after stepping");
        robot.clickOn("#graph-fit");
        for (GraphNode n : window.graph().graph().nodes()) {
            assertTrue(window.graph().isInView(n.id()), what + " after fit: " + n.id() + " is inside the panel (zoom " + window.graph().zoom() + ")");
        }
        int before = window.graph().layoutCount();
        robot.clickOn("#graph-relayout");
        WindowWaits.waitUntil(30, () -> window.graph().layoutCount() > before);
        shoot(robot, shot);
        assertNoOverlap(what + " after re-layout");
        assertTrue(window.graph().zoom() >= 0.65, what + ": a fresh picture is legible, zoom " + window.graph().zoom());
    }

    private void assertNoOverlap(String what) {
        List<Node> nodes = new ArrayList<>(window.graph().canvas().lookupAll(".graph-node"));
        assertTrue(nodes.size() >= 4, what + ": several nodes drawn, got " + nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Bounds a = nodes.get(i).getBoundsInParent();
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(a.intersects(nodes.get(j).getBoundsInParent()), what + ": " + nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
            }
        }
    }

    @Test
    void aTreeBeingBuiltIsDrawnWholeWithoutOverlap(FxRobot robot) throws IOException {
        load(robot, "skel_tree.vo");
        runTo(robot, 57, 1); // the first round's tree of nine nodes is built
        shoot(robot, "graph-tree-stepped.png");
        assertLooksRight(robot, "skel_tree", "graph-tree.png");
    }

    @Test
    void aLinkedListIsDrawnWholeWithoutOverlap(FxRobot robot) throws IOException {
        load(robot, "skel_linked_list.vo");
        runTo(robot, 42, 3);
        shoot(robot, "graph-list-stepped.png");
        assertLooksRight(robot, "skel_linked_list", "inspector-stepping.png");
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(window.scene().snapshot(null), null), "png",
                        java.nio.file.Path.of("target", name).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

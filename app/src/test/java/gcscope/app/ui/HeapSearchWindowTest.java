package gcscope.app.ui;

import gcscope.samples.SampleCatalog;
import gcscope.views.heapgraph.HeapGraph;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the real window on samples/bench/heap10k.vo (10,000 live objects, shown aggregated by type), a
 * person types a variable's name into the graph's search box and presses Enter: the object it holds
 * is focused - selected in the graph (its neighbourhood drawn in detail) and in the heap list.
 */
@ExtendWith(ApplicationExtension.class)
class HeapSearchWindowTest {
    private MainWindow window;
    private SampleWindow opened;

    @Start
    void start(Stage stage) throws IOException {
        String text = SampleCatalog.benchmark("heap10k.vo").orElseThrow().source();
        opened = SampleWindow.open(stage, "heap10k.vo", text);
        window = opened.window;
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        opened.close();
    }

    @Test
    void typingAVariableNameFocusesItsObjectAmongTenThousand(FxRobot robot) {
        robot.interact(() -> {
            window.source().area().moveTo(25, 0); // line 26: sum := 0, after the 5,000 records are built
            window.perform(Command.TOGGLE_BREAKPOINT);
            window.perform(Command.CONTINUE);
        });
        WindowWaits.waitUntil(120, () -> window.model().snapshot() != null && window.model().source().currentLine() == 26
                && window.graph().shownSnapshot() == window.model().snapshot());
        VmSnapshot s = window.model().snapshot();
        assertTrue(s.heap().objectCount() >= 10_000, "10,000 live objects");
        assertTrue(window.graph().graph().aggregated(), "so many objects are drawn by type");
        ObjectView rec = s.heap().objectAt(slot(s, "head"));
        assertNotNull(rec, "head points at a live object");
        long head = rec.address();
        // Go: the loop's last record, i = Live/2 - 1, is the head of the list
        assertEquals(4999, rec.fields().stream().filter(f -> f.name().equals("ID")).findFirst().map(FieldView::raw).orElse(-1L));

        shoot(robot, "heap10k-window.png");
        for (var n : window.graph().graph().nodes()) {
            assertTrue(window.graph().isInView(n.id()), "the first aggregated picture shows every type: " + n.id() + " at zoom " + window.graph().zoom());
        }
        assertTrue(window.graph().zoom() >= 0.6, "and its labels are legible: zoom " + window.graph().zoom());
        robot.clickOn("#graph-search").write("head").type(KeyCode.ENTER);
        try {
            WindowWaits.waitUntil(30, () -> window.graph().canvas().lookup("#" + HeapGraph.objectId(head)) != null
                    && window.graph().shownSnapshot() == window.model().snapshot());
        } catch (AssertionError e) {
            javafx.scene.control.TextField f = robot.lookup("#graph-search").query();
            javafx.scene.control.Label info = robot.lookup("#graph-info").query();
            throw new AssertionError("search '" + f.getText() + "', selected 0x" + Long.toHexString(window.model().selection().selectedAddress())
                    + ", focus " + window.graph().focus().isSelected() + ", graph nodes " + window.graph().graph().nodes().size()
                    + ", info: " + info.getText() + ", roots " + s.roots(), e);
        }
        assertEquals(head, window.model().selection().selectedAddress());
        Node node = window.graph().canvas().lookup("#" + HeapGraph.objectId(head));
        assertTrue(node.getStyleClass().contains("selected"), "selected in the graph");
        assertTrue(window.graph().focus().isSelected(), "the graph shows the object's neighbourhood");
        long next = s.heap().objectAt(rec.fields().stream().filter(f -> f.name().equals("Next")).findFirst().orElseThrow().ref()).address();
        assertNotNull(window.graph().canvas().lookup("#" + HeapGraph.objectId(next)), "and what it references");
        robot.interact(() -> { });
        assertEquals(head, window.heapList().table().getSelectionModel().getSelectedItem().address(), "selected in the heap list");
        shoot(robot, "heap10k-focus.png");
        assertTrue(window.graph().isInView(HeapGraph.objectId(head)), "the focused object is drawn inside the visible panel");
        assertTrue(window.graph().zoom() >= 0.65, "at a legible zoom: " + window.graph().zoom());
    }

    /** The window as a person sees it, in target/ (to look at; the README's screenshots are made the same way). */
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

    private static long slot(VmSnapshot s, String name) {
        for (FrameView f : s.fibers().get(0).frames()) {
            for (SlotView v : f.slots()) if (v.name().equals(name)) return v.raw();
        }
        throw new AssertionError("no slot " + name);
    }
}

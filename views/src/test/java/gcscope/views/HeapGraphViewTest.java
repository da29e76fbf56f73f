package gcscope.views;

import gcscope.views.common.Selection;
import gcscope.views.heapgraph.GraphNode;
import gcscope.views.heapgraph.HeapGraph;
import gcscope.views.heapgraph.HeapGraphPane;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person sees of the heap graph panel in a real (headless) stage: the picture fills and fits
 * the panel, a found object is centred at a readable size, nodes never overlap. Each test also writes
 * a screenshot of the panel to target/ to look at.
 */
@ExtendWith(ApplicationExtension.class)
class HeapGraphViewTest {
    private final StackPane host = new StackPane();
    private final Selection selection = new Selection();
    private HeapGraphPane pane;
    private final int[] layouts = new int[1];

    @Start
    void start(Stage stage) {
        pane = new HeapGraphPane(selection);
        pane.setOnLaidOut(() -> layouts[0]++);
        host.getChildren().setAll(pane);
        Scene scene = new Scene(host, 480, 560);
        scene.getStylesheets().add(Objects.requireNonNull(InspectorModel.class.getResource("/gcscope/views/inspector.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void showAndWait(FxRobot robot, VmSnapshot s) throws Exception {
        int before = layouts[0];
        robot.interact(() -> pane.show(s));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layouts[0] > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> drawnNodes() {
        List<Node> out = new ArrayList<>();
        pane.canvas().lookupAll(".graph-node").forEach(out::add);
        return out;
    }

    private void assertAllInView(String what) {
        for (GraphNode n : pane.graph().nodes()) {
            assertTrue(pane.isInView(n.id()), what + ": node " + n.id() + " is inside the visible panel (zoom " + pane.zoom() + ")");
        }
    }

    private void assertNoOverlap() {
        List<Node> nodes = drawnNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Bounds a = nodes.get(i).getBoundsInParent();
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds b = nodes.get(j).getBoundsInParent();
                assertFalse(a.intersects(b), nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
            }
        }
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Files.createDirectories(Path.of("target"));
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(host.snapshot(null, null), null), "png", Path.of("target", name).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aFoundObjectInAHugeHeapIsCentredAtAReadableZoom(FxRobot robot) throws Exception {
        VmSnapshot big = Snapshots.bigList(10_000);
        showAndWait(robot, big);
        assertTrue(pane.graph().aggregated());
        long target = 4096 + 24L * 5000;
        int before = layouts[0];
        robot.interact(() -> assertTrue(pane.find(String.format("0x%x", target))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layouts[0] > before && pane.canvas().lookup("#" + HeapGraph.objectId(target)) != null);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "graph-focus.png");
        assertTrue(pane.isInView(HeapGraph.objectId(target)), "the focused object is inside the visible panel");
        assertTrue(pane.zoom() >= 0.65, "and readable: zoom " + pane.zoom());
        assertAllInView("its small neighbourhood");
        assertNoOverlap();
    }

    @Test
    void aLongListWrapsSoFitShowsAllOfItWithoutOverlap(FxRobot robot) throws Exception {
        showAndWait(robot, Snapshots.bigList(60));
        assertFalse(pane.graph().aggregated());
        shoot(robot, "graph-list-first.png");
        assertNoOverlap();
        robot.interact(pane::fit);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "graph-list-fit.png");
        assertAllInView("after fit");
        assertTrue(pane.zoom() >= 0.3, "60 wrapped nodes need not be tiny: zoom " + pane.zoom());
    }

    @Test
    void aSmallGraphIsShownWholeAndTheDrawingAreaFillsThePanel(FxRobot robot) throws Exception {
        showAndWait(robot, Snapshots.bigList(6));
        shoot(robot, "graph-small.png");
        assertAllInView("a first picture of six objects");
        assertTrue(pane.zoom() >= 0.8, "at a readable zoom: " + pane.zoom());
        Node holder = pane.lookup("#graph-holder");
        Node port = pane.lookup(".viewport");
        Bounds white = holder.localToScene(holder.getLayoutBounds());
        Bounds view = port.localToScene(port.getLayoutBounds());
        assertTrue(white.getWidth() >= view.getWidth() - 1 && white.getHeight() >= view.getHeight() - 1,
                "the white drawing area " + white + " covers the view " + view);
        assertNoOverlap();
    }

    @Test
    void afterZoomingInSelectingAnObjectScrollsItIntoView(FxRobot robot) throws Exception {
        showAndWait(robot, Snapshots.bigList(60));
        robot.interact(() -> selection.select(4096 + 24L * 30));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            pane.fit();
            for (int i = 0; i < 6; i++) pane.lookupAll(".button").stream()
                    .filter(b -> "+".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow()
                    .fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "graph-zoomed.png");
        assertTrue(pane.zoom() > 0.9, "zoomed in: " + pane.zoom());
        robot.interact(() -> selection.select(4096 + 24L * 59));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isInView(HeapGraph.objectId(4096 + 24L * 59)), "selecting an object scrolls it into view");
    }

    @Test
    void aSnapshotThatComesWhileItsLayoutIsComputedIsTheOneShown(FxRobot robot) throws Exception {
        // a run publishes a progress snapshot (new structure: laid out off the UI thread), then stops at a
        // snapshot of the same structure before that layout is done: the stop is what the panel must end on
        VmSnapshot progress = Snapshots.bigList(60);
        VmSnapshot stop = Snapshots.bigList(60);
        int before = layouts[0];
        robot.interact(() -> {
            pane.show(progress);
            pane.show(stop);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layouts[0] > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.shownSnapshot() == stop, "the newest snapshot is shown, not the one the layout began with");
    }
}

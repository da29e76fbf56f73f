package gcscope.views.heapgraph;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

import java.util.Map;

/** The visible part of the heap graph: zoom, fit, scrolling a node into view, and keeping the view still when the layout grows. */
final class GraphViewport {
    private final ScrollPane scroller;
    private final Group content;
    private final Scale zoom;
    private final Pane canvas;

    GraphViewport(ScrollPane scroller, Group content, Scale zoom, Pane canvas) {
        this.scroller = scroller;
        this.content = content;
        this.zoom = zoom;
        this.canvas = canvas;
    }

    /** Scrolls so that {@code v} is in the middle of the view (as far as the scroll range allows). */
    void reveal(Node v) {
        Bounds cb = content.getBoundsInLocal();
        Bounds vb = content.sceneToLocal(v.localToScene(v.getBoundsInLocal()));
        if (vb == null) return;
        double w = cb.getWidth() * zoom.getX(), h = cb.getHeight() * zoom.getY();
        double vw = scroller.getViewportBounds().getWidth(), vh = scroller.getViewportBounds().getHeight();
        double cx = (vb.getMinX() - cb.getMinX() + vb.getWidth() / 2) * zoom.getX(), cy = (vb.getMinY() - cb.getMinY() + vb.getHeight() / 2) * zoom.getY();
        if (w > vw) scroller.setHvalue(clamp((cx - vw / 2) / (w - vw)));
        if (h > vh) scroller.setVvalue(clamp((cy - vh / 2) / (h - vh)));
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    void zoomBy(double f) {
        double z = Math.max(0.1, Math.min(4, zoom.getX() * f));
        zoom.setX(z);
        zoom.setY(z);
    }

    void fit() {
        fitAtLeast(0.1);
    }

    /** Zooms so the whole graph fits the view, but not below {@code minZoom} nor above 1. */
    void fitAtLeast(double minZoom) {
        Bounds b = canvas.getBoundsInLocal();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return;
        double z = Math.min(scroller.getViewportBounds().getWidth() / b.getWidth(), scroller.getViewportBounds().getHeight() / b.getHeight());
        zoom.setX(Math.max(minZoom, Math.min(1, z)));
        zoom.setY(zoom.getX());
    }

    /**
     * A stable layout may grow left of or above the origin (a new object that points at an old one is
     * placed before it): the canvas is shifted to keep everything reachable, and the scroll position by
     * the same amount, so the nodes that were visible stay where they were on screen.
     */
    void keepInView(Map<String, NodeBox> laid) {
        double minX = 0, minY = 0;
        for (NodeBox b : laid.values()) {
            minX = Math.min(minX, b.x() - GraphLayout.MARGIN);
            minY = Math.min(minY, b.y() - GraphLayout.MARGIN);
        }
        double dx = -minX - canvas.getTranslateX(), dy = -minY - canvas.getTranslateY();
        if (dx == 0 && dy == 0) return;
        Bounds view = scroller.getViewportBounds();
        Bounds before = content.getBoundsInLocal();
        double left = Math.max(0, before.getWidth() * zoom.getX() - view.getWidth()) * scroller.getHvalue();
        double top = Math.max(0, before.getHeight() * zoom.getY() - view.getHeight()) * scroller.getVvalue();
        canvas.setTranslateX(-minX);
        canvas.setTranslateY(-minY);
        Platform.runLater(() -> {
            Bounds after = content.getBoundsInLocal();
            double w = after.getWidth() * zoom.getX() - view.getWidth(), h = after.getHeight() * zoom.getY() - view.getHeight();
            if (w > 0) scroller.setHvalue(clamp((left + dx * zoom.getX()) / w));
            if (h > 0) scroller.setVvalue(clamp((top + dy * zoom.getY()) / h));
        });
    }
}

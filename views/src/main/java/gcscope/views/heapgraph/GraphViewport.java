package gcscope.views.heapgraph;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

import java.util.Map;

/**
 * The visible part of the heap graph: zoom, fit, centring a node, and keeping the view still when the
 * layout grows. The scroll pane's content is a {@code holder} at least as large as the view (so the
 * white drawing area fills the panel and a small picture sits in its middle) around the zoomed canvas.
 */
final class GraphViewport {
    static final double MIN_ZOOM = 0.05, MAX_ZOOM = 4;
    /** The largest zoom "fit" picks: a small graph is not blown up beyond this. */
    static final double FIT_MAX = 1.0;
    /** Below this zoom a node's text is too small to read: a focused object is shown at least this large. */
    static final double LEGIBLE = 0.8;
    private final ScrollPane scroller;
    private final StackPane holder;
    private final Scale zoom;
    private final Pane canvas;
    /** A framing asked for while the panel had no size yet: done once it has one. */
    private Runnable pending;

    GraphViewport(ScrollPane scroller, StackPane holder, Scale zoom, Pane canvas) {
        this.scroller = scroller;
        this.holder = holder;
        this.zoom = zoom;
        this.canvas = canvas;
        scroller.viewportBoundsProperty().addListener((o, w, n) -> {
            holder.setMinSize(n.getWidth(), n.getHeight());
            if (pending != null && n.getWidth() > 0 && n.getHeight() > 0) {
                Runnable r = pending;
                pending = null;
                Platform.runLater(r);
            }
        });
    }

    double zoom() {
        return zoom.getX();
    }

    private void setZoom(double z) {
        double c = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        zoom.setX(c);
        zoom.setY(c);
    }

    /** Zooms by {@code f} keeping the point in the middle of the view where it was. */
    void zoomBy(double f) {
        double[] centre = viewCentreInGraph();
        setZoom(zoom.getX() * f);
        if (centre != null) centreOnGraphPoint(centre[0], centre[1]);
    }

    /** The zoom at which every box (with a margin) fits a view of {@code vw} x {@code vh}, at most {@link #FIT_MAX}. */
    static double fitZoom(Map<String, NodeBox> boxes, double vw, double vh) {
        if (boxes.isEmpty() || vw <= 0 || vh <= 0) return 1;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        // the drawing starts at the canvas origin (or left of / above it when a stable layout grew that way)
        double w = maxX + GraphLayout.MARGIN - Math.min(0, minX - GraphLayout.MARGIN);
        double h = maxY + GraphLayout.MARGIN - Math.min(0, minY - GraphLayout.MARGIN);
        return Math.max(MIN_ZOOM, Math.min(FIT_MAX, Math.min((vw - 4) / w, (vh - 4) / h)));
    }

    /** Zooms so the whole graph fits the view ("fit"): nothing is left outside. */
    void fit(Map<String, NodeBox> boxes) {
        frame(boxes, null, MIN_ZOOM);
    }

    /**
     * Shows a new picture: the whole of it when that is at least {@code minZoom}; otherwise at a
     * legible zoom centred on {@code focus} (or the picture's top-left when there is none).
     */
    void frame(Map<String, NodeBox> boxes, NodeBox focus, double minZoom) {
        Bounds view = scroller.getViewportBounds();
        if (view.getWidth() <= 0 || view.getHeight() <= 0) {
            pending = () -> frame(boxes, focus, minZoom);
            return;
        }
        double z = fitZoom(boxes, view.getWidth(), view.getHeight());
        if (z >= minZoom) {
            setZoom(z);
            layoutNow();
            scroller.setHvalue(0);
            scroller.setVvalue(0);
        } else {
            setZoom(Math.max(minZoom, LEGIBLE));
            layoutNow();
            if (focus != null) centreOnGraphPoint(focus.centerX(), focus.centerY());
            else {
                scroller.setHvalue(0);
                scroller.setVvalue(0);
            }
        }
    }

    /** Applies CSS and lays out the scroll pane now, so bounds and scroll ranges are current. */
    private void layoutNow() {
        scroller.applyCss();
        scroller.requestLayout();
        scroller.layout();
        holder.layout();
    }

    /** Scrolls so that {@code v} is in the middle of the view (as far as the scroll range allows). */
    void reveal(Node v) {
        layoutNow();
        Bounds vb = holder.sceneToLocal(v.localToScene(v.getBoundsInLocal()));
        if (vb != null) scrollToHolderPoint(vb.getCenterX(), vb.getCenterY());
    }

    /** Whether {@code v} lies wholly inside the visible part of the panel. */
    boolean isVisible(Node v) {
        Node port = scroller.lookup(".viewport");
        if (port == null) return false;
        Bounds view = port.localToScene(port.getLayoutBounds());
        Bounds b = v.localToScene(v.getBoundsInLocal());
        return view.contains(b.getMinX(), b.getMinY()) && view.contains(b.getMaxX(), b.getMaxY());
    }

    private void centreOnGraphPoint(double gx, double gy) {
        layoutNow();
        javafx.geometry.Point2D p = holder.sceneToLocal(canvas.localToScene(gx, gy));
        if (p != null) scrollToHolderPoint(p.getX(), p.getY());
    }

    private void scrollToHolderPoint(double x, double y) {
        double w = holder.getWidth(), h = holder.getHeight();
        double vw = scroller.getViewportBounds().getWidth(), vh = scroller.getViewportBounds().getHeight();
        if (w > vw) scroller.setHvalue(clamp((x - vw / 2) / (w - vw)));
        if (h > vh) scroller.setVvalue(clamp((y - vh / 2) / (h - vh)));
    }

    /** The graph coordinates of the middle of the view, or null before the first layout. */
    private double[] viewCentreInGraph() {
        Node port = scroller.lookup(".viewport");
        if (port == null || scroller.getScene() == null) return null;
        Bounds view = port.localToScene(port.getLayoutBounds());
        javafx.geometry.Point2D p = canvas.sceneToLocal(view.getCenterX(), view.getCenterY());
        return p == null ? null : new double[]{p.getX(), p.getY()};
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** The middle of the view in graph coordinates, to give back to {@link #restoreCentre} after the layout changes. */
    double[] centre() {
        return viewCentreInGraph();
    }

    /**
     * A stable layout may grow left of or above what was drawn (a new object that points at an old one
     * is placed before it), which moves the picture inside the holder: scrolling back to the graph
     * point that was in the middle keeps the nodes that were visible where they were on screen.
     */
    void restoreCentre(double[] centre) {
        if (centre != null) centreOnGraphPoint(centre[0], centre[1]);
    }
}

package gcscope.views.heapgraph;

import gcscope.views.common.Palette;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import java.util.Map;
import java.util.function.Function;

/**
 * The heap graph in miniature: every node as a small box in its mark colour, references as faint
 * lines' worth of context, and the part the panel shows as an orange rectangle; a click or drag
 * centres the panel there. Drawn on one canvas (no node per box).
 */
final class Minimap extends Canvas {
    static final double WIDTH = 180, HEIGHT = 120, PAD = 4;
    private final ScrollPane scroller;
    private final Pane canvas;
    private final GraphViewport viewport;
    private Map<String, NodeBox> boxes = Map.of();
    private Function<String, GraphNode> nodes = id -> null;
    private double minX, minY, scale = 1, offX, offY;

    Minimap(ScrollPane scroller, Pane canvas, GraphViewport viewport) {
        super(WIDTH, HEIGHT);
        this.scroller = scroller;
        this.canvas = canvas;
        this.viewport = viewport;
        setId("graph-minimap");
        getStyleClass().add("graph-minimap");
        setOnMousePressed(e -> moveTo(e.getX(), e.getY()));
        setOnMouseDragged(e -> moveTo(e.getX(), e.getY()));
        scroller.hvalueProperty().addListener((o, w, n) -> draw());
        scroller.vvalueProperty().addListener((o, w, n) -> draw());
        scroller.viewportBoundsProperty().addListener((o, w, n) -> draw());
    }

    void show(Map<String, NodeBox> laid, Function<String, GraphNode> nodeOf) {
        boxes = laid;
        nodes = nodeOf;
        draw();
    }

    /** Centres the panel on the graph point under the minimap point (mx, my). */
    private void moveTo(double mx, double my) {
        viewport.restoreCentre(new double[]{minX + (mx - offX) / scale, minY + (my - offY) / scale});
        draw();
    }

    /** The visible part of the panel in graph coordinates, or null before the first layout. */
    private Bounds visibleInGraph() {
        Node port = scroller.lookup(".viewport");
        if (port == null || getScene() == null) return null;
        Bounds view = port.localToScene(port.getLayoutBounds());
        Point2D a = canvas.sceneToLocal(view.getMinX(), view.getMinY());
        Point2D b = canvas.sceneToLocal(view.getMaxX(), view.getMaxY());
        if (a == null || b == null) return null;
        return new javafx.geometry.BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(Color.web("#f7f7f7", 0.92));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.web("#888888"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        setVisible(!boxes.isEmpty());
        if (boxes.isEmpty()) return;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        double w = Math.max(1, maxX - minX), h = Math.max(1, maxY - minY);
        scale = Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h);
        offX = (WIDTH - w * scale) / 2;
        offY = (HEIGHT - h * scale) / 2;
        g.setLineWidth(0.5);
        for (Map.Entry<String, NodeBox> e : boxes.entrySet()) {
            GraphNode n = nodes.apply(e.getKey());
            NodeBox b = e.getValue();
            double x = offX + (b.x() - minX) * scale, y = offY + (b.y() - minY) * scale;
            double bw = Math.max(2, b.width() * scale), bh = Math.max(2, b.height() * scale);
            g.setFill(n == null ? Color.GRAY : n.root() ? Color.web("#0072b2") : Color.web(Palette.markFill(n.colour())));
            g.fillRect(x, y, bw, bh);
            g.setStroke(Color.web("#555555"));
            g.strokeRect(x, y, bw, bh);
        }
        Bounds v = visibleInGraph();
        if (v == null) return;
        double x0 = Math.max(0, offX + (v.getMinX() - minX) * scale), y0 = Math.max(0, offY + (v.getMinY() - minY) * scale);
        double x1 = Math.min(WIDTH, offX + (v.getMaxX() - minX) * scale), y1 = Math.min(HEIGHT, offY + (v.getMaxY() - minY) * scale);
        boolean all = v.getMinX() <= minX + 1 && v.getMinY() <= minY + 1 && v.getMaxX() >= maxX - 1 && v.getMaxY() >= maxY - 1;
        setVisible(!all); // the whole picture is in view: the minimap would only hide part of it
        if (all || x1 <= x0 || y1 <= y0) return;
        g.setStroke(Color.web("#e69f00"));
        g.setLineWidth(2);
        g.strokeRect(x0 + 1, y0 + 1, Math.max(2, x1 - x0 - 2), Math.max(2, y1 - y0 - 2));
    }
}

package gcscope.views.heapgraph;

import gcscope.views.common.Palette;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;

import java.util.Map;
import java.util.function.Function;

/**
 * The heap graph in miniature: every node as a small box in its mark colour, and the part the panel
 * shows as a rectangle; a click or drag moves the panel there. Drawn on one canvas (no node per box).
 */
final class Minimap extends Canvas {
    static final double WIDTH = 180, HEIGHT = 120;
    private final ScrollPane scroller;
    private Map<String, NodeBox> boxes = Map.of();
    private Function<String, GraphNode> nodes = id -> null;
    private double minX, minY, scale = 1;

    Minimap(ScrollPane scroller) {
        super(WIDTH, HEIGHT);
        this.scroller = scroller;
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

    /** Centre of the visible part in graph coordinates (for tests and for "reveal"). */
    private void moveTo(double mx, double my) {
        Bounds content = scroller.getContent().getBoundsInLocal();
        Bounds view = scroller.getViewportBounds();
        double gx = minX + mx / scale, gy = minY + my / scale;
        double zx = content.getWidth() / Math.max(1, extentW()), zy = content.getHeight() / Math.max(1, extentH());
        double w = content.getWidth() - view.getWidth(), h = content.getHeight() - view.getHeight();
        if (w > 0) scroller.setHvalue(clamp(((gx - minX) * zx - view.getWidth() / 2) / w));
        if (h > 0) scroller.setVvalue(clamp(((gy - minY) * zy - view.getHeight() / 2) / h));
    }

    private double extentW() {
        double max = minX;
        for (NodeBox b : boxes.values()) max = Math.max(max, b.x() + b.width());
        return max - Math.min(0, minX);
    }

    private double extentH() {
        double max = minY;
        for (NodeBox b : boxes.values()) max = Math.max(max, b.y() + b.height());
        return max - Math.min(0, minY);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web("#f7f7f7", 0.92));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.web("#888888"));
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        if (boxes.isEmpty()) return;
        minX = Math.min(0, boxes.values().stream().mapToDouble(NodeBox::x).min().orElse(0));
        minY = Math.min(0, boxes.values().stream().mapToDouble(NodeBox::y).min().orElse(0));
        double w = extentW(), h = extentH();
        scale = Math.min((WIDTH - 8) / Math.max(1, w), (HEIGHT - 8) / Math.max(1, h));
        for (Map.Entry<String, NodeBox> e : boxes.entrySet()) {
            GraphNode n = nodes.apply(e.getKey());
            NodeBox b = e.getValue();
            g.setFill(n == null ? Color.GRAY : n.root() ? Color.web("#0072b2") : Color.web(Palette.markFill(n.colour())));
            g.fillRect(4 + (b.x() - minX) * scale, 4 + (b.y() - minY) * scale, Math.max(2, b.width() * scale), Math.max(2, b.height() * scale));
            g.setStroke(Color.web("#555555"));
            g.setLineWidth(0.5);
            g.strokeRect(4 + (b.x() - minX) * scale, 4 + (b.y() - minY) * scale, Math.max(2, b.width() * scale), Math.max(2, b.height() * scale));
        }
        Bounds content = scroller.getContent().getBoundsInLocal();
        Bounds view = scroller.getViewportBounds();
        if (content.getWidth() <= 0 || content.getHeight() <= 0) return;
        double fx = w / content.getWidth(), fy = h / content.getHeight();
        double vx = Math.max(0, content.getWidth() - view.getWidth()) * scroller.getHvalue();
        double vy = Math.max(0, content.getHeight() - view.getHeight()) * scroller.getVvalue();
        g.setStroke(Color.web("#e69f00"));
        g.setLineWidth(2);
        g.strokeRect(4 + vx * fx * scale, 4 + vy * fy * scale,
                Math.min(WIDTH - 8, view.getWidth() * fx * scale), Math.min(HEIGHT - 8, view.getHeight() * fy * scale));
    }
}

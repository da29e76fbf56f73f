package gcscope.views.heapgraph;

import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

import java.util.List;

/** The shapes of one reference in the heap graph: a line between the two boxes' borders and an arrow head. */
final class EdgeShapes {
    private EdgeShapes() {
    }

    static List<javafx.scene.Node> arrow(NodeBox a, NodeBox b, GraphEdge e) {
        double[] p1 = border(a, b.centerX(), b.centerY());
        double[] p2 = border(b, a.centerX(), a.centerY());
        Line line = new Line(p1[0], p1[1], p2[0], p2[1]);
        line.getStyleClass().add("graph-edge");
        if (e.from().startsWith("r-") || e.from().equals("roots")) line.getStyleClass().add("root-edge");
        line.setUserData(e);
        double ang = Math.atan2(p2[1] - p1[1], p2[0] - p1[0]);
        double s = 8;
        Polygon head = new Polygon(p2[0], p2[1],
                p2[0] - s * Math.cos(ang - 0.4), p2[1] - s * Math.sin(ang - 0.4),
                p2[0] - s * Math.cos(ang + 0.4), p2[1] - s * Math.sin(ang + 0.4));
        head.getStyleClass().add("graph-arrow");
        head.setUserData(e);
        if (!e.label().isEmpty() || e.count() > 1) {
            Tooltip.install(line, new Tooltip(e.count() > 1 ? e.count() + " references" : e.label()));
        }
        return List.of(line, head);
    }

    /** Where the segment from the box's centre toward (tx, ty) leaves the box. */
    static double[] border(NodeBox b, double tx, double ty) {
        double cx = b.centerX(), cy = b.centerY();
        double dx = tx - cx, dy = ty - cy;
        if (dx == 0 && dy == 0) return new double[]{cx, cy};
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (b.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (b.height() / 2) / Math.abs(dy);
        double t = Math.min(sx, sy);
        return new double[]{cx + dx * t, cy + dy * t};
    }
}

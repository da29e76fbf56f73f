package gcscope.views.heapgraph;

import gcscope.views.common.Palette;
import gcscope.views.common.Selection;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap graph panel: objects as boxes filled white/gray/black with a symbol and dashed/solid
 * borders as shape cues, roots as rounded anchors, references as arrows. The layout (ELK layered) is
 * computed on a background thread when the structure changes; stale results are dropped; positions
 * stay stable. Zoom (Ctrl+wheel, buttons), pan (drag), search by address or type, focus on the
 * selection's neighbourhood; aggregated by type beyond a few thousand objects.
 */
public final class HeapGraphPane extends BorderPane {
    private final Selection selection;
    private final Pane canvas = new Pane();
    private final Group content = new Group(canvas);
    private final ScrollPane scroller = new ScrollPane(content);
    private final Scale zoom = new Scale(1, 1);
    private final TextField search = new TextField();
    private final CheckBox focus = new CheckBox("focus");
    private final Label info = new Label();
    private final ExecutorService layoutThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heap-graph-layout");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, GraphNodeView> views = new HashMap<>();
    private Map<String, NodeBox> positions = Map.of();
    private HeapGraph graph = new HeapGraph(List.of(), List.of(), false);
    private String structure = "";
    private VmSnapshot snapshot;
    private int aggregateAbove = HeapGraph.DEFAULT_AGGREGATE_ABOVE;
    private Runnable onLaidOut = () -> { };

    public HeapGraphPane(Selection selection) {
        this.selection = selection;
        canvas.getStyleClass().add("graph-canvas");
        canvas.setId("heap-graph");
        content.getTransforms().add(zoom);
        scroller.setPannable(true);
        scroller.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
        search.setId("graph-search");
        search.setPromptText("find: 0x1008 or type name");
        search.setOnAction(e -> find(search.getText()));
        focus.setId("graph-focus");
        focus.setTooltip(new Tooltip("show only the selected object and its neighbours"));
        focus.selectedProperty().addListener((o, w, n) -> {
            if (large()) show(snapshot);
            else applyFocus();
        });
        Button in = new Button("+");
        in.setOnAction(e -> zoomBy(1.25));
        Button out = new Button("\u2212");
        out.setOnAction(e -> zoomBy(0.8));
        Button fit = new Button("fit");
        fit.setOnAction(e -> fit());
        Button relayout = new Button("re-layout");
        relayout.setTooltip(new Tooltip("place every node afresh"));
        relayout.setOnAction(e -> {
            positions = Map.of();
            structure = "";
            show(snapshot);
        });
        Label legend = new Label("\u25CB white   \u25D0 gray   \u25CF black   \u2715 freed   \u25AD root");
        legend.getStyleClass().add("status-line");
        search.setPrefColumnCount(14);
        in.setTooltip(new Tooltip("zoom in (Ctrl+wheel)"));
        out.setTooltip(new Tooltip("zoom out (Ctrl+wheel)"));
        fit.setTooltip(new Tooltip("fit the graph in the panel"));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, search, focus, in, out, fit, relayout);
        bar.setStyle("-fx-padding: 4;");
        setTop(bar);
        setCenter(scroller);
        info.getStyleClass().add("status-line");
        info.setId("graph-info");
        setBottom(new VBox(info, legend));
        selection.selectedAddressProperty().addListener((o, w, n) -> {
            if (large() && focus.isSelected()) {
                show(snapshot);
                return;
            }
            highlightSelection();
            applyFocus();
            reveal(HeapGraph.objectId(objectStart(n.longValue())));
        });
    }

    /** Objects above this count are shown aggregated by type. */
    public void setAggregateAbove(int n) {
        aggregateAbove = n;
    }

    /** Called on the UI thread each time a layout has been applied (tests wait on it). */
    public void setOnLaidOut(Runnable r) {
        onLaidOut = r == null ? () -> { } : r;
    }

    public HeapGraph graph() {
        return graph;
    }

    public CheckBox focus() {
        return focus;
    }

    public Pane canvas() {
        return canvas;
    }

    /** Shows a snapshot: restyles in place when only colours changed, else lays out again off the UI thread. */
    public void show(VmSnapshot s) {
        snapshot = s;
        if (s == null) return;
        HeapGraph g = graphFor(s);
        String key = structureKey(g);
        graph = g;
        if (key.equals(structure)) {
            for (GraphNode n : g.nodes()) {
                GraphNodeView v = views.get(n.id());
                if (v != null) v.update(n);
            }
            highlightSelection();
            updateInfo();
            onLaidOut.run();
            return;
        }
        structure = key;
        long gen = generation.incrementAndGet();
        Map<String, NodeBox> before = positions;
        layoutThread.submit(() -> {
            Map<String, NodeBox> laid;
            try {
                laid = GraphLayout.stable(g, before);
            } catch (RuntimeException ex) {
                laid = gridFallback(g);
            }
            Map<String, NodeBox> result = laid;
            Platform.runLater(() -> {
                if (generation.get() == gen) apply(g, result);
            });
        });
    }

    /** Aggregated beyond the threshold, unless focus is on: then the selected object's neighbourhood in detail. */
    private HeapGraph graphFor(VmSnapshot s) {
        if (s.heap().objects().size() <= aggregateAbove) return HeapGraph.of(s, aggregateAbove);
        long sel = objectStart(selection.selectedAddress());
        if (focus.isSelected() && sel != 0) return HeapGraph.neighbourhood(s, sel);
        return HeapGraph.of(s, aggregateAbove);
    }

    private boolean large() {
        return snapshot != null && snapshot.heap().objects().size() > aggregateAbove;
    }

    /** PNG-ready image of the whole graph at {@code scale} (1 = screen size). */
    public WritableImage image(double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(scale, scale));
        return canvas.snapshot(p, null);
    }

    /** Selects the first object whose address (hex) or type name matches; returns whether one was found. */
    public boolean find(String query) {
        String q = query == null ? "" : query.trim().toLowerCase();
        if (q.isEmpty()) return false;
        if (snapshot != null && q.startsWith("0x")) {
            try {
                var o = snapshot.heap().objectAt(Long.parseLong(q.substring(2), 16));
                if (o != null) {
                    if (large()) focus.setSelected(true);
                    selection.select(o.address());
                    return true;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        for (GraphNode n : graph.nodes()) {
            if (n.root()) continue;
            boolean hit = n.address() != 0 && (String.format("0x%x", n.address()).equals(q) || Long.toHexString(n.address()).equals(q))
                    || n.title().toLowerCase().contains(q);
            if (hit) {
                if (n.address() != 0) selection.select(n.address());
                else reveal(n.id());
                return true;
            }
        }
        return false;
    }

    private void apply(HeapGraph g, Map<String, NodeBox> laid) {
        positions = laid;
        canvas.getChildren().clear();
        views.clear();
        for (GraphEdge e : g.edges()) {
            NodeBox a = laid.get(e.from());
            NodeBox b = laid.get(e.to());
            if (a == null || b == null) continue;
            canvas.getChildren().addAll(arrow(a, b, e));
        }
        for (GraphNode n : g.nodes()) {
            NodeBox box = laid.get(n.id());
            if (box == null) continue;
            GraphNodeView v = new GraphNodeView(n, box);
            v.setOnMouseClicked(e -> {
                if (n.address() != 0) selection.select(n.address());
            });
            views.put(n.id(), v);
            canvas.getChildren().add(v);
        }
        highlightSelection();
        if (!g.aggregated() && !large()) applyFocus();
        updateInfo();
        reveal(HeapGraph.objectId(objectStart(selection.selectedAddress())));
        onLaidOut.run();
    }

    private List<javafx.scene.Node> arrow(NodeBox a, NodeBox b, GraphEdge e) {
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

    private void highlightSelection() {
        long sel = objectStart(selection.selectedAddress());
        for (GraphNodeView v : views.values()) v.setSelected(sel != 0 && v.node().address() == sel);
    }

    private long objectStart(long address) {
        if (snapshot == null || address == 0) return 0;
        var o = snapshot.heap().objectAt(address);
        return o == null ? 0 : o.address();
    }

    private void applyFocus() {
        if (!focus.isSelected() || selection.selectedAddress() == 0) {
            canvas.getChildren().forEach(n -> n.setVisible(true));
            return;
        }
        String sel = HeapGraph.objectId(objectStart(selection.selectedAddress()));
        Set<String> keep = new java.util.HashSet<>();
        keep.add(sel);
        for (GraphEdge e : graph.edges()) {
            if (e.from().equals(sel)) keep.add(e.to());
            if (e.to().equals(sel)) keep.add(e.from());
        }
        for (javafx.scene.Node n : canvas.getChildren()) {
            if (n instanceof GraphNodeView v) n.setVisible(keep.contains(v.node().id()));
            else if (n.getUserData() instanceof GraphEdge e) n.setVisible(keep.contains(e.from()) && keep.contains(e.to()));
        }
    }

    private void reveal(String id) {
        GraphNodeView v = views.get(id);
        if (v == null) return;
        Bounds cb = content.getBoundsInLocal();
        Bounds vb = v.getBoundsInParent();
        double w = cb.getWidth() * zoom.getX(), h = cb.getHeight() * zoom.getY();
        double vw = scroller.getViewportBounds().getWidth(), vh = scroller.getViewportBounds().getHeight();
        if (w > vw) scroller.setHvalue(clamp((vb.getMinX() * zoom.getX() + vb.getWidth() * zoom.getX() / 2 - vw / 2) / (w - vw)));
        if (h > vh) scroller.setVvalue(clamp((vb.getMinY() * zoom.getY() + vb.getHeight() * zoom.getY() / 2 - vh / 2) / (h - vh)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void zoomBy(double f) {
        double z = Math.max(0.1, Math.min(4, zoom.getX() * f));
        zoom.setX(z);
        zoom.setY(z);
    }

    private void fit() {
        Bounds b = canvas.getBoundsInLocal();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return;
        double z = Math.min(scroller.getViewportBounds().getWidth() / b.getWidth(), scroller.getViewportBounds().getHeight() / b.getHeight());
        zoom.setX(Math.max(0.1, Math.min(2, z)));
        zoom.setY(zoom.getX());
    }

    private void updateInfo() {
        long objects = graph.nodes().stream().filter(n -> !n.root()).mapToLong(n -> Math.max(1, n.count())).sum();
        info.setText(graph.aggregated()
                ? "aggregated by type: " + snapshot.heap().objects().size() + " objects in " + graph.nodes().size()
                + " groups (select an object and tick focus to expand its neighbourhood)"
                : large() ? "neighbourhood of the selection: " + objects + " of " + snapshot.heap().objects().size() + " objects"
                : objects + " objects, " + graph.edges().size() + " references");
    }

    private static String structureKey(HeapGraph g) {
        StringBuilder b = new StringBuilder();
        for (GraphNode n : g.nodes()) b.append(n.id()).append(n.aggregate() ? "#" + n.count() : "").append(',');
        b.append('|');
        for (GraphEdge e : g.edges()) b.append(e.from()).append('>').append(e.to()).append(',');
        return b.toString();
    }

    private static Map<String, NodeBox> gridFallback(HeapGraph g) {
        Map<String, NodeBox> out = new java.util.LinkedHashMap<>();
        int i = 0;
        for (GraphNode n : g.nodes()) {
            out.put(n.id(), new NodeBox((i % 8) * 180.0, (i / 8) * 60.0, GraphLayout.widthOf(n), GraphLayout.NODE_HEIGHT));
            i++;
        }
        return out;
    }

    /** One node drawn: title line with the mark symbol, detail line. */
    static final class GraphNodeView extends VBox {
        private GraphNode node;
        private Tooltip tip;
        private final Label title = new Label();
        private final Label detail = new Label();

        GraphNodeView(GraphNode n, NodeBox box) {
            getChildren().addAll(title, detail);
            relocate(box.x(), box.y());
            setPrefSize(box.width(), box.height());
            setMinSize(box.width(), box.height());
            getStyleClass().add("graph-node");
            detail.setStyle("-fx-font-size: 0.85em;");
            update(n);
            setOnMouseEntered(e -> {
                if (tip == null) {
                    tip = new Tooltip();
                    Tooltip.install(this, tip);
                }
                tip.setText(node.title() + "\n" + node.detail() + (node.root() ? "" : "\nmark: " + Palette.markName(node.colour())));
            });
        }

        GraphNode node() {
            return node;
        }

        void update(GraphNode n) {
            node = n;
            getStyleClass().removeIf(c -> c.startsWith("mark-") || c.equals("root"));
            if (n.root()) {
                getStyleClass().add("root");
                title.setText("\u25AD " + n.title());
            } else {
                getStyleClass().add(Palette.markStyleClass(n.colour()));
                title.setText(Palette.markSymbol(n.colour()) + " " + n.title());
            }
            detail.setText(n.detail().length() > 40 ? n.detail().substring(0, 39) + "\u2026" : n.detail());
            setId(n.id());
        }

        void setSelected(boolean on) {
            getStyleClass().remove("selected");
            if (on) getStyleClass().add("selected");
        }
    }
}

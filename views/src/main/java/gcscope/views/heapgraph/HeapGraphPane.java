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
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Pane canvas = new Pane(edgeLayer, nodeLayer);
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
    private final Minimap minimap = new Minimap(scroller);
    private final Button collapse = new Button("collapse");
    /** The snapshot the canvas shows now (the one {@link #show} got last, once its layout is applied). */
    private VmSnapshot shown;
    /** The type shown object by object in an aggregated graph, or null. */
    private String expandedType;
    private GraphInput input = new GraphInput(null, List.of(), false, 0, null);
    private List<Long> hits = List.of();
    private String hitsQuery = "";
    private int hitIndex;

    /** What a graph was made from: when it is the same again, so is the graph. */
    private record GraphInput(Object heap, List<?> roots, boolean focus, long selected, String expanded) {
    }

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
            input = new GraphInput(null, List.of(), false, 0, null);
            show(snapshot);
        });
        collapse.setId("graph-collapse");
        collapse.setTooltip(new Tooltip("show the expanded type as one group again"));
        collapse.setVisible(false);
        collapse.managedProperty().bind(collapse.visibleProperty());
        collapse.setOnAction(e -> expand(null));

        Label legend = new Label("\u25CB white   \u25D0 gray   \u25CF black   \u2715 freed   \u25AD root");
        legend.getStyleClass().add("status-line");
        search.setPrefColumnCount(14);
        in.setTooltip(new Tooltip("zoom in (Ctrl+wheel)"));
        out.setTooltip(new Tooltip("zoom out (Ctrl+wheel)"));
        fit.setTooltip(new Tooltip("fit the graph in the panel"));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, search, focus, collapse, in, out, fit, relayout);
        bar.setStyle("-fx-padding: 4;");
        setTop(bar);
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(scroller, minimap);
        javafx.scene.layout.StackPane.setAlignment(minimap, javafx.geometry.Pos.BOTTOM_RIGHT);
        javafx.scene.layout.StackPane.setMargin(minimap, new javafx.geometry.Insets(0, 18, 18, 0));
        setCenter(centre);
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

    /** The snapshot the graph shows now: the last one given to {@link #show} once its layout is applied. */
    public VmSnapshot shownSnapshot() {
        return shown;
    }

    /** The type whose objects are shown one by one in the aggregated graph, or null. */
    public String expandedType() {
        return expandedType;
    }

    /** Shows the objects of one type one by one in the aggregated graph (null: all types grouped again). */
    public void expand(String typeName) {
        expandedType = typeName;
        collapse.setVisible(typeName != null);
        if (typeName != null) focus.setSelected(false);
        show(snapshot);
    }

    /**
     * Shows a snapshot: when the graph's structure (nodes and edges, not counts or colours) is as
     * before, the drawn nodes are restyled in place on this thread; otherwise the layout is computed
     * off the UI thread (only new nodes are placed) and applied when ready, stale results dropped.
     */
    public void show(VmSnapshot s) {
        snapshot = s;
        if (s == null) return;
        long sel = large() && focus.isSelected() ? objectStart(selection.selectedAddress()) : 0;
        GraphInput in = new GraphInput(s.heap(), s.roots(), focus.isSelected(), sel, expandedType);
        HeapGraph g = sameInput(in) ? graph : graphFor(s);
        input = in;
        String key = structureKey(g);
        graph = g;
        if (key.equals(structure)) {
            boolean resized = false;
            for (GraphNode n : g.nodes()) {
                GraphNodeView v = views.get(n.id());
                if (v == null) continue;
                v.update(n);
                NodeBox box = positions.get(n.id());
                if (box != null && box.width() != GraphLayout.widthOf(n)) {
                    box = new NodeBox(box.x(), box.y(), GraphLayout.widthOf(n), box.height());
                    positions = withBox(positions, n.id(), box);
                    v.place(box);
                    resized = true;
                }
            }
            if (resized) drawEdges(g, positions);
            highlightSelection();
            updateInfo();
            shown = s;
            minimap.show(positions, graph::node);
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
                if (generation.get() == gen) apply(g, result, s);
            });
        });
    }

    private boolean sameInput(GraphInput in) {
        return in.heap() == input.heap() && in.roots().equals(input.roots()) && in.focus() == input.focus()
                && in.selected() == input.selected() && java.util.Objects.equals(in.expanded(), input.expanded());
    }

    private static Map<String, NodeBox> withBox(Map<String, NodeBox> m, String id, NodeBox box) {
        Map<String, NodeBox> out = m instanceof java.util.LinkedHashMap<String, NodeBox> lm ? lm : new java.util.LinkedHashMap<>(m);
        out.put(id, box);
        return out;
    }

    /** Aggregated beyond the threshold, unless focus is on: then the selected object's neighbourhood in detail. */
    private HeapGraph graphFor(VmSnapshot s) {
        if (s.heap().objects().size() <= aggregateAbove) return HeapGraph.of(s, aggregateAbove);
        long sel = objectStart(selection.selectedAddress());
        if (focus.isSelected() && sel != 0) return HeapGraph.neighbourhood(s, sel);
        if (expandedType != null) return HeapGraph.expanded(s, expandedType, aggregateAbove / 2);
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

    /**
     * Finds an object by address, rooting variable, type name or shown value ({@link HeapSearch}) and
     * focuses it: selected here and in every panel, its neighbourhood shown when the heap is
     * aggregated. Asking again with the same query goes to the next match. Returns whether one was found.
     */
    public boolean find(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || snapshot == null) return false;
        if (!q.equals(hitsQuery) || hits.isEmpty()) {
            hits = HeapSearch.findAll(snapshot, q, 1000);
            hitsQuery = q;
            hitIndex = 0;
        } else {
            hitIndex = (hitIndex + 1) % hits.size();
        }
        if (hits.isEmpty()) {
            info.setText("no object matches \u201C" + q + "\u201D");
            return false;
        }
        long address = hits.get(hitIndex);
        if (large() && !focus.isSelected()) focus.setSelected(true);
        selection.select(address);
        if (hits.size() > 1) info.setText("match " + (hitIndex + 1) + " of " + hits.size() + (hits.size() == 1000 ? "+" : "") + " (Enter: next)");
        return true;
    }

    /** Applies a computed layout: keeps and moves the node views that stay, adds the new, drops the gone. */
    private void apply(HeapGraph g, Map<String, NodeBox> laid, VmSnapshot s) {
        positions = laid;
        keepInView(laid);
        Map<String, GraphNodeView> kept = new HashMap<>();
        List<javafx.scene.Node> added = new java.util.ArrayList<>();
        for (GraphNode n : g.nodes()) {
            NodeBox box = laid.get(n.id());
            if (box == null) continue;
            GraphNodeView v = views.get(n.id());
            if (v == null) {
                v = new GraphNodeView(n, box);
                GraphNodeView view = v;
                v.setOnMouseClicked(e -> onNodeClicked(view, e.getClickCount()));
                added.add(v);
            } else {
                v.update(n);
                v.place(box);
            }
            kept.put(n.id(), v);
        }
        nodeLayer.getChildren().removeIf(c -> c instanceof GraphNodeView v && kept.get(v.node().id()) != v);
        nodeLayer.getChildren().addAll(added);
        views.clear();
        views.putAll(kept);
        drawEdges(g, laid);
        highlightSelection();
        if (!g.aggregated() && !large()) applyFocus();
        updateInfo();
        shown = s;
        minimap.show(laid, g::node);
        reveal(HeapGraph.objectId(objectStart(selection.selectedAddress())));
        onLaidOut.run();
    }

    /**
     * A stable layout may grow left of or above the origin (a new object that points at an old one is
     * placed before it): the canvas is shifted to keep everything reachable, and the scroll position by
     * the same amount, so the nodes that were visible stay where they were on screen.
     */
    private void keepInView(Map<String, NodeBox> laid) {
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

    private void onNodeClicked(GraphNodeView v, int clicks) {
        GraphNode n = v.node();
        if (n.address() != 0) selection.select(n.address());
        else if (clicks >= 2 && n.aggregate() && n.id().startsWith("t:")) {
            String type = n.id().substring(2);
            expand(type.equals(expandedType) ? null : type);
        }
    }

    private void drawEdges(HeapGraph g, Map<String, NodeBox> laid) {
        List<javafx.scene.Node> shapes = new java.util.ArrayList<>(g.edges().size() * 2);
        for (GraphEdge e : g.edges()) {
            NodeBox a = laid.get(e.from());
            NodeBox b = laid.get(e.to());
            if (a == null || b == null) continue;
            shapes.addAll(arrow(a, b, e));
        }
        edgeLayer.getChildren().setAll(shapes);
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
        String typeOfSel = null;
        if (sel != 0 && graph.aggregated() && !views.containsKey(HeapGraph.objectId(sel))) {
            var o = snapshot.heap().objectAt(sel);
            if (o != null) typeOfSel = HeapGraph.typeId(HeapGraph.titleOf(o));
        }
        for (GraphNodeView v : views.values()) {
            v.setSelected(sel != 0 && (v.node().address() == sel || v.node().id().equals(typeOfSel)));
        }
    }

    private long objectStart(long address) {
        if (snapshot == null || address == 0) return 0;
        var o = snapshot.heap().objectAt(address);
        return o == null ? 0 : o.address();
    }

    private void applyFocus() {
        if (!focus.isSelected() || selection.selectedAddress() == 0) {
            edgeLayer.getChildren().forEach(n -> n.setVisible(true));
            nodeLayer.getChildren().forEach(n -> n.setVisible(true));
            return;
        }
        String sel = HeapGraph.objectId(objectStart(selection.selectedAddress()));
        Set<String> keep = new java.util.HashSet<>();
        keep.add(sel);
        for (GraphEdge e : graph.edges()) {
            if (e.from().equals(sel)) keep.add(e.to());
            if (e.to().equals(sel)) keep.add(e.from());
        }
        for (javafx.scene.Node n : nodeLayer.getChildren()) {
            if (n instanceof GraphNodeView v) n.setVisible(keep.contains(v.node().id()));
        }
        for (javafx.scene.Node n : edgeLayer.getChildren()) {
            if (n.getUserData() instanceof GraphEdge e) n.setVisible(keep.contains(e.from()) && keep.contains(e.to()));
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
                ? (expandedType != null ? "type " + expandedType + " expanded; " : "aggregated by type: ")
                + snapshot.heap().objects().size() + " objects in " + graph.nodes().size()
                + " nodes (double-click a type to expand it; find or select an object and tick focus for its neighbourhood)"
                : large() ? "neighbourhood of the selection: " + objects + " of " + snapshot.heap().objects().size() + " objects"
                : objects + " objects, " + graph.edges().size() + " references");
    }

    private static String structureKey(HeapGraph g) {
        StringBuilder b = new StringBuilder();
        for (GraphNode n : g.nodes()) b.append(n.id()).append(',');
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
}

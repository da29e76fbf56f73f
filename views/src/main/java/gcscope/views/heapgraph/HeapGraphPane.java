package gcscope.views.heapgraph;

import gcscope.views.common.Selection;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.application.Platform;
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
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.geometry.Bounds;
import javafx.scene.layout.VBox;
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
    /** The scroll pane's content: at least the view's size, white, the picture in its middle. */
    private final StackPane holder = new StackPane(content);
    private final ScrollPane scroller = new ScrollPane(holder);
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
    /** The generation of the layout last applied; below {@link #generation} while a layout is being computed. */
    private long appliedGeneration;
    private final Map<String, GraphNodeView> views = new HashMap<>();
    private Map<String, NodeBox> positions = Map.of();
    private HeapGraph graph = new HeapGraph(List.of(), List.of(), false);
    private String structure = "";
    private VmSnapshot snapshot;
    private int aggregateAbove = HeapGraph.DEFAULT_AGGREGATE_ABOVE;
    private Runnable onLaidOut = () -> { };
    private final GraphViewport viewport = new GraphViewport(scroller, holder, zoom, canvas);
    private final Minimap minimap = new Minimap(scroller, canvas, viewport);
    /** What kind of picture is drawn (all objects, types, one type expanded, one object's neighbourhood): a new kind is laid out afresh. */
    private String mode = "";
    private int layouts;
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
        canvas.getTransforms().add(zoom);
        holder.getStyleClass().add("graph-canvas");
        holder.setId("graph-holder");
        scroller.getStyleClass().add("graph-scroller");
        scroller.setPannable(true);
        scroller.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) {
                viewport.zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
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
        in.setOnAction(e -> viewport.zoomBy(1.25));
        Button out = new Button("\u2212");
        out.setOnAction(e -> viewport.zoomBy(0.8));
        Button fit = new Button("fit");
        fit.setId("graph-fit");
        fit.setOnAction(e -> viewport.fit(positions));
        Button relayout = new Button("re-layout");
        relayout.setTooltip(new Tooltip("place every node afresh"));
        relayout.setId("graph-relayout");
        relayout.setOnAction(e -> {
            positions = Map.of();
            structure = "";
            mode = "";
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

    /** How many computed layouts have been applied (tests wait for the next one). */
    public int layoutCount() {
        return layouts;
    }

    /** The current zoom (1 = the nodes' natural size). */
    public double zoom() {
        return viewport.zoom();
    }

    /** Whether the node with this id is drawn wholly inside the visible part of the panel. */
    public boolean isInView(String nodeId) {
        GraphNodeView v = views.get(nodeId);
        return v != null && v.isVisible() && viewport.isVisible(v);
    }

    /** Zooms so the whole graph is in view (the "fit" button). */
    public void fit() {
        viewport.fit(positions);
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
        HeapGraph kept = sameInput(in) ? graph : sameOverview(in, s, sel);
        HeapGraph g = kept != null ? kept : graphFor(s);
        input = in;
        String key = GraphLayout.structureKey(g);
        graph = g;
        if (key.equals(structure) && appliedGeneration != generation.get()) {
            // this structure's layout is still being computed: it will be applied with the newest graph and snapshot
            return;
        }
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
        String kind = modeOf(s, sel);
        // the by-type overview is small and is read as a whole: when a type appears or goes it is drawn afresh
        boolean newKind = !kind.equals(mode) || kind.equals("types");
        mode = kind;
        Map<String, NodeBox> before = newKind ? Map.of() : positions;
        Bounds view = scroller.getViewportBounds();
        double aspect = view.getWidth() > 0 && view.getHeight() > 0 ? view.getWidth() / view.getHeight() : GraphLayout.DEFAULT_ASPECT;
        layoutThread.submit(() -> {
            Map<String, NodeBox> laid;
            try {
                laid = GraphLayout.stable(g, before, aspect);
            } catch (RuntimeException ex) {
                laid = GraphLayout.grid(g);
            }
            Map<String, NodeBox> result = laid;
            Platform.runLater(() -> {
                // a snapshot of the same structure may have come meanwhile: the newest one is shown
                if (generation.get() == gen) {
                    appliedGeneration = gen;
                    if (snapshot != null) apply(graph, result, snapshot, newKind);
                }
            });
        });
    }

    /** The kind of picture {@link #graphFor} makes; within one kind positions stay stable from step to step. */
    private String modeOf(VmSnapshot s, long focusedObject) {
        if (s.heap().objects().size() <= aggregateAbove) return "objects";
        if (focus.isSelected() && focusedObject != 0) return "neighbourhood:" + focusedObject;
        return expandedType != null ? "type:" + expandedType : "types";
    }

    private boolean sameInput(GraphInput in) {
        return in.heap() == input.heap() && in.roots().equals(input.roots()) && in.focus() == input.focus()
                && in.selected() == input.selected() && java.util.Objects.equals(in.expanded(), input.expanded());
    }

    /**
     * The by-type overview of the previous step, recoloured if marks changed, while a step changes no
     * object's type, size or references (most steps); null when it must be made afresh.
     */
    private HeapGraph sameOverview(GraphInput in, VmSnapshot s, long sel) {
        if (!("types".equals(mode) && "types".equals(modeOf(s, sel)) && input.heap() instanceof gcscope.vm.snapshot.HeapView before
                && in.roots().equals(input.roots()) && in.focus() == input.focus() && in.selected() == input.selected()
                && in.expanded() == null && input.expanded() == null)) return null;
        return switch (HeapGraph.compareGroups(before.objects(), s.heap().objects())) {
            case HeapGraph.SAME_GROUPS -> graph;
            case HeapGraph.SAME_GROUPS_OTHER_MARKS -> HeapGraph.remarked(graph, s.heap().objects());
            default -> null;
        };
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
    private void apply(HeapGraph g, Map<String, NodeBox> laid, VmSnapshot s, boolean newKind) {
        layouts++;
        boolean fresh = newKind || laid.keySet().stream().noneMatch(positions::containsKey);
        double[] centre = fresh ? null : viewport.centre();
        positions = laid;
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
        String sel = HeapGraph.objectId(objectStart(selection.selectedAddress()));
        if (fresh) {
            // a new picture (first, focused, expanded): all of it if still legible, else the selection at a legible zoom
            viewport.frame(laid, laid.get(sel), GraphViewport.LEGIBLE * 0.85);
        } else if (GraphViewport.fitZoom(laid, scroller.getViewportBounds().getWidth(), scroller.getViewportBounds().getHeight()) >= GraphViewport.LEGIBLE * 0.85) {
            viewport.fit(laid); // the grown picture still fits at a legible zoom: all of it (positions stay where they were)
        } else {
            viewport.restoreCentre(centre);
            GraphNodeView v = views.get(sel);
            if (v != null && !viewport.isVisible(v)) viewport.reveal(v);
        }
        minimap.show(laid, g::node);
        onLaidOut.run();
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
            shapes.addAll(EdgeShapes.arrow(a, b, e));
        }
        edgeLayer.getChildren().setAll(shapes);
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
        if (v != null && !viewport.isVisible(v)) viewport.reveal(v);
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
}

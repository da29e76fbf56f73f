package gcscope.views.heapgraph;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Places the nodes of a {@link HeapGraph} with Eclipse ELK's layered algorithm: references flow
 * down, a long chain wraps into side-by-side columns so the picture has about the panel's shape, and
 * the root anchors stand in a column on the left. Positions are stable between steps: a node that already had a place
 * keeps it; a new node is put where ELK puts it relative to a neighbour that already had a place.
 * Pure computation with no toolkit, meant to run off the UI thread.
 */
public final class GraphLayout {
    static final double CHAR_WIDTH = 7.6;
    static final double NODE_HEIGHT = 38;
    /** Every root anchor has this width (long names are cut), so the column of roots keeps its place. */
    static final double ROOT_WIDTH = 150;

    private GraphLayout() {
    }

    /** ELK's option registry (a library singleton) must know the core and layered options before a layout runs. */
    private static void registerElk() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (service) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }

    /** The size a node is drawn at (title and detail lines). */
    public static double widthOf(GraphNode n) {
        if (n.root()) return ROOT_WIDTH;
        // the title line has the mark symbol and a space before the type name
        int chars = Math.max(n.title().length() + 3, Math.min(40, n.detail().length()));
        return Math.max(80, 20 + chars * CHAR_WIDTH);
    }

    /** The width / height a picture should have when nothing better is known (a panel a little wider than tall). */
    public static final double DEFAULT_ASPECT = 1.0;

    /** Fresh layered layout of the whole graph, for a panel of about square shape. */
    public static Map<String, NodeBox> layered(HeapGraph g) {
        return layered(g, DEFAULT_ASPECT);
    }

    /** Taller than this, a picture much narrower than the panel is wrapped (it would not fit at a legible zoom). */
    static final double WRAP_ABOVE_HEIGHT = 600;

    /**
     * Fresh layered layout of the whole graph; a long chain, much taller than wide, is wrapped into
     * side-by-side columns so the picture's width / height is near {@code aspect}.
     */
    public static Map<String, NodeBox> layered(HeapGraph g, double aspect) {
        Map<String, NodeBox> plain = layered(g, aspect, false);
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : plain.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        double h = maxY - minY, w = maxX - minX;
        return h > WRAP_ABOVE_HEIGHT && w / h < aspect / 2 ? layered(g, aspect, true) : plain;
    }

    private static Map<String, NodeBox> layered(HeapGraph g, double aspect, boolean wrap) {
        registerElk();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, Math.max(0.2, Math.min(5, aspect)));
        if (wrap) root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
        Map<String, ElkNode> elk = new LinkedHashMap<>();
        for (GraphNode n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(widthOf(n), NODE_HEIGHT);
            if (n.root()) e.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            elk.put(n.id(), e);
        }
        Set<String> seen = new HashSet<>();
        for (GraphEdge e : g.edges()) {
            ElkNode a = elk.get(e.from());
            ElkNode b = elk.get(e.to());
            if (a == null || b == null || a == b || !seen.add(e.from() + "\u0000" + e.to())) continue;
            ElkGraphUtil.createSimpleEdge(a, b);
        }
        if (!elk.isEmpty()) new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        Map<String, NodeBox> out = new LinkedHashMap<>();
        elk.forEach((id, e) -> out.put(id, new NodeBox(e.getX(), e.getY(), e.getWidth(), e.getHeight())));
        return out;
    }

    /**
     * A layout of {@code g} that keeps the boxes in {@code previous} for nodes still present (sizes
     * refreshed) and places each new node at ELK's offset from a neighbour that was already placed
     * (or, with no placed neighbour, below everything).
     */
    public static Map<String, NodeBox> stable(HeapGraph g, Map<String, NodeBox> previous) {
        return stable(g, previous, DEFAULT_ASPECT);
    }

    /** As {@link #stable(HeapGraph, Map)}, a fresh picture shaped for a panel of width / height {@code aspect}. */
    public static Map<String, NodeBox> stable(HeapGraph g, Map<String, NodeBox> previous, double aspect) {
        Map<String, NodeBox> fresh = layered(g, aspect);
        if (previous == null || previous.isEmpty()) {
            rootColumn(g, Map.of(), fresh);
            return normalised(fresh);
        }
        Map<String, NodeBox> out = new LinkedHashMap<>();
        double bottom = 0;
        for (GraphNode n : g.nodes()) {
            NodeBox old = previous.get(n.id());
            if (old != null) {
                out.put(n.id(), new NodeBox(old.x(), old.y(), widthOf(n), NODE_HEIGHT));
                bottom = Math.max(bottom, old.y() + NODE_HEIGHT);
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            Map<String, String> anchor = new HashMap<>();
            for (GraphEdge e : g.edges()) {
                if (out.containsKey(e.from()) && !out.containsKey(e.to())) anchor.putIfAbsent(e.to(), e.from());
                if (out.containsKey(e.to()) && !out.containsKey(e.from())) anchor.putIfAbsent(e.from(), e.to());
            }
            for (Map.Entry<String, String> en : anchor.entrySet()) {
                NodeBox f = fresh.get(en.getKey());
                NodeBox fa = fresh.get(en.getValue());
                NodeBox oa = out.get(en.getValue());
                if (f == null || fa == null || oa == null) continue;
                out.put(en.getKey(), f.movedTo(oa.x() + (f.x() - fa.x()), oa.y() + (f.y() - fa.y())));
                progress = true;
            }
        }
        double freeY = bottom + 30;
        for (GraphNode n : g.nodes()) {
            if (out.containsKey(n.id())) continue;
            NodeBox f = fresh.get(n.id());
            out.put(n.id(), f.movedTo(f.x(), freeY + f.y()));
        }
        separateNew(g, previous, out);
        return out;
    }

    static final double MARGIN = 12;

    /** Shifts every box so the picture starts at the margin (for a fresh layout; a stable one never moves a kept node). */
    static Map<String, NodeBox> normalised(Map<String, NodeBox> boxes) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        for (NodeBox b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
        }
        if (boxes.isEmpty() || (minX == MARGIN && minY == MARGIN)) return boxes;
        double dx = MARGIN - minX, dy = MARGIN - minY;
        Map<String, NodeBox> out = new LinkedHashMap<>();
        boxes.forEach((id, b) -> out.put(id, b.movedTo(b.x() + dx, b.y() + dy)));
        return out;
    }

    /**
     * Moves each node that was not in {@code previous} down until it overlaps no other box; the
     * nodes that already had a place never move. Root anchors are left to {@link #rootColumn}.
     */
    private static void separateNew(HeapGraph g, Map<String, NodeBox> previous, Map<String, NodeBox> out) {
        java.util.List<NodeBox> placed = new java.util.ArrayList<>();
        for (GraphNode n : g.nodes()) {
            if (!n.root() && previous.containsKey(n.id())) placed.add(out.get(n.id()));
        }
        for (GraphNode n : g.nodes()) {
            if (n.root() || previous.containsKey(n.id())) continue;
            NodeBox b = out.get(n.id());
            for (int tries = 0; tries < 10_000; tries++) {
                NodeBox hit = null;
                for (NodeBox p : placed) {
                    if (overlaps(b, p)) {
                        hit = p;
                        break;
                    }
                }
                if (hit == null) break;
                b = b.movedTo(b.x(), hit.y() + hit.height() + GAP);
            }
            out.put(n.id(), b);
            placed.add(b);
        }
        rootColumn(g, previous, out);
    }

    static final double GAP = 12;

    static boolean overlaps(NodeBox a, NodeBox b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /**
     * Root anchors as one column left of every object, each near the first object it points at (or
     * where it was before), in order, never overlapping one another: a root that keeps its place stays.
     */
    static void rootColumn(HeapGraph g, Map<String, NodeBox> previous, Map<String, NodeBox> out) {
        double minX = Double.POSITIVE_INFINITY, rootWidth = 0;
        for (GraphNode n : g.nodes()) {
            NodeBox b = out.get(n.id());
            if (b == null) continue;
            if (n.root()) rootWidth = Math.max(rootWidth, b.width());
            else minX = Math.min(minX, b.x());
        }
        if (rootWidth == 0) return;
        if (minX == Double.POSITIVE_INFINITY) minX = rootWidth + 60;
        Map<String, String> firstTarget = new HashMap<>();
        for (GraphEdge e : g.edges()) firstTarget.putIfAbsent(e.from(), e.to());
        java.util.List<Want> roots = new java.util.ArrayList<>();
        for (GraphNode n : g.nodes()) {
            if (!n.root()) continue;
            NodeBox was = previous.get(n.id());
            NodeBox target = out.get(firstTarget.getOrDefault(n.id(), ""));
            double want = was != null ? was.y() : target != null ? target.y() : out.get(n.id()).y();
            roots.add(new Want(n.id(), want));
        }
        roots.sort(java.util.Comparator.comparingDouble(Want::y));
        double x = minX - rootWidth - 60, nextFree = Double.NEGATIVE_INFINITY;
        for (Want r : roots) {
            String id = r.id();
            double y = Math.max(r.y(), nextFree);
            NodeBox b = out.get(id);
            out.put(id, new NodeBox(x, y, rootWidth, b.height()));
            nextFree = y + b.height() + GAP / 2;
        }
    }

    private record Want(String id, double y) {
    }

    /** Identifies a graph's nodes and edges (not their counts, colours or texts): equal keys need no new layout. */
    static String structureKey(HeapGraph g) {
        StringBuilder b = new StringBuilder();
        for (GraphNode n : g.nodes()) b.append(n.id()).append(',');
        b.append('|');
        for (GraphEdge e : g.edges()) b.append(e.from()).append('>').append(e.to()).append(',');
        return b.toString();
    }

    /** Rows of eight boxes: used only if the layered layout fails. */
    static Map<String, NodeBox> grid(HeapGraph g) {
        Map<String, NodeBox> out = new java.util.LinkedHashMap<>();
        int i = 0;
        for (GraphNode n : g.nodes()) {
            out.put(n.id(), new NodeBox((i % 8) * 180.0, (i / 8) * 60.0, widthOf(n), NODE_HEIGHT));
            i++;
        }
        return out;
    }
}

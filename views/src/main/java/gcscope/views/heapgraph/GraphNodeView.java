package gcscope.views.heapgraph;

import gcscope.views.common.Palette;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One node of the heap graph drawn: a title line with the mark symbol and a detail line. It is kept
 * between steps and only restyled ({@link #update}) or moved ({@link #place}); the tooltip is made
 * the first time the pointer enters.
 */
final class GraphNodeView extends VBox {
    private GraphNode node;
    private Tooltip tip;
    private final Label title = new Label();
    private final Label detail = new Label();

    GraphNodeView(GraphNode n, NodeBox box) {
        getChildren().addAll(title, detail);
        getStyleClass().add("graph-node");
        detail.getStyleClass().add("graph-node-detail");
        place(box);
        update(n);
        setOnMouseEntered(e -> {
            if (tip == null) {
                tip = new Tooltip();
                Tooltip.install(this, tip);
            }
            tip.setText(node.title() + "\n" + node.detail() + (node.root() ? "" : "\nmark: " + Palette.markName(node.colour()))
                    + (node.aggregate() ? "\ndouble-click to expand this type" : ""));
        });
    }

    GraphNode node() {
        return node;
    }

    void place(NodeBox box) {
        relocate(box.x(), box.y());
        setPrefSize(box.width(), box.height());
        setMinSize(box.width(), box.height());
        setMaxSize(box.width(), box.height());
    }

    /** Restyles for the node's current state; nothing is touched when nothing shown changed. */
    void update(GraphNode n) {
        if (n.equals(node)) return;
        node = n;
        getStyleClass().removeIf(c -> c.startsWith("mark-") || c.equals("root") || c.equals("group"));
        if (n.root()) {
            getStyleClass().add("root");
            title.setText("\u25AD " + n.title());
        } else {
            getStyleClass().add(Palette.markStyleClass(n.colour()));
            if (n.aggregate()) getStyleClass().add("group");
            title.setText(Palette.markSymbol(n.colour()) + " " + n.title());
        }
        int max = n.root() ? 18 : 40;
        detail.setText(n.detail().length() > max ? n.detail().substring(0, max - 1) + "\u2026" : n.detail());
        if (n.root() && title.getText().length() > 20) title.setText(title.getText().substring(0, 19) + "\u2026");
        setId(n.id());
    }

    void setSelected(boolean on) {
        boolean is = getStyleClass().contains("selected");
        if (on && !is) getStyleClass().add("selected");
        if (!on && is) getStyleClass().remove("selected");
    }
}

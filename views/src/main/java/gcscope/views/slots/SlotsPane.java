package gcscope.views.slots;

import gcscope.views.common.Palette;
import gcscope.views.common.Selection;
import gcscope.views.common.StyleClasses;
import gcscope.vm.bytecode.SlotType;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/**
 * The stack panel: a chooser of every fiber's frames and the selected frame's slots (index, name,
 * declared type as a coloured chip, raw bits, decoded value, shadow kind). Slots the last step wrote
 * are highlighted; sanitizer mismatches are outlined red with the violation text as tooltip;
 * selecting a GCREF slot selects its object everywhere.
 */
public final class SlotsPane extends BorderPane {
    private final SlotsModel model;
    private final TableView<SlotLine> table = new TableView<>();
    private final ObservableList<SlotLine> lines = FXCollections.observableArrayList();
    private final ComboBox<SlotsModel.FrameRef> frames = new ComboBox<>();
    private boolean updating;

    public SlotsPane(SlotsModel model, Selection selection) {
        this.model = model;
        table.setId("slots");
        table.getStyleClass().add("slot-table");
        table.setItems(lines);
        model.rows().addListener((ListChangeListener<SlotRow>) c -> syncLines());
        syncLines();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 30, r -> String.valueOf(r.index()), false));
        table.getColumns().add(column("name", 70, SlotRow::name, false));
        table.getColumns().add(typeColumn("declared", SlotRow::declared));
        table.getColumns().add(column("raw", 120, r -> "0x" + Long.toHexString(r.raw()), true));
        table.getColumns().add(column("value", 120, SlotRow::display, true));
        table.getColumns().add(typeColumn("shadow", SlotRow::shadow));
        table.setRowFactory(t -> new TableRow<>() {
            private final InvalidationListener restyle = o -> restyle();
            private SlotLine watched;

            @Override
            protected void updateItem(SlotLine line, boolean empty) {
                super.updateItem(line, empty);
                SlotLine now = empty ? null : line;
                if (now != watched) {
                    if (watched != null) watched.rowProperty().removeListener(restyle);
                    watched = now;
                    if (now != null) now.rowProperty().addListener(restyle);
                }
                restyle();
            }

            private void restyle() {
                SlotRow r = watched == null ? null : watched.row();
                boolean live = r != null;
                // style classes change only when the row's state does: each change restyles the row and its cells
                StyleClasses.toggle(getStyleClass(), "changed", live && r.changed());
                boolean bad = live && (r.mismatch() || r.kindConflict());
                StyleClasses.toggle(getStyleClass(), "mismatch", bad);
                String tip = bad ? (r.mismatchText().isEmpty()
                        ? "declared " + r.declared() + " but holds " + r.shadow() : r.mismatchText()) : null;
                if (tip == null) setTooltip(null);
                else if (getTooltip() == null || !tip.equals(getTooltip().getText())) setTooltip(new Tooltip(tip));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.row() != null && now.row().ref() != 0) selection.select(now.row().ref());
        });
        frames.setId("frames");
        frames.setItems(model.frames());
        frames.setOnAction(e -> {
            if (!updating) model.selectFrame(frames.getSelectionModel().getSelectedIndex());
        });
        Runnable syncFrame = () -> {
            updating = true;
            try {
                frames.getSelectionModel().select(model.selectedFrameProperty().get());
            } finally {
                updating = false;
            }
        };
        model.selectedFrameProperty().addListener((o, was, now) -> syncFrame.run());
        model.frames().addListener((javafx.collections.ListChangeListener<SlotsModel.FrameRef>) c -> syncFrame.run());
        frames.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(frames, javafx.scene.layout.Priority.ALWAYS);
        Label title = new Label("Stack");
        title.getStyleClass().add("pane-title");
        setTop(new HBox(6, title, frames));
        setCenter(table);
        setBottom(legend());
    }

    public TableView<SlotLine> table() {
        return table;
    }

    /** Mirrors the model's rows into the table's lines: same size, rows replaced in place; else lines added or dropped at the end. */
    private void syncLines() {
        java.util.List<SlotRow> rows = model.rows();
        int keep = Math.min(rows.size(), lines.size());
        for (int i = 0; i < keep; i++) lines.get(i).set(rows.get(i));
        if (rows.size() < lines.size()) {
            lines.remove(rows.size(), lines.size());
        } else if (rows.size() > lines.size()) {
            java.util.List<SlotLine> more = new java.util.ArrayList<>(rows.size() - keep);
            for (int i = keep; i < rows.size(); i++) more.add(new SlotLine(rows.get(i)));
            lines.addAll(more);
        }
    }

    private static FlowPane legend() {
        FlowPane p = new FlowPane(6, 2);
        p.setId("slot-legend");
        for (SlotType t : SlotType.values()) p.getChildren().add(chip(t));
        Label changed = new Label("changed by last step");
        changed.setStyle("-fx-background-color: -gs-changed; -fx-padding: 0 4 0 4;");
        Label bad = new Label("mismatch");
        bad.setStyle("-fx-border-color: -gs-violation; -fx-border-width: 2; -fx-padding: 0 4 0 4;");
        p.getChildren().addAll(changed, bad);
        return p;
    }

    static Label chip(SlotType t) {
        Label l = new Label(Palette.slotLabel(t) + " " + t.name());
        l.getStyleClass().addAll("chip", Palette.slotStyleClass(t));
        l.setStyle("-fx-background-color: " + Palette.slotTint(t) + "; -fx-border-color: " + Palette.slotColour(t) + ";");
        return l;
    }

    private static TableColumn<SlotLine, String> column(String name, double width, Function<SlotRow, String> f, boolean mono) {
        TableColumn<SlotLine, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> d.getValue().rowProperty().map(f));
        if (mono) c.getStyleClass().add("mono");
        return c;
    }

    private static TableColumn<SlotLine, SlotType> typeColumn(String name, Function<SlotRow, SlotType> f) {
        TableColumn<SlotLine, SlotType> c = new TableColumn<>(name);
        c.setPrefWidth(64);
        c.setSortable(false);
        c.setCellValueFactory(d -> d.getValue().rowProperty().map(f));
        c.setCellFactory(col -> new TableCell<>() {
            // one chip and one tooltip per cell for its whole life: a step that moves a row to another cell
            // only changes their text and colours (a new node or tooltip would restyle the cell and build a popup scene)
            private final Label l = new Label();
            private final Tooltip tip = new Tooltip();
            private SlotType shown;

            {
                l.getStyleClass().add("chip");
                l.setTooltip(tip);
            }

            @Override
            protected void updateItem(SlotType t, boolean empty) {
                super.updateItem(t, empty);
                setText(null);
                if (empty || t == null) {
                    setGraphic(null);
                    return;
                }
                if (t != shown) {
                    if (shown != null) l.getStyleClass().remove(Palette.slotStyleClass(shown));
                    l.getStyleClass().add(Palette.slotStyleClass(t));
                    l.setStyle("-fx-background-color: " + Palette.slotTint(t) + "; -fx-border-color: " + Palette.slotColour(t) + ";");
                    l.setText(Palette.slotLabel(t));
                    tip.setText(t.name());
                    shown = t;
                }
                if (getGraphic() != l) setGraphic(l);
            }
        });
        return c;
    }
}

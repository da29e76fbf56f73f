package gcscope.views.slots;

import gcscope.views.common.Palette;
import gcscope.views.common.Selection;
import gcscope.views.common.StyleClasses;
import gcscope.vm.bytecode.SlotType;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final TableView<SlotRow> table = new TableView<>();
    private final ComboBox<SlotsModel.FrameRef> frames = new ComboBox<>();
    private boolean updating;

    public SlotsPane(SlotsModel model, Selection selection) {
        this.model = model;
        table.setId("slots");
        table.getStyleClass().add("slot-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 30, r -> String.valueOf(r.index()), false));
        table.getColumns().add(column("name", 70, SlotRow::name, false));
        table.getColumns().add(typeColumn("declared", SlotRow::declared));
        table.getColumns().add(column("raw", 120, r -> String.format("0x%x", r.raw()), true));
        table.getColumns().add(column("value", 120, SlotRow::display, true));
        table.getColumns().add(typeColumn("shadow", SlotRow::shadow));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SlotRow r, boolean empty) {
                super.updateItem(r, empty);
                boolean live = !empty && r != null;
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
            if (now != null && now.ref() != 0) selection.select(now.ref());
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

    public TableView<SlotRow> table() {
        return table;
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

    private static TableColumn<SlotRow, String> column(String name, double width, Function<SlotRow, String> f, boolean mono) {
        TableColumn<SlotRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        if (mono) c.getStyleClass().add("mono");
        return c;
    }

    private static TableColumn<SlotRow, SlotType> typeColumn(String name, Function<SlotRow, SlotType> f) {
        TableColumn<SlotRow, SlotType> c = new TableColumn<>(name);
        c.setPrefWidth(64);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private Label l;
            private SlotType shown;

            @Override
            protected void updateItem(SlotType t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    if (t != shown) { // a new chip only when the type changes (steps redraw every visible cell)
                        shown = t;
                        l = chip(t);
                        l.setText(Palette.slotLabel(t));
                        l.setTooltip(new Tooltip(t.name()));
                    }
                    setGraphic(l);
                    setText(null);
                }
            }
        });
        return c;
    }
}

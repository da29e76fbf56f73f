package gcscope.views.heapgraph;

import gcscope.views.common.Palette;
import gcscope.views.common.Selection;
import gcscope.views.common.StyleClasses;
import gcscope.vm.heap.Colour;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.function.Function;

/** The heap list: every object with its mark colour (fill, symbol and word), kind, type, size and summary; shares the selection. */
public final class HeapListPane extends BorderPane {
    private final TableView<HeapRow> table = new TableView<>();
    private boolean updating;

    public HeapListPane(HeapListModel model, Selection selection) {
        table.setId("heap-list");
        table.getStyleClass().add("heap-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("address", 90, HeapRow::addressHex));
        TableColumn<HeapRow, Colour> mark = new TableColumn<>("mark");
        mark.setPrefWidth(80);
        mark.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().colour()));
        mark.setCellFactory(c -> new TableCell<>() {
            private final Label l = new Label();
            private Colour shown;

            @Override
            protected void updateItem(Colour col, boolean empty) {
                super.updateItem(col, empty);
                if (empty || col == null) {
                    setGraphic(null);
                    return;
                }
                if (col != shown) { // one label per cell, restyled only when its colour changes
                    shown = col;
                    l.setText(Palette.markSymbol(col) + " " + Palette.markName(col));
                    l.setStyle("-fx-background-color: " + Palette.markFill(col) + "; -fx-text-fill: " + Palette.markText(col)
                            + "; -fx-border-color: #777777; -fx-padding: 0 4 0 4;");
                }
                setGraphic(l);
            }
        });
        table.getColumns().add(mark);
        table.getColumns().add(column("kind", 70, r -> r.kind().name().toLowerCase()));
        table.getColumns().add(column("type", 90, HeapRow::typeName));
        table.getColumns().add(column("size", 50, r -> String.valueOf(r.sizeBytes())));
        table.getColumns().add(column("value", 160, HeapRow::summary));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HeapRow r, boolean empty) {
                super.updateItem(r, empty);
                StyleClasses.toggle(getStyleClass(), "recoloured", !empty && r != null && r.recoloured());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !updating) selection.select(now.address());
        });
        Runnable follow = () -> {
            int i = model.indexOf(selection.selectedAddress());
            int at = table.getSelectionModel().getSelectedIndex();
            if (i == at && (i < 0 || table.getSelectionModel().getSelectedItem() == model.rows().get(i))) return;
            updating = true;
            try {
                if (i < 0) table.getSelectionModel().clearSelection();
                else {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 2));
                }
            } finally {
                updating = false;
            }
        };
        selection.selectedAddressProperty().addListener((o, was, now) -> follow.run());
        model.rows().addListener((javafx.collections.ListChangeListener<HeapRow>) c -> follow.run());
        Label census = new Label();
        census.getStyleClass().add("status-line");
        census.textProperty().bind(model.censusProperty());
        setCenter(table);
        setBottom(census);
    }

    public TableView<HeapRow> table() {
        return table;
    }

    private static TableColumn<HeapRow, String> column(String name, double width, Function<HeapRow, String> f) {
        TableColumn<HeapRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.getStyleClass().add("mono");
        return c;
    }
}

package gcscope.views.compare;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Compare mode: two columns (options, position, current frame's slots, heap objects) with the slots
 * and objects that differ from the other column marked (style class {@code differs}, a "\u2260" text
 * cue for colour-blind readers), and the list of every difference below.
 */
public final class ComparePane extends BorderPane {
    public ComparePane(CompareModel model) {
        getStyleClass().add("compare-pane");
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("pane-title");
        summary.textProperty().bind(model.summaryProperty());
        SplitPane columns = new SplitPane(column("left", model.left()), column("right", model.right()));
        ListView<Difference> diffs = new ListView<>(model.differences());
        diffs.setId("compare-differences");
        diffs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Difference d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeIf(c -> c.startsWith("diff-"));
                setText(empty || d == null ? null : d.toString());
                setTooltip(empty || d == null ? null : new Tooltip(d.toString()));
                if (!empty && d != null) getStyleClass().add("diff-" + d.kind().name().toLowerCase().replace('_', '-'));
            }
        });
        SplitPane body = new SplitPane(columns, new VBox(4, new Label("differences at this step"), diffs));
        VBox.setVgrow(diffs, Priority.ALWAYS);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.68);
        setTop(summary);
        setCenter(body);
    }

    private static VBox column(String side, CompareSide m) {
        Label options = new Label();
        options.setId("compare-" + side + "-options");
        options.getStyleClass().add("pane-title");
        options.textProperty().bind(m.optionsProperty());
        Label position = new Label();
        position.setId("compare-" + side + "-position");
        position.textProperty().bind(m.positionProperty());
        ListView<CompareSide.SlotLine> slots = new ListView<>(m.slots());
        slots.setId("compare-" + side + "-slots");
        slots.setCellFactory(v -> marked());
        ListView<CompareSide.ObjectLine> objects = new ListView<>(m.objects());
        objects.setId("compare-" + side + "-objects");
        objects.setCellFactory(v -> marked());
        VBox.setVgrow(slots, Priority.ALWAYS);
        VBox.setVgrow(objects, Priority.ALWAYS);
        VBox box = new VBox(4, options, position, new Label("current frame"), slots, new Label("heap (differing objects first)"), objects);
        box.setStyle("-fx-padding: 4;");
        return box;
    }

    private static <T> ListCell<T> marked() {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("differs");
                setText(empty || item == null ? null : item.toString());
                boolean d = item instanceof CompareSide.SlotLine s ? s.differs() : item instanceof CompareSide.ObjectLine o && o.differs();
                if (!empty && d) getStyleClass().add("differs");
            }
        };
    }
}

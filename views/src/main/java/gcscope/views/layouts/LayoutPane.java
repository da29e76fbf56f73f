package gcscope.views.layouts;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The layout panel: the selected object's declared byte map above the byte map of the layout its payload was written with, mismatching bytes outlined red. */
public final class LayoutPane extends ScrollPane {
    private final FlowPane declared = new FlowPane(0, 0);
    private final FlowPane written = new FlowPane(0, 0);

    public LayoutPane(LayoutModel model) {
        Label title = new Label();
        title.setId("layout-title");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        declared.setId("layout-declared");
        written.setId("layout-written");
        declared.setPrefWrapLength(8 * 28 * 2);
        written.setPrefWrapLength(8 * 28 * 2);
        model.declared().addListener((ListChangeListener<ByteCell>) c -> fill(declared, model.declared()));
        model.written().addListener((ListChangeListener<ByteCell>) c -> fill(written, model.written()));
        ListView<String> findings = new ListView<>(model.findings());
        findings.setId("layout-findings");
        findings.setPrefHeight(90);
        Label writtenCaption = new Label();
        writtenCaption.setId("layout-written-caption");
        writtenCaption.textProperty().bind(model.writtenCaptionProperty());
        writtenCaption.setWrapText(true);
        VBox box = new VBox(6, title, new Label("declared layout (from the header's layout id; the collector and match read through it)"), declared,
                writtenCaption, written, new Label("findings"), findings);
        box.setStyle("-fx-padding: 6;");
        setContent(box);
        setFitToWidth(true);
    }

    private static void fill(FlowPane pane, ObservableList<ByteCell> cells) {
        pane.getChildren().clear();
        for (ByteCell c : cells) {
            Label l = new Label(c.fieldStart() ? shortName(c.field()) : (c.kind().equals("PAD") ? "\u00B7" : ""));
            l.getStyleClass().addAll("byte-cell", "kind-" + c.kind());
            if (c.fieldStart()) l.getStyleClass().add("start");
            if (c.mismatch()) l.getStyleClass().add("mismatch");
            l.setTooltip(new Tooltip("offset " + c.offset() + (c.field().isEmpty() ? "  padding" : "  " + c.field() + "  " + c.kind())
                    + (c.mismatch() ? "  (disagrees with the other map)" : "")));
            pane.getChildren().add(l);
        }
    }

    private static String shortName(String f) {
        return f.length() <= 3 ? f : f.substring(0, 3);
    }
}

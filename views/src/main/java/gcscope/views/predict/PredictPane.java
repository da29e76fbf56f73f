package gcscope.views.predict;

import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Predict mode: the live objects with "gray" and "black" boxes to tick, the slot the next instruction
 * writes, whether the barrier fires, a button that steps and checks, the verdict beside the guess
 * (right/wrong as words as well as colours) and the score.
 */
public final class PredictPane extends VBox {
    private final Button check = new Button("Step and check");
    private boolean syncing;

    public PredictPane(PredictModel model) {
        super(6);
        setStyle("-fx-padding: 6;");
        Label intro = new Label("Mark what the next instruction will do, then step to see the truth.");
        intro.setWrapText(true);
        ListView<PredictModel.Choice> objects = new ListView<>(model.objects());
        objects.setId("predict-objects");
        objects.setCellFactory(v -> new ChoiceCell(model));
        objects.setPrefHeight(200);
        VBox.setVgrow(objects, Priority.ALWAYS);
        ComboBox<PredictModel.SlotChoice> slot = new ComboBox<>(model.slots());
        slot.setId("predict-slot");
        slot.setMaxWidth(Double.MAX_VALUE);
        slot.setOnAction(e -> {
            if (!syncing && slot.getValue() != null) model.slotProperty().set(slot.getValue().index());
        });
        Runnable syncSlot = () -> {
            syncing = true;
            try {
                for (PredictModel.SlotChoice c : model.slots()) if (c.index() == model.slotProperty().get()) slot.setValue(c);
            } finally {
                syncing = false;
            }
        };
        model.slotProperty().addListener((o, a, b) -> syncSlot.run());
        // after the combo box has taken the new items (it clears its value when they change)
        model.slots().addListener((javafx.collections.ListChangeListener<PredictModel.SlotChoice>) c -> javafx.application.Platform.runLater(syncSlot));
        CheckBox barrier = new CheckBox("the write barrier fires");
        barrier.setId("predict-barrier");
        barrier.selectedProperty().bindBidirectional(model.barrierProperty());
        check.setId("predict-check");
        check.setTooltip(new Tooltip("Executes one instruction and compares it with your prediction"));
        Label score = new Label();
        score.setId("predict-score");
        score.getStyleClass().add("pane-title");
        score.textProperty().bind(model.scoreProperty());
        ListView<PredictModel.Line> verdict = new ListView<>(model.verdict());
        verdict.setId("predict-verdict");
        verdict.setPrefHeight(110);
        verdict.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PredictModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("predict-right", "predict-wrong");
                setText(empty || l == null ? null : (l.right() ? "\u2714 " : "\u2718 ") + l);
                if (!empty && l != null) getStyleClass().add(l.right() ? "predict-right" : "predict-wrong");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, new Label("slot written:"), slot);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slot, Priority.ALWAYS);
        HBox actions = new HBox(8, barrier, spacer, check);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(intro, new Label("objects (tick the ones that will turn gray / black)"), objects, row, actions,
                score, verdict);
    }

    /** What the check button does (the window steps one instruction and calls {@link PredictModel#reveal}). */
    public void setOnCheck(Runnable r) {
        check.setOnAction(e -> r.run());
    }

    private static final class ChoiceCell extends ListCell<PredictModel.Choice> {
        private final CheckBox gray = new CheckBox("gray");
        private final CheckBox black = new CheckBox("black");
        private final Label label = new Label();
        private final HBox box = new HBox(8, gray, black, label);
        private final PredictModel model;
        private PredictModel.Choice item;

        ChoiceCell(PredictModel model) {
            this.model = model;
            box.setAlignment(Pos.CENTER_LEFT);
            gray.getStyleClass().add("predict-gray");
            black.getStyleClass().add("predict-black");
            gray.setOnAction(e -> toggle(model.gray(), gray.isSelected()));
            black.setOnAction(e -> toggle(model.black(), black.isSelected()));
        }

        private void toggle(ObservableSet<Long> set, boolean on) {
            if (item == null) return;
            if (on) set.add(item.address());
            else set.remove(item.address());
        }

        @Override
        protected void updateItem(PredictModel.Choice c, boolean empty) {
            super.updateItem(c, empty);
            item = empty ? null : c;
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            label.setText(c.label());
            gray.setSelected(model.gray().contains(c.address()));
            black.setSelected(model.black().contains(c.address()));
            box.setId("predict-object-" + Long.toHexString(c.address()));
            setGraphic(box);
        }
    }
}

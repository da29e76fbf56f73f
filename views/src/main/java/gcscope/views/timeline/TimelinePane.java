package gcscope.views.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.function.LongConsumer;

/** The timeline scrubber: a slider over the steps reached so far; releasing it goes to that step. */
public final class TimelinePane extends HBox {
    private final Slider slider = new Slider(0, 1, 0);
    private LongConsumer onGoTo = s -> { };
    private boolean updating;

    public TimelinePane(TimelineModel model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("timeline");
        Label label = new Label();
        label.setId("timeline-label");
        label.setMinWidth(160);
        Runnable sync = () -> {
            updating = true;
            try {
                slider.setMax(Math.max(1, model.furthestProperty().get()));
                slider.setValue(model.stepProperty().get());
            } finally {
                updating = false;
            }
            label.setText("step " + model.stepProperty().get() + " / " + model.furthestProperty().get());
        };
        model.stepProperty().addListener((o, w, n) -> sync.run());
        model.furthestProperty().addListener((o, w, n) -> sync.run());
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && !updating) onGoTo.accept(Math.round(slider.getValue()));
        });
        slider.setOnMouseReleased(e -> {
            if (!updating) onGoTo.accept(Math.round(slider.getValue()));
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(new Label("timeline"), slider, label);
        sync.run();
    }

    public void setOnGoTo(LongConsumer handler) {
        onGoTo = handler == null ? s -> { } : handler;
    }

    public Slider slider() {
        return slider;
    }
}

package gcscope.app.ui;

import gcscope.views.predict.Outcome;
import gcscope.views.predict.Prediction;
import gcscope.views.predict.PredictModel;
import gcscope.views.predict.PredictPane;
import gcscope.vm.snapshot.VmSnapshot;

/**
 * Predict mode in the window: the Predict tab offers the live objects and slots of each new position;
 * "Step and check" executes one instruction and scores the learner's guess against what it did.
 */
final class PredictMode {
    private final PredictModel model = new PredictModel();
    private final PredictPane pane = new PredictPane(model);
    private final MainWindow window;
    private boolean shown = true;
    /** A snapshot arrived while hidden: the choices are prepared when the tab is shown. */
    private boolean stale;

    PredictMode(MainWindow window) {
        this.window = window;
        // offering 10,000 objects is work nobody sees while the tab is hidden: done when it is shown
        window.model().snapshotProperty().addListener((o, was, now) -> {
            if (shown) model.prepare(now);
            else stale = true;
        });
        pane.setOnCheck(() -> {
            VmSnapshot before = window.model().snapshot();
            if (before == null) return;
            // the guess is taken now: the step's snapshot reaches the panels (and clears the guess) before the answer does
            Prediction guess = model.prediction();
            window.stepInstructionThen(after -> model.reveal(guess, Outcome.of(before, after)));
        });
    }

    /** Prepares the choices only while {@code visible} is true (the Predict tab is selected), and when it turns true. */
    void showWhen(javafx.beans.value.ObservableBooleanValue visible) {
        shown = visible.get();
        visible.addListener((o, was, now) -> {
            shown = now;
            if (now && stale) {
                stale = false;
                model.prepare(window.model().snapshot());
            }
        });
    }

    PredictModel model() {
        return model;
    }

    PredictPane pane() {
        return pane;
    }
}

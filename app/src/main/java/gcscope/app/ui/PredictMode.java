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

    PredictMode(MainWindow window) {
        window.model().snapshotProperty().addListener((o, was, now) -> model.prepare(now));
        pane.setOnCheck(() -> {
            VmSnapshot before = window.model().snapshot();
            if (before == null) return;
            // the guess is taken now: the step's snapshot reaches the panels (and clears the guess) before the answer does
            Prediction guess = model.prediction();
            window.stepInstructionThen(after -> model.reveal(guess, Outcome.of(before, after)));
        });
    }

    PredictModel model() {
        return model;
    }

    PredictPane pane() {
        return pane;
    }
}

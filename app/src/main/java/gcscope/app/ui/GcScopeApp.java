package gcscope.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The JavaFX application: one inspector window on the program named by the first argument, or on
 * the default sample (a linked-structure program from the samples module) when there is none.
 */
public final class GcScopeApp extends Application {
    /** The sample opened when no file is given. */
    public static final String DEFAULT_SAMPLE = "/gcscope/samples/skel_linked_list.vo";

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(Preferences.userRoot().node("gcscope")));
        window.rememberPlacement(new WindowPlacement(Preferences.userRoot().node("gcscope")));
        List<String> args = getParameters().getRaw();
        boolean opened = false;
        String failure = "";
        if (!args.isEmpty()) {
            try {
                opened = window.files().open(Path.of(args.get(0)));
            } catch (java.nio.file.InvalidPathException e) {
                window.model().console().setMessage("cannot open " + args.get(0) + ": " + e.getMessage());
            }
            failure = window.model().console().textProperty().get();
        }
        if (!opened) {
            window.load(new Document(null, DEFAULT_SAMPLE.substring(DEFAULT_SAMPLE.lastIndexOf('/') + 1)), defaultSample());
            if (!failure.isEmpty()) window.model().console().setMessage(failure + "\nshowing the default sample instead");
        }
        RecoveryStore recovery = RecoveryStore.inUserHome();
        offerRecovery(recovery);
        window.enableRecovery(recovery, AUTOSAVE_SECONDS);
        stage.show();
    }

    /** Seconds between two recovery copies of unsaved edits. */
    static final double AUTOSAVE_SECONDS = 5;

    /** A recovery copy at start means the last run crashed or was killed: offer its buffer back. */
    private void offerRecovery(RecoveryStore recovery) {
        recovery.load().ifPresent(r -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "GcScope did not exit cleanly and kept unsaved edits of " + r.document().name() + ". Restore them?",
                    javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
            a.setHeaderText("Recover unsaved edits");
            java.util.Optional<javafx.scene.control.ButtonType> answer = a.showAndWait();
            if (answer.isPresent() && answer.get() == javafx.scene.control.ButtonType.YES) {
                window.load(r.document(), r.text());
                window.model().source().dirtyProperty().set(true);
            } else {
                recovery.clear();
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) window.close();
    }

    /** The default sample's text (a short program of our own if the samples module is missing from the class path). */
    static String defaultSample() {
        try (InputStream in = GcScopeApp.class.getResourceAsStream(DEFAULT_SAMPLE)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // fall through to the built-in program
        }
        return FileActions.NEW_PROGRAM;
    }
}

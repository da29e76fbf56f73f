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
        stage.show();
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

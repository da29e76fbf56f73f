package gcscope.app.ui;

import javafx.stage.Stage;

import java.util.prefs.Preferences;

/**
 * The real window, on the real session backend, with a program loaded and preferences of its own (a throw-away
 * node): opened in a test's {@code @Start} (the test shows the stage), closed after the test.
 */
final class SampleWindow {
    final MainWindow window;
    private final Preferences prefs;

    private SampleWindow(MainWindow window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    static SampleWindow open(Stage stage, String name, String source) {
        Preferences prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        MainWindow window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        window.load(new Document(null, name), source);
        return new SampleWindow(window, prefs);
    }

    void close() throws Exception {
        prefs.removeNode();
        window.close();
    }
}

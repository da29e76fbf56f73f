package gcscope.app.ui;

import javafx.application.Application;

/** Entry point the command-line launcher calls for GUI use: no args opens the default sample, a path opens that file. */
public final class InspectorLauncher {
    private InspectorLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(GcScopeApp.class, args);
    }
}

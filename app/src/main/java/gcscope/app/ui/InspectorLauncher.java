package gcscope.app.ui;

import javafx.application.Application;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Entry point the command-line launcher calls for GUI use: no args opens the default sample, a path
 * opens that file. When the window cannot open (no display, missing GTK libraries, or any other
 * toolkit start failure, even one thrown on a JavaFX thread) it prints one clear message and exits
 * with code {@link #NO_DISPLAY_EXIT}, never a stack trace.
 */
public final class InspectorLauncher {
    /** Exit code when the inspector window cannot be opened on this machine. */
    public static final int NO_DISPLAY_EXIT = 6;

    private InspectorLauncher() {
    }

    public static void launch(String[] args) {
        PrintStream err = System.err;
        boolean headlessTest = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        Optional<String> problem = headlessTest ? Optional.empty() : DisplayCheck.ofThisMachine().problem();
        if (problem.isPresent()) {
            err.println("gcscope: " + problem.get());
            System.exit(NO_DISPLAY_EXIT);
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
            if (isToolkitFailure(t)) fail(err, t);
            else if (previous != null) previous.uncaughtException(thread, t);
            else {
                err.println("gcscope: internal error in the inspector: " + t);
                if (Boolean.getBoolean("gcscope.debug")) t.printStackTrace(err);
            }
        });
        try {
            Application.launch(GcScopeApp.class, args);
        } catch (RuntimeException | Error e) {
            fail(err, e);
        }
    }

    private static boolean isToolkitFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsupportedOperationException || c instanceof UnsatisfiedLinkError) return true;
            String m = String.valueOf(c.getMessage());
            if (m.contains("glass") || m.contains("GTK") || m.contains("toolkit") || m.contains("display")) return true;
        }
        return false;
    }

    private static void fail(PrintStream err, Throwable t) {
        err.println("gcscope: " + DisplayCheck.startFailure(t));
        err.flush();
        Runtime.getRuntime().halt(NO_DISPLAY_EXIT);
    }
}

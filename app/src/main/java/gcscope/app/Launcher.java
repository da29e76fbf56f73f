package gcscope.app;

import gcscope.app.cli.Cli;
import gcscope.app.cli.Console;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Plain main class of the jar (not an Application subclass, so the fat jar starts JavaFX
 * correctly). With no arguments, or one {@code .vo}/{@code .gcscope} path, it opens the inspector;
 * otherwise it runs a headless verb of CLI.md and exits with its code. CLI paths never load JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensInspector(args)) {
            GuiEntry.launch(args);
            return;
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(new Console(out, err)).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** No arguments, or exactly one argument naming a program or session file (not a verb or option). */
    static boolean opensInspector(String[] args) {
        if (args.length == 0) return true;
        if (args.length != 1) return false;
        String a = args[0];
        return !a.startsWith("-") && (a.endsWith(".vo") || a.endsWith(".gcscope"));
    }

    /**
     * The GUI path, in its own class so that the JavaFX classes it refers to are loaded only when the
     * inspector is really opened (never on a CLI path).
     */
    static final class GuiEntry {
        private GuiEntry() {
        }

        static void launch(String[] args) {
            gcscope.app.ui.InspectorLauncher.launch(args);
        }
    }
}

package gcscope.app.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before JavaFX is touched, whether the inspector window can open on this machine: a
 * display must be named (DISPLAY or WAYLAND_DISPLAY on Linux) and the GTK 3 library that JavaFX's
 * glass toolkit loads must be present. The answer is a message for a person, never an exception.
 */
public final class DisplayCheck {
    /** The line printed after every failure, so that people know what still works. */
    public static final String HINT = "the command-line verbs work without a display: gcscope run FILE";
    static final String PREFIX = "cannot open the inspector window: ";

    private final Map<String, String> env;
    private final String osName;
    private final List<Path> libraryDirs;

    DisplayCheck(Map<String, String> env, String osName, List<Path> libraryDirs) {
        this.env = env;
        this.osName = osName;
        this.libraryDirs = libraryDirs;
    }

    /** The check for this process: its environment, operating system and the usual library directories. */
    public static DisplayCheck ofThisMachine() {
        List<Path> dirs = new ArrayList<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) for (String d : ld.split(File.pathSeparator)) if (!d.isBlank()) dirs.add(Path.of(d));
        for (String d : new String[]{"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib"}) dirs.add(Path.of(d));
        return new DisplayCheck(System.getenv(), System.getProperty("os.name", ""), dirs);
    }

    /** Empty when the window can be tried; otherwise the full message (what is missing, then {@link #HINT}). */
    public Optional<String> problem() {
        if (!osName.toLowerCase().contains("linux")) return Optional.empty();
        if (blank("DISPLAY") && blank("WAYLAND_DISPLAY")) {
            return Optional.of(PREFIX + "no display (DISPLAY is not set)\n" + HINT);
        }
        if (!libraryDirs.isEmpty() && libraryDirs.stream().noneMatch(d -> Files.exists(d.resolve("libgtk-3.so.0")))) {
            return Optional.of(PREFIX + "the GTK 3 libraries are missing (on Debian: apt-get install libgtk-3-0)\n" + HINT);
        }
        return Optional.empty();
    }

    /** The message for a toolkit failure that happened anyway (the check cannot foresee every one). */
    public static String startFailure(Throwable t) {
        String what = describe(t);
        return PREFIX + what + "\n" + HINT;
    }

    private static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("GTK") || m.contains("gtk")) {
                return "the GTK 3 libraries could not be loaded (on Debian: apt-get install libgtk-3-0)";
            }
            if (m.contains("DISPLAY") || m.toLowerCase().contains("open display")) {
                return "the display could not be opened (" + m + ")";
            }
        }
        Throwable root = t;
        while (root.getCause() != null) root = root.getCause();
        return "the JavaFX toolkit did not start (" + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()) + ")";
    }

    private boolean blank(String name) {
        String v = env.get(name);
        return v == null || v.isBlank();
    }
}

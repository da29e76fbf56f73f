package gcscope.app.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * The command that starts this same GcScope as a new process: {@code java -jar gcscope.jar} when running
 * from the jar, else {@code java -cp <class path> <main class>} (from the build's class directories).
 */
public final class SelfCommand {
    private SelfCommand() {
    }

    public static List<String> of(Class<?> mainClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path location = location(mainClass);
        if (location != null && location.toString().endsWith(".jar")) return List.of(java, "-jar", location.toString());
        return List.of(java, "-cp", System.getProperty("java.class.path"), mainClass.getName());
    }

    private static Path location(Class<?> c) {
        try {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}

package gcscope.app.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * The command that starts this same GcScope as a new process, as a person would from the README: the
 * {@code app/gcscope} launcher (its JVM options and class-data archive) when this runs from
 * {@code app/target/gcscope.jar} beside it; {@code java -jar gcscope.jar} from any other jar or when
 * {@code plainJava} asks for it; else {@code java -cp <class path> <main class>} (from the build's class
 * directories).
 *
 * @param command  the words that start it
 * @param launcher true when {@code command} goes through the launcher script
 */
public record SelfCommand(List<String> command, boolean launcher) {
    public SelfCommand {
        command = List.copyOf(command);
    }

    public static SelfCommand of(Class<?> mainClass, boolean plainJava) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path location = location(mainClass);
        if (location != null && location.toString().endsWith(".jar")) {
            Path script = launcherFor(location);
            if (!plainJava && script != null) return new SelfCommand(List.of("sh", script.toString()), true);
            return new SelfCommand(List.of(java, "-jar", location.toString()), false);
        }
        return new SelfCommand(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass.getName()), false);
    }

    /** The launcher that starts {@code jar}: {@code ../gcscope} of {@code <dir>/target/gcscope.jar}, or null. */
    static Path launcherFor(Path jar) {
        Path target = jar.toAbsolutePath().getParent();
        if (target == null || !jar.getFileName().toString().equals("gcscope.jar") || target.getParent() == null) return null;
        Path script = target.getParent().resolve("gcscope");
        return Files.isRegularFile(script) ? script : null;
    }

    /** How the bench table names it. */
    public String describe() {
        return launcher ? command.get(1) + " (the launcher: serial collector, class-data archive)" : String.join(" ", command.subList(0, Math.min(3, command.size())));
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

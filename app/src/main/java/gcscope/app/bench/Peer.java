package gcscope.app.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A peer implementation: the interpreter to run ({@code lua5.4}) and the extension of its scripts in the
 * peers directory ({@code .lua}); a benchmark {@code NAME.vo} is mirrored by {@code NAME.lua}.
 */
public record Peer(String label, String executable, String extension) {
    /** The peers of issue 7: Lua 5.4 and Python 3. */
    public static List<Peer> standard() {
        return List.of(new Peer("lua5.4", "lua5.4", ".lua"), new Peer("python3", "python3", ".py"));
    }

    /** The executable found on {@code searchPath} (a PATH value), if installed there. */
    public static Optional<Path> which(String executable, String searchPath) {
        if (searchPath == null) return Optional.empty();
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, executable);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * The peers directory: {@code explicit} when given, else the first existing {@code shared/bench/peers}
     * (as {@code ../shared/...} beside the repository, or {@code shared/...}) from {@code start} upwards.
     */
    public static Optional<Path> locateDir(Path explicit, Path start) {
        if (explicit != null) return Files.isDirectory(explicit) ? Optional.of(explicit) : Optional.empty();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bench").resolve("peers");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}

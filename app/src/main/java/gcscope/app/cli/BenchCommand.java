package gcscope.app.cli;

import gcscope.app.Launcher;
import gcscope.app.bench.BenchSuite;
import gcscope.app.bench.Peer;
import gcscope.app.bench.ProcessRunner;
import gcscope.app.bench.SelfCommand;
import gcscope.app.bench.SystemProcessRunner;
import gcscope.samples.BenchProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code bench [--peers] [--sizes small|default] [--reps N] [--sanitize-overhead] [--record-overhead]}: runs
 * every benchmark program as whole {@code run} processes of this jar (wall time including JVM start, GC
 * normal), with {@code --peers} beside the Lua 5.4 and Python 3 peers, round-robin, and prints the medians
 * and the ratios GcScope/peer. Exit 0 when everything that ran agreed, 2 when something failed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Run the benchmark programs as whole processes, optionally beside the Lua and Python peers, "
                + "and print median wall times and ratios.")
public final class BenchCommand implements Callable<Integer> {
    private final Console console;
    private final ProcessRunner processes;
    private final Function<String, Optional<Path>> which;
    private final List<String> self;

    @Option(names = "--peers", description = "Also run the Lua 5.4 and Python 3 peers.")
    boolean peers;

    @Option(names = "--sizes", paramLabel = "SIZES", converter = SizesConverter.class,
            description = "small (the sizes in each program's '// sizes small:' header) or default.")
    String sizes = "default";

    @Option(names = "--reps", paramLabel = "N", description = "Repetitions per implementation (default: 5).")
    int reps = 5;

    @Option(names = "--sanitize-overhead", description = "Also time the overhead benchmark with --sanitize.")
    boolean sanitizeOverhead;

    @Option(names = "--record-overhead", description = "Also time the overhead benchmark with --record.")
    boolean recordOverhead;

    @Option(names = "--overhead-on", paramLabel = "NAME", description = "The benchmark the overhead rows use (default: binary_trees).")
    String overheadOn = "binary_trees";

    @Option(names = "--peers-dir", paramLabel = "DIR", description = "The peer scripts (default: shared/bench/peers found from the working directory upwards).")
    Path peersDir;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Run only these benchmarks (names without .vo).")
    List<String> only = new ArrayList<>();

    @Option(names = "--cpu-time", description = "Show the processes' CPU time (user + system) instead of wall time: "
            + "steadier when other work competes for the cores.")
    boolean cpuTime;

    @Option(names = "--java-jar", description = "Start GcScope as plain 'java -jar gcscope.jar' (the JVM's default options, "
            + "no class-data archive) instead of through the app/gcscope launcher.")
    boolean javaJar;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on one process after this long (default: 600).")
    long timeoutSeconds = 600;

    public BenchCommand(Console console) {
        this(console, new SystemProcessRunner(), exe -> Peer.which(exe, System.getenv("PATH")), null);
    }

    /** For tests: fake processes, a fake PATH and a fake self command (null: this jar, found when the verb runs). */
    public BenchCommand(Console console, ProcessRunner processes, Function<String, Optional<Path>> which, List<String> self) {
        this.console = console;
        this.processes = processes;
        this.which = which;
        this.self = self == null ? null : List.copyOf(self);
    }

    @Override
    public Integer call() throws UsageException, IOException {
        if (reps <= 0) throw new UsageException("--reps must be positive, got " + reps);
        if (timeoutSeconds <= 0) throw new UsageException("--timeout must be positive, got " + timeoutSeconds);
        List<BenchProgram> programs = new ArrayList<>();
        for (BenchProgram p : BenchProgram.all()) if (only.isEmpty() || only.contains(p.name())) programs.add(p);
        for (String name : only) {
            if (programs.stream().noneMatch(p -> p.name().equals(name))) throw new UsageException("--only: no benchmark named " + name);
        }
        Path dir = null;
        if (peers) {
            dir = Peer.locateDir(peersDir, Path.of("")).orElse(null);
            if (peersDir != null && dir == null) throw new UsageException("--peers-dir: not a directory: " + peersDir);
        }
        List<String> flags = new ArrayList<>();
        if (sanitizeOverhead) flags.add("--sanitize");
        if (recordOverhead) flags.add("--record");
        BenchSuite.Settings settings = new BenchSuite.Settings(sizes.equals("small"), peers, dir, reps,
                Duration.ofSeconds(timeoutSeconds), flags, overheadOn, cpuTime);
        SelfCommand started = self != null ? new SelfCommand(self, false) : SelfCommand.of(Launcher.class, javaJar);
        console.out().println("# gcscope bench: sizes " + sizes + ", " + reps + " repetitions, round-robin; median "
                + (cpuTime ? "CPU time (user + system)" : "wall time") + " of whole processes (JVM start included), GC normal" + (dir == null ? "" : "; peers from " + dir));
        console.out().println("# gcscope runs as: " + started.describe());
        console.out().flush();
        if (started.launcher()) {
            // untimed: the launcher writes its class-data archive on its first start after a build
            ProcessRunner.Result warm = processes.run(java.util.stream.Stream.concat(started.command().stream(), java.util.stream.Stream.of("--version")).toList(),
                    Duration.ofSeconds(timeoutSeconds));
            if (warm.exitCode() != 0) console.err().println("bench: the launcher's first start failed (exit " + warm.exitCode() + "): " + warm.err().strip());
        }
        Path work = Files.createTempDirectory("gcscope-bench-");
        BenchSuite.Report report;
        try {
            report = new BenchSuite(settings, processes, started.command(), which, work, line -> {
                console.err().println("bench: " + line);
                console.err().flush();
            }).run(programs);
        } finally {
            deleteTree(work);
        }
        console.out().println();
        console.out().print(report.comparison().render());
        if (report.overhead() != null) {
            console.out().println();
            console.out().println("Overhead (variant / plain GcScope; issue 7 allows --sanitize 3x, --record 2x):");
            console.out().println();
            console.out().print(report.overhead().render());
        }
        if (!report.notes().isEmpty()) {
            console.out().println();
            for (String note : report.notes()) console.out().println("note: " + note);
        }
        console.out().flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.PANIC;
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static final class SizesConverter implements ITypeConverter<String> {
        public String convert(String s) {
            if (!s.equals("small") && !s.equals("default")) throw new TypeConversionException("expected small or default, got '" + s + "'");
            return s;
        }
    }
}

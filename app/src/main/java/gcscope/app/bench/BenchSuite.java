package gcscope.app.bench;

import gcscope.samples.BenchProgram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole {@code bench} run: every benchmark program in GcScope (a whole {@code run} process per
 * repetition) and, with peers, in Lua and Python, at the chosen sizes; then, for the overhead benchmark, GcScope
 * plain against GcScope with each overhead flag ({@code --sanitize}, {@code --record}).
 */
public final class BenchSuite {
    /**
     * The settings of one bench run. {@code peersDir} is null when no peers directory was found; with
     * {@code cpuTime} the table shows CPU time instead of wall time.
     */
    public record Settings(boolean small, boolean peers, Path peersDir, int reps, Duration timeout,
                           List<String> overheadFlags, String overheadOn, boolean cpuTime) {
        public Settings {
            overheadFlags = List.copyOf(overheadFlags);
        }
    }

    /** The results: the comparison table, the overhead table (null when none was asked for) and the notes. */
    public record Report(BenchTable comparison, BenchTable overhead, List<String> notes) {
        public Report {
            notes = List.copyOf(notes);
        }

        /** True when nothing that ran failed. */
        public boolean ok() {
            List<BenchTable.Row> rows = new ArrayList<>(comparison.rows());
            if (overhead != null) rows.addAll(overhead.rows());
            return rows.stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c instanceof Cell.Failed);
        }
    }

    public static final String GCSCOPE = "gcscope";

    private final Settings settings;
    private final BenchRunner runner;
    private final List<String> self;
    private final Function<String, Optional<Path>> which;
    private final Path work;

    /**
     * @param self  the command that starts this GcScope ({@code java -jar gcscope.jar})
     * @param which finds an installed executable by name
     * @param work  a directory for the resized programs and scripts
     */
    public BenchSuite(Settings settings, ProcessRunner processes, List<String> self, Function<String, Optional<Path>> which,
                      Path work, Consumer<String> progress) {
        this.settings = settings;
        this.runner = new BenchRunner(processes, settings.reps(), settings.timeout(), progress, settings.cpuTime());
        this.self = List.copyOf(self);
        this.which = which;
        this.work = work;
    }

    public Report run(List<BenchProgram> programs) throws IOException {
        List<String> columns = new ArrayList<>(List.of(GCSCOPE));
        if (settings.peers()) for (Peer p : Peer.standard()) columns.add(p.label());
        BenchTable comparison = BenchTable.firstOverOthers(columns);
        List<String> overheadColumns = new ArrayList<>(List.of(GCSCOPE));
        for (String flag : settings.overheadFlags()) overheadColumns.add(GCSCOPE + " " + flag);
        BenchTable overhead = settings.overheadFlags().isEmpty() ? null : overheadTable(overheadColumns);
        List<String> notes = new ArrayList<>();
        for (BenchProgram program : programs) {
            Prepared prepared = prepare(program);
            List<Contestant> contestants = new ArrayList<>();
            contestants.add(prepared.gcscope(GCSCOPE, List.of()));
            if (settings.peers()) for (Peer p : Peer.standard()) contestants.add(peer(p, program, prepared));
            BenchRunner.Measured m = runner.measure(program.name(), contestants);
            comparison.add(m.row());
            notes.addAll(m.notes());
            if (overhead != null && program.name().equals(settings.overheadOn())) {
                List<Contestant> variants = new ArrayList<>();
                variants.add(prepared.gcscope(GCSCOPE, List.of()));
                for (String flag : settings.overheadFlags()) variants.add(prepared.gcscope(GCSCOPE + " " + flag, List.of(flag)));
                BenchRunner.Measured o = runner.measure(program.name(), variants);
                overhead.add(o.row());
                notes.addAll(o.notes());
            }
        }
        if (overhead != null && overhead.rows().isEmpty())
            notes.add("overhead: no benchmark named " + settings.overheadOn());
        if (settings.peers() && settings.peersDir() == null) notes.add("peers: no peers directory found (use --peers-dir)");
        return new Report(comparison, overhead, notes);
    }

    private static BenchTable overheadTable(List<String> columns) {
        List<BenchTable.Ratio> ratios = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) ratios.add(new BenchTable.Ratio(i, 0));
        return new BenchTable(columns, ratios);
    }

    /** The GcScope program written at the chosen sizes, or why it cannot be. */
    private record Prepared(Path file, Map<String, String> sizes, String unavailable, List<String> self) {
        Contestant gcscope(String label, List<String> flags) {
            if (unavailable != null) return Contestant.unavailable(label, unavailable);
            List<String> command = new ArrayList<>(self);
            command.add("run");
            command.add(file.toString());
            command.addAll(flags);
            return Contestant.runnable(label, command);
        }
    }

    private Prepared prepare(BenchProgram program) throws IOException {
        Map<String, String> sizes = settings.small() ? program.smallSizes() : Map.of();
        if (settings.small() && sizes.isEmpty()) return new Prepared(null, sizes, "no small sizes declared", self);
        String source;
        try {
            source = program.resized(sizes);
        } catch (IllegalArgumentException e) {
            return new Prepared(null, sizes, "cannot resize: " + e.getMessage(), self);
        }
        Path file = work.resolve(program.name() + ".vo");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return new Prepared(file, sizes, null, self);
    }

    private Contestant peer(Peer peer, BenchProgram program, Prepared prepared) throws IOException {
        if (settings.peersDir() == null) return Contestant.unavailable(peer.label(), "no peers directory");
        Optional<Path> exe = which.apply(peer.executable());
        if (exe.isEmpty()) return Contestant.unavailable(peer.label(), peer.executable() + " not installed");
        Path script = settings.peersDir().resolve(program.name() + peer.extension());
        if (!Files.isRegularFile(script)) return Contestant.unavailable(peer.label(), "no peer script");
        if (prepared.unavailable() != null) return Contestant.unavailable(peer.label(), prepared.unavailable());
        String text = Files.readString(script, StandardCharsets.UTF_8);
        PeerResizer.Rewritten resized = PeerResizer.resize(text, program.source(), prepared.sizes());
        if (!resized.ok()) return Contestant.unavailable(peer.label(), "cannot resize: " + String.join("; ", resized.problems()));
        Path copy = work.resolve(program.name() + peer.extension());
        Files.writeString(copy, resized.text(), StandardCharsets.UTF_8);
        return Contestant.runnable(peer.label(), List.of(exe.get().toString(), copy.toString()));
    }
}

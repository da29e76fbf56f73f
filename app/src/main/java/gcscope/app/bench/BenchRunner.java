package gcscope.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures one benchmark across implementations: {@code reps} repetitions, each running every implementation
 * once in turn (round-robin, so drift in the machine's load hits all alike), then checks that all printed the
 * same output. An implementation that fails (non-zero exit, timeout, output unlike the others') is shown as
 * failed, never with a number.
 */
public final class BenchRunner {
    private final ProcessRunner processes;
    private final int reps;
    private final Duration timeout;
    private final Consumer<String> progress;
    private final boolean cpuTime;

    /** A measured row and the notes explaining its failures. */
    public record Measured(BenchTable.Row row, List<String> notes) {
        public Measured {
            notes = List.copyOf(notes);
        }
    }

    public BenchRunner(ProcessRunner processes, int reps, Duration timeout, Consumer<String> progress) {
        this(processes, reps, timeout, progress, false);
    }

    /** With {@code cpuTime}, the processes' CPU time is measured instead of their wall time. */
    public BenchRunner(ProcessRunner processes, int reps, Duration timeout, Consumer<String> progress, boolean cpuTime) {
        if (reps <= 0) throw new IllegalArgumentException("reps must be positive");
        this.cpuTime = cpuTime;
        this.processes = processes;
        this.reps = reps;
        this.timeout = timeout;
        this.progress = progress;
    }

    public Measured measure(String benchmark, List<Contestant> contestants) {
        int n = contestants.size();
        Cell[] cells = new Cell[n];
        long[][] nanos = new long[n][reps];
        String[] outputs = new String[n];
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!contestants.get(i).runs()) cells[i] = new Cell.Unavailable(contestants.get(i).unavailable());
        }
        for (int rep = 0; rep < reps; rep++) {
            for (int i = 0; i < n; i++) {
                if (cells[i] != null) continue;
                Contestant c = contestants.get(i);
                ProcessRunner.Result r = processes.run(c.command(), timeout);
                String failure = failure(r);
                long measured = cpuTime ? r.cpuNanos() : r.nanos();
                if (failure == null && measured < 0) failure = "no CPU time on this system";
                String out = normalise(r.out());
                if (failure == null && outputs[i] != null && !outputs[i].equals(out)) failure = "output changed between runs";
                if (failure != null) {
                    cells[i] = new Cell.Failed(failure);
                    notes.add(benchmark + ", " + c.label() + ": " + failure + firstLine(" - ", r.err()));
                    progress.accept(benchmark + " " + c.label() + " rep " + (rep + 1) + "/" + reps + ": " + failure);
                    continue;
                }
                outputs[i] = out;
                nanos[i][rep] = measured;
                progress.accept(benchmark + " " + c.label() + " rep " + (rep + 1) + "/" + reps + ": wall " + BenchTable.seconds(r.nanos())
                        + (r.cpuNanos() >= 0 ? ", cpu " + BenchTable.seconds(r.cpuNanos()) : ""));
            }
        }
        String reference = agreedOutput(outputs, cells);
        for (int i = 0; i < n; i++) {
            if (cells[i] != null) continue;
            if (reference == null || !reference.equals(outputs[i])) {
                cells[i] = new Cell.Failed(reference == null ? "outputs disagree" : "output differs");
                notes.add(benchmark + ", " + contestants.get(i).label() + ": output " + difference(reference, outputs[i]));
            } else {
                cells[i] = new Cell.Timed(nanos[i]);
            }
        }
        return new Measured(new BenchTable.Row(benchmark, Arrays.asList(cells)), notes);
    }

    private String failure(ProcessRunner.Result r) {
        if (r.timedOut()) return "timed out after " + timeout.toSeconds() + " s";
        if (r.exitCode() != 0) return "exit " + r.exitCode();
        return null;
    }

    /** The output most implementations printed; null when there is a tie between different outputs. */
    static String agreedOutput(String[] outputs, Cell[] cells) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < outputs.length; i++) {
            if (cells[i] == null && outputs[i] != null) votes.merge(outputs[i], 1, Integer::sum);
        }
        String best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
                tie = false;
            } else if (e.getValue() == bestVotes) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    static String normalise(String out) {
        return out.replace("\r\n", "\n");
    }

    /** Where {@code actual} first differs from {@code expected}, for the notes. */
    static String difference(String expected, String actual) {
        if (expected == null) return "disagrees with the other implementations: " + firstLine("", actual);
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int line = 0; line < Math.max(e.length, a.length); line++) {
            String el = line < e.length ? e[line] : "(end of output)";
            String al = line < a.length ? a[line] : "(end of output)";
            if (!el.equals(al)) return "line " + (line + 1) + ": expected \"" + el + "\", got \"" + al + "\"";
        }
        return "differs";
    }

    private static String firstLine(String prefix, String text) {
        String t = text.strip();
        if (t.isEmpty()) return "";
        int nl = t.indexOf('\n');
        return prefix + (nl < 0 ? t : t.substring(0, nl));
    }
}

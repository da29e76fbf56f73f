package gcscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.ImportResult;
import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI verbs that compile and run programs, in-process: outputs and the exit codes of CLI.md. */
class CliRunTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));

    @TempDir
    Path dir;

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    /** Copies a test program from the resources into the temp directory. */
    private String program(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/gcscope/cli/" + name)) {
            Files.copy(in, p);
        }
        return p.toString();
    }

    @Test
    void runPrintsOnlyTheProgramsOutputAndExitsZero() throws Exception {
        // 20 complete binary trees of depth 4: 20 * 31 nodes
        assertEquals(0, cli.execute("run", program("trees.vo")), err());
        assertEquals("total 620\n", out());
        assertEquals("", err());
    }

    @Test
    void plainRunWithoutOptionsBehavesExactlyLikeRunWithExplicitDefaults() throws Exception {
        // "run FILE" skips the option parser; its output, messages and exit code must not differ
        for (String name : new String[]{"trees.vo", "index_panic.vo", "syntax_error.vo", "missing.vo"}) {
            String p = name.equals("missing.vo") ? dir.resolve(name).toString() : program(name);
            out.reset();
            err.reset();
            int plain = cli.execute("run", p);
            String plainOut = out(), plainErr = err();
            out.reset();
            err.reset();
            int parsed = cli.execute("run", p, "--gc", "normal");
            assertEquals(parsed, plain, name);
            assertEquals(out(), plainOut, name);
            assertEquals(err(), plainErr, name);
        }
    }

    @Test
    void runGivesTheSameOutputUnderEveryCollectorPolicy() throws Exception {
        String p = program("trees.vo");
        for (String gc : new String[]{"off", "normal", "stress", "incremental-stress"}) {
            out.reset();
            assertEquals(0, cli.execute("run", p, "--gc", gc, "--sanitize"), gc + ": " + err());
            assertEquals("total 620\n", out(), gc);
        }
    }

    @Test
    void recordingDoesNotChangeWhatTheProgramPrints() throws Exception {
        assertEquals(0, cli.execute("run", program("trees.vo"), "--record", "--sanitize"), err());
        assertEquals("total 620\n", out());
    }

    @Test
    void compileErrorsExitOneWithFileLineAndColumn() throws Exception {
        String p = program("syntax_error.vo");
        assertEquals(ExitCodes.COMPILE_ERROR, cli.execute("run", p));
        assertTrue(err().startsWith(p + ":5:1: "), err());
        assertEquals("", out());
    }

    @Test
    void panicExitsTwo() throws Exception {
        assertEquals(ExitCodes.PANIC, cli.execute("run", program("index_panic.vo")));
        assertTrue(err().contains("panic: runtime error: index out of range [3] with length 0"), err());
    }

    @Test
    void wildReferenceOfTheCallBufferBugExitsThreeWithTheTrap() throws Exception {
        assertEquals(ExitCodes.TRAP, cli.execute("run", program("callbuf.vo"), "--callbuf", "reuse-dst", "--gc", "stress"));
        assertTrue(err().contains("trap: wild reference"), err());
    }

    @Test
    void sanitizerViolationExitsFourWithItsDescription() throws Exception {
        assertEquals(ExitCodes.VIOLATION, cli.execute("run", program("callbuf.vo"), "--callbuf", "reuse-dst", "--gc", "stress", "--sanitize"));
        assertTrue(err().contains("violation ROOT_MAP_MISMATCH in main.main"), err());
    }

    @Test
    void theFixedCallBufferRunsClean() throws Exception {
        assertEquals(0, cli.execute("run", program("callbuf.vo"), "--callbuf", "split", "--gc", "stress", "--sanitize"), err());
        assertEquals("2\n", out());
    }

    @Test
    void verifierReportsTheReuseDstMismatchAndNothingForSplit() throws Exception {
        String p = program("callbuf.vo");
        assertEquals(ExitCodes.VIOLATION, cli.execute("verify", p, "--callbuf", "reuse-dst"));
        assertTrue(out().lines().allMatch(l -> l.startsWith("SlotTypeMismatch main.")), out());
        out.reset();
        assertEquals(0, cli.execute("verify", p));
        assertEquals("", out());
    }

    @Test
    void reportJsonSummarisesTheRunOnStandardError() throws Exception {
        assertEquals(0, cli.execute("run", program("trees.vo"), "--gc", "stress", "--report", "json"));
        String last = err().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode r = new ObjectMapper().readTree(last);
        assertEquals("FINISHED", r.get("outcome").asText());
        assertEquals(0, r.get("exitCode").asInt());
        assertTrue(r.get("steps").asLong() > 1000);
        assertTrue(r.get("collections").asLong() > 100, "stress collects at every boundary");
        assertTrue(r.get("peakHeapBytes").asLong() > 0);
        assertTrue(r.get("violations").isArray());
        assertTrue(r.get("trap").isNull());
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/gcscope/report.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        java.util.Set<String> required = new java.util.TreeSet<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        r.fieldNames().forEachRemaining(keys::add);
        assertEquals(required, keys, "the report matches its schema file");
    }

    @Test
    void reportJsonCarriesTheTrap() throws Exception {
        assertEquals(ExitCodes.TRAP, cli.execute("run", program("callbuf.vo"), "--callbuf", "reuse-dst", "--gc", "stress", "--report", "json"));
        JsonNode r = new ObjectMapper().readTree(err().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("TRAPPED", r.get("outcome").asText());
        assertEquals(3, r.get("exitCode").asInt());
        assertEquals("WILD_REFERENCE", r.get("trap").get("kind").asText());
    }

    @Test
    void traceShowsEachInstructionWithTheSlotsItWrote() throws Exception {
        assertEquals(0, cli.execute("trace", program("callbuf.vo"), "--from", "1", "--count", "3"), err());
        var lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).trim().startsWith("1 "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("; s")), out());
    }

    @Test
    void exportedJsonImportsBackAsTheSameSnapshot() throws Exception {
        Path o = dir.resolve("s.json");
        assertEquals(0, cli.execute("export", program("trees.vo"), "--step", "3000", "--format", "json", "-o", o.toString()), err());
        ImportResult r = new SnapshotJson().read(Files.readString(o));
        VmSnapshot s = assertInstanceOf(ImportResult.Loaded.class, r).snapshot();
        assertEquals(3000, s.step());
        assertTrue(s.heap().objects().size() > 10);
        assertEquals(Files.readString(o), new SnapshotJson().write(s));
    }

    @Test
    void exportedHeapSnapshotHasANodePerLiveObjectAndRootPlusTheSyntheticRoot() throws Exception {
        String p = program("trees.vo");
        Path json = dir.resolve("s.json");
        Path heap = dir.resolve("s.heapsnapshot");
        assertEquals(0, cli.execute("export", p, "--step", "3000", "--format", "json", "-o", json.toString()));
        assertEquals(0, cli.execute("export", p, "--step", "3000", "--format", "heapsnapshot", "-o", heap.toString()));
        VmSnapshot s = ((ImportResult.Loaded) new SnapshotJson().read(Files.readString(json))).snapshot();
        long live = s.heap().objects().stream().filter(o -> o.colour() != Colour.FREED).count();
        JsonNode h = new ObjectMapper().readTree(heap.toFile());
        assertEquals(live + s.roots().size() + 1, h.path("snapshot").path("node_count").asLong());
    }

    @Test
    void exportAtViolationStopsAtTheFirstOne() throws Exception {
        Path o = dir.resolve("v.json");
        assertEquals(ExitCodes.VIOLATION, cli.execute("export", program("callbuf.vo"), "--callbuf", "reuse-dst", "--at-violation",
                "--format", "json", "-o", o.toString()));
        VmSnapshot s = ((ImportResult.Loaded) new SnapshotJson().read(Files.readString(o))).snapshot();
        assertEquals(1, s.violations().size());
        assertTrue(s.currentFrame().slots().stream().anyMatch(sl -> sl.mismatch()), "the bad slot is flagged");
    }

    @Test
    void exportNeedsExactlyOnePointInTime() throws Exception {
        String p = program("trees.vo");
        assertEquals(ExitCodes.USAGE, cli.execute("export", p, "--format", "json", "-o", dir.resolve("x").toString()));
        assertEquals(ExitCodes.USAGE, cli.execute("export", p, "--at-end", "--step", "3", "--format", "json", "-o", dir.resolve("x").toString()));
    }

    @Test
    void recordedTraceTravelsBackToTheStartAndPrintsTheSameLinesAsTheDirectTrace() throws Exception {
        String p = program("callbuf.vo");
        assertEquals(0, cli.execute("trace", p, "--from", "5", "--count", "60"), err());
        String direct = out();
        out.reset();
        assertEquals(0, cli.execute("trace", p, "--from", "5", "--count", "60", "--record"), err());
        assertEquals(direct, out());
        assertTrue(direct.lines().count() >= 10, direct);
    }

    @Test
    void recordedExportWritesTheSnapshotOfTheRequestedStep() throws Exception {
        String p = program("trees.vo");
        Path direct = dir.resolve("d.json");
        Path recorded = dir.resolve("r.json");
        assertEquals(0, cli.execute("export", p, "--step", "3000", "--format", "json", "-o", direct.toString()), err());
        assertEquals(0, cli.execute("export", p, "--step", "3000", "--record", "--format", "json", "-o", recorded.toString()), err());
        VmSnapshot d = ((ImportResult.Loaded) new SnapshotJson().read(Files.readString(direct))).snapshot();
        VmSnapshot r = ((ImportResult.Loaded) new SnapshotJson().read(Files.readString(recorded))).snapshot();
        assertEquals(3000, r.step());
        assertEquals(d.fibers(), r.fibers());
        assertEquals(d.heap(), r.heap());
        assertEquals(d.roots(), r.roots());
        assertEquals(d.stdout(), r.stdout());
    }

    @Test
    void recordedExportAtTheEndAndAtAViolation() throws Exception {
        Path end = dir.resolve("e.json");
        assertEquals(0, cli.execute("export", program("trees.vo"), "--at-end", "--record", "--format", "dot", "-o", end.toString()), err());
        assertTrue(Files.readString(end).startsWith("digraph"), Files.readString(end));
        Path v = dir.resolve("v.json");
        assertEquals(ExitCodes.VIOLATION, cli.execute("export", program("callbuf.vo"), "--callbuf", "reuse-dst", "--at-violation",
                "--record", "--format", "json", "-o", v.toString()));
        VmSnapshot s = ((ImportResult.Loaded) new SnapshotJson().read(Files.readString(v))).snapshot();
        assertEquals(1, s.violations().size());
    }
}

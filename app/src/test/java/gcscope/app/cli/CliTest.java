package gcscope.app.cli;

import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI run in-process: exit codes and messages of CLI.md for what needs no program run. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));

    @TempDir
    Path dir;

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void helpListsTheVerbsAndExitsZero() {
        assertEquals(0, cli.execute("--help"));
        assertTrue(out().contains("diff"), out());
        assertTrue(out().contains("bench"), out());
    }

    @Test
    void versionPrintsWhatTheFullParserPrints() {
        java.io.StringWriter parser = new java.io.StringWriter();
        cli.commandLine().printVersionHelp(new java.io.PrintWriter(parser, true));
        for (String flag : new String[] {"--version", "-V"}) {
            out.reset();
            assertEquals(0, cli.execute(flag));
            assertEquals(parser.toString().replace(System.lineSeparator(), "\n"), out().replace(System.lineSeparator(), "\n"), flag);
            assertTrue(out().startsWith("GcScope "), out());
        }
        assertEquals("", err());
    }

    @Test
    void warmUpRunsEveryCompilableSampleAndIsNotListedInHelp() {
        // the launcher trains its class-data archive with it: it must load the classes real runs load, and never fail
        assertEquals(0, cli.execute("warm-up"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("warm-up: (\\d+) samples compiled, (\\d+) run").matcher(out());
        assertTrue(m.find(), out());
        int compiled = Integer.parseInt(m.group(1));
        assertTrue(compiled >= 100, "the shipped samples compile: " + compiled);
        assertEquals(compiled, Integer.parseInt(m.group(2)), "and each of them ran");
        assertTrue(out().contains("; run FILE ok"), "one more through run FILE (reading a file, reporting a run): " + out());
        out.reset();
        assertEquals(0, cli.execute("--help"));
        assertTrue(!out().contains("warm-up"), "hidden from --help: " + out());
    }

    /**
     * {@code run FILE} with {@code --sanitize} and/or {@code --record} skips the full option parser; it must behave
     * exactly as the parser does (forced here by an option of default value), for a clean run and a panic.
     */
    @Test
    void runWithSanitizeOrRecordMatchesTheFullParser() throws Exception {
        Path ok = dir.resolve("ok.vo"), bad = dir.resolve("bad.vo");
        Files.writeString(ok, "package main\n\nimport \"fmt\"\n\ntype N struct{ next *N }\n\nfunc main() {\n"
                + "\tvar l *N\n\tfor i := 0; i < 5000; i++ {\n\t\tl = &N{l}\n\t}\n\tn := 0\n"
                + "\tfor ; l != nil; l = l.next {\n\t\tn++\n\t}\n\tfmt.Println(n)\n}\n");
        Files.writeString(bad, "package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n");
        for (Path file : new Path[] {ok, bad}) {
            String f = file.toString();
            String[][] fast = {{"run", "--sanitize", f}, {"run", f, "--record"}, {"run", "--record", f, "--sanitize"}};
            for (String[] args : fast) {
                String[] full = java.util.Arrays.copyOf(args, args.length + 2);
                full[args.length] = "--gc";
                full[args.length + 1] = "normal";
                out.reset();
                err.reset();
                int code = cli.execute(args);
                String o = out(), e = err();
                out.reset();
                err.reset();
                int want = cli.execute(full);
                String what = String.join(" ", args);
                assertEquals(want, code, what);
                assertEquals(out(), o, what);
                assertEquals(err(), e, what);
            }
        }
        // the fast path takes exactly these arguments and sets exactly these options
        RunCommand both = cli.plainRunCommand(new String[] {"run", "--record", ok.toString(), "--sanitize"});
        assertTrue(both != null && both.options.record && both.options.sanitize && both.file.equals(ok));
        RunCommand plain = cli.plainRunCommand(new String[] {"run", ok.toString()});
        assertTrue(plain != null && !plain.options.record && !plain.options.sanitize);
        for (String[] other : new String[][] {{"run", "--sanitize", "--sanitize", "a.vo"}, {"run", "--gc", "off", "a.vo"},
                {"run", "a.vo", "b.vo"}, {"run", "--sanitize"}, {"trace", "a.vo"}, {"run", "-x.vo"}}) {
            assertEquals(null, cli.plainRunCommand(other), String.join(" ", other));
        }
        out.reset();
        assertEquals(0, cli.execute("run", "--sanitize", ok.toString()));
        assertEquals("5000\n", out());
        // a repeated flag is the parser's usage error, not a fast run
        assertEquals(ExitCodes.USAGE, cli.execute("run", "--sanitize", "--sanitize", ok.toString()));
    }

    @Test
    void unknownVerbIsBadUsage() {
        assertEquals(ExitCodes.USAGE, cli.execute("frobnicate"));
        assertTrue(err().contains("frobnicate"), err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertEquals(ExitCodes.USAGE, cli.execute("diff", "--turbo", "a.json", "b.json"));
        assertTrue(err().contains("--turbo"), err());
    }

    @Test
    void badOptionValueIsBadUsageNamingTheChoices() {
        assertEquals(ExitCodes.USAGE, cli.execute("run", "x.vo", "--gc", "huge"));
        assertTrue(err().contains("expected off, normal, stress, incremental-stress"), err());
    }

    @Test
    void everyRunOptionOfCliMdIsAccepted() throws Exception {
        RunCommand run = new RunCommand(new Console(System.out, System.err));
        new picocli.CommandLine(run).parseArgs("x.vo", "--gc", "incremental-stress", "--gc-pause", "150", "--gc-stepmul", "300",
                "--time-slice", "50", "--sanitize", "--on-violation", "continue", "--callbuf", "all-value", "--tag-layout", "patched",
                "--intern", "off", "--fault", "skip-root", "--record", "--max-steps", "9", "--heap-limit", "4096", "--max-depth", "7",
                "--max-goroutines", "3", "--max-output", "100", "--report", "json");
        gcscope.vm.config.RunOptions o = run.options.toRunOptions();
        assertEquals(gcscope.vm.config.GcPolicy.INCREMENTAL_STRESS, o.gc());
        assertEquals(150, o.gcPause());
        assertEquals(300, o.gcStepMul());
        assertEquals(50, o.timeSlice());
        assertTrue(o.sanitize());
        assertEquals(gcscope.vm.config.OnViolation.CONTINUE, o.onViolation());
        assertEquals(new gcscope.vm.config.CompileOptions(gcscope.vm.config.CallBufferMode.ALL_VALUE,
                gcscope.vm.config.TagLayoutMode.PATCHED, false, gcscope.vm.config.Fault.SKIP_ROOT), o.compile());
        assertTrue(o.record());
        assertEquals(9, o.maxSteps());
        assertEquals(4096, o.heapLimit());
        assertEquals(7, o.maxDepth());
        assertEquals(3, o.maxGoroutines());
        assertEquals(100, o.maxOutput());
        assertTrue(run.options.reportJson());
    }

    @Test
    void defaultsAreThoseOfCliMd() throws Exception {
        RunCommand run = new RunCommand(new Console(System.out, System.err));
        new picocli.CommandLine(run).parseArgs("x.vo");
        assertEquals(gcscope.vm.config.RunOptions.DEFAULT, run.options.toRunOptions());
    }

    @Test
    void diffOfASnapshotWithItselfReportsNoChange() throws Exception {
        Path a = dir.resolve("a.json");
        Files.writeString(a, new SnapshotJson().write(CliFixtures.snapshot(4096)));
        assertEquals(0, cli.execute("diff", a.toString(), a.toString()), err());
        assertTrue(out().startsWith("diff step 3 -> step 3: 0 added, 0 freed"), out());
    }

    @Test
    void diffReportsAnAddedObject() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        VmSnapshot empty = CliFixtures.empty();
        Files.writeString(a, new SnapshotJson().write(empty));
        Files.writeString(b, new SnapshotJson().write(CliFixtures.snapshot(4096)));
        assertEquals(0, cli.execute("diff", a.toString(), b.toString()), err());
        assertTrue(out().contains("+ @0x1000 STRING string"), out());
    }

    @Test
    void diffOfATruncatedFileSaysWhatAndWhere() throws Exception {
        Path a = dir.resolve("a.json");
        String text = new SnapshotJson().write(CliFixtures.snapshot(4096));
        Files.writeString(a, text.substring(0, text.length() - 40));
        assertEquals(ExitCodes.USAGE, cli.execute("diff", a.toString(), a.toString()));
        assertTrue(err().contains("a.json: truncated file"), err());
        assertTrue(err().contains("line "), err());
    }

    @Test
    void missingFileIsBadUsage() {
        assertEquals(ExitCodes.USAGE, cli.execute("diff", dir.resolve("nope.json").toString(), "x.json"));
        assertTrue(err().contains("no such file"), err());
    }

    @Test
    void internalErrorWritesAReportAndExits70() throws Exception {
        int code = cli.internalError(new IllegalStateException("boom"), new String[]{"run", "x.vo"});
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertTrue(err().startsWith("gcscope: internal error: java.lang.IllegalStateException: boom"), err());
        String path = err().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow().substring(8);
        assertTrue(Files.readString(Path.of(path)).contains("IllegalStateException: boom"));
        Files.deleteIfExists(Path.of(path));
    }
}

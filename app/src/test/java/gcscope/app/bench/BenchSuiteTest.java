package gcscope.app.bench;

import gcscope.samples.BenchProgram;
import gcscope.samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite over a made-up benchmark, with fake processes: peers missing, resizing, overhead rows. */
class BenchSuiteTest {
    private static final String PROGRAM = "// sizes small: N=5\npackage main\n\nimport \"fmt\"\n\nconst N = 50\n\nfunc main() {\n\tfmt.Println(N)\n}\n";
    private static final BenchProgram LOOP = BenchProgram.of(new Sample("loop.vo", "gcscope/bench/loop.vo", PROGRAM));

    @TempDir
    Path peers;
    @TempDir
    Path work;

    /** Prints what the program/script it was given would print: the value of N, read from the file. */
    private final List<List<String>> calls = new ArrayList<>();

    private ProcessRunner echoN() {
        return (command, timeout) -> {
            calls.add(command);
            String file = command.stream().filter(a -> a.endsWith(".vo") || a.endsWith(".lua") || a.endsWith(".py")).findFirst().orElseThrow();
            try {
                String text = Files.readString(Path.of(file));
                String n = text.replaceAll("(?s).*?(?:const N =|N =) (\\d+).*", "$1");
                return new ProcessRunner.Result(0, n + "\n", "", 1_000_000L, false);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    private BenchSuite suite(boolean small, Path peersDir, List<String> flags, List<String> installed) {
        BenchSuite.Settings s = new BenchSuite.Settings(small, true, peersDir, 1, Duration.ofSeconds(5), flags, "loop", false);
        return new BenchSuite(s, echoN(), List.of("java", "-jar", "gcscope.jar"),
                exe -> installed.contains(exe) ? Optional.of(Path.of("/usr/bin", exe)) : Optional.empty(), work, line -> { });
    }

    @Test
    void peerNotInstalledIsReportedNotRun() throws IOException {
        Files.writeString(peers.resolve("loop.lua"), "local N = 50\nprint(N)\n");
        Files.writeString(peers.resolve("loop.py"), "N = 50\nprint(N)\n");
        BenchSuite.Report r = suite(false, peers, List.of(), List.of("lua5.4")).run(List.of(LOOP));
        List<Cell> cells = r.comparison().rows().get(0).cells();
        assertTrue(cells.get(0) instanceof Cell.Timed);
        assertTrue(cells.get(1) instanceof Cell.Timed);
        assertEquals("n/a (python3 not installed)", cells.get(2).text());
        assertTrue(calls.stream().noneMatch(c -> c.get(0).contains("python3")));
        assertTrue(r.ok());
    }

    @Test
    void missingPeerScriptAndMissingPeersDirectoryAreReported() throws IOException {
        BenchSuite.Report noScript = suite(false, peers, List.of(), List.of("lua5.4", "python3")).run(List.of(LOOP));
        assertEquals("n/a (no peer script)", noScript.comparison().rows().get(0).cells().get(1).text());
        BenchSuite.Report noDir = suite(false, null, List.of(), List.of("lua5.4", "python3")).run(List.of(LOOP));
        assertEquals("n/a (no peers directory)", noDir.comparison().rows().get(0).cells().get(2).text());
        assertTrue(noDir.notes().stream().anyMatch(n -> n.contains("--peers-dir")));
    }

    @Test
    void smallSizesResizeBothTheProgramAndThePeers() throws IOException {
        Files.writeString(peers.resolve("loop.lua"), "local N = 50\nprint(N)\n");
        Files.writeString(peers.resolve("loop.py"), "N = 50\nprint(N)\n");
        BenchSuite.Report r = suite(true, peers, List.of(), List.of("lua5.4", "python3")).run(List.of(LOOP));
        assertTrue(r.ok(), r.notes().toString());
        assertEquals(3, calls.size());
        for (List<String> c : calls) {
            String file = c.get(c.size() - 1).endsWith(".vo") ? c.get(c.size() - 1) : c.get(1);
            assertTrue(Files.readString(Path.of(file)).contains("N = 5\n"), file);
        }
        assertEquals(List.of("java", "-jar", "gcscope.jar", "run", work.resolve("loop.vo").toString()), calls.get(0));
    }

    @Test
    void overheadRowsRunTheProgramWithEachFlag() throws IOException {
        BenchSuite.Report r = suite(false, peers, List.of("--sanitize", "--record"), List.of()).run(List.of(LOOP));
        assertEquals(1, r.overhead().rows().size());
        assertTrue(calls.stream().anyMatch(c -> c.get(c.size() - 1).equals("--sanitize")));
        assertTrue(calls.stream().anyMatch(c -> c.get(c.size() - 1).equals("--record")));
        assertTrue(r.overhead().render().contains("gcscope --record / gcscope"));
    }

    @Test
    void failedRunMakesTheReportNotOk() throws IOException {
        BenchSuite.Settings s = new BenchSuite.Settings(false, false, null, 1, Duration.ofSeconds(5), List.of(), "loop", false);
        BenchSuite.Report r = new BenchSuite(s, (c, t) -> new ProcessRunner.Result(2, "", "panic", 1, false), List.of("java"),
                exe -> Optional.empty(), work, line -> { }).run(List.of(LOOP));
        assertFalse(r.ok());
    }
}

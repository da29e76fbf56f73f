package gcscope.vm.snapshot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DotExporterTest {
    private final String dot = new DotExporter().write(SnapshotFixtures.sample());

    @Test
    void everyLiveObjectIsANodeFilledWithItsMarkColour() {
        assertTrue(dot.startsWith("digraph heap {"));
        assertTrue(dot.contains("o1000 [label=\"string"), dot);
        assertTrue(dot.contains("o1010 [label=\"[]*Node\\n@0x1010 (24 B)\\n[]*Node{}\\nBLACK\", fillcolor=\"#202020\""), dot);
        assertTrue(dot.contains("o1040 [label=\"[1]*Node\\n@0x1040 (24 B)\\n[1]*Node{}\\nGRAY\", fillcolor=\"#a0a0a0\""), dot);
        assertTrue(!dot.contains("o10c8"), "freed object must not be drawn");
    }

    @Test
    void edgesAreLabelledAndInteriorPointersResolveToTheirObject() {
        assertTrue(dot.contains("o1088 -> o1060 [label=\"f0\"]"), dot);
        assertTrue(dot.contains("r2 -> o1088 [style=bold]"), dot);
    }

    @Test
    void quotingEscapesQuotesBackslashesAndNewlines() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", DotExporter.quote("a\"b\\c\nd"));
    }

    @Test
    void graphvizAcceptsTheOutput() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "graphviz not installed");
        Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg").redirectErrorStream(true).start();
        p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("<svg"));
    }
}

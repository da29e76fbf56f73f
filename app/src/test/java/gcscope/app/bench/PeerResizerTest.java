package gcscope.app.bench;

import gcscope.samples.BenchProgram;
import gcscope.samples.Sample;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Size substitution on sample program texts (made up here: nothing names a real benchmark). */
class PeerResizerTest {
    private static final String PROGRAM = ""
            + "// Benchmark loop\n"
            + "// sizes small: Count=300 Reps=2\n"
            + "package main\n\n"
            + "import \"fmt\"\n\n"
            + "const Count = 4000\n"
            + "const Reps = 20\n\n"
            + "func main() {\n"
            + "\ts := 0\n"
            + "\tfor r := 0; r < Reps; r++ {\n"
            + "\t\tfor i := 0; i < Count; i++ {\n"
            + "\t\t\ts += i % 7\n"
            + "\t\t}\n"
            + "\t}\n"
            + "\tfmt.Println(s)\n"
            + "}\n";

    @Test
    void gcscopeProgramHasItsNamedConstantsRewritten() {
        BenchProgram p = BenchProgram.of(new Sample("loop.vo", "gcscope/bench/loop.vo", PROGRAM));
        String small = p.resized(p.smallSizes());
        assertTrue(small.contains("const Count = 300\n"), small);
        assertTrue(small.contains("const Reps = 2\n"), small);
        assertTrue(small.contains("s += i % 7"), small);
    }

    @Test
    void luaPeerSpellingSizesAsLiteralsIsRewrittenByValue() {
        String lua = "-- loop 4000 times 20\nlocal s = 0\nfor r = 1, 20 do\n  local n = 4000\n  for i = 0, n - 1 do s = s + i % 7 end\nend\nprint(s)\n";
        PeerResizer.Rewritten r = PeerResizer.resize(lua, PROGRAM, Map.of("Count", "300", "Reps", "2"));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("-- loop 300 times 2\nlocal s = 0\nfor r = 1, 2 do\n  local n = 300\n  for i = 0, n - 1 do s = s + i % 7 end\nend\nprint(s)\n", r.text());
    }

    @Test
    void pythonTupleAssignmentIsRewritten() {
        String py = "Count, step = 4000, 7\nfor r in range(20):\n    pass\n";
        PeerResizer.Rewritten r = PeerResizer.resize(py, PROGRAM, Map.of("Count", "300", "Reps", "2"));
        assertEquals("Count, step = 300, 7\nfor r in range(2):\n    pass\n", r.text());
    }

    @Test
    void digitsInsideLongerTokensAreLeftAlone() {
        PeerResizer.Rewritten r = PeerResizer.rewriteLiterals("x = 20.5 + 0x20 + v20 + 20", Map.of(20L, 2L));
        assertEquals("x = 20.5 + 0x20 + v20 + 2", r.text());
    }

    @Test
    void aNewValueIsNotRewrittenAgain() {
        PeerResizer.Rewritten r = PeerResizer.rewriteLiterals("a = 10; b = 20", Map.of(10L, 20L, 20L, 30L));
        assertEquals("a = 20; b = 30", r.text());
    }

    @Test
    void aSizeMissingFromThePeerIsAProblemAndLeavesTheScriptAsItWas() {
        String py = "for r in range(20):\n    pass\n";
        PeerResizer.Rewritten r = PeerResizer.resize(py, PROGRAM, Map.of("Count", "300"));
        assertFalse(r.ok());
        assertEquals(py, r.text());
        assertTrue(r.problems().get(0).contains("4000"), r.problems().toString());
    }

    @Test
    void aSizeThatIsNotAConstantOfTheProgramIsAProblem() {
        PeerResizer.Rewritten r = PeerResizer.resize("x = 1", PROGRAM, Map.of("Depth", "3"));
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).contains("Depth"), r.problems().toString());
    }
}

package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.check.SlotTypeMismatch;
import gcscope.vm.check.Verifier;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static slot-type verifier (VM.md) finds nothing in split-mode code and the seed bug in reuse-dst code. */
class StaticVerifierTest {
    static List<SlotTypeMismatch> verify(String src, CallBufferMode mode) {
        CompileResult r = Compiler.compile("v.vo", src, CompileOptions.DEFAULT.withCallBuffer(mode));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        return Verifier.verify(r.program());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed_values", "interfaces_goroutines", "promoted_methods", "values_and_closures",
            "methods_panics_channels", "embedded_interfaces_arrays"})
    void splitCodeHasNoSlotTypeMismatch(String name) throws IOException {
        assertEquals(List.of(), verify(GoProgramsTest.resource(name + ".vo"), CallBufferMode.SPLIT));
    }

    /**
     * Each finding as "function | the source line of the call | declared<-written", counted. Every call of
     * every_call_kind.vo is on its own line, so the distinct keys are the affected call sites.
     */
    private static Map<String, Integer> bySite(List<SlotTypeMismatch> found, String src) {
        String[] lines = src.split("\n", -1);
        Map<String, Integer> out = new TreeMap<>();
        for (SlotTypeMismatch m : found) {
            String line = lines[m.pos().line() - 1];
            int comment = line.indexOf("//");
            String code = (comment >= 0 ? line.substring(0, comment) : line).trim();
            out.merge(m.function() + " | " + code + " | " + m.declared() + "<-" + m.written(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * reuse-dst (VM.md): when retSlots >= argSlots and the result has a destination, the arguments are
     * written straight into dst, whose slots are typed for the results; a finding is an argument slot whose
     * kind differs from the result slot's. Defer and go have no results (their buffer is typed by the
     * parameters), a dropped result has no dst, and fewer result than argument slots means split. So:
     * show(k) V into G; count(b) G into V; apply's f(n) V into G (a func value passed as a parameter);
     * nm.Name(k) V into G; h(k) V into G (a method value); total(1, 2, 3) the []int pack G into V;
     * lit(k) V into G. Not affected: twice(a) (G into G), apply(f, k) and cat.Tag(k) (2 argument slots,
     * 1 result), defer, go, fmt.Println (result dropped). 7 findings at 7 call sites.
     */
    @Test
    void reuseDstFindsExactlyTheCallsOfEveryKindWhoseArgumentLandsInAResultSlotOfAnotherKind() throws IOException {
        String src = GoProgramsTest.resource("every_call_kind.vo");
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "main.main | a := show(k) | GCREF<-VALUE", 1,
                "main.main | c := count(b) | VALUE<-GCREF", 1,
                "main.apply | return f(n) | GCREF<-VALUE", 1,
                "main.main | e := nm.Name(k) | GCREF<-VALUE", 1,
                "main.main | i := h(k) | GCREF<-VALUE", 1,
                "main.main | j := total(1, 2, 3) | VALUE<-GCREF", 1,
                "main.main | l := lit(k) | GCREF<-VALUE", 1));
        List<SlotTypeMismatch> found = verify(src, CallBufferMode.REUSE_DST);
        assertEquals(expected, bySite(found, src), found.toString());
        assertEquals(7, found.size());
    }

    /**
     * all-value (VM.md): one buffer of max(args, rets) slots, all VALUE, for every kind of call, defer and
     * go included; a finding is each reference (GCREF, or an interface's two slots) written into it: by an
     * argument write, or by the call writing its results. show(k): result G (1). twice(a): argument and
     * result G (2). count(b): argument G (1). apply(f, k): f G and the result G (2). apply's f(n): result
     * G (1, the result of a call through a parameter). nm.Name(k): result G (1). cat.Tag(k): receiver
     * pointer and result G (2). h(k): result G (1). total(1, 2, 3): the pack G (1). defer note(a, k): a G
     * (1). go note(b, c): b G (1). lit(k): result G (1). fmt.Println: the []any pack G, and its results
     * (n int, err error) write INTERFACE0 and INTERFACE1 into VALUE slots (3). 18 findings at 13 call sites.
     */
    @Test
    void allValueFindsEveryReferenceInTheBufferOfEveryKindOfCall() throws IOException {
        String src = GoProgramsTest.resource("every_call_kind.vo");
        Map<String, Integer> expected = new TreeMap<>();
        expected.put("main.main | a := show(k) | VALUE<-GCREF", 1);
        expected.put("main.main | b := twice(a) | VALUE<-GCREF", 2);
        expected.put("main.main | c := count(b) | VALUE<-GCREF", 1);
        expected.put("main.main | d := apply(f, k) | VALUE<-GCREF", 2);
        expected.put("main.apply | return f(n) | VALUE<-GCREF", 1);
        expected.put("main.main | e := nm.Name(k) | VALUE<-GCREF", 1);
        expected.put("main.main | g := cat.Tag(k) | VALUE<-GCREF", 2);
        expected.put("main.main | i := h(k) | VALUE<-GCREF", 1);
        expected.put("main.main | j := total(1, 2, 3) | VALUE<-GCREF", 1);
        expected.put("main.main | defer note(a, k) | VALUE<-GCREF", 1);
        expected.put("main.main | go note(b, c) | VALUE<-GCREF", 1);
        expected.put("main.main | l := lit(k) | VALUE<-GCREF", 1);
        expected.put("main.main | fmt.Println(a, b, c, d, e, g, i, j, l) | VALUE<-GCREF", 1);
        expected.put("main.main | fmt.Println(a, b, c, d, e, g, i, j, l) | VALUE<-INTERFACE0", 1);
        expected.put("main.main | fmt.Println(a, b, c, d, e, g, i, j, l) | VALUE<-INTERFACE1", 1);
        List<SlotTypeMismatch> found = verify(src, CallBufferMode.ALL_VALUE);
        assertEquals(expected, bySite(found, src), found.toString());
        assertEquals(18, found.size());
    }

    @Test
    void splitFindsNothingInEveryKindOfCall() throws IOException {
        assertEquals(List.of(), verify(GoProgramsTest.resource("every_call_kind.vo"), CallBufferMode.SPLIT));
    }

    @Test
    void reuseDstCodeOfTheSeedProgramHasAMismatchInMain() {
        List<SlotTypeMismatch> found = verify(EndToEndTest.BUG1, CallBufferMode.REUSE_DST);
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(m -> m.toString().contains("main.main")), found.toString());
    }
}

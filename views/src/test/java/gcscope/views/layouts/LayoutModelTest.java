package gcscope.views.layouts;

import gcscope.views.Snapshots;
import gcscope.views.common.CodeInfo;
import gcscope.views.common.LayoutSpec;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class LayoutModelTest {
    /** Pair.Both(a []int, b any): a@0 REF, b@8 INTERFACE (16 bytes), discriminant @24; VM.md's worked example. */
    static final LayoutSpec PAIR = new LayoutSpec(7, "union Pair", 32, List.of(
            new LayoutSpec.Field("a", 0, 8, "REF"), new LayoutSpec.Field("b", 8, 16, "INTERFACE"),
            new LayoutSpec.Field("tag", 24, 1, "DISCRIMINANT")), 7);

    /** The same payload as the tag-layout bug writes it: b as an 8-byte REF (a []int) where an interface was declared. */
    static final LayoutSpec PAIR_AS_WRITTEN = new LayoutSpec(9, "union Pair (as written)", 24, List.of(
            new LayoutSpec.Field("a", 0, 8, "REF"), new LayoutSpec.Field("b", 8, 8, "REF"),
            new LayoutSpec.Field("tag", 16, 1, "DISCRIMINANT")), 9);

    static CodeInfo code() {
        return new CodeInfo() {
            @Override public int functionCount() { return 0; }
            @Override public String functionName(int id) { return ""; }
            @Override public List<String> listing(int id) { return List.of(); }
            @Override public int lineOf(int id, int pc) { return 0; }
            @Override public List<String> slotTypes(int id) { return List.of(); }
            @Override public LayoutSpec layout(int id) { return id == 7 ? PAIR : id == 9 ? PAIR_AS_WRITTEN : null; }
        };
    }

    /** An enum object whose witness layout (99) the code does not know: the lower map falls back to the decoded fields. */
    static VmSnapshot withEnum(List<FieldView> fields) {
        ObjectView e = new ObjectView(4096, ObjectKind.ENUM, "Pair", 40, Colour.WHITE0, 7, "Both(...)", fields, -1, -1, 99);
        return Snapshots.at(3, 5, 1, 4096, 0, List.of(e));
    }

    public static CodeInfo codeForTests() {
        return code();
    }

    public static VmSnapshot withEnumForTests(List<FieldView> fields) {
        return withEnum(fields);
    }

    @Test
    void declaredMapShowsOffsetsSizesAndPadding() {
        LayoutModel m = new LayoutModel();
        m.setCode(code());
        m.select(withEnum(List.of(new FieldView("a", 0, SlotType.GCREF, 0, 0, "nil"),
                new FieldView("b", 8, SlotType.INTERFACE0, 0, 0, ""), new FieldView("b[1]", 16, SlotType.INTERFACE1, 0, 0, ""),
                new FieldView("tag", 24, SlotType.VALUE, 1, 0, "1"))), 4096);
        assertEquals(32, m.declared().size());
        assertEquals("REF", m.declared().get(0).kind());
        assertTrue(m.declared().get(8).fieldStart());
        assertEquals("INTERFACE", m.declared().get(23).kind());
        assertEquals("DISCRIMINANT", m.declared().get(24).kind());
        assertEquals("PAD", m.declared().get(25).kind());
        assertTrue(m.declared().stream().noneMatch(ByteCell::mismatch), "a payload written as declared matches");
    }

    @Test
    void aPayloadWrittenWithTheWrongLayoutIsHighlighted() {
        LayoutModel m = new LayoutModel();
        m.setCode(code());
        // the tag-layout bug: a []int stored as an 8-byte REF at offset 8 where an interface was declared
        m.select(withEnum(List.of(new FieldView("a", 0, SlotType.GCREF, 0, 0, "nil"),
                new FieldView("b", 8, SlotType.GCREF, 4200, 4200, "0x1068"), new FieldView("rest", 16, SlotType.VALUE, 3, 0, "3"))), 4096);
        assertTrue(m.written().get(8).mismatch(), "REF written where an INTERFACE was declared");
        assertTrue(m.declared().get(16).mismatch(), "second interface word holds a scalar");
        assertFalse(m.declared().get(0).mismatch());
    }

    @Test
    void theLowerMapIsTheLayoutThePayloadWasWrittenWith() {
        LayoutModel m = new LayoutModel();
        m.setCode(code());
        List<FieldView> fields = List.of(new FieldView("payload+0", 0, SlotType.GCREF, 0, 0, "nil"),
                new FieldView("payload+8", 8, SlotType.VALUE, 0, 0, ""), new FieldView("payload+24", 24, SlotType.VALUE, 0, 0, ""));
        ObjectView e = new ObjectView(4096, ObjectKind.ENUM, "Pair", 40, Colour.WHITE0, 7, "Both(...)", fields, -1, -1, 9);
        m.select(Snapshots.at(3, 5, 1, 4096, 0, List.of(e)), 4096);
        assertEquals("REF", m.written().get(8).kind(), "written: b as an 8-byte reference");
        assertTrue(m.written().get(8).mismatch(), "a REF written where the declared layout has an INTERFACE");
        assertEquals("PAD", m.written().get(16).kind(), "nothing written at 16..23");
        assertTrue(m.declared().get(16).mismatch(), "the interface's data word was never written as a reference");
        assertEquals("DISCRIMINANT", m.written().get(24).kind(), "the discriminant sits where the header's layout puts it");
        assertFalse(m.declared().get(0).mismatch(), "field a agrees");
        assertTrue(m.titleProperty().get().contains("MISMATCH"), m.titleProperty().get());
        assertTrue(m.writtenCaptionProperty().get().startsWith("written layout #9"), m.writtenCaptionProperty().get());
    }

    @Test
    void aPayloadWrittenAsDeclaredShowsTwoEqualMaps() {
        LayoutModel m = new LayoutModel();
        m.setCode(code());
        ObjectView e = new ObjectView(4096, ObjectKind.ENUM, "Pair", 40, Colour.WHITE0, 7, "Both(...)",
                List.of(new FieldView("payload+0", 0, SlotType.GCREF, 0, 0, "nil")), -1, -1, 7);
        m.select(Snapshots.at(3, 5, 1, 4096, 0, List.of(e)), 4096);
        assertEquals(m.declared().stream().map(ByteCell::kind).toList(), m.written().stream().map(ByteCell::kind).toList());
        assertTrue(m.written().stream().noneMatch(ByteCell::mismatch));
        assertTrue(m.titleProperty().get().contains("(same)"));
    }

    @Test
    void nothingSelectedClearsTheMaps() {
        LayoutModel m = new LayoutModel();
        m.setCode(code());
        m.select(Snapshots.listProgram().get(2), 0);
        assertTrue(m.declared().isEmpty());
    }
}

package gcscope.vm.bytecode;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class InstructionTest {
    @Test
    void encodingRoundTripsEveryOperandIncludingNegativeD() {
        CodeBuffer buf = new CodeBuffer();
        buf.emit(Opcode.STORE_PTR_B, 7, -3, 123456, Instruction.D_MIN, new SourcePos(5, 2));
        buf.emit(Opcode.ADD, 1, 2, 3, Instruction.D_MAX, new SourcePos(6, 1));
        int[] code = buf.code();
        assertEquals(2 * Instruction.WIDTH, code.length);
        assertEquals(Opcode.STORE_PTR_B, Instruction.op(code, 0));
        assertEquals(7, Instruction.a(code, 0));
        assertEquals(-3, Instruction.b(code, 0));
        assertEquals(123456, Instruction.c(code, 0));
        assertEquals(Instruction.D_MIN, Instruction.d(code, 0));
        assertEquals(Opcode.ADD, Instruction.op(code, 1));
        assertEquals(Instruction.D_MAX, Instruction.d(code, 1));
        assertArrayEquals(new int[] {5, 6}, buf.lines());
    }

    @Test
    void dOutsideTwentyFourBitsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Instruction.head(Opcode.NOP, Instruction.D_MAX + 1));
    }

    @Test
    void patchingAForwardJumpChangesOnlyItsTarget() {
        CodeBuffer buf = new CodeBuffer();
        int j = buf.emit(Opcode.JMP_IFNOT, 4, 0);
        buf.emit(Opcode.NOP, 0);
        buf.patch(j, 1, buf.pc());
        assertEquals(2, Instruction.b(buf.code(), j));
        assertEquals(4, Instruction.a(buf.code(), j));
    }

    @Test
    void everyOpcodeFitsInEightBitsAndNamesItsDestination() {
        assertTrue(Opcode.count() <= 256);
        for (Opcode op : Opcode.values()) {
            boolean writesSlots = op.writes() != WriteKind.NONE;
            if (writesSlots) assertTrue(op.dstOperand() >= 0, op + " writes slots but has no DST operand");
        }
    }

    /** The interpreter switches on int opcodes; its case labels must match the enum's ordinals. */
    @Test
    void interpreterCaseLabelsMatchOpcodeOrdinals() throws Exception {
        Path src = Path.of("src/main/java/gcscope/vm/interp/Interpreter.java");
        String text = Files.readString(src);
        Matcher m = Pattern.compile("(\\d+) /\\*:? ([A-Z_0-9]+) \\*/").matcher(text);
        int seen = 0;
        while (m.find()) {
            assertEquals(Opcode.valueOf(m.group(2)).ordinal(), Integer.parseInt(m.group(1)), m.group(2));
            seen++;
        }
        assertTrue(seen > 40);
    }

    @Test
    void disassemblerPrintsOperandsByRole() {
        ProgramBuilder pb = new ProgramBuilder();
        int callee = pb.reserveFunction();
        int main = pb.reserveFunction();
        CodeBuffer c1 = new CodeBuffer();
        c1.emit(Opcode.RETURN, 0, 1, 0, 0, new SourcePos(2, 1));
        pb.setFunction(FunctionDef.of(callee, "main.id", 1, new SlotType[] {SlotType.GCREF}, -1,
                new SlotType[] {SlotType.GCREF}, new SlotType[0], c1, List.of()));
        CodeBuffer c2 = new CodeBuffer();
        c2.emit(Opcode.LOAD_STR, 0, pb.string("hi\n"), 0, 0, new SourcePos(5, 3));
        c2.emit(Opcode.CALL, callee, 0, 1, 0, new SourcePos(5, 3));
        c2.emit(Opcode.LOAD_PTR, 2, 1, 3, pb.shape(SlotType.VALUE, SlotType.GCREF), new SourcePos(6, 1));
        c2.emit(Opcode.JMP, 0, 0, 0, 0, new SourcePos(7, 1));
        pb.setFunction(FunctionDef.of(main, "main.main", 0, new SlotType[0], -1,
                new SlotType[] {SlotType.GCREF, SlotType.GCREF, SlotType.VALUE, SlotType.GCREF}, new SlotType[0], c2, List.of()));
        pb.setEntry(main);
        Program p = pb.build();
        String text = new Disassembler(p).function(p.function(main));
        assertEquals("""
                func main.main #1 params 0 results 0 slots [G G V G]
                0000  L5    load_str s0, "hi\\n"
                0001  L5    call main.id, s0, s1 ; args 1 rets 1
                0002  L6    load_ptr s2, s1, #3, [V G]
                0003  L7    jmp ->0
                """, text);
    }

    @Test
    void builtinTypesHaveFixedIdsAndMapsGetAnEntryType() {
        ProgramBuilder pb = new ProgramBuilder();
        assertEquals(BuiltinTypes.COUNT, pb.nextTypeId());
        assertEquals("string", pb.type(BuiltinTypes.STRING).name());
        int mt = pb.addType(new TypeInfo(pb.nextTypeId(), TypeKind.MAP, "map[string]int", BuiltinTypes.INT,
                BuiltinTypes.STRING, -1, new SlotType[] {SlotType.GCREF}, List.of(), List.of(), List.of(), List.of(), -1, false));
        CodeBuffer c = new CodeBuffer();
        c.emit(Opcode.RETURN, 0, 0);
        pb.addFunction(FunctionDef.of(0, "main.main", 0, new SlotType[0], -1, new SlotType[0], new SlotType[0], c, List.of()));
        pb.setEntry(0);
        Program p = pb.build();
        assertArrayEquals(new SlotType[] {SlotType.VALUE, SlotType.GCREF, SlotType.VALUE}, p.type(p.mapEntryType(mt)).slots());
        assertArrayEquals(new SlotType[] {SlotType.VALUE, SlotType.VALUE, SlotType.VALUE, SlotType.GCREF, SlotType.GCREF},
                p.wordTypes(BuiltinTypes.MAP_OBJECT));
    }
}

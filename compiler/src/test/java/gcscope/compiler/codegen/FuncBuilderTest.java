package gcscope.compiler.codegen;

import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import org.junit.jupiter.api.Test;

import static gcscope.vm.bytecode.SlotType.FLOAT;
import static gcscope.vm.bytecode.SlotType.GCREF;
import static gcscope.vm.bytecode.SlotType.INTERFACE0;
import static gcscope.vm.bytecode.SlotType.INTERFACE1;
import static gcscope.vm.bytecode.SlotType.VALUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FuncBuilderTest {

    @Test
    void allocationAtTheEndAppendsAndAdvancesTheCursor() {
        FuncBuilder f = new FuncBuilder("f");
        assertEquals(0, f.allocSlots(VALUE));
        assertEquals(1, f.allocSlots(GCREF, VALUE));
        assertEquals(3, f.nextSlot());
        assertArrayEquals(new SlotType[] {VALUE, GCREF, VALUE}, f.slotTypes());
    }

    @Test
    void tempRegionReusesSlotsOfEqualTypes() {
        FuncBuilder f = new FuncBuilder("f");
        f.allocSlots(VALUE);
        f.beginTempRegion();
        int t1 = f.allocSlots(GCREF, VALUE);
        f.endTempRegion();
        f.beginTempRegion();
        int t2 = f.allocSlots(GCREF, VALUE);
        f.endTempRegion();
        assertEquals(t1, t2);
        assertEquals(3, f.slotCount());
    }

    @Test
    void tempRegionAppendsFreshSlotsWhenTypesDiffer() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        assertEquals(0, f.allocSlots(VALUE));
        f.endTempRegion();
        f.beginTempRegion();
        // slot 0 is VALUE: a GCREF may not reuse it, so a fresh slot is appended at the end
        assertEquals(1, f.allocSlots(GCREF));
        f.endTempRegion();
        assertArrayEquals(new SlotType[] {VALUE, GCREF}, f.slotTypes());
    }

    @Test
    void aSlotTypeOnceSetNeverChanges() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        f.allocSlots(INTERFACE0, INTERFACE1);
        f.endTempRegion();
        f.beginTempRegion();
        f.allocSlots(VALUE, VALUE);
        f.endTempRegion();
        f.beginTempRegion();
        f.allocSlots(FLOAT);
        f.endTempRegion();
        assertArrayEquals(new SlotType[] {INTERFACE0, INTERFACE1, VALUE, VALUE, FLOAT}, f.slotTypes());
    }

    @Test
    void partialMatchAtTheCursorStillAppends() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        f.allocSlots(VALUE, GCREF);
        f.endTempRegion();
        f.beginTempRegion();
        // [VALUE, VALUE] only matches the first recorded slot: both are appended fresh
        assertEquals(2, f.allocSlots(VALUE, VALUE));
        f.endTempRegion();
        assertArrayEquals(new SlotType[] {VALUE, GCREF, VALUE, VALUE}, f.slotTypes());
    }

    @Test
    void slotTypesNeverShrinkAfterRegionsEnd() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        f.allocSlots(GCREF, GCREF, GCREF);
        f.endTempRegion();
        assertEquals(0, f.nextSlot());
        assertEquals(3, f.slotTypes().length);
    }

    @Test
    void nestedRegionsRestoreTheirOwnCursor() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        f.allocSlots(VALUE);
        f.beginTempRegion();
        f.allocSlots(VALUE, VALUE);
        f.endTempRegion();
        assertEquals(1, f.nextSlot());
        f.endTempRegion();
        assertEquals(0, f.nextSlot());
    }

    @Test
    void slotsAllocatedAfterAnAppendNeverOverlapLiveOnes() {
        FuncBuilder f = new FuncBuilder("f");
        f.beginTempRegion();
        f.allocSlots(VALUE, VALUE, VALUE);
        f.endTempRegion();
        int a = f.allocSlots(GCREF); // appended at 3, cursor moves past it
        int b = f.allocSlots(VALUE); // must not reuse slot 0..2 below the live GCREF
        assertEquals(3, a);
        assertEquals(4, b);
    }

    @Test
    void everyInstructionCarriesTheCurrentSourcePosition() {
        FuncBuilder f = new FuncBuilder("f");
        f.setPos(new SourcePos(3, 5));
        f.emit(Opcode.LOAD_INT, 0, 7);
        f.setPos(new SourcePos(4, 2));
        f.emit(Opcode.LOAD_INT, 0, 8);
        assertArrayEquals(new int[] {3, 4}, f.lines());
        assertArrayEquals(new int[] {5, 2}, f.columns());
    }

    @Test
    void forwardJumpsArePatchedWhenTheLabelIsBound() {
        FuncBuilder f = new FuncBuilder("f");
        FuncBuilder.Label end = f.newLabel();
        f.jumpIf(0, false, end);
        f.jump(end);
        f.emit(Opcode.NOP, 0);
        end.bind();
        f.emit(Opcode.NOP, 0);
        int[] code = f.code();
        assertEquals(3, Instruction.b(code, 0));
        assertEquals(3, Instruction.a(code, 1));
    }

    @Test
    void localVarsRecordTheirPcRangeInScope() {
        FuncBuilder f = new FuncBuilder("f");
        f.emit(Opcode.NOP, 0);
        f.openScope();
        int s = f.allocSlots(GCREF);
        f.declareLocal("s", s, 1, "string", false);
        f.emit(Opcode.LOAD_NIL, s);
        f.emit(Opcode.NOP, 0);
        f.closeScope();
        f.emit(Opcode.NOP, 0);
        LocalVarInfo v = f.localVars().get(0);
        assertEquals("s", v.name());
        assertEquals(1, v.startPc());
        assertEquals(3, v.endPc());
        assertEquals("string", v.typeName());
    }
}

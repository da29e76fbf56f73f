package gcscope.vm.check;

import gcscope.vm.bytecode.CodeBuffer;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.ProgramBuilder;
import gcscope.vm.bytecode.SlotType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The BUGS.md program {@code func foo(n int) string; s := foo(2)} compiled by hand with each call-buffer
 * layout, plus control-flow cases.
 */
class VerifierTest {
    private static final SlotType[] NONE = new SlotType[0];

    /** foo(n int) string { return "2" } as function 0; main as function 1 built by {@code body}. */
    private static Program program(SlotType[] mainSlots, java.util.function.Consumer<CodeBuffer> body) {
        return program(new ProgramBuilder(), mainSlots, (pb, c) -> body.accept(c));
    }

    private static Program program(ProgramBuilder pb, SlotType[] mainSlots, java.util.function.BiConsumer<ProgramBuilder, CodeBuffer> body) {
        CodeBuffer foo = new CodeBuffer();
        foo.emit(Opcode.LOAD_STR, 1, pb.string("2"));
        foo.emit(Opcode.RETURN, 1, 1);
        pb.addFunction(FunctionDef.of(0, "main.foo", 1, new SlotType[]{GCREF}, -1, new SlotType[]{VALUE, GCREF}, NONE, foo, List.of()));
        CodeBuffer main = new CodeBuffer();
        body.accept(pb, main);
        main.emit(Opcode.RETURN, 0, 0);
        pb.addFunction(FunctionDef.of(1, "main.main", 0, NONE, -1, mainSlots, NONE, main, List.of()));
        pb.setEntry(1);
        return pb.build();
    }

    @Test
    void splitBufferIsClean() {
        // slots: 0 s GCREF, 1 arg VALUE, 2 ret GCREF
        Program p = program(new SlotType[]{GCREF, VALUE, GCREF}, c -> {
            c.emit(Opcode.LOAD_INT, 1, 2);
            c.emit(Opcode.CALL, 0, 1, 2);
            c.emit(Opcode.MOVE, 0, 2, 0, 1);
        });
        assertEquals(List.of(), Verifier.verify(p));
    }

    @Test
    void reuseDstReportsTheIntegerWrittenIntoTheGcrefDestination() {
        Program p = program(new SlotType[]{GCREF}, c -> {
            c.emit(Opcode.LOAD_INT, 0, 2);
            c.emit(Opcode.CALL, 0, 0, 0);
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals("SlotTypeMismatch main.main 0 0 GCREF VALUE", found.get(0).describe());
    }

    @Test
    void allValueReportsTheReturnedReferenceButNotItsCopyOut() {
        // slots: 0 s GCREF, 1 buffer VALUE
        Program p = program(new SlotType[]{GCREF, VALUE}, c -> {
            c.emit(Opcode.LOAD_INT, 1, 2);
            c.emit(Opcode.CALL, 0, 1, 1);
            c.emit(Opcode.MOVE, 0, 1, 0, 1);
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        SlotTypeMismatch m = found.get(0);
        assertEquals(1, m.pc());
        assertEquals(1, m.slot());
        assertEquals(VALUE, m.declared());
        assertEquals(GCREF, m.written());
    }

    @Test
    void allValueReportsAReferenceArgumentCopiedIntoTheBuffer() {
        // s := "x"; foo-like call whose argument is a reference: slots 0 s GCREF, 1 buffer VALUE
        Program p = program(new SlotType[]{GCREF, VALUE}, c -> {
            c.emit(Opcode.LOAD_NIL, 0);
            c.emit(Opcode.MOVE, 1, 0, 0, 1);
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals(1, found.get(0).pc());
        assertEquals(GCREF, found.get(0).written());
        assertEquals(ViolationKind.SLOT_TYPE_MISMATCH, found.get(0).toViolation().kind());
    }

    @Test
    void closureCallResultsAreKnownWhenTheFuncValueWasMadeHere() {
        // f := foo; slots 0 s GCREF, 1 f GCREF, 2 buffer VALUE: all-value closure call
        Program p = program(new SlotType[]{GCREF, GCREF, VALUE}, c -> {
            c.emit(Opcode.LOAD_FUNC, 1, 0);
            c.emit(Opcode.LOAD_INT, 2, 2);
            c.emit(Opcode.CALL_CLOSURE, 1, 2, 2);
            c.emit(Opcode.MOVE, 0, 2, 0, 1);
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals("SlotTypeMismatch main.main 2 2 VALUE GCREF", found.get(0).describe());
    }

    @Test
    void unknownClosureResultsAreNotGuessed() {
        // the func value is a parameter-like slot never written here: results unknown, nothing reported
        Program p = program(new SlotType[]{GCREF, GCREF, VALUE}, c -> {
            c.emit(Opcode.LOAD_INT, 2, 2);
            c.emit(Opcode.CALL_CLOSURE, 1, 2, 2);
            c.emit(Opcode.MOVE, 0, 2, 0, 1);
        });
        assertEquals(List.of(), Verifier.verify(p));
    }

    @Test
    void closureCallResultsComeFromTheResultsOperandWhereverTheFuncValueCameFrom() {
        // the func value is a parameter (slot 1 never written here), the call records its results [GCREF]
        ProgramBuilder pb = new ProgramBuilder();
        Program p = program(pb, new SlotType[]{GCREF, GCREF, VALUE}, (b, c) -> {
            c.emit(Opcode.LOAD_INT, 2, 2);
            c.emit(Opcode.CALL_CLOSURE, 1, 2, 2, 1 + b.shape(GCREF));
            c.emit(Opcode.MOVE, 0, 2, 0, 1);
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals("SlotTypeMismatch main.main 1 2 VALUE GCREF", found.get(0).describe());
    }

    @Test
    void interfaceCallResultsAreKnownWhenEveryMethodOfThatNameAgrees() {
        // type T with method Name() string (function 0); i.Name() into an all-VALUE buffer
        ProgramBuilder pb = new ProgramBuilder();
        int t = pb.nextTypeId();
        pb.addType(new TypeInfo(t, TypeKind.STRUCT, "main.T", -1, -1, -1, new SlotType[]{VALUE}, List.of(),
                List.of(new MethodInfo("Name", 0)), List.of(), List.of(), -1, true));
        Program p = program(pb, new SlotType[]{GCREF, INTERFACE0, INTERFACE1, VALUE}, (b, c) -> {
            c.emit(Opcode.LOAD_INT, 3, 2);
            c.emit(Opcode.CALL_IFACE, 1, 3, 3, b.string("Name"));
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals("SlotTypeMismatch main.main 1 3 VALUE GCREF", found.get(0).describe());
    }

    @Test
    void kindsFlowAroundLoopsAndThroughBothBranches() {
        // 0 GCREF, 1 VALUE; loop: if cond goto L; slot1 = "s" (bad) ; L: jmp back
        Program p = program(new SlotType[]{GCREF, VALUE}, c -> {
            c.emit(Opcode.LOAD_INT, 1, 0);                 // 0
            c.emit(Opcode.JMP_IF, 1, 4);                   // 1
            c.emit(Opcode.LOAD_NIL, 0);                    // 2
            c.emit(Opcode.MOVE, 1, 0, 0, 1);               // 3: GCREF into VALUE slot
            c.emit(Opcode.JMP_IFNOT, 1, 1);                // 4
        });
        List<SlotTypeMismatch> found = Verifier.verify(p);
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).pc());
    }

    @Test
    void unreachableCodeIsNotReported() {
        Program p = program(new SlotType[]{GCREF}, c -> {
            c.emit(Opcode.JMP, 2);
            c.emit(Opcode.LOAD_INT, 0, 5);
        });
        assertEquals(List.of(), Verifier.verify(p));
    }
}

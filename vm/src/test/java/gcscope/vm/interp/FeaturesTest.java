package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.VariantInfo;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.layout.LayoutStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.bytecode.Opcode.*;
import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/** Interfaces, methods called by fmt, enums and checkpoints on hand-assembled programs. */
class FeaturesTest {
    private static final SlotType[] NONE = {};

    @Test
    void interfaceCallsUnboxAStructReceiverAndFmtCallsItsStringMethod() {
        Asm asm = new Asm();
        int point = asm.pb.nextTypeId();
        Asm.Fn area = asm.fn("main.Point.Area", Asm.kinds(VALUE, VALUE), VALUE);
        Asm.Fn str = asm.fn("main.Point.String", Asm.kinds(VALUE, VALUE), GCREF);
        Asm.Fn main = asm.fn("main.main", NONE);
        asm.pb.addType(new TypeInfo(point, TypeKind.STRUCT, "main.Point", -1, -1, -1, new SlotType[] {VALUE, VALUE},
                List.of(FieldInfo.structField("X", BuiltinTypes.INT, 0, false), FieldInfo.structField("Y", BuiltinTypes.INT, 1, false)),
                List.of(new MethodInfo("Area", area.id), new MethodInfo("String", str.id)), List.of(), List.of(), -1, true));
        int r = area.slot(VALUE);
        area.emit(MUL, r, 0, 1);
        area.emit(RETURN, r, 1);
        int s = str.slot(GCREF);
        str.emit(LOAD_STR, s, asm.pb.string("a point"));
        str.emit(RETURN, s, 1);
        int p = main.slot(VALUE, VALUE), i = main.slot(INTERFACE0, INTERFACE1), res = main.slot(VALUE);
        main.emit(LOAD_INT, p, 6);
        main.emit(LOAD_INT, p + 1, 7);
        main.emit(IFACE_BOX, i, p, point);
        main.emit(CALL_IFACE, i, res, res, asm.pb.string("Area"));
        main.printlnInt(res);
        main.println(i, BuiltinTypes.ANY);
        main.emit(RETURN, 0, 0);
        Program prog = asm.build(main.id);
        for (GcPolicy gc : GcPolicy.values()) {
            Asm.Run run = Asm.run(prog, RunOptions.DEFAULT.withGc(gc).withSanitize(true));
            assertEquals("42\na point\n", run.stdout(), gc + " " + run.stderr());
            assertEquals(List.of(), run.result().violations());
        }
    }

    @Test
    void enumPayloadIsWrittenAndReadThroughItsLayout() {
        Asm asm = new Asm();
        LayoutStore ls = asm.pb.layouts();
        int rect = ls.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        int union = ls.putTagUnion(LayoutStore.UNIT, rect);
        int shape = asm.pb.nextTypeId();
        asm.pb.addType(new TypeInfo(shape, TypeKind.ENUM, "main.Shape", -1, -1, -1, new SlotType[] {GCREF}, List.of(),
                List.of(), List.of(), List.of(new VariantInfo("Empty", List.of(), LayoutStore.UNIT),
                new VariantInfo("Rect", List.of(FieldInfo.payloadField("w", BuiltinTypes.INT32, 0, FieldKind.I32),
                        FieldInfo.payloadField("h", BuiltinTypes.INT32, 4, FieldKind.I32)), rect)), union, true));
        Asm.Fn main = asm.fn("main.main", NONE);
        int e = main.slot(GCREF), v = main.slot(VALUE), z = main.slot(GCREF);
        main.emit(ENUM_NEW, e, 1, union, union);
        main.emit(LOAD_INT, v, 3);
        main.emit(ENUM_PUT, e, 0, v, FieldKind.I32.ordinal());
        main.emit(LOAD_INT, v, -4);
        main.emit(ENUM_PUT, e, 4, v, FieldKind.I32.ordinal());
        main.println(e, shape);
        main.emit(ENUM_GET, v, e, 4, FieldKind.I32.ordinal());
        main.printlnInt(v);
        main.emit(ENUM_TAG, v, e);
        main.printlnInt(v);
        main.emit(LOAD_NIL, z);
        main.println(z, shape);
        main.emit(VALUE_EQ, v, e, z, shape);
        main.println(v, BuiltinTypes.BOOL);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withSanitize(true));
        assertEquals("Rect(3, -4)\n-4\n1\nEmpty\nfalse\n", run.stdout(), run.stderr());
    }

    @Test
    void restoringACheckpointReplaysTheSameOutputAndSteps() {
        Program p = MachineTest.fibProgram(14);
        StringBuilder out = new StringBuilder();
        Machine m = new Machine(p, RunOptions.DEFAULT.withGc(GcPolicy.INCREMENTAL_STRESS).withSanitize(true), new ProgramOutput() {
            @Override public void stdout(String text) { out.append(text); }
            @Override public void stderr(String text) { out.append(text); }
        });
        assertEquals(Outcome.SUSPENDED, m.runFor(500).outcome());
        Checkpoint c = m.checkpoint();
        RunResult first = m.run();
        String a = out.toString();
        out.setLength(0);
        m.restore(c);
        assertEquals(500, m.steps());
        RunResult second = m.run();
        assertEquals("377\n", a);
        assertEquals(a, out.toString());
        assertEquals(first.steps(), second.steps());
        assertEquals(Outcome.FINISHED, second.outcome());
    }

    @Test
    void viewShowsFramesSlotsAndShadowKinds() {
        Program p = MachineTest.fibProgram(10);
        Machine m = new Machine(p, RunOptions.DEFAULT.withSanitize(true), new ProgramOutput() {
            @Override public void stdout(String text) { }
            @Override public void stderr(String text) { }
        });
        m.runFor(40);
        MachineView v = m.view();
        MachineView.FiberInfo f = v.fibers().get(0);
        assertEquals(1, f.id());
        assertEquals("main.main", f.frames().get(0).function());
        assertEquals("main.fib", v.currentFrame().function());
        assertTrue(f.frames().size() > 2);
        assertEquals(10, f.slot(0, 0));
        assertEquals(SlotType.VALUE, f.shadowKind(0, 0));
        assertEquals(40, v.steps());
    }
}

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
        Machine m = new Machine(p, RunOptions.DEFAULT.withSanitize(true), ProgramOutput.DISCARD);
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

    @Test
    void aDeferredCallThatChangesABoxedNamedResultIsSeenThroughTheEpilogue() {
        // func f() (r int) { defer func() { r *= 2 }(); r = 21; return }  -> 42
        Asm asm = new Asm();
        Asm.Fn dbl = asm.fn("main.f.func1", NONE);
        dbl.captures = new SlotType[] {GCREF};
        Asm.Fn f = asm.fn("main.f", NONE, VALUE);
        Asm.Fn main = asm.fn("main.main", NONE);
        int sv = asm.pb.shape(VALUE);
        int p = dbl.slot(GCREF), v = dbl.slot(VALUE), two = dbl.slot(VALUE);
        dbl.emit(LOAD_CAPTURE, p, 0, 0, 1);
        dbl.emit(LOAD_PTR, v, p, 0, sv);
        dbl.emit(LOAD_INT, two, 2);
        dbl.emit(MUL, v, v, two);
        dbl.emit(STORE_PTR, p, 0, v, sv);
        dbl.emit(RETURN, 0, 0);
        int res = f.slot(VALUE), box = f.slot(GCREF), clo = f.slot(GCREF), x = f.slot(VALUE);
        f.resultSlot = res;
        f.emit(NEW, box, BuiltinTypes.INT);
        f.emit(MAKE_CLOSURE, clo, dbl.id, box, 1);
        f.emit(DEFER_CLOSURE, clo, x);
        f.emit(LOAD_INT, x, 21);
        f.emit(STORE_PTR, box, 0, x, sv);
        int epilogue = f.emit(LOAD_PTR, res, box, 0, sv);
        f.emit(RETURN, res, 1);
        int r = main.slot(VALUE);
        main.emit(CALL, f.id, r, r);
        main.printlnInt(r);
        main.emit(RETURN, 0, 0);
        Program prog = asm.build(main.id);
        assertEquals(5, epilogue);
        assertEquals("21\n", Asm.run(prog, RunOptions.DEFAULT).stdout(), "without an epilogue the RETURN reuses its loaded value");
        assertEquals("42\n", Asm.run(withEpilogue(prog, f.id, epilogue), RunOptions.DEFAULT).stdout());
    }

    /** The same program with function {@code id} given a recovery/results epilogue at {@code pc}. */
    private static Program withEpilogue(Program p, int id, int pc) {
        gcscope.vm.bytecode.ProgramBuilder b = new gcscope.vm.bytecode.ProgramBuilder();
        for (int i = BuiltinTypes.COUNT; i < p.types().size(); i++) {
            if (p.types().get(i).name().startsWith("map.entry")) break;
            b.addType(p.types().get(i));
        }
        for (SlotType[] sh : p.shapes()) b.shape(sh);
        for (String str : p.strings()) b.string(str);
        for (long c : p.constants()) b.constant(c);
        for (gcscope.vm.bytecode.FunctionDef fn : p.functions()) b.addFunction(fn.id() == id ? fn.withRecoverPc(pc) : fn);
        b.setEntry(p.entry());
        b.setSource(p.fileName(), p.source());
        return b.build();
    }

    @Test
    void stringConstantsKeepInvalidUtf8Bytes() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = main.slot(GCREF), i = main.slot(VALUE), r = main.slot(VALUE, VALUE), n = main.slot(VALUE);
        main.emit(LOAD_STR, s, asm.pb.stringBytes(new byte[] {'a', (byte) 0xff, 'b'}));
        main.emit(LEN, n, s, 0, 0);
        main.printlnInt(n);
        main.emit(LOAD_INT, i, 1);
        main.emit(STR_NEXT_RUNE, r, s, i);
        main.println(r, BuiltinTypes.INT32);
        main.printlnInt(r + 1);
        main.emit(RETURN, 0, 0);
        assertEquals("3\n65533\n1\n", Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout());
    }

    @Test
    void aSliceKeptOnlyInAValueSlotIsFreedAndItsUseTrapsWithItsTombstone() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = main.slot(VALUE), n = main.slot(VALUE), v = main.slot(VALUE), junk = main.slot(GCREF);
        main.emit(LOAD_INT, n, 3);
        main.emit(MAKE_SLICE, s, n, -1, BuiltinTypes.INT);   // a reference written into a VALUE slot
        for (int k = 0; k < 4; k++) main.emit(MAKE_SLICE, junk, n, -1, BuiltinTypes.INT);
        main.emit(LOAD_INT, n, 0);
        main.emit(LOAD_IDX, v, s, n, asm.pb.shape(VALUE));
        main.emit(RETURN, 0, 0);
        RunResult r = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withGc(GcPolicy.STRESS)).result();
        assertEquals(Outcome.TRAPPED, r.outcome());
        assertEquals(TrapKind.USE_AFTER_FREE, r.trap().kind());
        assertTrue(r.trap().message().contains("freed at step"), r.trap().message());
    }
}

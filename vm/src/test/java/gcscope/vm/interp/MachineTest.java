package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.Width;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static gcscope.vm.bytecode.Opcode.*;
import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/** Interpreter behaviour on hand-assembled programs; expected outputs follow Go's specification. */
class MachineTest {
    private static final SlotType[] NONE = {};

    @Test
    void narrowIntegerArithmeticWrapsPerWidth() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int x = main.slot(VALUE), y = main.slot(VALUE), r = main.slot(VALUE);
        main.emit(LOAD_INT, x, 127);
        main.emit(LOAD_INT, y, 1);
        main.emit(ADD, r, x, y);
        main.emit(WRAP, r, r, 0, Width.I8.ordinal());
        main.println(r, BuiltinTypes.INT8);
        main.emit(LOAD_INT, x, 200);
        main.emit(LOAD_INT, y, 100);
        main.emit(ADD, r, x, y);
        main.emit(WRAP, r, r, 0, Width.U8.ordinal());
        main.println(r, BuiltinTypes.UINT8);
        main.emit(LOAD_INT, x, Integer.MAX_VALUE);
        main.emit(ADD, r, x, y);
        main.emit(WRAP, r, r, 0, Width.I32.ordinal());
        main.println(r, BuiltinTypes.INT32);
        main.emit(LOAD_INT, x, -1);
        main.println(x, BuiltinTypes.UINT64);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("-128\n44\n-2147483549\n18446744073709551615\n", run.stdout());
        assertEquals(Outcome.FINISHED, run.result().outcome());
    }

    @Test
    void integerDivisionByZeroPanicsWithGoMessageAndTrace() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int x = main.slot(VALUE), y = main.slot(VALUE), r = main.slot(VALUE);
        main.emit(LOAD_INT, x, 7);
        main.line = 4;
        main.emit(DIV, r, x, y);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\ttest.vo:4\n", run.stderr());
        assertEquals(2, run.result().exitCode());
    }

    @Test
    void minInt64DividedByMinusOneWraps() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int x = main.slot(VALUE), y = main.slot(VALUE), r = main.slot(VALUE);
        main.emit(LOAD_CONST, x, asm.pb.constant(Long.MIN_VALUE));
        main.emit(LOAD_INT, y, -1);
        main.emit(DIV, r, x, y);
        main.printlnInt(r);
        main.emit(REM, r, x, y);
        main.printlnInt(r);
        main.emit(RETURN, 0, 0);
        assertEquals("-9223372036854775808\n0\n", Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout());
    }

    static Program fibProgram(int n) {
        Asm asm = new Asm();
        Asm.Fn fib = asm.fn("main.fib", Asm.kinds(VALUE), VALUE);
        Asm.Fn main = asm.fn("main.main", NONE);
        int two = fib.slot(VALUE), arg = fib.slot(VALUE), ret = fib.slot(VALUE), acc = fib.slot(VALUE);
        fib.emit(LOAD_INT, two, 2);
        fib.emit(JMP_GE, 0, two, 3);
        fib.emit(RETURN, 0, 1);
        fib.emit(ADD_IMM, arg, 0, -1);
        fib.emit(CALL, fib.id, arg, ret);
        fib.emit(MOVE, acc, ret, 0, 1);
        fib.emit(ADD_IMM, arg, 0, -2);
        fib.emit(CALL, fib.id, arg, ret);
        fib.emit(ADD, acc, acc, ret);
        fib.emit(RETURN, acc, 1);
        int a = main.slot(VALUE), r = main.slot(VALUE);
        main.emit(LOAD_INT, a, n);
        main.emit(CALL, fib.id, a, r);
        main.printlnInt(r);
        main.emit(RETURN, 0, 0);
        return asm.build(main.id);
    }

    @Test
    void recursiveCallsReturnResultsToTheCallerBuffer() {
        assertEquals("6765\n", Asm.run(fibProgram(20), RunOptions.DEFAULT).stdout());
    }

    @Test
    void closuresCaptureBoxedVariablesByReference() {
        Asm asm = new Asm();
        Asm.Fn inc = asm.fn("main.main.func1", NONE);
        inc.captures = new SlotType[] {GCREF};
        Asm.Fn main = asm.fn("main.main", NONE);
        int p = inc.slot(GCREF), v = inc.slot(VALUE);
        int shapeV = asm.pb.shape(VALUE);
        inc.emit(LOAD_CAPTURE, p, 0, 0, 1);
        inc.emit(LOAD_PTR, v, p, 0, shapeV);
        inc.emit(ADD_IMM, v, v, 1);
        inc.emit(STORE_PTR, p, 0, v, shapeV);
        inc.emit(RETURN, 0, 0);
        int box = main.slot(GCREF), clo = main.slot(GCREF), x = main.slot(VALUE);
        main.emit(NEW, box, BuiltinTypes.INT);
        main.emit(MAKE_CLOSURE, clo, inc.id, box, 1);
        for (int i = 0; i < 3; i++) main.emit(CALL_CLOSURE, clo, x, x);
        main.emit(LOAD_PTR, x, box, 0, shapeV);
        main.printlnInt(x);
        main.emit(RETURN, 0, 0);
        assertEquals("3\n", Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout());
    }

    @Test
    void recoverInDeferredCallStopsThePanicAndTheFunctionReturnsItsNamedResult() {
        Asm asm = new Asm();
        Asm.Fn handler = asm.fn("main.f.func1", NONE);
        Asm.Fn f = asm.fn("main.f", NONE, VALUE);
        Asm.Fn main = asm.fn("main.main", NONE);
        int rv = handler.slot(INTERFACE0, INTERFACE1);
        handler.emit(RECOVER, rv);
        handler.println(rv, BuiltinTypes.ANY);
        handler.emit(RETURN, 0, 0);
        int r = f.slot(VALUE), s = f.slot(GCREF), pv = f.slot(INTERFACE0, INTERFACE1);
        f.resultSlot = r;
        f.emit(LOAD_INT, r, -1);
        f.emit(DEFER, handler.id, r);
        f.emit(LOAD_STR, s, asm.pb.string("boom"));
        f.emit(IFACE_BOX, pv, s, BuiltinTypes.STRING);
        f.emit(PANIC, pv);
        f.emit(LOAD_INT, r, 5);
        f.emit(RETURN, r, 1);
        int x = main.slot(VALUE);
        main.emit(CALL, f.id, x, x);
        main.printlnInt(x);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("boom\n-1\n", run.stdout());
        assertEquals(Outcome.FINISHED, run.result().outcome());
    }

    @Test
    void deferredCallsRunLastInFirstOutOnReturn() {
        Asm asm = new Asm();
        Asm.Fn show = asm.fn("main.show", Asm.kinds(VALUE));
        Asm.Fn main = asm.fn("main.main", NONE);
        show.printlnInt(0);
        show.emit(RETURN, 0, 0);
        int a = main.slot(VALUE);
        for (int i = 1; i <= 3; i++) {
            main.emit(LOAD_INT, a, i);
            main.emit(DEFER, show.id, a);
        }
        main.emit(LOAD_INT, a, 0);
        main.emit(CALL, show.id, a, a);
        main.emit(RETURN, 0, 0);
        assertEquals("0\n3\n2\n1\n", Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout());
    }

    @Test
    void unrecoveredPanicPrintsValueAndEveryFrame() {
        Asm asm = new Asm();
        Asm.Fn g = asm.fn("main.g", NONE);
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = g.slot(GCREF), pv = g.slot(INTERFACE0, INTERFACE1);
        g.line = 3;
        g.emit(LOAD_STR, s, asm.pb.string("boom"));
        g.emit(IFACE_BOX, pv, s, BuiltinTypes.STRING);
        g.emit(PANIC, pv);
        g.emit(RETURN, 0, 0);
        int x = main.slot(VALUE);
        main.line = 7;
        main.emit(CALL, g.id, x, x);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("panic: boom\n\ngoroutine 1 [running]:\nmain.g()\n\ttest.vo:3\nmain.main()\n\ttest.vo:7\n", run.stderr());
        assertEquals(Outcome.PANICKED, run.result().outcome());
    }

    private static int chanType(Asm asm) {
        int id = asm.pb.nextTypeId();
        return asm.pb.addType(new TypeInfo(id, TypeKind.CHAN, "chan int", BuiltinTypes.INT, -1, -1,
                new SlotType[] {GCREF}, List.of(), List.of(), List.of(), List.of(), -1, true));
    }

    @Test
    void goroutinesHandValuesOverAnUnbufferedChannel() {
        Asm asm = new Asm();
        int ct = chanType(asm);
        Asm.Fn producer = asm.fn("main.producer", Asm.kinds(GCREF));
        Asm.Fn main = asm.fn("main.main", NONE);
        int i = producer.slot(VALUE), lim = producer.slot(VALUE);
        producer.emit(LOAD_INT, i, 1);
        producer.emit(LOAD_INT, lim, 3);
        int loop = producer.emit(SEND, 0, i);
        producer.emit(ADD_IMM, i, i, 1);
        producer.emit(JMP_LE, i, lim, loop);
        producer.emit(RETURN, 0, 0);
        int ch = main.slot(GCREF), v = main.slot(VALUE);
        main.emit(MAKE_CHAN, ch, -1, 0, ct);
        main.emit(GO, producer.id, ch);
        int shape = asm.pb.shape(VALUE);
        for (int k = 0; k < 3; k++) {
            main.emit(RECV, v, ch, 0, shape);
            main.printlnInt(v);
        }
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withTimeSlice(2));
        assertEquals("1\n2\n3\n", run.stdout());
        assertEquals(Outcome.FINISHED, run.result().outcome());
    }

    @Test
    void allGoroutinesBlockedIsAFatalDeadlock() {
        Asm asm = new Asm();
        int ct = chanType(asm);
        Asm.Fn main = asm.fn("main.main", NONE);
        int ch = main.slot(GCREF), v = main.slot(VALUE);
        main.emit(MAKE_CHAN, ch, -1, 0, ct);
        main.emit(RECV, v, ch, 0, asm.pb.shape(VALUE));
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertTrue(run.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"), run.stderr());
        assertEquals(2, run.result().exitCode());
    }

    @Test
    void stepLimitEndsTheRunWithATrap() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        main.emit(JMP, 0);
        RunResult r = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withMaxSteps(1000)).result();
        assertEquals(Outcome.TRAPPED, r.outcome());
        assertEquals(TrapKind.MAX_STEPS, r.trap().kind());
        assertEquals(1000, r.steps());
        assertEquals(3, r.exitCode());
    }

    @Test
    void unboundedRecursionHitsTheDepthLimit() {
        Asm asm = new Asm();
        Asm.Fn f = asm.fn("main.f", NONE);
        int x = f.slot(VALUE);
        f.emit(CALL, f.id, x, x);
        f.emit(RETURN, 0, 0);
        RunOptions o = RunOptions.DEFAULT.withLimits(0, 100, 10, 0);
        RunResult r = Asm.run(asm.build(f.id), o).result();
        assertEquals(TrapKind.MAX_DEPTH, r.trap().kind());
    }

    @Test
    void appendGrowsCapacityLikeGo() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = main.slot(GCREF), v = main.slot(VALUE), c = main.slot(VALUE), lim = main.slot(VALUE);
        main.emit(LOAD_NIL, s);
        main.emit(LOAD_INT, v, 0);
        main.emit(LOAD_INT, lim, 5);
        int loop = main.emit(APPEND, s, s, v, BuiltinTypes.INT);
        main.emit(CAP, c, s, 0, 1);
        main.printlnInt(c);
        main.emit(ADD_IMM, v, v, 1);
        main.emit(JMP_LT, v, lim, loop);
        int t = main.slot(GCREF);
        main.emit(LOAD_NIL, t);
        main.emit(APPEND_SLICE, t, t, s, BuiltinTypes.INT);
        main.emit(CAP, c, t, 0, 1);
        main.printlnInt(c);
        main.emit(RETURN, 0, 0);
        // Go 1.22: caps 1 2 4 4 8 one at a time; appending 5 ints to nil rounds 40 bytes up to the 48-byte class
        assertEquals("1\n2\n4\n4\n8\n6\n", Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout());
    }

    @Test
    void mapsStoreOverwriteLookUpAndIterate() {
        Asm asm = new Asm();
        int mt = asm.pb.addType(new TypeInfo(asm.pb.nextTypeId(), TypeKind.MAP, "map[string]int", BuiltinTypes.INT,
                BuiltinTypes.STRING, -1, new SlotType[] {GCREF}, List.of(), List.of(), List.of(), List.of(), -1, false));
        Asm.Fn main = asm.fn("main.main", NONE);
        int m = main.slot(GCREF), k = main.slot(GCREF), v = main.slot(VALUE);
        int got = main.slot(VALUE, VALUE), it = main.slot(VALUE), kv = main.slot(VALUE, GCREF, VALUE), sum = main.slot(VALUE);
        main.emit(MAKE_MAP, m, -1, 0, mt);
        String[] keys = {"a", "b", "a"};
        int[] vals = {1, 2, 3};
        for (int i = 0; i < 3; i++) {
            main.emit(LOAD_STR, k, asm.pb.string(keys[i]));
            main.emit(LOAD_INT, v, vals[i]);
            main.emit(MAP_SET, m, k, v);
        }
        main.emit(LEN, v, m, 0, 2);
        main.printlnInt(v);
        main.emit(LOAD_STR, k, asm.pb.string("a"));
        main.emit(MAP_GET, v, m, k, asm.pb.shape(VALUE));
        main.printlnInt(v);
        main.emit(LOAD_STR, k, asm.pb.string("zz"));
        main.emit(MAP_GET_OK, got, m, k, asm.pb.shape(VALUE, VALUE));
        main.printlnInt(got);
        main.println(got + 1, BuiltinTypes.BOOL);
        main.emit(LOAD_INT, it, 0);
        main.emit(LOAD_INT, sum, 0);
        int loop = main.emit(MAP_NEXT, kv, m, it, asm.pb.shape(VALUE, GCREF, VALUE));
        int exit = main.emit(JMP_IFNOT, kv, 0);
        main.emit(ADD, sum, sum, kv + 2);
        main.emit(JMP, loop);
        main.patch(exit, 1, main.pc());
        main.printlnInt(sum);
        main.emit(RETURN, 0, 0);
        Program p = asm.build(main.id);
        for (GcPolicy gc : GcPolicy.values()) {
            Asm.Run run = Asm.run(p, RunOptions.DEFAULT.withGc(gc).withSanitize(true));
            assertEquals("2\n3\n0\nfalse\n5\n", run.stdout(), gc.cliName());
            assertEquals(List.of(), run.result().violations(), gc.cliName());
        }
    }

    @Test
    void aGcrefSlotHoldingAnIntegerIsAViolationUnderTheSanitizer() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int ref = main.slot(GCREF);
        main.emit(LOAD_INT, ref, 2);
        main.emit(LOAD_NIL, ref);
        main.emit(RETURN, 0, 0);
        Program p = asm.build(main.id);
        RunResult r = Asm.run(p, RunOptions.DEFAULT.withSanitize(true)).result();
        assertEquals(Outcome.VIOLATION, r.outcome());
        assertEquals(4, r.exitCode());
        assertEquals(ViolationKind.ROOT_MAP_MISMATCH, r.violations().get(0).kind());
        assertEquals(0, r.violations().get(0).pc());
        assertEquals(Outcome.FINISHED, Asm.run(p, RunOptions.DEFAULT).result().outcome());
    }

    /** A linked list of 50 heap nodes built in a loop, then summed; every GC policy must keep it alive. */
    private static Program linkedList() {
        Asm asm = new Asm();
        int node = asm.pb.nextTypeId();
        int ptr = node + 1;
        asm.pb.addType(new TypeInfo(node, TypeKind.STRUCT, "main.Node", -1, -1, -1, new SlotType[] {VALUE, GCREF},
                List.of(FieldInfo.structField("Val", BuiltinTypes.INT, 0, false), FieldInfo.structField("Next", ptr, 1, false)),
                List.of(), List.of(), List.of(), -1, true));
        asm.pb.addType(new TypeInfo(ptr, TypeKind.POINTER, "*main.Node", node, -1, -1, new SlotType[] {GCREF},
                List.of(), List.of(), List.of(), List.of(), -1, true));
        Asm.Fn main = asm.fn("main.main", NONE);
        int head = main.slot(GCREF), n = main.slot(GCREF), i = main.slot(VALUE), lim = main.slot(VALUE), sum = main.slot(VALUE), v = main.slot(VALUE);
        int sv = asm.pb.shape(VALUE), sg = asm.pb.shape(GCREF);
        main.emit(LOAD_NIL, head);
        main.emit(LOAD_INT, i, 1);
        main.emit(LOAD_INT, lim, 50);
        int loop = main.emit(NEW, n, node);
        main.emit(STORE_PTR, n, 0, i, sv);
        main.emit(STORE_PTR_B, n, 1, head, sg);
        main.emit(MOVE, head, n, 0, 1);
        main.emit(ADD_IMM, i, i, 1);
        main.emit(JMP_LE, i, lim, loop);
        main.emit(LOAD_INT, sum, 0);
        int zero = main.slot(GCREF);
        main.emit(LOAD_NIL, zero);
        int walk = main.emit(JMP_EQ, head, zero, 0);
        main.emit(LOAD_PTR, v, head, 0, sv);
        main.emit(ADD, sum, sum, v);
        main.emit(LOAD_PTR, head, head, 1, sg);
        main.emit(JMP, walk);
        main.patch(walk, 2, main.pc());
        main.printlnInt(sum);
        main.emit(RETURN, 0, 0);
        return asm.build(main.id);
    }

    @ParameterizedTest
    @EnumSource(GcPolicy.class)
    void everyGcPolicyKeepsReachableObjectsAlive(GcPolicy gc) {
        Asm.Run run = Asm.run(linkedList(), RunOptions.DEFAULT.withGc(gc).withSanitize(true));
        assertEquals("1275\n", run.stdout(), run.stderr() + run.result());
        assertEquals(List.of(), run.result().violations());
    }

    @Test
    void schedulingIsDeterministicAcrossRuns() {
        Program p = fibProgram(15);
        Asm.Run a = Asm.run(p, RunOptions.DEFAULT.withGc(GcPolicy.STRESS));
        Asm.Run b = Asm.run(p, RunOptions.DEFAULT.withGc(GcPolicy.STRESS));
        assertEquals(a.result().steps(), b.result().steps());
        assertEquals("610\n", a.stdout());
    }

    @Test
    void runForSuspendsAndResumesWithoutChangingTheResult() {
        Program p = fibProgram(12);
        StringBuilder out = new StringBuilder();
        Machine m = new Machine(p, RunOptions.DEFAULT, new ProgramOutput() {
            @Override public void stdout(String text) { out.append(text); }
            @Override public void stderr(String text) { out.append(text); }
        });
        RunResult r;
        int slices = 0;
        do {
            r = m.runFor(7);
            slices++;
        } while (r.outcome() == Outcome.SUSPENDED);
        assertEquals("144\n", out.toString());
        assertEquals(Asm.run(p, RunOptions.DEFAULT).result().steps(), m.steps());
        assertTrue(slices > 10);
    }

    @Test
    void assertFailurePrintsTheLineAndArguments() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int cond = main.slot(VALUE), args = main.slot(GCREF);
        main.line = 9;
        main.emit(LOAD_INT, cond, 0);
        main.emit(LOAD_NIL, args);
        main.emit(NATIVE, 0, cond, cond, Native.ASSERT.ordinal());
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("assert failed at test.vo:9\n", run.stderr());
        assertEquals(2, run.result().exitCode());
    }

    @Test
    void exceedingTheHeapLimitTraps() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = main.slot(GCREF), n = main.slot(VALUE);
        main.emit(LOAD_INT, n, 1000);
        int loop = main.emit(MAKE_SLICE, s, n, -1, BuiltinTypes.INT);
        main.emit(JMP, loop);
        RunResult r = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withGc(GcPolicy.OFF).withLimits(100_000, 100, 10, 0)).result();
        assertEquals(TrapKind.HEAP_LIMIT, r.trap().kind());
        assertEquals(3, r.exitCode());
    }

    @Test
    void exceedingTheOutputLimitTraps() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int n = main.slot(VALUE);
        main.emit(LOAD_INT, n, 12345);
        int loop = main.pc();
        main.printlnInt(n);
        main.emit(JMP, loop);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT.withLimits(0, 100, 10, 60));
        assertEquals(TrapKind.MAX_OUTPUT, run.result().trap().kind());
        assertTrue(run.stdout().length() <= 66, run.stdout());
    }

    @Test
    void negativeIndexPanicsWithoutTheLengthAsGoDoes() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int s = main.slot(GCREF), n = main.slot(VALUE), v = main.slot(VALUE);
        main.emit(LOAD_INT, n, 3);
        main.emit(MAKE_SLICE, s, n, -1, BuiltinTypes.INT);
        main.emit(LOAD_INT, n, -1);
        main.emit(LOAD_IDX, v, s, n, asm.pb.shape(VALUE));
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertTrue(run.stderr().startsWith("panic: runtime error: index out of range [-1]\n\n"), run.stderr());
    }
}

package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.config.RunOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.bytecode.Opcode.*;
import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/** The interpreter's fast paths: compare-with-immediate branches, integer-keyed maps, O(1) location getters. */
class FastPathTest {
    private static final SlotType[] NONE = new SlotType[0];

    @Test
    void compareImmediateBranchesTakeTheGoComparisonIncludingNegativeImmediates() {
        Asm asm = new Asm();
        Asm.Fn main = asm.fn("main.main", NONE);
        int v = main.slot(VALUE), r = main.slot(VALUE);
        // for each (value, op): prints 1 when "value op -3" holds, else 0
        long[] values = {-4, -3, 7};
        var ops = List.of(JMP_EQ_IMM, JMP_NE_IMM, JMP_LT_IMM, JMP_LE_IMM, JMP_GT_IMM, JMP_GE_IMM);
        for (long x : values) {
            for (var op : ops) {
                main.emit(LOAD_INT, v, (int) x);
                main.emit(LOAD_INT, r, 1);
                int br = main.emit(op, v, -3, 0);
                main.emit(LOAD_INT, r, 0);
                main.patch(br, 2, main.pc());
                main.printlnInt(r);
            }
        }
        main.emit(RETURN, 0, 0);
        String out = Asm.run(asm.build(main.id), RunOptions.DEFAULT).stdout();
        //                 ==  !=  <   <=  >   >=
        String want = "0\n1\n1\n1\n0\n0\n" // -4
                + "1\n0\n0\n1\n0\n1\n"     // -3
                + "0\n1\n0\n0\n1\n1\n";    // 7
        assertEquals(want, out);
    }

    /** Keys spaced 2^20 apart all share their low 30 bits' slot: the map must switch to mixed hashing and stay right. */
    @Test
    void intKeyedMapWithCollidingLowBitsKeepsEveryEntry() {
        Asm asm = new Asm();
        int mt = asm.pb.addType(new TypeInfo(asm.pb.nextTypeId(), TypeKind.MAP, "map[int]int", BuiltinTypes.INT,
                BuiltinTypes.INT, -1, new SlotType[] {GCREF}, List.of(), List.of(), List.of(), List.of(), -1, false));
        Asm.Fn main = asm.fn("main.main", NONE);
        int m = main.slot(GCREF), i = main.slot(VALUE), k = main.slot(VALUE), sh = main.slot(VALUE), sum = main.slot(VALUE);
        int got = main.slot(VALUE), n = main.slot(VALUE);
        main.emit(MAKE_MAP, m, -1, 0, mt);
        main.emit(LOAD_INT, sh, 30);
        main.emit(LOAD_INT, i, 0);
        int put = main.emit(SHL, k, i, sh, 0);
        main.emit(MAP_SET, m, k, i);
        main.emit(ADD_IMM, i, i, 1);
        main.emit(JMP_LT_IMM, i, 2000, put);
        main.emit(LOAD_INT, i, 0);
        main.emit(LOAD_INT, sum, 0);
        int get = main.emit(SHL, k, i, sh, 0);
        main.emit(MAP_GET, got, m, k, asm.pb.shape(VALUE));
        main.emit(ADD, sum, sum, got);
        main.emit(ADD_IMM, i, i, 1);
        main.emit(JMP_LT_IMM, i, 2000, get);
        main.emit(LEN, n, m, 0, 2);
        main.printlnInt(n);
        main.printlnInt(sum);
        main.emit(LOAD_INT, k, 12345);
        main.emit(MAP_GET, got, m, k, asm.pb.shape(VALUE));
        main.printlnInt(got);
        main.emit(RETURN, 0, 0);
        Asm.Run run = Asm.run(asm.build(main.id), RunOptions.DEFAULT);
        assertEquals("2000\n1999000\n0\n", run.stdout(), run.stderr());
    }

    @Test
    void locationGettersFollowCallsAndReturns() {
        Asm asm = new Asm();
        Asm.Fn g = asm.fn("main.g", NONE);
        Asm.Fn main = asm.fn("main.main", NONE);
        g.emit(NOP, 0);
        g.emit(RETURN, 0, 0);
        int x = main.slot(VALUE);
        main.emit(CALL, g.id, x, x);
        main.emit(RETURN, 0, 0);
        Program p = asm.build(main.id);
        Machine vm = new Machine(p, RunOptions.DEFAULT, ProgramOutput.DISCARD);
        assertEquals(1, vm.currentFiberId());
        assertEquals(main.id, vm.currentFunction());
        assertEquals(0, vm.currentPc());
        assertEquals(1, vm.currentDepth());
        vm.runFor(2); // CALL, NOP
        assertEquals(g.id, vm.currentFunction());
        assertEquals(1, vm.currentPc());
        assertEquals(2, vm.currentDepth());
        vm.runFor(1); // RETURN from g
        assertEquals(main.id, vm.currentFunction());
        assertEquals(1, vm.currentPc());
        assertEquals(1, vm.currentDepth());
    }
}

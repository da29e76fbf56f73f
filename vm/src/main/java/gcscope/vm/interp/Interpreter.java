package gcscope.vm.interp;

import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Width;
import gcscope.vm.heap.Heap;

import static gcscope.vm.bytecode.Opcode.*;

/**
 * The dispatch loop: one {@code switch} over int opcodes with pc, bp, code and stack in locals. Only the
 * hot opcodes are handled inline (to keep this method small enough for the JIT); the rest go to
 * {@link Ops}. Calls and returns do not recurse in Java. Runtime panics raised anywhere inside an
 * instruction arrive as {@link GoPanic} and are turned into Go panics by {@link Calls}.
 */
final class Interpreter {
    /** Results of {@link #execute}. */
    static final int R_BUDGET = 0, R_BLOCKED = 1, R_FIBER_DONE = 2, R_HALT = 3, R_NESTED_DONE = 4;

    private static final Width[] WIDTHS = Width.values();
    private static final int FREED = gcscope.vm.heap.Colour.FREED.ordinal();
    private final Machine m;
    private final int[][] codes;
    private final int[] frameSizes;
    private final int[] paramSlots;
    private final int maxDepth;
    /** Instructions executed by the last {@link #execute} call. */
    long executed;

    Interpreter(Machine m) {
        this.m = m;
        this.codes = m.codes;
        this.frameSizes = m.frameSizes;
        this.paramSlots = m.paramSlots;
        this.maxDepth = m.options.maxDepth() <= 0 ? Integer.MAX_VALUE : m.options.maxDepth();
    }

    /**
     * Runs fiber f for at most {@code budget} instructions. With {@code slow} (sanitizer or stress GC)
     * the per-instruction hook runs after every instruction.
     */
    int execute(Fiber f, long budget) {
        final boolean slow = m.slow;
        final Heap heap = m.heap;
        final CompiledTier tier = m.tier;
        boolean justLeft = false;
        long stepBase = m.steps;
        long left = budget;
        int top = f.depth - 1;
        int fn = f.fFunc[top];
        int[] code = codes[fn];
        int bp = f.fBp[top];
        int pc = f.fPc[top];
        long[] st = f.stack;
        while (left > 0) {
            if (tier != null) {
                if (!justLeft && tier.canEnter(fn, pc)) {
                    f.fPc[f.depth - 1] = pc;
                    m.steps = stepBase + (budget - left);
                    long uncharged = m.unchargedSteps;
                    int r = tier.enter(f, fn, pc);
                    stepBase += m.unchargedSteps - uncharged; // nested runs inside compiled instructions use no budget
                    left = budget - (m.steps - stepBase);
                    if (r != Calls.CONTINUE && r != CompiledTier.HANDED_OVER) {
                        executed = budget - left;
                        return r;
                    }
                    int t = f.depth - 1;
                    fn = f.fFunc[t];
                    code = codes[fn];
                    bp = f.fBp[t];
                    pc = f.fPc[t];
                    st = f.stack;
                    justLeft = r == CompiledTier.HANDED_OVER; // the interpreter runs that instruction itself
                    continue;
                }
                justLeft = false;
            }
            int at = pc * Instruction.WIDTH;
            int w = code[at];
            int a = code[at + 1], b = code[at + 2], c = code[at + 3];
            int opPc = pc;
            left--;
            try {
                switch (w & 0xFF) {
                    case 0 /* NOP */ -> pc++;
                    case 1 /* MOVE */ -> {
                        int n = w >> 8;
                        if (n == 1) st[bp + a] = st[bp + b];
                        else System.arraycopy(st, bp + b, st, bp + a, n);
                        pc++;
                    }
                    case 2 /* LOAD_INT */ -> { st[bp + a] = b; pc++; }
                    case 3 /* LOAD_CONST */, 4 /* LOAD_FLOAT */ -> { st[bp + a] = m.constants[b]; pc++; }
                    case 5 /* LOAD_NIL */ -> { st[bp + a] = 0; pc++; }
                    case 10 /* LOAD_GLOBAL */ -> { System.arraycopy(m.globals, b, st, bp + a, w >> 8); pc++; }
                    case 11 /* STORE_GLOBAL */ -> { System.arraycopy(st, bp + b, m.globals, a, w >> 8); pc++; }
                    case 12 /* ADD */ -> { st[bp + a] = st[bp + b] + st[bp + c]; pc++; }
                    case 13 /* SUB */ -> { st[bp + a] = st[bp + b] - st[bp + c]; pc++; }
                    case 14 /* MUL */ -> { st[bp + a] = st[bp + b] * st[bp + c]; pc++; }
                    case 15 /* DIV */ -> {
                        long y = st[bp + c];
                        if (y == 0) throw GoPanic.runtime("integer divide by zero");
                        st[bp + a] = y == -1 ? -st[bp + b] : st[bp + b] / y;
                        pc++;
                    }
                    case 16 /* DIVU */ -> {
                        long y = st[bp + c];
                        if (y == 0) throw GoPanic.runtime("integer divide by zero");
                        st[bp + a] = Long.divideUnsigned(st[bp + b], y);
                        pc++;
                    }
                    case 17 /* REM */ -> {
                        long y = st[bp + c];
                        if (y == 0) throw GoPanic.runtime("integer divide by zero");
                        st[bp + a] = y == -1 ? 0 : st[bp + b] % y;
                        pc++;
                    }
                    case 18 /* REMU */ -> {
                        long y = st[bp + c];
                        if (y == 0) throw GoPanic.runtime("integer divide by zero");
                        st[bp + a] = Long.remainderUnsigned(st[bp + b], y);
                        pc++;
                    }
                    case 19 /* AND */ -> { st[bp + a] = st[bp + b] & st[bp + c]; pc++; }
                    case 20 /* OR */ -> { st[bp + a] = st[bp + b] | st[bp + c]; pc++; }
                    case 21 /* XOR */ -> { st[bp + a] = st[bp + b] ^ st[bp + c]; pc++; }
                    case 22 /* ANDNOT */ -> { st[bp + a] = st[bp + b] & ~st[bp + c]; pc++; }
                    case 23 /* SHL */ -> { st[bp + a] = Ops.shl(st[bp + b], st[bp + c], w >> 8); pc++; }
                    case 24 /* SHR */ -> { st[bp + a] = Ops.shr(st[bp + b], st[bp + c], w >> 8); pc++; }
                    case 25 /* SHRU */ -> { st[bp + a] = Ops.shru(st[bp + b], st[bp + c], w >> 8); pc++; }
                    case 26 /* ADD_IMM */ -> { st[bp + a] = st[bp + b] + c; pc++; }
                    case 27 /* NEG */ -> { st[bp + a] = -st[bp + b]; pc++; }
                    case 28 /* NOT */ -> { st[bp + a] = ~st[bp + b]; pc++; }
                    case 29 /* LNOT */ -> { st[bp + a] = st[bp + b] == 0 ? 1 : 0; pc++; }
                    case 30 /* WRAP */ -> { st[bp + a] = WIDTHS[w >> 8].wrap(st[bp + b]); pc++; }
                    case 31 /* EQ */ -> { st[bp + a] = st[bp + b] == st[bp + c] ? 1 : 0; pc++; }
                    case 32 /* NE */ -> { st[bp + a] = st[bp + b] != st[bp + c] ? 1 : 0; pc++; }
                    case 33 /* LT */ -> { st[bp + a] = st[bp + b] < st[bp + c] ? 1 : 0; pc++; }
                    case 34 /* LE */ -> { st[bp + a] = st[bp + b] <= st[bp + c] ? 1 : 0; pc++; }
                    case 35 /* GT */ -> { st[bp + a] = st[bp + b] > st[bp + c] ? 1 : 0; pc++; }
                    case 36 /* GE */ -> { st[bp + a] = st[bp + b] >= st[bp + c] ? 1 : 0; pc++; }
                    case 57 /* JMP */ -> pc = a;
                    case 58 /* JMP_IF */ -> pc = st[bp + a] != 0 ? b : pc + 1;
                    case 59 /* JMP_IFNOT */ -> pc = st[bp + a] == 0 ? b : pc + 1;
                    case 60 /* JMP_EQ */ -> pc = st[bp + a] == st[bp + b] ? c : pc + 1;
                    case 61 /* JMP_NE */ -> pc = st[bp + a] != st[bp + b] ? c : pc + 1;
                    case 62 /* JMP_LT */ -> pc = st[bp + a] < st[bp + b] ? c : pc + 1;
                    case 63 /* JMP_LE */ -> pc = st[bp + a] <= st[bp + b] ? c : pc + 1;
                    case 64 /* JMP_GT */ -> pc = st[bp + a] > st[bp + b] ? c : pc + 1;
                    case 65 /* JMP_GE */ -> pc = st[bp + a] >= st[bp + b] ? c : pc + 1;
                    case 139 /* JMP_EQ_IMM */ -> pc = st[bp + a] == b ? c : pc + 1;
                    case 140 /* JMP_NE_IMM */ -> pc = st[bp + a] != b ? c : pc + 1;
                    case 141 /* JMP_LT_IMM */ -> pc = st[bp + a] < b ? c : pc + 1;
                    case 142 /* JMP_LE_IMM */ -> pc = st[bp + a] <= b ? c : pc + 1;
                    case 143 /* JMP_GT_IMM */ -> pc = st[bp + a] > b ? c : pc + 1;
                    case 144 /* JMP_GE_IMM */ -> pc = st[bp + a] >= b ? c : pc + 1;
                    case 66 /* CALL */ -> {
                        int d0 = f.depth;
                        if (d0 >= maxDepth) throw m.depthTrap();
                        int nbp = bp + frameSizes[fn];
                        int end = nbp + frameSizes[a];
                        if (end > st.length) {
                            m.growStack(f, end);
                            st = f.stack;
                        }
                        int np = paramSlots[a];
                        if (np == 1) st[nbp] = st[bp + b];
                        else if (np != 0) System.arraycopy(st, bp + b, st, nbp, np);
                        for (int k = nbp + np; k < end; k++) st[k] = 0L;
                        if (slow) m.calls.shadowCall(f, bp + b, nbp, np, end - nbp);
                        if (d0 == f.fFunc.length) f.growFrames();
                        f.fPc[d0 - 1] = pc;
                        f.fFunc[d0] = a;
                        f.fPc[d0] = 0;
                        f.fBp[d0] = nbp;
                        f.fRet[d0] = c;
                        f.fFlags[d0] = 0;
                        f.fClosure[d0] = 0;
                        f.depth = d0 + 1;
                        fn = a;
                        code = codes[fn];
                        bp = nbp;
                        pc = 0;
                    }
                    case 67 /* CALL_CLOSURE */ -> {
                        long clo = st[bp + a];
                        if (clo == 0) throw GoPanic.nilDeref();
                        long hw = heap.headerWord(clo);
                        if ((hw & 0xF) == FREED) throw m.badReference(clo);
                        int callee = (int) ((hw >>> 8) & Heap.MAX_META);
                        int d0 = f.depth;
                        if (d0 >= maxDepth) throw m.depthTrap();
                        int nbp = bp + frameSizes[fn];
                        int end = nbp + frameSizes[callee];
                        if (end > st.length) {
                            m.growStack(f, end);
                            st = f.stack;
                        }
                        int np = paramSlots[callee];
                        for (int k = 0; k < np; k++) st[nbp + k] = st[bp + b + k];
                        for (int k = nbp + np; k < end; k++) st[k] = 0L;
                        if (slow) m.calls.shadowCall(f, bp + b, nbp, np, end - nbp);
                        if (d0 == f.fFunc.length) f.growFrames();
                        f.fPc[d0 - 1] = pc;
                        f.fFunc[d0] = callee;
                        f.fPc[d0] = 0;
                        f.fBp[d0] = nbp;
                        f.fRet[d0] = c;
                        f.fFlags[d0] = 0;
                        f.fClosure[d0] = clo;
                        f.depth = d0 + 1;
                        fn = callee;
                        code = codes[fn];
                        bp = nbp;
                        pc = 0;
                    }
                    case 70 /* RETURN */ -> {
                        int t = f.depth - 1;
                        if (t == 0 || slow || f.fFlags[t] != 0 || (f.deferCount != 0 && f.dFrame[f.deferCount - 1] == t)) {
                            f.fPc[t] = pc;
                            m.steps = stepBase + (budget - left);
                            int r = m.calls.doReturn(f, a, b);
                            if (r != Calls.CONTINUE) {
                                executed = budget - left;
                                m.steps = stepBase + executed;
                                return r;
                            }
                            t = f.depth - 1;
                            fn = f.fFunc[t];
                            code = codes[fn];
                            bp = f.fBp[t];
                            pc = f.fPc[t];
                            st = f.stack;
                        } else {
                            int cbp = f.fBp[t - 1];
                            int dst = cbp + f.fRet[t];
                            if (b == 1) st[dst] = st[bp + a];
                            else if (b != 0) System.arraycopy(st, bp + a, st, dst, b);
                            f.depth = t;
                            fn = f.fFunc[t - 1];
                            code = codes[fn];
                            bp = cbp;
                            pc = f.fPc[t - 1] + 1;
                        }
                    }
                    case 78 /* LOAD_CAPTURE */ -> {
                        long clo = f.fClosure[f.depth - 1];
                        for (int k = 0, n = w >> 8; k < n; k++) st[bp + a + k] = heap.load(clo, b + k);
                        pc++;
                    }
                    case 80 /* LOAD_PTR */ -> {
                        long p = st[bp + b];
                        if (p == 0) throw GoPanic.nilDeref();
                        int n = m.shapeLen[w >> 8];
                        long base = p - 8;
                        for (int k = 0; k < n; k++) {
                            long v = heap.load(base, c + k);
                            if (Heap.isPoison(v)) m.checkPoison(p + 8L * (c + k));
                            st[bp + a + k] = v;
                        }
                        pc++;
                    }
                    case 81 /* STORE_PTR */ -> {
                        long p = st[bp + a];
                        if (p == 0) throw GoPanic.nilDeref();
                        int n = m.shapeLen[w >> 8];
                        long base = p - 8;
                        for (int k = 0; k < n; k++) heap.store(base, b + k, st[bp + c + k]);
                        if (m.noBarrierFault) m.ops.barrierShape(p, st, bp + c, w >> 8);
                        pc++;
                    }
                    case 82 /* STORE_PTR_B */ -> {
                        long p = st[bp + a];
                        if (p == 0) throw GoPanic.nilDeref();
                        int n = m.shapeLen[w >> 8];
                        long base = p - 8;
                        for (int k = 0; k < n; k++) heap.store(base, b + k, st[bp + c + k]);
                        m.ops.barrierShape(p, st, bp + c, w >> 8);
                        pc++;
                    }
                    case 85 /* NIL_CHECK */ -> {
                        if (st[bp + a] == 0) throw GoPanic.nilDeref();
                        pc++;
                    }
                    case 86 /* BOUNDS */ -> {
                        long i = st[bp + a];
                        if (i < 0 || i >= b) throw GoPanic.index(i, b);
                        pc++;
                    }
                    case 90 /* LOAD_IDX */ -> {
                        long s = st[bp + b];
                        long i = st[bp + c];
                        if (s != 0 && (heap.headerWord(s) & 0xF) == FREED) throw m.badReference(s);
                        long len = s == 0 ? 0 : heap.load(s, 2);
                        if (i < 0 || i >= len) throw GoPanic.index(i, len);
                        int n = m.shapeLen[w >> 8];
                        long arr = heap.load(s, 0);
                        int word = (int) ((heap.load(s, 1) + i) * n);
                        if (n == 1) st[bp + a] = heap.load(arr, word);
                        else for (int k = 0; k < n; k++) st[bp + a + k] = heap.load(arr, word + k);
                        pc++;
                    }
                    case 91 /* STORE_IDX */, 92 /* STORE_IDX_B */ -> {
                        long s = st[bp + a];
                        long i = st[bp + b];
                        if (s != 0 && (heap.headerWord(s) & 0xF) == FREED) throw m.badReference(s);
                        long len = s == 0 ? 0 : heap.load(s, 2);
                        if (i < 0 || i >= len) throw GoPanic.index(i, len);
                        int n = m.shapeLen[w >> 8];
                        long arr = heap.load(s, 0);
                        int word = (int) ((heap.load(s, 1) + i) * n);
                        if (n == 1) heap.store(arr, word, st[bp + c]);
                        else for (int k = 0; k < n; k++) heap.store(arr, word + k, st[bp + c + k]);
                        if ((w & 0xFF) == 92 /*: STORE_IDX_B */ || m.noBarrierFault) m.ops.barrierShape(arr, st, bp + c, w >> 8);
                        pc++;
                    }
                    case 6 /* LOAD_NIL_IFACE */ -> { st[bp + a] = 0; st[bp + a + 1] = 0; pc++; }
                    case 7 /* ZERO */ -> {
                        for (int k = bp + a, e = k + m.shapeLen[w >> 8]; k < e; k++) st[k] = 0L;
                        pc++;
                    }
                    case 37 /* LTU */ -> { st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) < 0 ? 1 : 0; pc++; }
                    case 38 /* LEU */ -> { st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) <= 0 ? 1 : 0; pc++; }
                    case 39 /* GTU */ -> { st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) > 0 ? 1 : 0; pc++; }
                    case 40 /* GEU */ -> { st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) >= 0 ? 1 : 0; pc++; }
                    case 41 /* FADD */ -> { st[bp + a] = Double.doubleToRawLongBits(Double.longBitsToDouble(st[bp + b]) + Double.longBitsToDouble(st[bp + c])); pc++; }
                    case 42 /* FSUB */ -> { st[bp + a] = Double.doubleToRawLongBits(Double.longBitsToDouble(st[bp + b]) - Double.longBitsToDouble(st[bp + c])); pc++; }
                    case 43 /* FMUL */ -> { st[bp + a] = Double.doubleToRawLongBits(Double.longBitsToDouble(st[bp + b]) * Double.longBitsToDouble(st[bp + c])); pc++; }
                    case 44 /* FDIV */ -> { st[bp + a] = Double.doubleToRawLongBits(Double.longBitsToDouble(st[bp + b]) / Double.longBitsToDouble(st[bp + c])); pc++; }
                    case 49 /* FLT */ -> { st[bp + a] = Double.longBitsToDouble(st[bp + b]) < Double.longBitsToDouble(st[bp + c]) ? 1 : 0; pc++; }
                    case 50 /* FLE */ -> { st[bp + a] = Double.longBitsToDouble(st[bp + b]) <= Double.longBitsToDouble(st[bp + c]) ? 1 : 0; pc++; }
                    case 53 /* I2F */ -> { st[bp + a] = Double.doubleToRawLongBits((double) st[bp + b]); pc++; }
                    case 79 /* NEW */ -> {
                        st[bp + a] = m.alloc(gcscope.vm.heap.ObjectKind.BOX, b, m.typeSlots[b]) + 8;
                        pc++;
                        if (!slow && m.collector.wantsStep()) {
                            f.fPc[f.depth - 1] = pc;
                            m.steps = stepBase + (budget - left);
                            if (m.gcSafepoint(f)) {
                                executed = budget - left;
                                m.steps = stepBase + executed;
                                return R_HALT;
                            }
                        }
                    }
                    case 83 /* ADD_PTR */ -> {
                        long p = st[bp + b];
                        if (p == 0) throw GoPanic.nilDeref();
                        st[bp + a] = p + c;
                        pc++;
                    }
                    case 93 /* ADDR_IDX */ -> {
                        long s = st[bp + b];
                        long i = st[bp + c];
                        if (s != 0 && (heap.headerWord(s) & 0xF) == FREED) throw m.badReference(s);
                        long len = s == 0 ? 0 : heap.load(s, 2);
                        if (i < 0 || i >= len) throw GoPanic.index(i, len);
                        st[bp + a] = heap.load(s, 0) + 8 + (heap.load(s, 1) + i) * (w >> 8) * 8L;
                        pc++;
                    }
                    case 96 /* LEN */ -> {
                        long x = st[bp + b];
                        if (x != 0 && (heap.headerWord(x) & 0xF) == FREED) throw m.badReference(x);
                        st[bp + a] = x == 0 ? 0 : m.ops.len(x, w >> 8);
                        pc++;
                    }
                    default -> {
                        f.fPc[f.depth - 1] = pc;
                        m.steps = stepBase + (budget - left);
                        long uncharged = m.unchargedSteps;
                        int r = m.execUncharged(f, w & 0xFF, bp, a, b, c, w >> 8, pc);
                        stepBase += m.unchargedSteps - uncharged; // nested runs (fmt calling String methods) use no budget
                        if (r == Ops.NEXT) {
                            pc++;
                            st = f.stack; // a native may have run nested code (String/Error methods) that grew the stack
                        } else if (r == Ops.RELOAD) {
                            int t = f.depth - 1;
                            fn = f.fFunc[t];
                            code = codes[fn];
                            bp = f.fBp[t];
                            pc = f.fPc[t];
                            st = f.stack;
                        } else {
                            executed = budget - left;
                m.steps = stepBase + executed;
                            if (r == Ops.BLOCK) return R_BLOCKED;
                            return r == Ops.NESTED_DONE ? R_NESTED_DONE : r == Ops.FIBER_DONE ? R_FIBER_DONE : R_HALT;
                        }
                        if (!slow && m.allocates[w & 0xFF] && m.collector.wantsStep()) {
                            f.fPc[f.depth - 1] = pc;
                            st = f.stack;
                            if (m.gcSafepoint(f)) {
                                executed = budget - left;
                m.steps = stepBase + executed;
                                return R_HALT;
                            }
                        }
                    }
                }
            } catch (GoPanic p) {
                f.fPc[f.depth - 1] = opPc;
                m.steps = stepBase + (budget - left);
                int r = m.calls.raise(f, p);
                if (r != Calls.CONTINUE) {
                    executed = budget - left;
                m.steps = stepBase + executed;
                    return r;
                }
                int t = f.depth - 1;
                fn = f.fFunc[t];
                code = codes[fn];
                bp = f.fBp[t];
                pc = f.fPc[t];
                st = f.stack;
                continue;
            } catch (VmHalt h) {
                m.steps = stepBase + (budget - left);
                f.fPc[f.depth - 1] = opPc;
                m.halt(h.trap(f, m, opPc));
                executed = budget - left;
                m.steps = stepBase + executed;
                return R_HALT;
            } catch (RuntimeException e) {
                m.steps = stepBase + (budget - left);
                f.fPc[f.depth - 1] = opPc;
                m.halt(m.wildTrap(f, opPc, e));
                executed = budget - left;
                m.steps = stepBase + executed;
                return R_HALT;
            }
            if (slow) {
                int t = f.depth - 1;
                f.fPc[t] = pc;
                m.steps = stepBase + (budget - left);
                if (m.afterInstruction(f, fn, opPc, w, a, b, c, bp)) {
                    executed = budget - left;
                m.steps = stepBase + executed;
                    return R_HALT;
                }
                fn = f.fFunc[t];
                code = codes[fn];
                bp = f.fBp[t];
                pc = f.fPc[t];
                st = f.stack;
            }
        }
        f.fPc[f.depth - 1] = pc;
        executed = budget - left; // compiled code may have run past the budget
        m.steps = stepBase + executed;
        return R_BUDGET;
    }
}

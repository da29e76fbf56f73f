package gcscope.vm.interp;

import gcscope.vm.bytecode.Width;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

/**
 * What compiled code calls: one static method per instruction that is more than a line of arithmetic, with the
 * same semantics as the interpreter's case for it. The JIT inlines them into the generated methods, where the
 * operands are constants. Frames, pcs and steps stay exact at every call that can observe them, so any
 * instruction can hand over to the interpreter ({@link TierBailout}).
 */
final class TierRuntime {
    private static final Width[] WIDTHS = Width.values();
    private static final int FREED = Colour.FREED.ordinal();

    private TierRuntime() {
    }

    // ------------------------------------------------------------------ scalars

    static long div(long x, long y) {
        if (y == 0) throw GoPanic.runtime("integer divide by zero");
        return y == -1 ? -x : x / y;
    }

    static long divu(long x, long y) {
        if (y == 0) throw GoPanic.runtime("integer divide by zero");
        return Long.divideUnsigned(x, y);
    }

    static long rem(long x, long y) {
        if (y == 0) throw GoPanic.runtime("integer divide by zero");
        return y == -1 ? 0 : x % y;
    }

    static long remu(long x, long y) {
        if (y == 0) throw GoPanic.runtime("integer divide by zero");
        return Long.remainderUnsigned(x, y);
    }

    static long wrap(long x, int width) {
        return WIDTHS[width].wrap(x);
    }

    static long lnot(long x) { return x == 0 ? 1 : 0; }
    static long eq(long x, long y) { return x == y ? 1 : 0; }
    static long ne(long x, long y) { return x != y ? 1 : 0; }
    static long lt(long x, long y) { return x < y ? 1 : 0; }
    static long le(long x, long y) { return x <= y ? 1 : 0; }
    static long gt(long x, long y) { return x > y ? 1 : 0; }
    static long ge(long x, long y) { return x >= y ? 1 : 0; }
    static long ltu(long x, long y) { return Long.compareUnsigned(x, y) < 0 ? 1 : 0; }
    static long leu(long x, long y) { return Long.compareUnsigned(x, y) <= 0 ? 1 : 0; }
    static long gtu(long x, long y) { return Long.compareUnsigned(x, y) > 0 ? 1 : 0; }
    static long geu(long x, long y) { return Long.compareUnsigned(x, y) >= 0 ? 1 : 0; }

    private static double d(long bits) { return Double.longBitsToDouble(bits); }
    private static long bits(double x) { return Double.doubleToRawLongBits(x); }
    static long fadd(long x, long y) { return bits(d(x) + d(y)); }
    static long fsub(long x, long y) { return bits(d(x) - d(y)); }
    static long fmul(long x, long y) { return bits(d(x) * d(y)); }
    static long fdiv(long x, long y) { return bits(d(x) / d(y)); }
    static long fneg(long x) { return bits(-d(x)); }
    static long feq(long x, long y) { return d(x) == d(y) ? 1 : 0; }
    static long fne(long x, long y) { return d(x) != d(y) ? 1 : 0; }
    static long flt(long x, long y) { return d(x) < d(y) ? 1 : 0; }
    static long fle(long x, long y) { return d(x) <= d(y) ? 1 : 0; }
    static long fgt(long x, long y) { return d(x) > d(y) ? 1 : 0; }
    static long fge(long x, long y) { return d(x) >= d(y) ? 1 : 0; }
    static long i2f(long x) { return bits((double) x); }

    // ------------------------------------------------------------------ memory

    static void nilCheck(long p) {
        if (p == 0) throw GoPanic.nilDeref();
    }

    static void bounds(long i, int len) {
        if (i < 0 || i >= len) throw GoPanic.index(i, len);
    }

    static long addPtr(long p, int offset) {
        if (p == 0) throw GoPanic.nilDeref();
        return p + offset;
    }

    static void loadCapture(Machine m, Fiber f, int t, long[] st, int dst, int word, int n) {
        long clo = f.fClosure[t];
        for (int k = 0; k < n; k++) st[dst + k] = m.heap.load(clo, word + k);
    }

    static void loadPtr(Machine m, long[] st, int dst, long p, int word, int n) {
        if (p == 0) throw GoPanic.nilDeref();
        Heap heap = m.heap;
        long base = p - 8;
        for (int k = 0; k < n; k++) {
            long v = heap.load(base, word + k);
            if (Heap.isPoison(v)) m.checkPoison(p + 8L * (word + k));
            st[dst + k] = v;
        }
    }

    static void storePtr(Machine m, long[] st, int src, long p, int word, int n, int shape, boolean barrier) {
        if (p == 0) throw GoPanic.nilDeref();
        Heap heap = m.heap;
        long base = p - 8;
        for (int k = 0; k < n; k++) heap.store(base, word + k, st[src + k]);
        if (barrier || m.noBarrierFault) m.ops.barrierShape(p, st, src, shape);
    }

    private static long checkedSlice(Machine m, long s, long i) {
        if (s != 0 && (m.heap.headerWord(s) & 0xF) == FREED) throw m.badReference(s);
        long len = s == 0 ? 0 : m.heap.load(s, 2);
        if (i < 0 || i >= len) throw GoPanic.index(i, len);
        return s;
    }

    static void loadIdx(Machine m, long[] st, int dst, long s, long i, int n) {
        checkedSlice(m, s, i);
        Heap heap = m.heap;
        long arr = heap.load(s, 0);
        int word = (int) ((heap.load(s, 1) + i) * n);
        for (int k = 0; k < n; k++) st[dst + k] = heap.load(arr, word + k);
    }

    static void storeIdx(Machine m, long[] st, int src, long s, long i, int n, int shape, boolean barrier) {
        checkedSlice(m, s, i);
        Heap heap = m.heap;
        long arr = heap.load(s, 0);
        int word = (int) ((heap.load(s, 1) + i) * n);
        for (int k = 0; k < n; k++) heap.store(arr, word + k, st[src + k]);
        if (barrier || m.noBarrierFault) m.ops.barrierShape(arr, st, src, shape);
    }

    static long addrIdx(Machine m, long s, long i, int elemWords) {
        checkedSlice(m, s, i);
        return m.heap.load(s, 0) + 8 + (m.heap.load(s, 1) + i) * elemWords * 8L;
    }

    static long len(Machine m, long x, int kind) {
        if (x != 0 && (m.heap.headerWord(x) & 0xF) == FREED) throw m.badReference(x);
        return x == 0 ? 0 : m.ops.len(x, kind);
    }

    static long newObject(Machine m, int type) {
        return m.alloc(ObjectKind.BOX, type, m.typeSlots[type]) + 8;
    }

    /** MAP_GET / MAP_GET_OK (then {@code ok} follows the {@code n} value words at dst). */
    static void mapGet(Machine m, long map, long[] st, int key, int dst, int n, boolean ok) {
        boolean found = m.maps.get(map, st, key, dst, n);
        if (ok) st[dst + n] = found ? 1 : 0;
    }

    /** MAP_SET (the generated code then takes the allocation's safepoint). */
    static void mapSet(Machine m, long map, long[] st, int key, int val) {
        m.maps.set(map, st, key, val);
    }

    /** The safepoint after an allocating instruction, as the interpreter takes it; {@code next} is the pc after it. */
    static void afterAlloc(Machine m, Fiber f, int t, int next) {
        if (!m.collector.wantsStep()) return;
        f.fPc[t] = next;
        if (m.gcSafepoint(f)) throw m.tier.halt;
    }

    // ------------------------------------------------------------------ calls

    /**
     * CALL: pushes the callee's frame exactly as the interpreter does (the generated code then invokes it).
     * {@code frameSize} and {@code np} are the callee's frame and parameter slots (constants in the generated code).
     */
    static void call(Machine m, Fiber f, int t, int bp, int pc, int callerFrame, int callee, int args, int ret, int frameSize, int np) {
        int d0 = f.depth;
        CompiledTier tier = m.tier;
        if (d0 >= tier.depthCap) {
            if (d0 >= tier.maxDepth) throw m.depthTrap();
            throw bail(m, f, t, pc, 1);
        }
        int nbp = bp + callerFrame;
        int end = nbp + frameSize;
        long[] st = f.stack;
        if (end > st.length) {
            m.growStack(f, end);
            st = f.stack;
        }
        if (np == 1) st[nbp] = st[bp + args];
        else if (np != 0) System.arraycopy(st, bp + args, st, nbp, np);
        for (int k = nbp + np; k < end; k++) st[k] = 0L;
        if (d0 == f.fFunc.length) f.growFrames();
        f.fPc[d0 - 1] = pc;
        f.fFunc[d0] = callee;
        f.fPc[d0] = 0;
        f.fBp[d0] = nbp;
        f.fRet[d0] = ret;
        f.fFlags[d0] = 0;
        f.fClosure[d0] = 0;
        f.depth = d0 + 1;
    }

    /** RETURN's fast path: true when done (frame popped, results copied), false when the interpreter must run it. */
    static boolean ret(Fiber f, int t, int bp, int a, int n) {
        if (t == 0 || f.fFlags[t] != 0 || (f.deferCount != 0 && f.dFrame[f.deferCount - 1] == t)) return false;
        long[] st = f.stack;
        int dst = f.fBp[t - 1] + f.fRet[t];
        if (n == 1) st[dst] = st[bp + a];
        else if (n != 0) System.arraycopy(st, bp + a, st, dst, n);
        f.depth = t;
        return true;
    }

    /**
     * Any other instruction: the interpreter's own implementation, then the allocation safepoint. Results other
     * than "next instruction" leave compiled code; so does starting a goroutine (the scheduler must see it).
     */
    static void generic(Machine m, Fiber f, int t, int bp, int w, int a, int b, int c, int pc, int checkedFn) {
        f.fPc[t] = pc;
        int op = w & 0xFF;
        int r = m.execUncharged(f, op, bp, a, b, c, w >> 8, pc); // as the interpreter: nested steps use no budget
        CompiledTier tier = m.tier;
        if (checkedFn >= 0) {
            // as the interpreter's slow path: the hook after "next" and after a frame change, from the top frame
            if (r == Ops.NEXT) {
                hook(m, f, t, checkedFn, pc, w, a, b, c, bp, pc + 1);
                if (tier.leavesAfter[op]) throw tier.reload;
                return;
            }
            if (r == Ops.RELOAD) {
                int top = f.depth - 1;
                if (m.afterInstruction(f, f.fFunc[top], pc, w, a, b, c, f.fBp[top])) throw tier.halt;
            }
            throw tier.after(r);
        }
        if (r != Ops.NEXT) throw tier.after(r);
        if (m.allocates[op] && m.collector.wantsStep()) {
            f.fPc[t] = pc + 1;
            if (m.gcSafepoint(f)) throw tier.halt;
        }
        if (tier.leavesAfter[op]) {
            f.fPc[t] = pc + 1;
            throw tier.reload;
        }
    }

    // ------------------------------------------------------------------ checked code (sanitizer, stress collector)

    /** The interpreter's per-instruction hook after the instruction at {@code pc} of frame t, which continues at {@code next}. */
    static void hook(Machine m, Fiber f, int t, int fn, int pc, int w, int a, int b, int c, int bp, int next) {
        f.fPc[t] = next;
        if (m.afterInstruction(f, fn, pc, w, a, b, c, bp)) throw m.tier.halt;
    }

    /** The end of checked code's hook (shadow kinds already written): stop on an outcome or a new violation, else a safepoint if due. */
    static void after(Machine m, Fiber f, int t, int next) {
        f.fPc[t] = next;
        if (mustStop(m, f)) throw m.tier.halt;
    }

    /** {@link Machine#afterInstruction} without shadow writes (calls and returns record their own). */
    private static boolean mustStop(Machine m, Fiber f) {
        return m.outcome() != null || m.checkViolations() || (m.collector.wantsStep() && m.gcSafepoint(f));
    }

    /** Check 1 for a slot whose written kind its declared type may not accept. */
    static void check(Machine m, Fiber f, int t, int slot, int pc) {
        m.ops.check(f, t, slot, pc);
    }

    /** The hook after a CALL has pushed the callee's frame (the shadow of its slots too), as the interpreter runs it. */
    static void hookAfterCall(Machine m, Fiber f, int bp, int pc, int w, int callee, int args, int ret) {
        int top = f.depth - 1;
        int nbp = f.fBp[top];
        m.calls.shadowCall(f, bp + args, nbp, m.paramSlots[callee], m.frameSizes[callee]);
        if (mustStop(m, f)) throw m.tier.halt;
    }

    /**
     * RETURN in checked code: the interpreter's full return (shadow slots copied and checked) and its hook; false
     * (nothing done) when the interpreter must run it (defers, special frames, the bottom frame).
     */
    static boolean retChecked(Machine m, Fiber f, int t, int pc, int w, int a, int n, int c) {
        if (t == 0 || f.fFlags[t] != 0 || (f.deferCount != 0 && f.dFrame[f.deferCount - 1] == t)) return false;
        f.fPc[t] = pc;
        m.calls.doReturn(f, a, n); // also moves the caller's pc past its call, as the hook expects
        int top = f.depth - 1;
        if (mustStop(m, f)) throw m.tier.halt;
        f.fPc[top]--; // back to the compiled convention: a caller's pc stays at its call until the callee returns
        return true;
    }

    /** Leaves compiled code before the instruction at {@code pc}, un-counting the {@code undo} steps counted ahead. */
    static TierBailout bail(Machine m, Fiber f, int t, int pc, int undo) {
        m.steps -= undo;
        f.fPc[t] = pc;
        return m.tier.resume;
    }

    /**
     * An exception leaves a compiled method: if it was raised by this frame's own instruction ({@code cur}: its pc
     * in the low 16 bits, the steps counted ahead of it above), make the frame's pc and the step count exact.
     */
    static void unwind(Machine m, Fiber f, int t, int cur) {
        if (f.depth - 1 != t) return;
        f.fPc[t] = cur & 0xFFFF;
        m.steps -= cur >>> 16;
    }
}

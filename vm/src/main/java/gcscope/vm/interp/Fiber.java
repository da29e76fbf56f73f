package gcscope.vm.interp;

import java.util.Arrays;

/**
 * One goroutine: a growable {@code long[]} stack (plus the sanitizer's shadow kinds), a frame stack in
 * parallel int arrays {funcId, pc, bp, retReg, flags} and the frame's closure, pending defers, panic
 * state and what it is blocked on. Plain mutable state owned by the {@link Machine}; {@link #copy()}
 * deep-copies it for checkpoints.
 */
final class Fiber {
    static final int RUNNABLE = 0, BLOCKED = 1, DONE = 2;
    static final int BLOCK_SEND = 1, BLOCK_RECV = 2, BLOCK_FOREVER = 3;

    /** Frame flags. */
    static final int F_DISCARD = 1;      // results are not copied to the caller (defer, go, nested)
    static final int F_DEFERRED = 2;     // this frame is a deferred call
    static final int F_PANIC_DEFER = 4;  // ... run by a panicking sequence (recover() may stop it)
    static final int F_NESTED = 8;       // a nested run (fmt calling String()/Error()): return leaves the loop
    static final int F_RECOVERED = 16;   // the frame returns its resultSlot values after a recovered panic

    final int id;
    long[] stack;
    byte[] shadow;
    int depth;
    int[] fFunc = new int[16];
    int[] fPc = new int[16];
    int[] fBp = new int[16];
    int[] fRet = new int[16];
    int[] fFlags = new int[16];
    long[] fClosure = new long[16];

    int state = RUNNABLE;
    int blockOp;
    long blockChan;
    long blockSeq;

    // pending defers, innermost last
    int deferCount;
    int[] dFrame = new int[4];
    int[] dFunc = new int[4];
    long[] dClosure = new long[4];
    long[][] dArgs = new long[4][];

    // panic state: the current panic value, and earlier panics as {hdr, data, recovered} (printed before it)
    boolean panicking;
    boolean recovered;
    long panicHdr, panicData;
    long[] oldPanics = new long[0];
    /** The goroutine's stack trace at the point of the current panic (printed if it is not recovered). */
    String panicTrace;

    Fiber(int id, int stackSlots, boolean shadowOn) {
        this.id = id;
        this.stack = new long[Math.max(64, stackSlots)];
        this.shadow = shadowOn ? new byte[stack.length] : null;
    }

    private Fiber(Fiber o) {
        id = o.id;
        stack = o.stack.clone();
        shadow = o.shadow == null ? null : o.shadow.clone();
        depth = o.depth;
        fFunc = o.fFunc.clone();
        fPc = o.fPc.clone();
        fBp = o.fBp.clone();
        fRet = o.fRet.clone();
        fFlags = o.fFlags.clone();
        fClosure = o.fClosure.clone();
        state = o.state;
        blockOp = o.blockOp;
        blockChan = o.blockChan;
        blockSeq = o.blockSeq;
        deferCount = o.deferCount;
        dFrame = o.dFrame.clone();
        dFunc = o.dFunc.clone();
        dClosure = o.dClosure.clone();
        dArgs = new long[o.dArgs.length][];
        for (int i = 0; i < o.deferCount; i++) dArgs[i] = o.dArgs[i].clone();
        panicking = o.panicking;
        recovered = o.recovered;
        panicHdr = o.panicHdr;
        panicData = o.panicData;
        oldPanics = o.oldPanics.clone();
        panicTrace = o.panicTrace;
    }

    Fiber copy() { return new Fiber(this); }

    /** Makes sure slots [0, end) exist. */
    void ensureStack(int end) {
        if (end <= stack.length) return;
        int n = stack.length;
        while (n < end) n *= 2;
        stack = Arrays.copyOf(stack, n);
        if (shadow != null) shadow = Arrays.copyOf(shadow, n);
    }

    void growFrames() {
        int n = fFunc.length * 2;
        fFunc = Arrays.copyOf(fFunc, n);
        fPc = Arrays.copyOf(fPc, n);
        fBp = Arrays.copyOf(fBp, n);
        fRet = Arrays.copyOf(fRet, n);
        fFlags = Arrays.copyOf(fFlags, n);
        fClosure = Arrays.copyOf(fClosure, n);
    }

    /** Pushes a frame record (the caller's pc must already be saved). */
    void pushFrame(int func, int bp, int ret, int flags, long closure) {
        if (depth == fFunc.length) growFrames();
        fFunc[depth] = func;
        fPc[depth] = 0;
        fBp[depth] = bp;
        fRet[depth] = ret;
        fFlags[depth] = flags;
        fClosure[depth] = closure;
        depth++;
    }

    void pushDefer(int frame, int func, long closure, long[] args) {
        if (deferCount == dFrame.length) {
            int n = deferCount * 2;
            dFrame = Arrays.copyOf(dFrame, n);
            dFunc = Arrays.copyOf(dFunc, n);
            dClosure = Arrays.copyOf(dClosure, n);
            dArgs = Arrays.copyOf(dArgs, n);
        }
        dFrame[deferCount] = frame;
        dFunc[deferCount] = func;
        dClosure[deferCount] = closure;
        dArgs[deferCount] = args;
        deferCount++;
    }

    /** True when the top frame has a pending defer. */
    boolean topHasDefer() { return deferCount > 0 && dFrame[deferCount - 1] == depth - 1; }

    /** Remembers an earlier panic as {header, data, recovered ? 1 : 0}. */
    void pushOldPanic(long hdr, long data, boolean wasRecovered) {
        oldPanics = Arrays.copyOf(oldPanics, oldPanics.length + 3);
        oldPanics[oldPanics.length - 3] = hdr;
        oldPanics[oldPanics.length - 2] = data;
        oldPanics[oldPanics.length - 1] = wasRecovered ? 1 : 0;
    }
}

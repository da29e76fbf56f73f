package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

/**
 * Channels: a CHANNEL object {chanType, cap, count, head, closed, buffer} (ISA.md). Blocked fibers keep
 * their operation pending at their current pc; a partner that completes it writes the value into the
 * blocked fiber's slots and advances its pc. Waiters are served in the order they blocked.
 */
final class Channels {
    static final int TYPE = 0, CAP = 1, COUNT = 2, HEAD = 3, CLOSED = 4, BUFFER = 5;

    private final Machine m;

    Channels(Machine m) {
        this.m = m;
    }

    long make(int chanType, long cap) {
        if (cap < 0 || cap > (1L << 28)) throw GoPanic.plain("makechan: size out of range");
        long ch = m.alloc(ObjectKind.CHANNEL, BuiltinTypes.CHAN_OBJECT, 6);
        Heap h = m.heap;
        h.store(ch, TYPE, chanType);
        h.store(ch, CAP, cap);
        if (cap > 0) {
            long buf = m.slices.makeArray(m.program.type(chanType).elem(), cap);
            h.store(ch, BUFFER, buf);
            m.collector.writeBarrier(ch, buf);
        }
        return ch;
    }

    private int elemType(long ch) {
        return m.program.type((int) m.heap.load(ch, TYPE)).elem();
    }

    long len(long ch) {
        return ch == 0 ? 0 : m.heap.load(ch, COUNT);
    }

    long cap(long ch) {
        return ch == 0 ? 0 : m.heap.load(ch, CAP);
    }

    /** SEND: Ops.NEXT when done, Ops.BLOCK when the fiber must wait. */
    int send(Fiber f, long ch, int srcAbs) {
        if (ch == 0) return block(f, 0, Fiber.BLOCK_FOREVER);
        Heap h = m.heap;
        if (h.load(ch, CLOSED) != 0) throw GoPanic.plain("send on closed channel");
        int et = elemType(ch);
        int ew = m.program.type(et).slotCount();
        Fiber r = waiter(ch, Fiber.BLOCK_RECV);
        if (r != null) {
            deliver(r, f.stack, srcAbs, ew, true);
            return Ops.NEXT;
        }
        long cap = h.load(ch, CAP), count = h.load(ch, COUNT);
        if (count < cap) {
            long buf = h.load(ch, BUFFER);
            int slot = (int) ((h.load(ch, HEAD) + count) % cap);
            for (int k = 0; k < ew; k++) h.store(buf, slot * ew + k, f.stack[srcAbs + k]);
            m.slices.barrierWords(buf, slot * ew, ew, et);
            h.store(ch, COUNT, count + 1);
            return Ops.NEXT;
        }
        return block(f, ch, Fiber.BLOCK_SEND);
    }

    /** RECV into st[dst..] (+ ok when withOk). */
    int recv(Fiber f, long ch, int dstAbs, boolean withOk) {
        if (ch == 0) return block(f, 0, Fiber.BLOCK_FOREVER);
        Heap h = m.heap;
        int et = elemType(ch);
        int ew = m.program.type(et).slotCount();
        long[] st = f.stack;
        long count = h.load(ch, COUNT);
        if (count > 0) {
            long cap = h.load(ch, CAP), head = h.load(ch, HEAD), buf = h.load(ch, BUFFER);
            int slot = (int) head;
            for (int k = 0; k < ew; k++) {
                st[dstAbs + k] = h.load(buf, slot * ew + k);
                h.store(buf, slot * ew + k, 0);
            }
            h.store(ch, HEAD, (head + 1) % cap);
            h.store(ch, COUNT, count - 1);
            Fiber s = waiter(ch, Fiber.BLOCK_SEND);
            if (s != null) {
                // move the first blocked sender's value into the freed buffer slot
                int tail = (int) ((head + 1 + count - 1) % cap);
                int src = senderSrc(s);
                for (int k = 0; k < ew; k++) h.store(buf, tail * ew + k, s.stack[src + k]);
                m.slices.barrierWords(buf, tail * ew, ew, et);
                h.store(ch, COUNT, count);
                complete(s);
            }
            if (withOk) st[dstAbs + ew] = 1;
            return Ops.NEXT;
        }
        Fiber s = waiter(ch, Fiber.BLOCK_SEND);
        if (s != null) {
            System.arraycopy(s.stack, senderSrc(s), st, dstAbs, ew);
            if (withOk) st[dstAbs + ew] = 1;
            complete(s);
            return Ops.NEXT;
        }
        if (h.load(ch, CLOSED) != 0) {
            java.util.Arrays.fill(st, dstAbs, dstAbs + ew, 0L);
            if (withOk) st[dstAbs + ew] = 0;
            return Ops.NEXT;
        }
        return block(f, ch, Fiber.BLOCK_RECV);
    }

    void close(long ch) {
        if (ch == 0) throw GoPanic.plain("close of nil channel");
        Heap h = m.heap;
        if (h.load(ch, CLOSED) != 0) throw GoPanic.plain("close of closed channel");
        h.store(ch, CLOSED, 1);
        // every waiter retries its operation: receivers get zero values, senders panic
        for (Fiber w : m.fibers) {
            if (w.state == Fiber.BLOCKED && w.blockChan == ch) {
                w.state = Fiber.RUNNABLE;
                w.blockOp = 0;
                w.blockChan = 0;
            }
        }
    }

    private int block(Fiber f, long ch, int op) {
        f.state = Fiber.BLOCKED;
        f.blockOp = op;
        f.blockChan = ch;
        f.blockSeq = ++m.blockSeq;
        return Ops.BLOCK;
    }

    /** The fiber that blocked first on {@code op} on {@code ch}, or null. */
    private Fiber waiter(long ch, int op) {
        Fiber best = null;
        for (Fiber w : m.fibers) {
            if (w.state == Fiber.BLOCKED && w.blockOp == op && w.blockChan == ch && (best == null || w.blockSeq < best.blockSeq)) best = w;
        }
        return best;
    }

    /** Absolute stack index of a blocked sender's value (operand b of its SEND). */
    private int senderSrc(Fiber s) {
        int t = s.depth - 1;
        return s.fBp[t] + Instruction.b(codeOf(s), s.fPc[t]);
    }

    private int[] codeOf(Fiber s) {
        return m.codes[s.fFunc[s.depth - 1]];
    }

    /** Writes a value into a blocked receiver's destination and completes its RECV. */
    private void deliver(Fiber r, long[] src, int srcAbs, int ew, boolean ok) {
        int t = r.depth - 1;
        int[] code = codeOf(r);
        int pc = r.fPc[t];
        int dst = r.fBp[t] + Instruction.a(code, pc);
        System.arraycopy(src, srcAbs, r.stack, dst, ew);
        if (Instruction.c(code, pc) != 0) r.stack[dst + ew] = ok ? 1 : 0;
        if (r.shadow != null) m.ops.shadowShape(r, t, dst, Instruction.d(code, pc), pc);
        complete(r);
    }

    /** The blocked fiber's operation is done: it resumes after it. */
    private void complete(Fiber w) {
        w.state = Fiber.RUNNABLE;
        w.blockOp = 0;
        w.blockChan = 0;
        w.fPc[w.depth - 1]++;
    }

    TypeInfo type(long ch) {
        return m.program.type((int) m.heap.load(ch, TYPE));
    }
}

package gcscope.vm.interp;

import gcscope.vm.gc.Collector;
import gcscope.vm.heap.HeapImage;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a {@link Machine}'s whole state: fibers (stacks, shadow kinds, frames, defers, panics),
 * globals, constant caches, scheduler, counters, heap and collector. The heap is a {@link HeapImage}
 * that shares unchanged pages with the checkpoint it was taken against, and is restored in place by
 * bulk copies. Restoring copies again, so one checkpoint can be restored any number of times. The
 * collector's event listener is not part of it.
 */
public final class Checkpoint {
    private final List<Fiber> fibers;
    private final long[] globals, strConsts, funcConsts;
    private final int current, nextFiberId, violationsSeen;
    private final long sliceLeft, blockSeq, steps, work, outputBytes;
    private final Outcome outcome;
    private final Trap trap;
    private final HeapImage heap;
    /** Bound to the live heap object but never run: only copied again on restore. */
    private final Collector collector;

    private Checkpoint(Machine m, Checkpoint base) {
        fibers = new ArrayList<>();
        for (Fiber f : m.fibers) fibers.add(f.copy());
        globals = m.globals.clone();
        strConsts = m.strConsts.clone();
        funcConsts = m.funcConsts.clone();
        current = m.current;
        nextFiberId = m.nextFiberId;
        violationsSeen = m.violationsSeen;
        sliceLeft = m.sliceLeft;
        blockSeq = m.blockSeq;
        steps = m.steps;
        work = m.work;
        outputBytes = m.outputBytes;
        outcome = m.outcome;
        trap = m.trap;
        heap = m.heap.image(base == null ? null : base.heap);
        collector = m.collector.copy(m.heap, m);
    }

    static Checkpoint of(Machine m, Checkpoint base) {
        return new Checkpoint(m, base);
    }

    void restoreInto(Machine m) {
        List<Fiber> fs = new ArrayList<>();
        for (Fiber f : fibers) fs.add(f.copy());
        m.fibers = fs;
        m.globals = globals.clone();
        m.strConsts = strConsts.clone();
        m.funcConsts = funcConsts.clone();
        m.current = current;
        m.nextFiberId = nextFiberId;
        m.violationsSeen = violationsSeen;
        m.sliceLeft = sliceLeft;
        m.blockSeq = blockSeq;
        m.steps = steps;
        m.work = work;
        m.outputBytes = outputBytes;
        m.outcome = outcome;
        m.trap = trap;
        m.heap.restore(heap);
        m.collector = collector.copy(m.heap, m);
    }

    /** Instruction count at which it was taken. */
    public long steps() {
        return steps;
    }

    /** Estimated memory this checkpoint allocated, in bytes (heap pages shared with its base not counted). */
    public long bytes() {
        return heap.ownBytes() + machineBytes();
    }

    /** Estimated memory held by this and {@code seen}'s checkpoints together minus {@code seen}'s: pages are counted once. */
    public long uniqueBytes(java.util.Set<Object> seen) {
        return heap.uniqueBytes(seen) + machineBytes();
    }

    private long machineBytes() {
        long b = (long) (globals.length + strConsts.length + funcConsts.length) * 8 + 256;
        for (Fiber f : fibers) b += (long) f.stack.length * (f.shadow == null ? 8 : 9) + 512;
        return b;
    }
}

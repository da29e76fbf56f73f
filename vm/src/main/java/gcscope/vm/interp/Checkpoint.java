package gcscope.vm.interp;

import gcscope.vm.gc.Collector;
import gcscope.vm.heap.Heap;

import java.util.ArrayList;
import java.util.List;

/**
 * A deep copy of a {@link Machine}'s whole state: fibers (stacks, shadow kinds, frames, defers, panics),
 * globals, constant caches, scheduler, counters, heap and collector. Restoring copies again, so one
 * checkpoint can be restored any number of times. The collector's event listener is not part of it.
 */
public final class Checkpoint {
    private final List<Fiber> fibers;
    private final long[] globals, strConsts, funcConsts;
    private final int current, nextFiberId, violationsSeen;
    private final long sliceLeft, blockSeq, steps, work, outputBytes;
    private final Outcome outcome;
    private final Trap trap;
    private final Heap heap;
    private final Collector collector;

    private Checkpoint(Machine m) {
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
        heap = m.heap.copy();
        collector = m.collector.copy(heap, m);
    }

    static Checkpoint of(Machine m) {
        return new Checkpoint(m);
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
        m.heap = heap.copy();
        m.collector = collector.copy(m.heap, m);
    }

    /** Instruction count at which it was taken. */
    public long steps() {
        return steps;
    }

    /** Estimated memory held, in bytes. */
    public long bytes() {
        long b = (heap.top() - Heap.BASE) * 2 + (long) globals.length * 8;
        for (Fiber f : fibers) b += (long) f.stack.length * (f.shadow == null ? 8 : 9) + 256;
        return b;
    }
}

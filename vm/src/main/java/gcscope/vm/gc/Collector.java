package gcscope.vm.gc;

import gcscope.vm.check.Sanitizer;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.interp.Trap;
import gcscope.vm.snapshot.GcCounters;
import gcscope.vm.snapshot.GcView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The incremental tri-colour mark-and-sweep collector of VM.md (Lua/Vo style). Phases
 * PAUSE -> PROPAGATE -> ATOMIC -> SWEEP -> PAUSE. A cycle starts by flipping the current white (every
 * existing object then has the old white, the colour of the condemned) and marking the roots gray
 * through the frames' slotTypes; PROPAGATE blackens gray objects within a work budget; ATOMIC re-scans
 * the roots and drains grayAgain; SWEEP frees old-white objects in budget-sized chunks and resets the
 * survivors to the current white. Objects allocated during marking get the old white (reachable ones
 * are found by the ATOMIC re-scan or through the barrier); during SWEEP and PAUSE the current white.
 *
 * <p>Work units are bytes: blackening an object costs its size, sweeping one costs {@link #SWEEP_COST}.
 * The interpreter calls {@code if (wantsStep()) safepoint();} at instruction boundaries only.
 */
public final class Collector {
    /** Allocation between two steps of a normal-policy cycle, in bytes. */
    public static final int STEP_BYTES = 1024;
    /** Heap size below which a normal-policy cycle never starts. */
    public static final int MIN_THRESHOLD = 16 * 1024;
    /** Work budget of one incremental-stress step. */
    public static final int INCREMENTAL_BUDGET = 256;
    public static final int SWEEP_COST = 16;
    private static final int ROOT_COST = 8;

    private final Heap heap;
    private final HeapMetas metas;
    private final RootSource roots;
    private final GcPolicy policy;
    private final Fault fault;
    private final int pause;
    private final int stepMul;
    private final ObjectScanner scanner;
    private final Sanitizer sanitizer;
    private Consumer<GcEvent> listener;
    private GcEventRing recentEvents;

    private GcPhase phase = GcPhase.PAUSE;
    private int cycle;
    private Colour currentWhite = Colour.WHITE0;
    private final LongStack gray;
    private final LongStack grayAgain;
    private long nextStepAt = MIN_THRESHOLD;
    private long lastBudget;
    /** Bytes the current (or last) cycle found live: bytes in use at ATOMIC minus those its sweep freed. */
    private long estimate;
    private long barriersFired, freed, bytesFreed, steps, totalWork;
    private final Marker marker;

    public Collector(Heap heap, HeapMetas metas, RootSource roots, RunOptions options) {
        this.heap = heap;
        this.metas = metas;
        this.roots = roots;
        this.policy = options.gc();
        this.fault = options.fault();
        this.pause = Math.max(100, options.gcPause());
        this.stepMul = Math.max(1, options.gcStepMul());
        this.scanner = new ObjectScanner(heap, metas);
        this.sanitizer = options.sanitize() ? new Sanitizer(heap, metas, roots, scanner) : null;
        this.gray = new LongStack();
        this.grayAgain = new LongStack();
        this.marker = new Marker(this, heap, metas, fault, scanner, sanitizer, gray);
        heap.setAllocColour(currentWhite);
    }

    private Collector(Collector o, Heap heap, RootSource roots) {
        this.heap = heap;
        this.metas = o.metas;
        this.roots = roots;
        this.policy = o.policy;
        this.fault = o.fault;
        this.pause = o.pause;
        this.stepMul = o.stepMul;
        this.scanner = new ObjectScanner(heap, metas);
        this.sanitizer = o.sanitizer == null ? null : o.sanitizer.copy(heap, roots, scanner);
        this.gray = o.gray.copy();
        this.grayAgain = o.grayAgain.copy();
        this.marker = o.marker.copyFor(this, heap, scanner, sanitizer, gray);
        this.phase = o.phase;
        this.cycle = o.cycle;
        this.currentWhite = o.currentWhite;
        this.nextStepAt = o.nextStepAt;
        this.lastBudget = o.lastBudget;
        this.estimate = o.estimate;
        this.barriersFired = o.barriersFired;
        this.freed = o.freed;
        this.bytesFreed = o.bytesFreed;
        this.steps = o.steps;
        this.totalWork = o.totalWork;
    }

    /**
     * A deep copy of the collector's state (and its sanitizer's) bound to {@code heap} (a copy of this
     * collector's heap, see {@link Heap#copy()}) and {@code roots}; for checkpoints. No listener.
     */
    public Collector copy(Heap heap, RootSource roots) {
        return new Collector(this, heap, roots);
    }

    // ---------------------------------------------------------------- interpreter-facing API

    /** True when the next safepoint would do collector work (cheap: call it at every boundary). */
    public boolean wantsStep() {
        switch (policy) {
            case OFF: return false;
            case NORMAL: return heap.totalAllocated() >= nextStepAt;
            default: return true;
        }
    }

    /** Runs the collector's work for this instruction boundary, as the policy says. */
    public void safepoint() {
        switch (policy) {
            case OFF -> { }
            case NORMAL -> {
                if (heap.totalAllocated() >= nextStepAt) stepNormal();
            }
            case STRESS -> fullCollect();
            case INCREMENTAL_STRESS -> step(INCREMENTAL_BUDGET);
        }
    }

    /**
     * Backward write barrier: call after storing reference {@code child} into the object containing
     * {@code parent} (header or interior address). During PROPAGATE a black parent of a white child
     * turns gray and goes on grayAgain. Under {@code --fault no-barrier} it does nothing but let the
     * sanitizer see the store (check 4).
     */
    public void writeBarrier(long parent, long child) {
        if (phase != GcPhase.PROPAGATE || child == 0) return;
        long p = heap.isObject(parent) ? parent : heap.objectStart(parent);
        if (p == 0 || heap.colourOrdinal(p) != Colour.BLACK.ordinal()) return;
        long c = heap.isObject(child) ? child : heap.objectStart(child);
        if (c == 0 || !marker.isWhite(c)) return;
        if (fault == Fault.NO_BARRIER) {
            if (sanitizer != null) sanitizer.tricolourStore(p, c);
            return;
        }
        heap.setColour(p, Colour.GRAY);
        grayAgain.push(p);
        barriersFired++;
        emit(GcEventKind.BARRIER_FIRED, p, c);
    }

    /** Runs the current cycle (if any) to its end, then one complete cycle. */
    public void fullCollect() {
        steps++;
        while (phase != GcPhase.PAUSE) singleStep(Long.MAX_VALUE);
        singleStep(Long.MAX_VALUE);
        while (phase != GcPhase.PAUSE) singleStep(Long.MAX_VALUE);
        setPause();
    }

    /** One budgeted step of at most {@code budget} work units (stops at the end of a cycle). */
    public void step(long budget) {
        steps++;
        lastBudget = budget;
        long done = 0;
        do {
            done += singleStep(budget - done);
        } while (done < budget && phase != GcPhase.PAUSE);
        if (phase == GcPhase.PAUSE) setPause();
    }

    private void stepNormal() {
        long budget = (long) STEP_BYTES * stepMul / 100;
        step(budget);
        if (phase != GcPhase.PAUSE) nextStepAt = heap.totalAllocated() + STEP_BYTES;
    }

    /**
     * Paces the next cycle: it starts when the heap has grown by {@code (pause - 100)}% of the bytes the
     * last cycle found live (in use at ATOMIC minus what its sweep freed). Measuring from the live bytes,
     * not from the bytes in use when the sweep ends (which include everything allocated during the
     * cycle, and grew with the heap), keeps the heap within a constant factor of the live data however
     * long the program runs, and leaves a pause of allocation between cycles.
     */
    private void setPause() {
        long threshold = Math.max(estimate * pause / 100, MIN_THRESHOLD);
        nextStepAt = heap.totalAllocated() + Math.max(STEP_BYTES, threshold - estimate);
    }

    /** The pending wild-reference or use-after-free trap found by the collector, or null. */
    public Trap trap() {
        return marker.trap;
    }

    /** Returns and clears the pending trap. */
    public Trap takeTrap() {
        Trap t = marker.trap;
        marker.trap = null;
        return t;
    }

    /** The sanitizer (null when {@code RunOptions.sanitize} is off). */
    public Sanitizer sanitizer() {
        return sanitizer;
    }

    /** Receives every collector event; null for none (no cost). */
    public void setListener(Consumer<GcEvent> listener) {
        this.listener = listener;
    }

    /** Keeps the most recent collector events in {@code ring} (without allocating per event); null for none. */
    public void setRecentEvents(GcEventRing ring) {
        this.recentEvents = ring;
    }

    // ---------------------------------------------------------------- the phases

    private long singleStep(long budget) {
        long w = phaseStep(budget);
        totalWork += w;
        return w;
    }

    private long phaseStep(long budget) {
        switch (phase) {
            case PAUSE:
                return startCycle();
            case PROPAGATE:
                if (gray.isEmpty()) return atomic();
                long w = 0;
                while (!gray.isEmpty() && w < budget) w += marker.blacken(gray.pop());
                return Math.max(w, 1);
            case SWEEP:
                return sweep(budget);
            default:
                return atomic();
        }
    }

    private long startCycle() {
        cycle++;
        currentWhite = currentWhite == Colour.WHITE0 ? Colour.WHITE1 : Colour.WHITE0;
        heap.setAllocColour(oldWhite());
        gray.clear();
        grayAgain.clear();
        emit(GcEventKind.CYCLE_STARTED, 0, 0);
        marker.work = 0;
        marker.markRoots();
        setPhase(GcPhase.PROPAGATE);
        return Math.max(1, marker.work);
    }

    private long atomic() {
        setPhase(GcPhase.ATOMIC);
        marker.work = 0;
        marker.markRoots();
        long w = marker.work + drainGray();
        while (!grayAgain.isEmpty()) {
            long a = grayAgain.pop();
            if (heap.colourOrdinal(a) == Colour.GRAY.ordinal()) w += marker.blacken(a);
            w += drainGray();
        }
        if (sanitizer != null) sanitizer.afterMark(cycle);
        heap.setAllocColour(currentWhite);
        estimate = heap.bytesInUse();
        heap.sweepBegin();
        setPhase(GcPhase.SWEEP);
        return Math.max(1, w);
    }

    private long drainGray() {
        long w = 0;
        while (!gray.isEmpty()) w += marker.blacken(gray.pop());
        return w;
    }

    private long sweep(long budget) {
        long objs = Math.max(1, budget / SWEEP_COST);
        int dead = oldWhite().ordinal();
        long step = roots.step();
        long cost = 0;
        for (long k = 0; k < objs; k++) {
            long a = heap.sweepNext();
            if (a == 0) {
                setPhase(GcPhase.PAUSE);
                return Math.max(1, cost);
            }
            int c = heap.colourOrdinal(a);
            if (c == dead) {
                heap.sweepDrop();
                long size = heap.sizeBytes(a);
                heap.free(a, cycle, step);
                estimate -= size;
                freed++;
                bytesFreed += size;
                emit(GcEventKind.FREED, a, 0);
            } else if (c != currentWhite.ordinal()) {
                heap.setColour(a, currentWhite);
            }
            cost += SWEEP_COST;
        }
        return cost;
    }

    // ---------------------------------------------------------------- events and state

    private void setPhase(GcPhase p) {
        phase = p;
        emit(GcEventKind.PHASE_CHANGED, 0, 0);
    }

    private Colour oldWhite() {
        return currentWhite == Colour.WHITE0 ? Colour.WHITE1 : Colour.WHITE0;
    }

    RootSource roots() {
        return roots;
    }

    void emit(GcEventKind kind, long addr, long other) {
        GcEventRing r = recentEvents;
        if (r != null) r.add(roots.step(), kind, addr, other, cycle, phase);
        Consumer<GcEvent> l = listener;
        if (l != null) l.accept(new GcEvent(roots.step(), kind, addr, other, cycle, phase));
    }

    public GcPhase phase() {
        return phase;
    }

    public int cycle() {
        return cycle;
    }

    /** 0 when WHITE0 is the current white, else 1. */
    public int currentWhite() {
        return currentWhite == Colour.WHITE0 ? 0 : 1;
    }

    /** True if the object at {@code addr} is unmarked in the current mark phase (for the sanitizer and views). */
    public boolean isUnmarked(long addr) {
        return marker.isWhite(addr);
    }

    public long[] grayList() {
        return gray.toArray();
    }

    public long[] grayAgainList() {
        return grayAgain.toArray();
    }

    /** Bytes allocated beyond the point where the collector wanted its next step (positive = in debt). */
    public long debt() {
        return policy == GcPolicy.OFF ? 0 : heap.totalAllocated() - nextStepAt;
    }

    /** Work budget of the next (normal) or last step. */
    public long budget() {
        return switch (policy) {
            case NORMAL -> (long) STEP_BYTES * stepMul / 100;
            case INCREMENTAL_STRESS -> INCREMENTAL_BUDGET;
            default -> lastBudget;
        };
    }

    /** Total work units done so far (bytes blackened, objects swept x SWEEP_COST, root words). */
    public long totalWork() {
        return totalWork;
    }

    public GcCounters counters() {
        return new GcCounters(cycle, marker.marked, marker.blackened, barriersFired, freed, bytesFreed, heap.totalAllocated(), heap.peakBytes(), steps);
    }

    public GcView view() {
        return new GcView(phase, cycle, currentWhite(), boxed(gray), boxed(grayAgain), debt(), budget(), counters());
    }

    private static List<Long> boxed(LongStack s) {
        List<Long> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) out.add(s.get(i));
        return out;
    }

    public Heap heap() {
        return heap;
    }

    public GcPolicy policy() {
        return policy;
    }

    public Fault fault() {
        return fault;
    }
}

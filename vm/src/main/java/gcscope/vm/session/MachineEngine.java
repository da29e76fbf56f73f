package gcscope.vm.session;

import gcscope.vm.check.Sanitizer;
import gcscope.vm.gc.GcEventRing;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.interp.Checkpoint;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.MachineView;
import gcscope.vm.interp.Outcome;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.SnapshotBuilder;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.List;

/** The interpreter's {@link Machine} behind the session's {@link Engine} interface. */
final class MachineEngine implements Engine {
    static final int MAX_RECENT_EVENTS = 512;

    private final Machine machine;
    private final SnapshotBuilder snapshots;
    private final GcEventRing recent = new GcEventRing(MAX_RECENT_EVENTS);
    private MachineView cachedView;
    private long cachedAt = -1;

    MachineEngine(Machine machine) {
        this.machine = machine;
        machine.useCompiledTier(); // runs and replays between stops go through compiled code where the options allow
        this.snapshots = new SnapshotBuilder(machine);
        attachListener();
    }

    private void attachListener() {
        machine.collector().setRecentEvents(recent);
    }

    private MachineView view() {
        if (cachedView == null || cachedAt != machine.steps()) {
            cachedView = machine.view();
            cachedAt = machine.steps();
        }
        return cachedView;
    }

    @Override
    public long steps() { return machine.steps(); }

    @Override
    public Outcome runFor(long max) {
        recent.clear();
        cachedView = null;
        return machine.runFor(max).outcome();
    }

    @Override
    public boolean ended() { return machine.outcome() != null; }

    @Override
    public Outcome outcome() { return machine.outcome() == null ? Outcome.SUSPENDED : machine.outcome(); }

    @Override
    public Object checkpoint() { return machine.checkpoint(); }

    @Override
    public Object checkpoint(Object base) { return machine.checkpoint((Checkpoint) base); }

    @Override
    public long checkpointBytes(Object checkpoint) { return ((Checkpoint) checkpoint).bytes(); }

    @Override
    public long retainedBytes(java.util.Collection<Object> checkpoints) {
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long b = 0;
        for (Object c : checkpoints) b += ((Checkpoint) c).uniqueBytes(seen);
        return b;
    }

    @Override
    public void restore(Object checkpoint) {
        machine.restore((Checkpoint) checkpoint);
        cachedView = null;
        recent.clear();
        attachListener(); // restoring replaces the collector
    }

    /** O(1): read from the machine's current fiber, no view is built (breakpoints check this per instruction). */
    @Override
    public Location location() {
        int fiber = machine.currentFiberId();
        if (ended() || fiber < 0) return Location.NONE;
        int depth = machine.currentDepth();
        if (depth == 0) return new Location(fiber, 0, -1, -1, 0);
        return new Location(fiber, depth, machine.currentFunction(), machine.currentPc(), Math.max(0, machine.currentLine()));
    }

    @Override
    public VmSnapshot snapshot(ExecStatus status, String stdout, String stderr) {
        return snapshots.build(status, recent.toList(), stdout, stderr);
    }

    @Override
    public GcPhase phase() { return machine.collector().phase(); }

    @Override
    public Colour colourAt(long address) {
        Heap h = machine.heap();
        return switch (h.refStatus(address)) {
            case Heap.REF_LIVE -> h.colour(h.objectStart(address));
            case Heap.REF_FREED -> Colour.FREED;
            default -> null;
        };
    }

    @Override
    public int violationCount() {
        Sanitizer s = machine.collector().sanitizer();
        return s == null ? 0 : s.violationCount();
    }

    @Override
    public Long slotWord(int fiber, int depth, int slot) {
        for (MachineView.FiberInfo f : view().fibers()) {
            if (f.id() != fiber) continue;
            if (depth < 1 || depth > f.frames().size()) return null;
            MachineView.FrameInfo fr = f.frames().get(depth - 1);
            if (slot < 0 || slot >= fr.size()) return null;
            return f.slot(depth - 1, slot);
        }
        return null;
    }

    @Override
    public Long heapWord(long address) {
        Heap h = machine.heap();
        return h.refStatus(address) == Heap.REF_LIVE ? h.wordAt(address) : null;
    }

    @Override
    public long freedStep(long address) {
        Heap h = machine.heap();
        if (h.refStatus(address) != Heap.REF_FREED) return -1;
        gcscope.vm.heap.Tombstone t = h.tombstone(address);
        return t == null ? -1 : t.step();
    }

    @Override
    public byte[] objectBytes(long address) {
        Heap h = machine.heap();
        if (h.refStatus(address) != Heap.REF_LIVE) return new byte[0];
        return h.bytes(h.objectStart(address));
    }

    /** The machine itself, for exporters that need more than the engine interface. */
    Machine machine() { return machine; }
}

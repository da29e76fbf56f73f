package gcscope.vm.session;

import gcscope.vm.interp.Outcome;

import java.util.Map;
import java.util.TreeMap;

/**
 * Record-and-replay time travel: checkpoints of the whole engine state every {@code spacing}
 * instructions, plus deterministic re-execution from the nearest one. When the checkpoints outgrow
 * the memory budget, every other one is dropped and the spacing doubles, so memory stays bounded
 * while any step stays reachable by replaying at most {@code spacing} instructions.
 */
final class Timeline {
    record Checkpoint(long step, Object state, int outLength, int errLength, long bytes) {
    }

    private final Engine engine;
    private final OutputLog output;
    private final long budgetBytes;
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private long spacing;
    private long totalBytes;
    /** The furthest step ever reached, and whether the program ended there. */
    private long horizon;
    private boolean endKnown;

    Timeline(Engine engine, OutputLog output, long initialSpacing, long budgetBytes) {
        this.engine = engine;
        this.output = output;
        this.spacing = initialSpacing;
        this.budgetBytes = budgetBytes;
        take();
    }

    long spacing() { return spacing; }

    long totalBytes() { return totalBytes; }

    int checkpointCount() { return checkpoints.size(); }

    /** The last step of the program, when execution has reached its end; else -1. */
    long endStep() { return endKnown ? horizon : -1; }

    /** Call after the engine executed instructions: records a checkpoint when on a boundary. */
    void afterExecution() {
        long s = engine.steps();
        if (s > horizon) horizon = s;
        if (engine.ended()) {
            endKnown = true;
            horizon = s;
        }
        if (s % spacing == 0 && !checkpoints.containsKey(s)) take();
    }

    /** Instructions left before the next checkpoint boundary (at least 1). */
    long untilBoundary() {
        return spacing - engine.steps() % spacing;
    }

    /**
     * Moves the engine to step {@code target} (or to the program's end if that comes first): back by
     * restoring the nearest checkpoint at or before it, then forward by re-execution. The last
     * instruction is always executed on its own, so the state (recent collector events included) is
     * exactly what single-stepping to {@code target} gives.
     */
    void seek(long target) {
        long now = engine.steps();
        if (target == now) return;
        long before = Math.max(0, target - 1);
        Map.Entry<Long, Checkpoint> floor = checkpoints.floorEntry(before);
        if (before < now || (floor != null && floor.getKey() > now)) restore(floor.getValue());
        while (engine.steps() < before && !engine.ended()) {
            long chunk = Math.min(before - engine.steps(), untilBoundary());
            Outcome o = engine.runFor(chunk);
            afterExecution();
            if (o != Outcome.SUSPENDED) break;
        }
        if (engine.steps() < target && !engine.ended()) {
            engine.runFor(1);
            afterExecution();
        }
    }

    private void restore(Checkpoint c) {
        engine.restore(c.state());
        output.truncate(c.outLength(), c.errLength());
    }

    private void take() {
        Object state = engine.checkpoint();
        long bytes = engine.checkpointBytes(state) + 64L;
        Checkpoint c = new Checkpoint(engine.steps(), state, output.outLength(), output.errLength(), bytes);
        checkpoints.put(c.step(), c);
        totalBytes += bytes;
        while (totalBytes > budgetBytes && checkpoints.size() > 2) thin();
    }

    /** Keeps step 0 and every checkpoint on the doubled spacing; drops the rest. */
    private void thin() {
        spacing *= 2;
        checkpoints.entrySet().removeIf(e -> {
            boolean drop = e.getKey() != 0 && e.getKey() % spacing != 0;
            if (drop) totalBytes -= e.getValue().bytes();
            return drop;
        });
    }
}

package gcscope.vm.session;

import gcscope.vm.interp.Outcome;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Record-and-replay time travel: checkpoints of the whole engine state every {@code spacing}
 * instructions, plus deterministic re-execution from the nearest one.
 * <ul>
 * <li>Checkpoints are taken against the previous one, so an engine that supports it shares what did
 * not change (the machine shares unchanged heap pages) and memory grows with what changed.</li>
 * <li>Cost-adaptive spacing: when taking a checkpoint costs more than {@code 1/COST_RATIO} of the
 * execution since the previous one, the spacing doubles, so recording stays cheap as the heap grows;
 * but never past {@link #MAX_REPLAY_NANOS} of replay per interval, so seeks stay fast.</li>
 * <li>Memory budget: when the checkpoints outgrow it, every other one is dropped and the spacing
 * doubles; any step stays reachable by replaying at most {@code spacing} instructions.</li>
 * <li>Denser checkpoints where the user is: a seek that replays further than {@link #fineSpacing()}
 * leaves a "nearby" checkpoint on the fine grid just before its target (a few are kept, the ones
 * nearest the latest target), so stepping back and forth around a place replays little.</li>
 * </ul>
 */
final class Timeline {
    record Checkpoint(long step, Object state, int outLength, int errLength, long bytes) {
    }

    /** Checkpoints may cost at most 1/COST_RATIO of the execution between them (CPU time). */
    static final long COST_RATIO = 10;
    /** Captures cheaper than this never widen the spacing (tiny engines, timer noise). */
    static final long MIN_COST_NANOS = 20_000;
    /** Nearby checkpoints kept, and the finest grid they use. */
    static final int NEARBY_MAX = 8;
    static final long MIN_FINE = 4_096;

    private final Engine engine;
    private final OutputLog output;
    private final long budgetBytes;
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final TreeMap<Long, Checkpoint> nearby = new TreeMap<>();
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final boolean cpuTimed = cpu.isCurrentThreadCpuTimeSupported();
    private long spacing;
    private long totalBytes;
    private long nearbyBytes;
    /**
     * Cost-adaptive spacing never widens so far that replaying one whole interval would take longer than
     * this (CPU time at the measured rate): captures that look dear on a loaded machine must not make
     * every seek slow.
     */
    static final long MAX_REPLAY_NANOS = 120_000_000L;
    /** Cost-adaptive spacing never goes past this on its own (the memory budget may widen it further). */
    static final long MAX_COST_SPACING = 1L << 20;
    /** CPU time and step when the last checkpoint was finished (to weigh a capture against the execution before it). */
    private long lastTakeEnd = -1;
    private long lastTakeStep;
    /** The last few capture costs (their minimum filters out a capture slowed by a JVM collection) and CPU per step. */
    private final long[] recentCosts = new long[3];
    private int costs;
    private double nanosPerStep;
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

    /** Memory held by all checkpoints (the recording's and the nearby ones). */
    long totalBytes() { return totalBytes + nearbyBytes; }

    int checkpointCount() { return checkpoints.size() + nearby.size(); }

    /** The last step of the program, when execution has reached its end; else -1. */
    long endStep() { return endKnown ? horizon : -1; }

    /** The grid of nearby checkpoints: a seek replays at most this far once one is there. */
    long fineSpacing() { return Math.max(MIN_FINE, spacing / 16); }

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
        Checkpoint floor = floor(before);
        Object restoredFrom = null;
        if (before < now || (floor != null && floor.step() > now)) {
            restore(floor);
            restoredFrom = floor.state();
        }
        long fine = fineSpacing();
        long mark = before / fine * fine; // where a nearby checkpoint helps the next seeks around target
        boolean leaveNearby = before - engine.steps() > fine && mark > engine.steps();
        while (engine.steps() < before && !engine.ended()) {
            long stop = leaveNearby && engine.steps() < mark ? mark : before;
            long chunk = Math.min(stop - engine.steps(), untilBoundary());
            Outcome o = engine.runFor(chunk);
            afterExecution();
            if (leaveNearby && engine.steps() == mark && !engine.ended()) takeNearby(mark, restoredFrom);
            if (o != Outcome.SUSPENDED) break;
        }
        if (engine.steps() < target && !engine.ended()) {
            engine.runFor(1);
            afterExecution();
        }
    }

    /** The latest checkpoint (recorded or nearby) at or before {@code step}. */
    private Checkpoint floor(long step) {
        Map.Entry<Long, Checkpoint> a = checkpoints.floorEntry(step);
        Map.Entry<Long, Checkpoint> b = nearby.floorEntry(step);
        if (b == null) return a == null ? null : a.getValue();
        if (a == null) return b.getValue();
        return b.getKey() > a.getKey() ? b.getValue() : a.getValue();
    }

    private void restore(Checkpoint c) {
        engine.restore(c.state());
        output.truncate(c.outLength(), c.errLength());
    }

    private void take() {
        long step = engine.steps();
        long t0 = cpuNanos();
        Map.Entry<Long, Checkpoint> prev = checkpoints.lowerEntry(step);
        Object state = engine.checkpoint(prev == null ? null : prev.getValue().state());
        long bytes = engine.checkpointBytes(state) + 64L;
        Checkpoint c = new Checkpoint(step, state, output.outLength(), output.errLength(), bytes);
        checkpoints.put(step, c);
        nearby.remove(step);
        totalBytes += bytes;
        while (totalBytes > budgetBytes && checkpoints.size() > 2) thin();
        long t1 = cpuNanos();
        if (t0 >= 0) adaptSpacing(step, t1 - t0, lastTakeEnd < 0 ? -1 : t0 - lastTakeEnd);
        lastTakeEnd = t1;
        lastTakeStep = step;
    }

    /**
     * Widens the spacing so that a capture costs at most 1/COST_RATIO of the execution between two
     * (capture cost: the least of the last three; execution: CPU per step measured over a whole interval).
     */
    private void adaptSpacing(long step, long cost, long executedNanos) {
        long executedSteps = step - lastTakeStep;
        if (executedNanos > 0 && executedSteps > 0 && executedSteps >= spacing / 2) nanosPerStep = executedNanos / (double) executedSteps;
        recentCosts[costs++ % recentCosts.length] = cost;
        if (costs < recentCosts.length || nanosPerStep <= 0) return;
        long least = Long.MAX_VALUE;
        for (long c : recentCosts) least = Math.min(least, c);
        if (least < MIN_COST_NANOS) return;
        double wanted = COST_RATIO * least / nanosPerStep;
        while (spacing < wanted && spacing < MAX_COST_SPACING && spacing * 2 * nanosPerStep <= MAX_REPLAY_NANOS) spacing *= 2;
    }

    /** A nearby checkpoint at {@code step}, sharing with the checkpoint the replay started from. */
    private void takeNearby(long step, Object base) {
        if (checkpoints.containsKey(step) || nearby.containsKey(step)) return;
        Object state = engine.checkpoint(base);
        long bytes = engine.checkpointBytes(state) + 64L;
        nearby.put(step, new Checkpoint(step, state, output.outLength(), output.errLength(), bytes));
        nearbyBytes += bytes;
        while (nearby.size() > NEARBY_MAX) {
            // keep the ones nearest the latest target
            long far = Math.abs(nearby.firstKey() - step) > Math.abs(nearby.lastKey() - step) ? nearby.firstKey() : nearby.lastKey();
            nearbyBytes -= nearby.remove(far).bytes();
        }
        lastTakeEnd = cpuNanos(); // a nearby capture is not recording cost
        lastTakeStep = step;
    }

    /** Keeps step 0 and every checkpoint on the doubled spacing; drops the rest. */
    private void thin() {
        spacing *= 2;
        checkpoints.entrySet().removeIf(e -> e.getKey() != 0 && e.getKey() % spacing != 0);
        List<Object> states = new ArrayList<>(checkpoints.size());
        for (Checkpoint c : checkpoints.values()) states.add(c.state());
        totalBytes = engine.retainedBytes(states) + 64L * states.size();
    }

    private long cpuNanos() {
        return cpuTimed ? cpu.getCurrentThreadCpuTime() : -1;
    }
}

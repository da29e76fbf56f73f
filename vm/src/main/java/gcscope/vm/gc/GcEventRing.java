package gcscope.vm.gc;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} collector events, kept in primitive arrays: recording an event allocates nothing
 * (a sweep emits one FREED event per object, so a run records millions). {@link #toList()} makes the
 * {@link GcEvent}s only when a snapshot asks for them.
 */
public final class GcEventRing {
    private static final GcEventKind[] KINDS = GcEventKind.values();
    private static final GcPhase[] PHASES = GcPhase.values();

    private final long[] steps;
    private final long[] addresses;
    private final long[] others;
    private final int[] cycles;
    private final byte[] kinds;
    private final byte[] phases;
    /** Slot of the oldest event kept. */
    private int first;
    private int size;

    public GcEventRing(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("capacity " + capacity);
        steps = new long[capacity];
        addresses = new long[capacity];
        others = new long[capacity];
        cycles = new int[capacity];
        kinds = new byte[capacity];
        phases = new byte[capacity];
    }

    /** Keeps an event, dropping the oldest when full. */
    void add(long step, GcEventKind kind, long address, long other, int cycle, GcPhase phase) {
        int n = steps.length;
        int slot;
        if (size < n) {
            slot = first + size < n ? first + size : first + size - n;
            size++;
        } else {
            slot = first;
            first = first + 1 == n ? 0 : first + 1;
        }
        steps[slot] = step;
        addresses[slot] = address;
        others[slot] = other;
        cycles[slot] = cycle;
        kinds[slot] = (byte) kind.ordinal();
        phases[slot] = (byte) phase.ordinal();
    }

    public void clear() {
        first = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return steps.length;
    }

    /** The kept events, oldest first. */
    public List<GcEvent> toList() {
        List<GcEvent> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = (first + k) % steps.length;
            out.add(new GcEvent(steps[i], KINDS[kinds[i]], addresses[i], others[i], cycles[i], PHASES[phases[i]]));
        }
        return List.copyOf(out);
    }
}

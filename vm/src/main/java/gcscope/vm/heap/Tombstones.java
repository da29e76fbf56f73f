package gcscope.vm.heap;

import java.util.Arrays;

/** Which cycle and step freed each freed chunk, keyed by chunk address, on primitive arrays. */
final class Tombstones {
    private AddressMap index = new AddressMap();
    private int[] cycles = new int[64];
    private long[] steps = new long[64];
    private int used;
    private int[] spare = new int[16];
    private int spareCount;

    Tombstones copy() {
        Tombstones t = new Tombstones();
        t.index = index.copy();
        t.cycles = cycles.clone();
        t.steps = steps.clone();
        t.used = used;
        t.spare = spare.clone();
        t.spareCount = spareCount;
        return t;
    }

    /** Estimated bytes held. */
    long bytes() {
        return index.bytes() + cycles.length * 12L + spare.length * 4L + 64;
    }

    void record(long addr, int cycle, long step) {
        int i;
        if (spareCount > 0) i = spare[--spareCount];
        else {
            i = used++;
            if (i >= cycles.length) {
                cycles = Arrays.copyOf(cycles, i * 2);
                steps = Arrays.copyOf(steps, i * 2);
            }
        }
        cycles[i] = cycle;
        steps[i] = step;
        index.put(addr, i);
    }

    void forget(long addr) {
        int i = index.get(addr, -1);
        if (i < 0) return;
        index.remove(addr);
        if (spareCount == spare.length) spare = Arrays.copyOf(spare, spareCount * 2);
        spare[spareCount++] = i;
    }

    /** The cycle that freed {@code addr}, or -1. */
    int cycle(long addr) {
        int i = index.get(addr, -1);
        return i < 0 ? -1 : cycles[i];
    }

    /** The step that freed {@code addr}, or -1. */
    long step(long addr) {
        int i = index.get(addr, -1);
        return i < 0 ? -1 : steps[i];
    }
}

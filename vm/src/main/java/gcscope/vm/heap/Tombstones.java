package gcscope.vm.heap;

import java.util.Arrays;

/**
 * Which cycle and step freed each freed chunk, with no per-chunk hash entry: a sweep step frees many
 * chunks at one cycle and step, so each distinct (cycle, step) is one <em>sweep record</em>, and a
 * freed chunk finds its record through an {@code int} stored at its header's word index in paged side
 * arrays ({@link #PAGE_WORDS} words a page, allocated when a chunk on that page is first freed).
 * Recording a free is two array stores; reusing a chunk costs nothing (an entry is only read while its
 * chunk's header says FREED). Copies share pages copy-on-write, so a checkpoint costs one array of page
 * references. Records no chunk refers to any more are dropped by {@link #compact} once they outnumber
 * the live ones, so the records stay proportional to the heap, not to the run's length.
 */
final class Tombstones {
    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_WORDS = 1 << PAGE_SHIFT;
    private static final int MIN_COMPACT = 1 << 16;

    /** Record index + 1 of the chunk whose header is at word w: {@code pages[w >>> 12][w & 4095]}, 0 none. */
    private int[][] pages = new int[16][];
    /** Which pages this instance may write (false: shared with a copy, clone before writing). */
    private boolean[] owned = new boolean[16];
    private int[] cycles = new int[64];
    private long[] steps = new long[64];
    private int records;
    private boolean recordsShared;
    private int compactAt = MIN_COMPACT;

    Tombstones copy() {
        Tombstones t = new Tombstones();
        t.pages = pages.clone();
        t.owned = new boolean[pages.length];
        Arrays.fill(this.owned, false); // the pages are shared now: both clone a page before writing it
        t.cycles = cycles;
        t.steps = steps;
        t.records = records;
        t.recordsShared = true;
        recordsShared = true;
        t.compactAt = compactAt;
        return t;
    }

    /** Estimated bytes held (pages shared with copies counted in each). */
    long bytes() {
        long b = pages.length * 9L + records * 12L + 64;
        for (int[] p : pages) if (p != null) b += PAGE_WORDS * 4L + 16;
        return b;
    }

    /** Records that chunk {@code addr} was freed by the sweep of {@code cycle} at {@code step}. */
    void record(long addr, int cycle, long step) {
        if (records == 0 || cycles[records - 1] != cycle || steps[records - 1] != step) addRecord(cycle, step);
        int w = (int) (addr >>> 3);
        writablePage(w >>> PAGE_SHIFT)[w & (PAGE_WORDS - 1)] = records;
    }

    private void addRecord(int cycle, long step) {
        if (recordsShared || records == cycles.length) {
            int cap = records == cycles.length ? records * 2 : cycles.length;
            cycles = Arrays.copyOf(cycles, cap);
            steps = Arrays.copyOf(steps, cap);
            recordsShared = false;
        }
        cycles[records] = cycle;
        steps[records] = step;
        records++;
    }

    private int[] writablePage(int p) {
        if (p >= pages.length) {
            int n = Math.max(p + 1, pages.length * 2);
            pages = Arrays.copyOf(pages, n);
            owned = Arrays.copyOf(owned, n);
        }
        int[] page = pages[p];
        if (page == null) {
            page = pages[p] = new int[PAGE_WORDS];
            owned[p] = true;
        } else if (!owned[p]) {
            page = pages[p] = page.clone();
            owned[p] = true;
        }
        return page;
    }

    private int entry(long addr) {
        int w = (int) (addr >>> 3);
        int p = w >>> PAGE_SHIFT;
        int[] page = p < pages.length ? pages[p] : null;
        return page == null ? 0 : page[w & (PAGE_WORDS - 1)];
    }

    /** The cycle that freed the freed chunk at {@code addr} (its header address), or -1. */
    int cycle(long addr) {
        int e = entry(addr);
        return e == 0 ? -1 : cycles[e - 1];
    }

    /** The step that freed the freed chunk at {@code addr} (its header address), or -1. */
    long step(long addr) {
        int e = entry(addr);
        return e == 0 ? -1 : steps[e - 1];
    }

    /** True when enough sweep records have piled up that {@link #compact} should run. */
    boolean wantsCompaction() {
        return records >= compactAt;
    }

    /**
     * Drops the entries of chunks that are live again and the records no freed chunk refers to, walking
     * the chunks of {@code heap} (O(chunks + records); runs after the records doubled, so amortised O(1)).
     */
    void compact(Heap heap) {
        int[] remap = new int[records + 1];
        int[] newCycles = new int[Math.max(64, records)];
        long[] newSteps = new long[newCycles.length];
        int kept = 0;
        for (long a = heap.base(), top = heap.top(); a < top; a = heap.nextChunk(a)) {
            int e = entry(a);
            if (e == 0) continue;
            int w = (int) (a >>> 3);
            int[] page = writablePage(w >>> PAGE_SHIFT);
            if (!heap.isFreed(a)) {
                page[w & (PAGE_WORDS - 1)] = 0;
                continue;
            }
            if (remap[e] == 0) {
                newCycles[kept] = cycles[e - 1];
                newSteps[kept] = steps[e - 1];
                remap[e] = ++kept;
            }
            page[w & (PAGE_WORDS - 1)] = remap[e];
        }
        cycles = newCycles;
        steps = newSteps;
        records = kept;
        recordsShared = false;
        compactAt = Math.max(MIN_COMPACT, kept * 2);
    }
}

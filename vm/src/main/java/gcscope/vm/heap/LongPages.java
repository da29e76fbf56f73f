package gcscope.vm.heap;

import java.util.Arrays;
import java.util.Set;

/**
 * An immutable copy of a {@code long[]} prefix in fixed-size pages, for checkpoints. A capture compares
 * each page with the same page of an earlier capture (a vectorised {@link Arrays#equals} range compare)
 * and shares the earlier page when nothing changed, so a series of captures of a slowly changing array
 * holds each distinct page once. Restoring is one bulk copy per page.
 */
public final class LongPages {
    static final int SHIFT = 12;
    static final int SIZE = 1 << SHIFT; // 4096 longs = 32 KiB
    /** The segment shift that makes one plain array a segmented one. */
    private static final int FLAT = 31;

    private final long[][] pages;
    private final int length;
    /** Bytes of the pages this capture allocated (not shared with its base). */
    private final long ownBytes;

    private LongPages(long[][] pages, int length, long ownBytes) {
        this.pages = pages;
        this.length = length;
        this.ownBytes = ownBytes;
    }

    /** Captures {@code src[0, length)}, sharing every page equal to the same page of {@code base} (may be null). */
    static LongPages capture(long[] src, int length, LongPages base) {
        return capture(new long[][]{src}, FLAT, length, base);
    }

    /**
     * Captures words [0, length) of a segmented array (word i is {@code segs[i >>> segShift][i & (2^segShift - 1)]};
     * segments hold a multiple of {@link #SIZE} words, so no page straddles two).
     */
    static LongPages capture(long[][] segs, int segShift, int length, LongPages base) {
        int mask = (int) ((1L << segShift) - 1);
        int n = (length + SIZE - 1) >>> SHIFT;
        long[][] pages = new long[n][];
        long own = 0;
        for (int i = 0; i < n; i++) {
            int from = i << SHIFT;
            int to = Math.min(length, from + SIZE);
            long[] src = segs[from >>> segShift];
            int at = from & mask;
            long[] old = base != null && i < base.pages.length ? base.pages[i] : null;
            if (old != null && old.length == to - from && Arrays.equals(src, at, at + to - from, old, 0, to - from)) {
                pages[i] = old;
            } else {
                pages[i] = Arrays.copyOfRange(src, at, at + to - from);
                own += (long) (to - from) * 8 + 16;
            }
        }
        return new LongPages(pages, length, own + 16L * n + 32);
    }

    /** Number of longs captured. */
    int length() {
        return length;
    }

    /** Copies the captured prefix into {@code dst[0, length)} ({@code dst} must be long enough). */
    void copyInto(long[] dst) {
        copyInto(new long[][]{dst}, FLAT);
    }

    /** Copies the captured prefix into words [0, length) of a segmented array (see {@link #capture(long[][], int, int, LongPages)}). */
    void copyInto(long[][] segs, int segShift) {
        int mask = (int) ((1L << segShift) - 1);
        for (int i = 0; i < pages.length; i++) {
            int from = i << SHIFT;
            System.arraycopy(pages[i], 0, segs[from >>> segShift], from & mask, pages[i].length);
        }
    }

    /** Bytes allocated by this capture alone. */
    long ownBytes() {
        return ownBytes;
    }

    /** Adds the bytes of the pages not yet in {@code seen} (identity set) and records them there. */
    long addUnique(Set<Object> seen) {
        long b = 16L * pages.length + 32;
        for (long[] p : pages) if (seen.add(p)) b += (long) p.length * 8 + 16;
        return b;
    }
}

package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;

import java.util.Arrays;

/**
 * The heap's words and chunk-start bits as the previous snapshot build read them, and which pages
 * ({@link Heap#PAGE_WORDS} words) read the same now. A page is the same when its start bits are equal
 * and so are its words, except for the colour bits of a chunk header that stays live or stays freed:
 * a collection recolours objects, and their views are recoloured instead of decoded again.
 *
 * <p>One comparison per page replaces one per object: after a jump in time the heap was restored from
 * a checkpoint and replayed, every page was written, and most of them hold what they held before. A
 * page the heap did not write since the previous build is the same without reading its words (its
 * start bits are still compared: a cheap check that does not rely on every start-bit change stamping a page). Objects
 * on a page that changed are compared one by one with the words the mirror still holds until
 * {@link #commit} takes the heap as the new image.
 */
final class PageMirror {
    private static final long FREED = Colour.FREED.ordinal();
    private static final int BITS_PER_PAGE = Heap.PAGE_WORDS / 64;

    /** Words by heap word index (address >>> 3), valid below {@link #topWord}. */
    private long[] words = new long[0];
    /** Start bits by heap word index >>> 6, as the heap keeps them. */
    private long[] starts = new long[0];
    /** The heap's top word index when the image was taken; 0 before the first image. */
    private int topWord;
    /** The heap epoch that ended when the image was taken ({@link Heap#beginEpoch()}). */
    private int epoch;
    /** Per page, from the last {@link #compare}: it reads the same as in the image. */
    private boolean[] same = new boolean[0];
    /** Per page, from the last {@link #compare}: the image's copy differs from the heap in some bit. */
    private boolean[] stale = new boolean[0];
    private int pages;
    private final long[] page = new long[Heap.PAGE_WORDS];
    private final long[] pageStarts = new long[BITS_PER_PAGE];

    /** Forgets the image: every page reads as changed at the next {@link #compare}. */
    void clear() {
        topWord = 0;
    }

    /** Compares the heap with the image page by page (the image stays as it was until {@link #commit}). */
    void compare(Heap heap) {
        int newTop = (int) (heap.top() >>> 3);
        pages = (newTop + Heap.PAGE_WORDS - 1) >>> Heap.PAGE_SHIFT;
        if (words.length < pages * Heap.PAGE_WORDS) {
            int n = Math.max(pages * Heap.PAGE_WORDS, (int) Math.min(Integer.MAX_VALUE - 8, words.length * 2L));
            n = (n + Heap.PAGE_WORDS - 1) & -Heap.PAGE_WORDS;
            words = Arrays.copyOf(words, n);
            starts = Arrays.copyOf(starts, n >>> 6);
            same = Arrays.copyOf(same, n >>> Heap.PAGE_SHIFT);
            stale = Arrays.copyOf(stale, n >>> Heap.PAGE_SHIFT);
        }
        Arrays.fill(same, false);
        Arrays.fill(stale, false);
        for (int p = (int) (Heap.BASE >>> 3) >>> Heap.PAGE_SHIFT; p < pages; p++) {
            int from = p << Heap.PAGE_SHIFT, to = Math.min(from + Heap.PAGE_WORDS, newTop), n = to - from;
            boolean valid = to <= topWord; // the image holds all of the page's current extent
            heap.readStartBits(from, pageStarts, 0, BITS_PER_PAGE);
            boolean startsSame = Arrays.equals(pageStarts, 0, BITS_PER_PAGE, starts, from >>> 6, (from >>> 6) + BITS_PER_PAGE);
            if (valid && !heap.changedSince(epoch, (long) from << 3, (long) to << 3)) {
                same[p] = startsSame;
                stale[p] = !startsSame;
                continue;
            }
            heap.readWords((long) from << 3, page, 0, n);
            if (valid && startsSame && Arrays.equals(page, 0, n, words, from, from + n)) {
                same[p] = true;
                continue;
            }
            stale[p] = true;
            same[p] = valid && startsSame && sameButColours(from, n);
        }
    }

    /** The page just read ({@link #page}, {@code n} words from word {@code from}) against the image, colours of headers aside. */
    private boolean sameButColours(int from, int n) {
        for (int k = 0; k < n; k++) {
            long now = page[k], then = words[from + k], d = now ^ then;
            if (d == 0) continue;
            int w = from + k;
            boolean header = (pageStarts[k >>> 6] & (1L << (w & 63))) != 0;
            if (!header || !sameButColour(now, then)) return false;
        }
        return true;
    }

    /** Two chunk headers that differ at most in their colour bits, both live or both freed. */
    private static boolean sameButColour(long now, long then) {
        return ((now ^ then) & ~Heap.COLOUR_BITS) == 0 && ((now & Heap.COLOUR_BITS) == FREED) == ((then & Heap.COLOUR_BITS) == FREED);
    }

    /** Takes the heap as the image (after {@link #compare}, the heap unchanged since); {@code epoch} is the heap epoch that ends now. */
    void commit(Heap heap, int epoch) {
        int newTop = (int) (heap.top() >>> 3);
        for (int p = (int) (Heap.BASE >>> 3) >>> Heap.PAGE_SHIFT; p < pages; p++) {
            if (!stale[p] && (p << Heap.PAGE_SHIFT) + Heap.PAGE_WORDS <= topWord) continue;
            int from = p << Heap.PAGE_SHIFT, n = Math.min(from + Heap.PAGE_WORDS, newTop) - from;
            heap.readWords((long) from << 3, words, from, n);
            heap.readStartBits(from, starts, from >>> 6, BITS_PER_PAGE);
        }
        topWord = newTop;
        this.epoch = epoch;
    }

    /** After a build that found nothing written since epoch {@code since}: the image also holds the heap of epoch {@code epoch}. */
    void unchangedUntil(int since, int epoch) {
        if (this.epoch == since) this.epoch = epoch;
    }

    /** True if every page holding a word of {@code [from, to)} (addresses, {@code to} exclusive) reads the same. */
    boolean same(long from, long to) {
        int last = (int) ((to - 1) >>> 3) >>> Heap.PAGE_SHIFT;
        if (last >= pages) return false;
        for (int p = (int) (from >>> 3) >>> Heap.PAGE_SHIFT; p <= last; p++) if (!same[p]) return false;
        return true;
    }

    /**
     * True if the {@code count} words from address {@code a} (a chunk header and payload) read as in the image: the
     * header but for its colour (live or freed both times), the payload exactly.
     */
    boolean chunkSame(Heap heap, long a, int count) {
        int w = (int) (a >>> 3);
        if (w + count > topWord || !startBit(w)) return false;
        if (!sameButColour(heap.headerWord(a), words[w])) return false;
        return count <= 1 || heap.wordsEqual(a + 8, words, w + 1, count - 1);
    }

    /**
     * True if a reference to {@code w} (aligned, inside the heap now) finds what it found in the image: the start of a
     * chunk both times, live both times or freed both times; false also for a reference inside a chunk.
     */
    boolean referentSame(Heap heap, long w) {
        int i = (int) (w >>> 3);
        if (i >= topWord || !startBit(i) || !heap.isChunkStart(w)) return false;
        return sameButColour(heap.headerWord(w), words[i]);
    }

    private boolean startBit(int wordIndex) {
        return (starts[wordIndex >>> 6] & (1L << (wordIndex & 63))) != 0;
    }

    /** The heap's top address when the image was taken (0 if there is none). */
    long top() {
        return (long) topWord << 3;
    }
}

package gcscope.vm.heap;

import java.util.Arrays;

/**
 * Exact-size free lists: one per small chunk size (reused oldest-freed first, so chunks freed together in one
 * sweep are handed out again together, in the order they were freed), one shared list for larger chunks.
 *
 * <p>A small list with room for a link (chunks of 2 to {@value #SMALL_CLASSES} - 1 words) is kept <em>in the
 * chunks</em>: the first payload word of each listed chunk holds a {@linkplain #link link} to the next one, and
 * only the first and last address of each list are kept here. Freeing a chunk then writes into memory the sweep
 * is writing anyway (its poison) and into the previous last chunk, freed just before, instead of growing a side
 * array that may hold millions of addresses; and a heap checkpoint copies two small arrays instead of every
 * listed address (the links are heap words, captured with them). A link is poison too: its high half is that
 * of {@link Heap#POISON}, so a read through a dangling pointer still finds poison ({@link Heap#isPoison}).
 * Header-only chunks and large ones are listed in arrays.
 */
final class FreeLists {
    private static final int SMALL_CLASSES = 64;
    /** The high half of a link word (the low half: the next chunk's word index, 0 at the end). */
    static final long LINK_TAG = Heap.POISON & 0xFFFF_FFFF_0000_0000L;

    /** The link word that points a listed chunk at the chunk {@code next} (0: the end of the list). */
    static long link(long next) {
        return LINK_TAG | (next >>> 3);
    }

    private static long next(long linkWord) {
        return (linkWord & 0xFFFF_FFFFL) << 3;
    }

    /** First and last chunk of each in-chunk list (0 = empty). */
    private long[] first = new long[SMALL_CLASSES];
    private long[] last = new long[SMALL_CLASSES];
    /** Header-only chunks, oldest first from {@code emptyHead}. */
    private long[] empty = new long[0];
    private int emptyHead, emptyCount;
    private long[] large = new long[16];
    private int[] largeWords = new int[16];
    private int largeCount;

    FreeLists copy() {
        FreeLists f = new FreeLists();
        f.first = first.clone();
        f.last = last.clone();
        f.empty = Arrays.copyOfRange(empty, emptyHead, emptyCount);
        f.emptyCount = emptyCount - emptyHead;
        f.large = large.clone();
        f.largeWords = largeWords.clone();
        f.largeCount = largeCount;
        return f;
    }

    /** Estimated bytes held. */
    long bytes() {
        return SMALL_CLASSES * 16L + empty.length * 8L + large.length * 12L + 64;
    }

    /** A free chunk of exactly {@code totalWords} words (header included) of {@code h}, or 0; a listed chunk's link word is left as it is. */
    long take(Heap h, int totalWords) {
        if (totalWords < SMALL_CLASSES) {
            if (totalWords == 1) {
                if (emptyHead == emptyCount) return 0;
                long a = empty[emptyHead++];
                if (emptyHead == emptyCount) emptyHead = emptyCount = 0;
                return a;
            }
            long a = first[totalWords];
            if (a == 0) return 0;
            long n = next(h.word((int) (a >>> 3) + 1));
            first[totalWords] = n;
            if (n == 0) last[totalWords] = 0;
            return a;
        }
        for (int i = largeCount - 1; i >= 0; i--) {
            if (largeWords[i] == totalWords) {
                long a = large[i];
                largeCount--;
                large[i] = large[largeCount];
                largeWords[i] = largeWords[largeCount];
                return a;
            }
        }
        return 0;
    }

    /** Lists the freed chunk at {@code addr} of {@code totalWords} words (its payload already poisoned). */
    void put(Heap h, long addr, int totalWords) {
        if (totalWords < SMALL_CLASSES) {
            if (totalWords == 1) {
                if (emptyCount == empty.length) {
                    if (emptyHead > 0) {
                        System.arraycopy(empty, emptyHead, empty, 0, emptyCount - emptyHead);
                        emptyCount -= emptyHead;
                        emptyHead = 0;
                    } else {
                        empty = Arrays.copyOf(empty, Math.max(16, emptyCount * 2));
                    }
                }
                empty[emptyCount++] = addr;
                return;
            }
            h.setWord((int) (addr >>> 3) + 1, link(0));
            long l = last[totalWords];
            if (l == 0) first[totalWords] = addr;
            else h.setWord((int) (l >>> 3) + 1, link(addr));
            last[totalWords] = addr;
            return;
        }
        if (largeCount == large.length) {
            large = Arrays.copyOf(large, largeCount * 2);
            largeWords = Arrays.copyOf(largeWords, largeCount * 2);
        }
        large[largeCount] = addr;
        largeWords[largeCount++] = totalWords;
    }
}

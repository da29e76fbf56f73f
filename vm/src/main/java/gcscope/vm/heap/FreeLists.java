package gcscope.vm.heap;

import java.util.Arrays;

/**
 * Exact-size free lists of chunk addresses: one per small chunk size (reused oldest-freed first, so chunks
 * freed together in one sweep are handed out again together, in the order they were freed), one shared
 * list for larger chunks.
 */
final class FreeLists {
    private static final int SMALL_CLASSES = 64;

    private long[][] small = new long[SMALL_CLASSES][];
    private int[] smallCount = new int[SMALL_CLASSES];
    /** First unused entry of each small list: chunks are reused oldest-freed first (FIFO). */
    private int[] smallHead = new int[SMALL_CLASSES];
    private long[] large = new long[16];
    private int[] largeWords = new int[16];
    private int largeCount;

    FreeLists copy() {
        FreeLists f = new FreeLists();
        for (int i = 0; i < SMALL_CLASSES; i++) f.small[i] = small[i] == null ? null : small[i].clone();
        f.smallCount = smallCount.clone();
        f.smallHead = smallHead.clone();
        f.large = large.clone();
        f.largeWords = largeWords.clone();
        f.largeCount = largeCount;
        return f;
    }

    /** Estimated bytes held. */
    long bytes() {
        long b = 64L * 16 + smallCount.length * 4L + large.length * 12L;
        for (long[] l : small) if (l != null) b += l.length * 8L + 16;
        return b;
    }

    /** A free chunk of exactly {@code totalWords} words (header included), or 0. */
    long take(int totalWords) {
        if (totalWords < SMALL_CLASSES) {
            int h = smallHead[totalWords];
            int n = smallCount[totalWords];
            if (h == n) return 0;
            long a = small[totalWords][h];
            if (h + 1 == n) smallHead[totalWords] = smallCount[totalWords] = 0;
            else smallHead[totalWords] = h + 1;
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

    void put(long addr, int totalWords) {
        if (totalWords < SMALL_CLASSES) {
            long[] list = small[totalWords];
            int n = smallCount[totalWords];
            if (list == null) list = small[totalWords] = new long[16];
            else if (n == list.length) {
                int h = smallHead[totalWords];
                if (h >= n / 2) {
                    System.arraycopy(list, h, list, 0, n - h);
                    n -= h;
                    smallHead[totalWords] = 0;
                } else {
                    list = small[totalWords] = Arrays.copyOf(list, n * 2);
                }
            }
            list[n] = addr;
            smallCount[totalWords] = n + 1;
        } else {
            if (largeCount == large.length) {
                large = Arrays.copyOf(large, largeCount * 2);
                largeWords = Arrays.copyOf(largeWords, largeCount * 2);
            }
            large[largeCount] = addr;
            largeWords[largeCount++] = totalWords;
        }
    }
}

package gcscope.vm.heap;

import java.util.Arrays;

/** Exact-size free lists of chunk addresses: one per small chunk size, one shared list for larger chunks. */
final class FreeLists {
    private static final int SMALL_CLASSES = 64;

    private long[][] small = new long[SMALL_CLASSES][];
    private int[] smallCount = new int[SMALL_CLASSES];
    private long[] large = new long[16];
    private int[] largeWords = new int[16];
    private int largeCount;

    FreeLists copy() {
        FreeLists f = new FreeLists();
        for (int i = 0; i < SMALL_CLASSES; i++) f.small[i] = small[i] == null ? null : small[i].clone();
        f.smallCount = smallCount.clone();
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
            int n = smallCount[totalWords];
            if (n == 0) return 0;
            smallCount[totalWords] = n - 1;
            return small[totalWords][n - 1];
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
            else if (n == list.length) list = small[totalWords] = Arrays.copyOf(list, n * 2);
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

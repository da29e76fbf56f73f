package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapImageTest {
    /** Everything observable about a heap, chunk by chunk (header words, payloads, tombstones, counters). */
    private static String dump(Heap h) {
        StringBuilder sb = new StringBuilder();
        sb.append(h.top()).append(' ').append(h.bytesInUse()).append(' ').append(h.totalAllocated()).append(' ').append(h.peakBytes())
                .append(' ').append(h.liveObjects()).append(' ').append(h.allocations()).append(' ').append(h.allocColour()).append('\n');
        for (long a = h.base(); a < h.top(); a = h.nextChunk(a)) {
            sb.append(a).append(':').append(Long.toHexString(h.headerWord(a)));
            if (h.isFreed(a)) sb.append(" freed ").append(h.tombstone(a));
            else for (int i = 0; i < h.payloadWords(a); i++) sb.append(' ').append(h.load(a, i));
            sb.append(" start=").append(h.chunkStart(a + 8 * h.payloadWords(a)) == a).append(" layout=").append(h.writtenLayout(a)).append('\n');
        }
        sb.append("listed");
        for (int i = 0; i < h.listedObjects(); i++) sb.append(' ').append(h.listedObject(i));
        return sb.toString();
    }

    /** Random allocations, stores, frees and colour changes. */
    private static void churn(Heap h, Random rnd, int ops, int cycle) {
        for (int i = 0; i < ops; i++) {
            int n = h.listedObjects();
            int what = rnd.nextInt(10);
            if (what < 4 || n == 0) {
                long a = h.alloc(ObjectKind.STRUCT, rnd.nextInt(100), rnd.nextInt(rnd.nextInt(10) == 0 ? 3000 : 8));
                if (a != 0 && rnd.nextInt(8) == 0) h.witnessLayout(a, rnd.nextInt(50) + 1);
            } else {
                long a = h.listedObject(rnd.nextInt(n));
                if (h.isFreed(a)) continue;
                int pw = h.payloadWords(a);
                if (what < 8 && pw > 0) h.store(a, rnd.nextInt(pw), rnd.nextLong());
                else if (what == 8) h.setColour(a, rnd.nextBoolean() ? Colour.BLACK : Colour.GRAY);
                else {
                    // free through a sweep pass, as the collector does
                    h.sweepBegin();
                    for (long b = h.sweepNext(); b != 0; b = h.sweepNext()) {
                        if (b == a) {
                            h.sweepDrop();
                            h.free(b, cycle, i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void restoringAnImageGivesBackExactlyTheHeapItWasTakenFrom() {
        for (boolean quarantine : new boolean[] {false, true}) {
            Random rnd = new Random(quarantine ? 1 : 2);
            Heap h = new Heap(0, quarantine);
            HeapImage base = null;
            String[] dumps = new String[6];
            HeapImage[] images = new HeapImage[6];
            for (int k = 0; k < 6; k++) {
                churn(h, rnd, 1500, k);
                images[k] = h.image(base);
                dumps[k] = dump(h);
                base = images[k];
            }
            // back and forth in any order, including to smaller and to larger heaps
            for (int k : new int[] {2, 5, 0, 4, 1, 1, 3, 5}) {
                h.restore(images[k]);
                assertEquals(dumps[k], dump(h), "image " + k + " quarantine " + quarantine);
            }
            // a restored heap goes on exactly like the original did
            h.restore(images[2]);
            Random again = new Random(99);
            churn(h, again, 2000, 9);
            String continued = dump(h);
            h.restore(images[2]);
            churn(h, new Random(99), 2000, 9);
            assertEquals(continued, dump(h));
        }
    }

    @Test
    void imagesShareThePagesThatDidNotChange() {
        Heap h = new Heap(0, true);
        for (int i = 0; i < 20_000; i++) h.alloc(ObjectKind.STRUCT, 1, 6); // ~1.1 MB
        HeapImage first = h.image(null);
        long a = h.listedObject(10);
        h.store(a, 0, 42); // one word in one page changes
        HeapImage second = h.image(first);
        assertTrue(first.ownBytes() > 1_000_000, "first image copies everything: " + first.ownBytes());
        assertTrue(second.ownBytes() < first.ownBytes() / 4, "second copies little: " + second.ownBytes());
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        long both = first.uniqueBytes(seen) + second.uniqueBytes(seen);
        assertTrue(both < first.ownBytes() + second.ownBytes() + 4096, "shared pages counted once: " + both);
        h.restore(first);
        assertEquals(0, h.load(a, 0));
        h.restore(second);
        assertEquals(42, h.load(a, 0));
    }

    @Test
    void pagesCaptureArbitraryLengthsExactly() {
        Random rnd = new Random(5);
        for (int len : new int[] {0, 1, LongPages.SIZE - 1, LongPages.SIZE, LongPages.SIZE + 1, 3 * LongPages.SIZE + 17}) {
            long[] src = rnd.longs(len).toArray();
            LongPages p = LongPages.capture(src, len, LongPages.capture(rnd.longs(len / 2).toArray(), len / 2, null));
            long[] dst = new long[len + 5];
            p.copyInto(dst);
            assertArrayEquals(src, java.util.Arrays.copyOf(dst, len));
            assertEquals(len, p.length());
        }
    }
}

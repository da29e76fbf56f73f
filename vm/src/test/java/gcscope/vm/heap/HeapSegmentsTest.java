package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heap's words live in segments of {@link Heap#SEG_WORDS}; objects, copies, fills, byte access and
 * checkpoints that straddle a segment boundary behave as on one flat array (checked against a model array).
 */
class HeapSegmentsTest {
    private static final int SEG = Heap.SEG_WORDS;

    /** A heap whose next object starts {@code before} words ahead of the first segment boundary. */
    private static Heap heapWithNextObjectAt(int before) {
        Heap h = new Heap(0, false);
        int firstWord = (int) (Heap.BASE >>> 3);
        int filler = SEG - before - firstWord - 1;
        long f = h.alloc(ObjectKind.ARRAY, 0, filler);
        assertEquals(SEG - before, (int) ((f >>> 3) + filler + 1));
        return h;
    }

    @Test
    void anObjectAcrossASegmentBoundaryHoldsEveryWord() {
        Heap h = heapWithNextObjectAt(3);
        long a = h.alloc(ObjectKind.ARRAY, 0, 10);
        assertEquals((long) (SEG - 3) << 3, a);
        for (int k = 0; k < 10; k++) assertEquals(0, h.load(a, k), "fresh words are zero");
        for (int k = 0; k < 10; k++) h.store(a, k, 1000 + k);
        for (int k = 0; k < 10; k++) assertEquals(1000 + k, h.load(a, k));
        assertEquals(ObjectKind.ARRAY, h.kind(a));
        assertEquals(10, h.payloadWords(a));
        assertEquals(a, h.chunkStart(a + 8 * 5));
        // payload word 1 is the last word of segment 0, word 2 the first of segment 1: an 8-byte value across them
        h.storeBits(a, 12, 8, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, h.loadBits(a, 12, 8));
        assertEquals(0x55667788L, h.load(a, 1) >>> 32);
        assertEquals(0x11223344L, h.load(a, 2) & 0xFFFF_FFFFL);
        byte[] bytes = h.bytes(a);
        assertEquals(88, bytes.length);
        assertEquals((byte) 0x88, bytes[8 + 12]);
        h.free(a, 1, 42);
        assertTrue(h.isFreed(a));
        assertEquals(FreeLists.link(0), h.load(a, 0), "the first word links the free list (to nothing yet)");
        for (int k = 1; k < 10; k++) assertEquals(Heap.POISON, h.load(a, k), "freed payload is poisoned across the boundary");
        for (int k = 0; k < 10; k++) assertTrue(Heap.isPoison(h.load(a, k)));
    }

    @Test
    void copiesAcrossSegmentsMatchAFlatArrayInBothDirections() {
        Heap h = heapWithNextObjectAt(40);
        int n = 100;
        long a = h.alloc(ObjectKind.ARRAY, 0, n);
        long[] model = new long[n];
        Random rnd = new Random(7);
        for (int k = 0; k < n; k++) h.store(a, k, model[k] = rnd.nextLong());
        int[][] moves = {{0, 50, 30}, {50, 0, 30}, {10, 20, 60}, {20, 10, 60}, {35, 45, 10}, {0, 1, 99}, {1, 0, 99}};
        for (int[] mv : moves) {
            h.copyWords(a, mv[0], a, mv[1], mv[2]);
            System.arraycopy(model, mv[0], model, mv[1], mv[2]);
            long[] got = new long[n];
            for (int k = 0; k < n; k++) got[k] = h.load(a, k);
            assertArrayEquals(model, got, "copy " + mv[0] + " -> " + mv[1] + " x" + mv[2]);
        }
    }

    @Test
    void bulkReadsAndComparesSpanSegments() {
        Heap h = heapWithNextObjectAt(2);
        long a = h.alloc(ObjectKind.ARRAY, 0, 6);
        for (int k = 0; k < 6; k++) h.store(a, k, 100 + k);
        long[] got = new long[9];
        h.readWords(a, got, 2, 7);
        assertEquals(h.headerWord(a), got[2]);
        for (int k = 0; k < 6; k++) assertEquals(100 + k, got[3 + k]);
        assertTrue(h.wordsEqual(a + 8, got, 3, 6));
        got[8] = -1; // the last payload word, in the second segment
        assertFalse(h.wordsEqual(a + 8, got, 3, 6));
        got[8] = 105;
        got[3] = -1; // the first, in the first segment
        assertFalse(h.wordsEqual(a + 8, got, 3, 6));
    }

    @Test
    void anObjectLargerThanASegmentIsZeroedAndAddressable() {
        Heap h = new Heap(0, false);
        h.alloc(ObjectKind.ARRAY, 0, 5);
        int n = SEG * 2 + SEG / 2;
        long big = h.alloc(ObjectKind.ARRAY, 0, n);
        long after = h.alloc(ObjectKind.STRUCT, 3, 2);
        assertEquals(big + 8L * (n + 1), after);
        for (int k = 0; k < n; k += 4099) assertEquals(0, h.load(big, k));
        for (int k = 0; k < n; k += 4099) h.store(big, k, k);
        h.store(after, 1, -1);
        for (int k = 0; k < n; k += 4099) assertEquals(k, h.load(big, k));
        assertEquals(-1, h.load(after, 1));
        assertEquals(3, h.meta(after));
        h.free(big, 1, 1);
        assertEquals(Heap.POISON, h.load(big, n - 1));
        assertEquals(-1, h.load(after, 1), "poisoning stops at the end of the freed object");
    }

    @Test
    void checkpointsOfAMultiSegmentHeapRestoreExactly() {
        Heap h = new Heap(0, false);
        long small = h.alloc(ObjectKind.STRUCT, 1, 3);
        h.store(small, 0, 11);
        HeapImage early = h.image(null);
        long big = h.alloc(ObjectKind.ARRAY, 0, SEG + 1000);
        for (int k = 0; k < SEG + 1000; k += 997) h.store(big, k, 3L * k + 1);
        HeapImage late = h.image(early);
        Heap copy = h.copy();

        h.restore(early); // shrinks: the words past the early top read as zero again
        assertEquals(11, h.load(small, 0));
        long again = h.alloc(ObjectKind.ARRAY, 0, SEG + 1000);
        assertEquals(big, again);
        for (int k = 0; k < SEG + 1000; k += 997) assertEquals(0, h.load(again, k), "a restored heap hands out zeroed words");

        Heap fresh = new Heap(0, false);
        fresh.restore(late); // grows into new segments
        for (Heap x : new Heap[]{fresh, copy}) {
            assertEquals(11, x.load(small, 0));
            for (int k = 0; k < SEG + 1000; k += 997) assertEquals(3L * k + 1, x.load(big, k));
            assertEquals(h.top(), x.top());
        }
    }
}

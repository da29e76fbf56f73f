package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segments made ahead of a heap's growth: ready ones are handed out once each, zeroed, and growth never waits for them. */
class SegmentReserveTest {
    private static final int WORDS = 1 << 10;

    private static void awaitReady(SegmentReserve r, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (r.readyCount() < n) {
            assertTrue(System.nanoTime() < deadline, "the helper made " + r.readyCount() + " of " + n + " segments in 10 s");
            Thread.sleep(1);
        }
    }

    @Test
    void aTopUpMakesSegmentsThatAreHandedOutOnceEachAndZeroed() throws InterruptedException {
        SegmentReserve r = new SegmentReserve(WORDS);
        r.topUp(3);
        awaitReady(r, 3);
        Map<long[], Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < 5; i++) { // 3 ready, then 2 made on the spot
            long[] s = r.take(1)[0];
            assertEquals(WORDS, s.length);
            for (long w : s) assertEquals(0L, w);
            assertTrue(seen.put(s, true) == null, "segment " + i + " was handed out before");
            s[0] = 42; // the heap writes it: no later take may return it
        }
        assertNotSame(r.take(1)[0], r.take(1)[0]);
    }

    @Test
    void aBurstGetsTheReadySegmentsAndTheRestMadeOnTwoThreads() throws InterruptedException {
        SegmentReserve r = new SegmentReserve(WORDS);
        r.topUp(2);
        awaitReady(r, 2);
        Thread.sleep(20);
        long[][] burst = r.take(7); // 2 ready, 5 missing: 2 made by a helper, 3 here
        assertEquals(7, burst.length);
        Map<long[], Boolean> seen = new IdentityHashMap<>();
        for (long[] s : burst) {
            assertEquals(WORDS, s.length);
            for (long w : s) assertEquals(0L, w);
            assertTrue(seen.put(s, true) == null, "a segment was handed out twice");
        }
        assertEquals(0, r.readyCount());
        assertEquals(1, r.take(1).length, "one missing segment is made here");
        assertEquals(0, r.take(0).length);
    }

    @Test
    void theReserveIsCappedAndTopUpsAskForNoMoreThanMissing() throws InterruptedException {
        SegmentReserve r = new SegmentReserve(WORDS);
        r.topUp(1000);
        awaitReady(r, SegmentReserve.MAX_SEGMENTS);
        Thread.sleep(50);
        assertEquals(SegmentReserve.MAX_SEGMENTS, r.readyCount(), "no more than the cap is kept");
        r.take(1);
        r.topUp(2); // 7 ready, 2 asked for: nothing to make
        Thread.sleep(50);
        assertEquals(SegmentReserve.MAX_SEGMENTS - 1, r.readyCount());
        r.topUp(0);
        assertEquals(SegmentReserve.MAX_SEGMENTS - 1, r.readyCount());
    }

    @Test
    void aHeapGrowingThroughManySegmentsKeepsItsWordsAndGetsZeroedMemory() {
        Heap h = new Heap(0, false);
        int objWords = Heap.SEG_WORDS / 3;
        long[] addrs = new long[12]; // about four segments' worth, taken from the reserve as it fills
        for (int i = 0; i < addrs.length; i++) {
            long a = addrs[i] = h.alloc(ObjectKind.ARRAY, 0, objWords);
            for (int k = 0; k < objWords; k += 997) assertEquals(0L, h.load(a, k), "object " + i + " word " + k);
            h.store(a, 0, 1000 + i);
            h.store(a, objWords - 1, 2000 + i);
        }
        for (int i = 0; i < addrs.length; i++) {
            assertEquals(1000 + i, h.load(addrs[i], 0));
            assertEquals(2000 + i, h.load(addrs[i], objWords - 1));
        }
    }
}

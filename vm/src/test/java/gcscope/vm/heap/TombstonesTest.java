package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tombstones kept as per-sweep records found from the chunk: exact after reuse, compaction and checkpoints. */
class TombstonesTest {
    @Test
    void aReusedChunkFreedAgainReportsItsLatestSweep() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 3, 2);
        h.alloc(ObjectKind.STRUCT, 3, 2);
        h.free(a, 1, 100);
        assertEquals("object 0x%x (STRUCT) freed at step 100 by sweep of cycle 1".formatted(a), h.tombstone(a + 8).describe());
        assertEquals(a, h.alloc(ObjectKind.STRUCT, 4, 2), "exact-size free list reuses the chunk");
        assertNull(h.tombstone(a), "a live chunk has no tombstone");
        h.free(a, 2, 250);
        Tombstone t = h.tombstone(a);
        assertEquals(2, t.cycle());
        assertEquals(250, t.step());
        assertEquals(4, t.meta());
    }

    @Test
    void chunksFreedByOneSweepStepShareTheirCycleAndStepAndLaterStepsDiffer() {
        Heap h = new Heap(0, true);
        List<Long> objs = new ArrayList<>();
        for (int i = 0; i < 10; i++) objs.add(h.alloc(ObjectKind.BOX, 0, 1 + i % 3));
        for (int i = 0; i < 10; i++) h.free(objs.get(i), 1 + i / 5, 1000 + (i / 3) * 7);
        for (int i = 0; i < 10; i++) {
            Tombstone t = h.tombstone(objs.get(i));
            assertEquals(1 + i / 5, t.cycle(), "cycle of " + i);
            assertEquals(1000 + (i / 3) * 7, t.step(), "step of " + i);
        }
    }

    @Test
    void compactionAfterManySweepsKeepsEveryFreedChunksRecord() {
        Heap h = new Heap(0, false);
        long keep = h.alloc(ObjectKind.STRUCT, 0, 5); // freed early, never reused (no other 6-word chunk)
        h.free(keep, 1, 7);
        long last = 0;
        // 200,000 sweeps, each freeing one chunk that the next allocation reuses: far past the compaction threshold
        for (int i = 0; i < 200_000; i++) {
            long a = h.alloc(ObjectKind.STRUCT, 0, 2);
            h.free(a, 2 + i / 1000, 10 + i);
            last = a;
        }
        assertEquals(7, h.tombstone(keep).step());
        assertEquals(1, h.tombstone(keep).cycle());
        assertEquals(10 + 199_999, h.tombstone(last).step());
        assertEquals(2 + 199, h.tombstone(last).cycle());
    }

    @Test
    void checkpointsCaptureAndRestoreTombstonesAndCopiesAreIndependent() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 0, 2);
        long b = h.alloc(ObjectKind.STRUCT, 0, 3);
        h.free(a, 1, 11);
        HeapImage img = h.image(null);
        Heap copy = h.copy();
        assertEquals(a, h.alloc(ObjectKind.STRUCT, 0, 2));
        h.free(a, 2, 22);
        h.free(b, 2, 22);
        assertEquals(22, h.tombstone(a).step());
        assertEquals(11, copy.tombstone(a).step(), "the copy keeps its own tombstones");
        assertNull(copy.tombstone(b));
        h.restore(img);
        assertEquals(11, h.tombstone(a).step());
        assertEquals(1, h.tombstone(a).cycle());
        assertNull(h.tombstone(b), "b was live at the checkpoint");
        h.free(b, 3, 33);
        h.restore(img);
        assertNull(h.tombstone(b), "an image restores the same state any number of times");
    }
}

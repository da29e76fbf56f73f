package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapChangeTrackingTest {
    @Test
    void nothingWrittenSinceAnEpochMeansUnchanged() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 0, 4);
        int e = h.beginEpoch();
        assertFalse(h.changedSince(e));
        h.load(a, 1);
        h.colour(a);
        assertFalse(h.changedSince(e), "reads are not changes");
    }

    @Test
    void everyKindOfWriteIsSeenOnlyOnItsPages() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 0, 2);
        long far = 0;
        for (int i = 0; i < 3 * Heap.PAGE_WORDS / 3; i++) far = h.alloc(ObjectKind.STRUCT, 0, 2);
        long farEnd = h.nextChunk(far);
        long aEnd = h.nextChunk(a);
        int[] writes = {0, 1, 2, 3, 4, 5};
        for (int w : writes) {
            int e = h.beginEpoch();
            switch (w) {
                case 0 -> h.store(far, 1, 7);
                case 1 -> h.storeBits(far, 3, 2, 0xffff);
                case 2 -> h.setColour(far, Colour.BLACK);
                case 3 -> h.copyWords(a, 0, far, 0, 2);
                case 4 -> h.witnessLayout(far, 3);
                default -> h.free(far, 1, 9);
            }
            assertTrue(h.changedSince(e), "write kind " + w);
            assertTrue(h.changedSince(e, far, farEnd), "write kind " + w + " on its object's page");
            assertFalse(h.changedSince(e, a, aEnd), "write kind " + w + " leaves a page far away unchanged");
        }
    }

    @Test
    void allocationAndRestoreAreChanges() {
        Heap h = new Heap(0, true);
        h.alloc(ObjectKind.STRUCT, 0, 2);
        HeapImage img = h.image(null);
        int e = h.beginEpoch();
        long b = h.alloc(ObjectKind.STRUCT, 0, 2);
        assertTrue(h.changedSince(e, b, h.nextChunk(b)));
        e = h.beginEpoch();
        h.restore(img);
        assertTrue(h.changedSince(e, Heap.BASE, h.top()));
    }

    @Test
    void readersKeepTheirOwnEpochs() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 0, 2);
        int first = h.beginEpoch();
        h.store(a, 0, 1);
        int second = h.beginEpoch(); // another reader looks now
        assertTrue(h.changedSince(first), "the first reader still sees the write");
        assertFalse(h.changedSince(second));
    }
}

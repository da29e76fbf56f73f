package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Exact-size free lists hand chunks out again oldest-freed first, and only chunks of the exact size. Small
 * chunks are linked through their first payload word (poison-tagged), so the lists live in the heap's words:
 * a copy or an image of the heap carries them.
 */
class FreeListsTest {
    /** A heap with {@code n} chunks of {@code payload} words allocated, returned in allocation order. */
    private static long[] allocate(Heap h, int n, int payload) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = h.alloc(ObjectKind.STRUCT, 0, payload);
        return a;
    }

    @Test
    void smallChunksAreReusedInTheOrderTheyWereFreed() {
        for (int payload : new int[] {0, 2, 62}) { // header-only (listed in an array), linked, the largest linked
            Heap h = new Heap(0, false);
            long[] a = allocate(h, 300, payload);
            int[] order = new int[300];
            for (int i = 0; i < 300; i++) order[i] = (i * 7) % 300; // freed in a scattered order
            for (int i = 0; i < 100; i++) h.free(a[order[i]], 1, i);
            for (int i = 0; i < 40; i++) assertEquals(a[order[i]], h.alloc(ObjectKind.STRUCT, 0, payload), payload + " take " + i);
            for (int i = 100; i < 300; i++) h.free(a[order[i]], 1, i); // appended behind what is still listed
            for (int i = 40; i < 300; i++) {
                long got = h.alloc(ObjectKind.STRUCT, 0, payload);
                assertEquals(a[order[i]], got, payload + " take " + i);
                for (int k = 0; k < payload; k++) assertEquals(0, h.load(got, k), "a reused chunk is zeroed, link included");
            }
            long top = h.top();
            assertTrue(h.alloc(ObjectKind.STRUCT, 0, payload) >= top, "the lists are empty: the next chunk is fresh");
        }
    }

    @Test
    void onlyAChunkOfTheExactSizeIsReused() {
        Heap h = new Heap(0, false);
        long small = h.alloc(ObjectKind.STRUCT, 0, 3);
        long big = h.alloc(ObjectKind.ARRAY, 0, 100);
        h.free(small, 1, 1);
        h.free(big, 1, 1);
        long top = h.top();
        assertTrue(h.alloc(ObjectKind.STRUCT, 0, 2) >= top);
        assertTrue(h.alloc(ObjectKind.ARRAY, 0, 99) >= top);
        assertEquals(big, h.alloc(ObjectKind.ARRAY, 0, 100));
        assertEquals(small, h.alloc(ObjectKind.STRUCT, 0, 3));
    }

    @Test
    void listedChunksAreLinkedThroughPoisonTaggedWords() {
        Heap h = new Heap(0, false);
        long[] a = allocate(h, 3, 4);
        h.free(a[0], 1, 1);
        assertEquals(FreeLists.link(0), h.load(a[0], 0), "the last listed chunk links to nothing");
        h.free(a[2], 1, 2);
        h.free(a[1], 1, 3);
        assertEquals(FreeLists.link(a[2]), h.load(a[0], 0));
        assertEquals(FreeLists.link(a[1]), h.load(a[2], 0));
        assertEquals(FreeLists.link(0), h.load(a[1], 0));
        for (long c : a) {
            for (int k = 0; k < 4; k++) assertTrue(Heap.isPoison(h.load(c, k)), "freed word " + k + " reads as poison");
            for (int k = 1; k < 4; k++) assertEquals(Heap.POISON, h.load(c, k));
            assertEquals(Heap.REF_WILD, h.refStatus(h.load(c, 0)), "a link is never a valid address");
        }
        assertFalse(Heap.isPoison(a[0]));
        assertFalse(Heap.isPoison(0));
        assertFalse(Heap.isPoison(-1));
    }

    @Test
    void copiesAndImagesCarryTheListsIndependently() {
        Heap h = new Heap(0, false);
        long[] a = allocate(h, 4, 2);
        for (long c : a) h.free(c, 1, 1);
        Heap copy = h.copy();
        HeapImage img = h.image(null);
        assertEquals(a[0], h.alloc(ObjectKind.STRUCT, 0, 2));
        assertEquals(a[1], h.alloc(ObjectKind.STRUCT, 0, 2));
        assertEquals(a[0], copy.alloc(ObjectKind.STRUCT, 0, 2), "the copy still lists every chunk");
        h.restore(img);
        for (long c : a) assertEquals(c, h.alloc(ObjectKind.STRUCT, 0, 2), "the restored heap lists them again, in order");
        for (int i = 1; i < 4; i++) assertEquals(a[i], copy.alloc(ObjectKind.STRUCT, 0, 2));
    }
}

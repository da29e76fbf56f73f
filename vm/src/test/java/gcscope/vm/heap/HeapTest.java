package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeapTest {
    @Test
    void allocationsAreAlignedAboveTheBaseAndZeroed() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 7, 3);
        long b = h.alloc(ObjectKind.ARRAY, 2, 0);
        assertEquals(4096, a);
        assertEquals(a + 32, b);
        assertEquals(ObjectKind.STRUCT, h.kind(a));
        assertEquals(7, h.meta(a));
        assertEquals(3, h.payloadWords(a));
        assertEquals(0, h.load(a, 2));
        assertEquals(Colour.WHITE0, h.colour(a));
        assertEquals(40, h.bytesInUse());
    }

    @Test
    void storeAndLoadRoundTripWordsAndBytes() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.ENUM, 1, 4);
        h.store(a, 1, -5);
        assertEquals(-5, h.load(a, 1));
        h.storeBits(a, 0, 1, 0x1FF);
        h.storeBits(a, 2, 2, 0xBEEF);
        h.storeBits(a, 4, 4, 0xCAFEBABEL);
        assertEquals(0xFF, h.loadBits(a, 0, 1));
        assertEquals(0xBEEF, h.loadBits(a, 2, 2));
        assertEquals(0xCAFEBABEL, h.loadBits(a, 4, 4));
        assertEquals(0xCAFEBABEBEEF00FFL, h.load(a, 0));
        h.storeBits(a, 12, 8, 0x1122334455667788L); // spans words 1 and 2
        assertEquals(0x1122334455667788L, h.loadBits(a, 12, 8));
        assertEquals(0x55667788L, h.load(a, 1) >>> 32);
    }

    @Test
    void interiorPointersMapToTheirObjectStart() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.STRUCT, 0, 100);
        long b = h.alloc(ObjectKind.BOX, 0, 1);
        assertEquals(a, h.objectStart(a + 8 * 70));
        assertEquals(a, h.objectStart(a + 8 * 100));
        assertEquals(b, h.objectStart(b + 8));
        assertEquals(0, h.objectStart(b + 16), "one past the last object is no object");
        assertEquals(0, h.objectStart(8));
        assertTrue(h.isObject(b));
        assertFalse(h.isObject(b + 8));
    }

    @Test
    void freedObjectsArePoisonedAndLeaveATombstone() {
        Heap h = new Heap(0, true);
        long a = h.alloc(ObjectKind.STRING, 0, 2);
        h.free(a, 3, 1234);
        assertFalse(h.isObject(a));
        assertEquals(0, h.objectStart(a + 8));
        assertEquals(Heap.POISON, h.load(a, 0));
        Tombstone t = h.tombstone(a + 8);
        assertNotNull(t);
        assertEquals(a, t.address());
        assertEquals(3, t.cycle());
        assertEquals(1234, t.step());
        assertEquals(ObjectKind.STRING, t.kind());
        assertTrue(t.describe().contains("freed at step 1234 by sweep of cycle 3"));
        assertEquals(0, h.bytesInUse());
    }

    @Test
    void quarantineNeverReusesButFreeListsDo() {
        Heap q = new Heap(0, true);
        long a = q.alloc(ObjectKind.BOX, 0, 2);
        q.free(a, 1, 1);
        assertNotEquals(a, q.alloc(ObjectKind.BOX, 0, 2));
        Heap r = new Heap(0, false);
        long b = r.alloc(ObjectKind.BOX, 0, 2);
        r.free(b, 1, 1);
        long c = r.alloc(ObjectKind.BOX, 0, 2);
        assertEquals(b, c);
        assertNull(r.tombstone(c), "a reused address is a live object again");
        assertEquals(0, r.load(c, 1), "reused memory is zeroed, not poisoned");
    }

    @Test
    void allocationFailsAsAValuePastTheLimit() {
        Heap h = new Heap(64, false);
        assertNotEquals(0, h.alloc(ObjectKind.ARRAY, 0, 5));
        assertEquals(0, h.alloc(ObjectKind.ARRAY, 0, 5));
        Heap unlimited = new Heap(0, false);
        assertEquals(0, unlimited.alloc(ObjectKind.ARRAY, 0, Integer.MAX_VALUE), "past the simulated heap's hard limit");
    }

    @Test
    void growsPastItsInitialCapacity() {
        Heap h = new Heap(0, false);
        long last = 0;
        for (int i = 0; i < 5000; i++) last = h.alloc(ObjectKind.ARRAY, 0, 9);
        h.store(last, 8, 42);
        assertEquals(42, h.load(last, 8));
        assertEquals(last, h.objectStart(last + 40));
        assertEquals(5000, h.liveObjects());
    }

    @Test
    void refStatusClassifiesNilWildFreedAndLive() {
        Heap h = new Heap(0, true);
        long a = h.alloc(ObjectKind.BOX, 0, 2);
        long b = h.alloc(ObjectKind.BOX, 0, 2);
        h.free(b, 1, 1);
        assertEquals(Heap.REF_NIL, h.refStatus(0));
        assertEquals(Heap.REF_WILD, h.refStatus(2));
        assertEquals(Heap.REF_WILD, h.refStatus(a + 3));
        assertEquals(Heap.REF_WILD, h.refStatus(h.top()));
        assertEquals(Heap.REF_LIVE, h.refStatus(a + 16));
        assertEquals(Heap.REF_FREED, h.refStatus(b + 8));
        assertEquals(Heap.REF_WILD, h.refStatus(Heap.POISON));
    }

    @Test
    void copyIsIndependent() {
        Heap h = new Heap(0, false);
        long a = h.alloc(ObjectKind.BOX, 0, 1);
        Heap c = h.copy();
        h.store(a, 0, 9);
        assertEquals(0, c.load(a, 0));
    }

    @Test
    void addressMapSurvivesRemovalAndGrowth() {
        AddressMap m = new AddressMap();
        for (long k = 1; k <= 1000; k++) m.put(k * 8, (int) k);
        for (long k = 1; k <= 1000; k += 2) m.remove(k * 8);
        assertEquals(500, m.size());
        assertEquals(-1, m.get(8, -1));
        assertEquals(2, m.get(16, -1));
        m.put(8, 77);
        assertEquals(77, m.get(8, -1));
    }
}

package gcscope.vm.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LayoutStoreTest {
    private final LayoutStore store = new LayoutStore();

    private Layout.Tuple tuple(int id) {
        return (Layout.Tuple) store.get(id);
    }

    @Test
    void mixedSortsFieldsByAlignmentDescending() {
        // Mixed(a bool, b int64, c int16) -> b@0, c@8, a@10, size 16
        int id = store.putTuple(LayoutStore.BOOL, LayoutStore.INT64, LayoutStore.INT16);
        Layout.Tuple t = tuple(id);
        assertEquals(10, t.offset(0));
        assertEquals(0, t.offset(1));
        assertEquals(8, t.offset(2));
        assertEquals(16, t.size());
        assertEquals(8, t.align());
        assertArrayEquals(new int[]{1, 2, 0}, t.order());
        assertTrue(store.pointerMap(id).isEmpty());
    }

    @Test
    void pairBothPutsInterfaceAfterRefAndDiscriminantAt24() {
        int both = store.putTuple(LayoutStore.REF, LayoutStore.INTERFACE);
        Layout.Tuple t = tuple(both);
        assertEquals(0, t.offset(0));
        assertEquals(8, t.offset(1));
        assertEquals(24, t.size());
        assertArrayEquals(new int[]{0}, store.pointerMap(both).refOffsets());
        assertArrayEquals(new int[]{8}, store.pointerMap(both).interfaceOffsets());
        int pair = store.putTagUnion(both, LayoutStore.UNIT);
        Layout.Union u = store.union(pair);
        assertEquals(24, u.discOffset());
        assertEquals(1, u.discSize());
        assertEquals(32, u.size());
    }

    @Test
    void shapeRectAndLabeledMatchTheWorkedExample() {
        int rect = store.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        assertEquals(0, tuple(rect).offset(0));
        assertEquals(4, tuple(rect).offset(1));
        assertEquals(8, tuple(rect).size());
        int labeled = store.putTuple(LayoutStore.REF, LayoutStore.REF, LayoutStore.INTERFACE);
        assertEquals(0, tuple(labeled).offset(0));
        assertEquals(8, tuple(labeled).offset(1));
        assertEquals(16, tuple(labeled).offset(2));
        assertEquals(32, tuple(labeled).size());
        int shape = store.putTagUnion(LayoutStore.FLOAT64, rect, labeled, LayoutStore.UNIT);
        assertEquals(32, store.union(shape).discOffset());
        assertEquals(40, store.union(shape).size());
        assertEquals("ref@0 ref@8 iface@16", store.variantPointerMap(shape, 2).toString());
        assertTrue(store.variantPointerMap(shape, 1).isEmpty());
    }

    @Test
    void internedTuplesShareAnIdAndCountTheMerge() {
        int a = store.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        int b = store.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        assertEquals(a, b);
        assertEquals(1, store.mergedRequests(a));
        assertNotEquals(a, store.putTuple(LayoutStore.INT32, LayoutStore.UINT32));
    }

    @Test
    void withoutInterningEqualTuplesGetDistinctIds() {
        LayoutStore plain = new LayoutStore(false);
        int a = plain.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        int b = plain.putTuple(LayoutStore.INT32, LayoutStore.INT32);
        assertNotEquals(a, b);
        assertEquals(0, plain.mergedRequests(a));
        assertEquals(plain.get(a), plain.get(b));
    }

    @Test
    void nestedTupleFieldsAreInlinedIntoThePointerMap() {
        int inner = store.putTuple(LayoutStore.INT8, LayoutStore.REF);   // ref@0, int8@8, size 16
        int outer = store.putTuple(LayoutStore.INT16, inner);             // inner@0 (align 8), int16@16, size 24
        assertEquals(16, tuple(inner).size());
        assertEquals(0, tuple(outer).offset(1));
        assertEquals(16, tuple(outer).offset(0));
        assertEquals(24, tuple(outer).size());
        assertArrayEquals(new int[]{0}, store.pointerMap(outer).refOffsets());
    }

    @Test
    void moreThan256VariantsUseATwoByteDiscriminant() {
        int[] vs = new int[257];
        vs[0] = LayoutStore.UINT8;
        Layout.Union u = store.union(store.putTagUnion(vs));
        assertEquals(2, u.discSize());
        assertEquals(2, u.discOffset());
        assertEquals(4, u.size());
    }

    @Test
    void actualLayoutOfPairBothIsNotScanCompatibleWithTheDeclaredOne() {
        int declared = store.putTagUnion(store.putTuple(LayoutStore.REF, LayoutStore.INTERFACE), LayoutStore.UNIT);
        int actual = store.putTagUnion(store.putTuple(LayoutStore.REF, LayoutStore.REF), LayoutStore.UNIT);
        assertEquals(16, store.union(actual).discOffset());
        assertFalse(store.scanCompatible(declared, actual, 0));
        int patched = store.createTagUnionWithPayload(declared, 0, store.putTuple(LayoutStore.REF, LayoutStore.REF));
        assertEquals(actual, patched, "interning gives the patched union the id of the equal actual union");
        assertTrue(store.scanCompatible(actual, patched, 0));
    }
}

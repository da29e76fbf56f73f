package gcscope.vm.check;

import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.gc.Collector;
import gcscope.vm.gc.FakeVm;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.interp.Trap;
import gcscope.vm.interp.TrapKind;
import gcscope.vm.layout.LayoutStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

class SanitizerTest {
    private final FakeVm vm = new FakeVm();
    private final int structMeta = vm.meta(GCREF, VALUE);
    private final int arrayMeta = vm.meta(VALUE);

    private static RunOptions options(GcPolicy gc, boolean sanitize, Fault fault) {
        return RunOptions.DEFAULT.withGc(gc).withSanitize(sanitize).withCompile(CompileOptions.DEFAULT.withFault(fault));
    }

    private List<ViolationKind> kinds(Collector gc) {
        return gc.sanitizer().violations().stream().map(Violation::kind).toList();
    }

    /** Root -> A; A is blackened; then a new white object is stored into A. */
    private long[] blackParentGetsWhiteChild(Collector gc, Heap heap, FakeVm.Fiber f) {
        long a = heap.alloc(ObjectKind.STRUCT, structMeta, 2);
        long c = heap.alloc(ObjectKind.STRUCT, structMeta, 2);
        f.write(0, 0, GCREF, a);
        f.write(0, 1, GCREF, c);
        gc.step(1); // PAUSE -> PROPAGATE: roots gray
        gc.step(1); // blacken c
        gc.step(1); // blacken a
        assertEquals(gcscope.vm.heap.Colour.BLACK, heap.colour(a));
        long b = heap.alloc(ObjectKind.ARRAY, arrayMeta, 1); // allocated during marking: white
        vm.step = 77;
        heap.store(a, 0, b);
        gc.writeBarrier(a, b);
        f.write(0, 1, GCREF, 0);
        return new long[]{a, b};
    }

    @Test
    void noBarrierFaultIsCaughtAsTricolourAtTheStore() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF, GCREF);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.INCREMENTAL_STRESS, true, Fault.NO_BARRIER));
        long[] ab = blackParentGetsWhiteChild(gc, heap, f);
        Violation first = gc.sanitizer().violation(0);
        assertEquals(ViolationKind.TRICOLOUR, first.kind());
        assertEquals(ab[0], first.address());
        assertEquals(77, first.step());
        gc.fullCollect();
        assertTrue(kinds(gc).contains(ViolationKind.MISSED_ROOT), kinds(gc).toString());
        assertFalse(heap.isObject(ab[1]), "without the barrier the sweep frees the child");
        gc.fullCollect();
        Trap t = gc.trap();
        assertNotNull(t);
        assertEquals(TrapKind.USE_AFTER_FREE, t.kind());
        assertTrue(t.message().contains("freed at step 77 by sweep of cycle 1"), t.message());
    }

    @Test
    void theBarrierKeepsTheChildAliveAndReportsNothing() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF, GCREF);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.INCREMENTAL_STRESS, true, Fault.NONE));
        long[] ab = blackParentGetsWhiteChild(gc, heap, f);
        assertEquals(1, gc.counters().barriersFired());
        gc.fullCollect();
        assertTrue(heap.isObject(ab[1]));
        assertEquals(List.of(), gc.sanitizer().violations());
        assertNull(gc.trap());
    }

    @Test
    void skipRootFaultIsCaughtAsMissedRoot() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(3, GCREF);          // the oldest frame: skipped by the fault
        f.push(4, VALUE, GCREF);
        vm.globals(VALUE, GCREF);
        long g = heap.alloc(ObjectKind.STRING, 0, 1);
        long old = heap.alloc(ObjectKind.STRING, 0, 1);
        long young = heap.alloc(ObjectKind.STRING, 0, 1);
        vm.globals[1] = g;
        f.write(0, 0, GCREF, old);
        f.write(1, 1, GCREF, young);
        vm.step = 5;
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.SKIP_ROOT));
        gc.safepoint();
        List<Violation> vs = gc.sanitizer().violations();
        assertEquals(2, vs.size(), vs.toString());
        Violation frameRoot = vs.get(0);
        assertEquals(ViolationKind.MISSED_ROOT, frameRoot.kind());
        assertEquals(old, frameRoot.address());
        assertEquals("main.f3", frameRoot.function());
        assertEquals(0, frameRoot.slot());
        assertEquals(0, frameRoot.frame());
        Violation global = vs.get(1);
        assertEquals(ViolationKind.MISSED_ROOT, global.kind());
        assertEquals(g, global.address());
        assertEquals(1, global.slot());
        assertTrue(global.message().contains("global root word 1"), global.message());
        assertTrue(heap.isObject(young));
    }

    @Test
    void correctRootScanReportsNoMissedRoot() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(3, GCREF);
        vm.globals(GCREF);
        vm.globals[0] = heap.alloc(ObjectKind.STRING, 0, 1);
        f.write(0, 0, GCREF, heap.alloc(ObjectKind.STRING, 0, 1));
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.NONE));
        gc.safepoint();
        assertEquals(List.of(), gc.sanitizer().violations());
        assertEquals(2, heap.liveObjects());
    }

    @Test
    void aReferenceInAValueSlotIsAMissedRootFoundThroughTheShadowKinds() {
        // all-value call buffer: the only reference to a string sits in a VALUE-typed slot
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(1, VALUE, VALUE);
        long s = heap.alloc(ObjectKind.STRING, 0, 1);
        f.write(0, 1, GCREF, s);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.NONE));
        gc.safepoint();
        Violation v = gc.sanitizer().violation(0);
        assertEquals(ViolationKind.MISSED_ROOT, v.kind());
        assertEquals(s, v.address());
        assertEquals(1, v.slot());
    }

    @Test
    void anIntegerInAGcrefSlotIsAWildReferenceTrapAndViolation() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(2, GCREF);
        f.write(0, 0, VALUE, 2);
        vm.step = 9;
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.NONE));
        gc.safepoint();
        Trap t = gc.trap();
        assertEquals(TrapKind.WILD_REFERENCE, t.kind());
        assertEquals(2, t.address());
        assertEquals(9, t.step());
        assertEquals("main.f2", t.function());
        assertTrue(t.message().contains("wild reference 0x2"), t.message());
        Violation v = gc.sanitizer().violation(0);
        assertEquals(ViolationKind.WILD_REFERENCE, v.kind());
        assertEquals(0, v.slot());
    }

    @Test
    void wildReferenceTrapsWithoutTheSanitizerToo() {
        Heap heap = new Heap(0, false);
        FakeVm.Fiber f = vm.fiber();
        f.push(2, GCREF);
        f.write(0, 0, VALUE, 4096 + 8 * 1000); // aligned, but past the heap top
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, false, Fault.NONE));
        gc.safepoint();
        assertEquals(TrapKind.WILD_REFERENCE, gc.trap().kind());
        assertNull(gc.sanitizer());
    }

    @Test
    void rootMapCheckFlagsAValueWrittenIntoAGcrefSlot() {
        Heap heap = new Heap(0, true);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.OFF, true, Fault.NONE));
        Sanitizer s = gc.sanitizer();
        assertTrue(s.checkSlotWrite(0, 1, 2, 3, 4, GCREF, VALUE, 0), "raw 0 is compatible with every kind");
        assertTrue(s.checkSlotWrite(0, 1, 2, 3, 4, VALUE, FLOAT, 7));
        assertFalse(s.checkSlotWrite(0, 1, 2, 3, 4, GCREF, VALUE, 2));
        Violation v = s.violation(0);
        assertEquals(ViolationKind.ROOT_MAP_MISMATCH, v.kind());
        assertEquals("main.f2", v.function());
        assertEquals(3, v.pc());
        assertEquals(4, v.slot());
        assertEquals("GCREF", v.expected());
        assertEquals("VALUE 2", v.actual());
        assertEquals(1, s.violationCount());
    }

    @Test
    void aFloodOfViolationsIsCountedButOnlyTheFirstAreKept() {
        Heap heap = new Heap(0, true);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.OFF, true, Fault.NONE));
        Sanitizer s = gc.sanitizer();
        for (int i = 0; i < Sanitizer.MAX_KEPT + 5; i++) s.checkSlotWrite(0, 0, 1, i, 0, GCREF, VALUE, 7);
        assertEquals(Sanitizer.MAX_KEPT + 5, s.violationCount());
        assertEquals(Sanitizer.MAX_KEPT, s.violations().size());
        assertEquals(0, s.violation(0).pc());
    }

    /** Pair.Both([]int{..}, []int{..}) written with the arguments' own layouts under the declared header. */
    private long[] pairWrittenWithActualLayout(Heap heap, boolean actual) {
        LayoutStore ls = vm.layouts;
        int declared = ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.INTERFACE), LayoutStore.UNIT);
        int written = actual ? ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.REF), LayoutStore.UNIT) : declared;
        long first = heap.alloc(ObjectKind.SLICE, arrayMeta, 4);
        long rest = heap.alloc(ObjectKind.SLICE, arrayMeta, 4);
        long e = heap.alloc(ObjectKind.ENUM, declared, ls.size(declared) / 8);
        heap.storeBits(e, 0, 8, first);
        if (actual) {
            heap.storeBits(e, 8, 8, rest);
        } else {
            heap.storeBits(e, 8, 8, InterfaceHeader.of(12, InterfaceHeader.REF));
            heap.storeBits(e, 16, 8, rest);
        }
        heap.storeBits(e, ls.union(written).discOffset(), 1, 0);
        heap.witnessLayout(e, written);
        return new long[]{e, first, rest};
    }

    @Test
    void layoutWitnessCatchesAPayloadWrittenWithTheActualLayouts() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(1, GCREF);
        long[] objs = pairWrittenWithActualLayout(heap, true);
        f.write(0, 0, GCREF, objs[0]);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.NONE));
        gc.safepoint();
        Violation v = gc.sanitizer().violation(0);
        assertEquals(ViolationKind.LAYOUT_WITNESS, v.kind());
        assertEquals(objs[0], v.address());
        assertEquals(8, v.offset(), "the first offset where the pointer maps differ");
        assertTrue(v.actual().contains("iface@8"), v.actual());
        assertTrue(v.expected().contains("ref@8"), v.expected());
    }

    @Test
    void layoutWitnessIsCheckedAtConstructionWithoutAnyCollection() {
        Heap heap = new Heap(0, true);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.OFF, true, Fault.NONE));
        LayoutStore ls = vm.layouts;
        int declared = ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.INTERFACE), LayoutStore.UNIT);
        int actual = ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.REF), LayoutStore.UNIT);
        long e = heap.alloc(ObjectKind.ENUM, declared, 4);
        heap.witnessLayout(e, actual);
        assertTrue(gc.sanitizer().checkEnumNew(e, declared, declared, 0));
        assertFalse(gc.sanitizer().checkEnumNew(e, declared, actual, 0));
        Violation v = gc.sanitizer().violation(0);
        assertEquals(ViolationKind.LAYOUT_WITNESS, v.kind());
        assertEquals(8, v.offset());
        assertFalse(gc.sanitizer().checkEnumNew(e, declared, actual, 1), "the discriminants sit at different offsets (24 vs 16)");
        assertEquals(1, gc.sanitizer().violationCount(), "reported once per object");
    }

    @Test
    void withoutTheSanitizerTheCollectorMisreadsTheRefAsAnInterfaceAndFreesTheSecondSlice() {
        Heap heap = new Heap(0, false);
        FakeVm.Fiber f = vm.fiber();
        f.push(1, GCREF);
        long[] objs = pairWrittenWithActualLayout(heap, true);
        f.write(0, 0, GCREF, objs[0]);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, false, Fault.NONE));
        gc.safepoint();
        assertTrue(heap.isObject(objs[1]));
        assertFalse(heap.isObject(objs[2]), "the REF read as an interface header is not followed");
    }

    @Test
    void declaredLayoutKeepsBothSlicesAndIsClean() {
        Heap heap = new Heap(0, true);
        FakeVm.Fiber f = vm.fiber();
        f.push(1, GCREF);
        long[] objs = pairWrittenWithActualLayout(heap, false);
        f.write(0, 0, GCREF, objs[0]);
        Collector gc = new Collector(heap, vm, vm, options(GcPolicy.STRESS, true, Fault.NONE));
        gc.safepoint();
        assertTrue(heap.isObject(objs[1]));
        assertTrue(heap.isObject(objs[2]));
        assertEquals(List.of(), gc.sanitizer().violations());
    }
}

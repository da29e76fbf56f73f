package gcscope.vm.gc;

import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.Test;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/** The normal (debt-paced) policy: work per cycle grows with live data, work per allocated byte stays flat. */
class CollectorPacingTest {
    private record Run(long work, long allocated, long cycles) {
        double perByte() {
            return (double) work / allocated;
        }

        double perCycle() {
            return (double) work / cycles;
        }
    }

    private Run run(int liveObjects) {
        FakeVm vm = new FakeVm();
        int refs = vm.meta(GCREF);
        int scalars = vm.meta(VALUE);
        Heap heap = new Heap(0, false);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF);
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.NORMAL));
        // live data: one array of references to liveObjects 8-word objects, rooted in slot 0
        long root = heap.alloc(ObjectKind.ARRAY, refs, liveObjects);
        f.write(0, 0, GCREF, root);
        for (int i = 0; i < liveObjects; i++) {
            long o = heap.alloc(ObjectKind.ARRAY, scalars, 7);
            heap.store(root, i, o);
            gc.writeBarrier(root, o);
            if (gc.wantsStep()) gc.safepoint();
        }
        long work0 = gc.totalWork(), alloc0 = heap.totalAllocated();
        long cycles0 = gc.cycle();
        long garbage = 40L * heap.bytesInUse();
        while (heap.totalAllocated() - alloc0 < garbage) {
            vm.step++;
            heap.alloc(ObjectKind.ARRAY, scalars, 7);
            if (gc.wantsStep()) gc.safepoint();
        }
        assertEquals(liveObjects + 1, countLive(heap, root, liveObjects), "live data survives");
        return new Run(gc.totalWork() - work0, heap.totalAllocated() - alloc0, gc.cycle() - cycles0);
    }

    private static int countLive(Heap heap, long root, int n) {
        int live = heap.isObject(root) ? 1 : 0;
        for (int i = 0; i < n; i++) if (heap.isObject(heap.load(root, i))) live++;
        return live;
    }

    @Test
    void workPerAllocatedByteStaysFlatWhileWorkPerCycleGrowsWithLiveData() {
        Run small = run(500);
        Run large = run(16_000);
        assertTrue(small.cycles() >= 5 && large.cycles() >= 5, small + " " + large);
        double ratio = large.perByte() / small.perByte();
        assertTrue(ratio > 0.5 && ratio < 2.0, "work per allocated byte: small " + small.perByte() + " large " + large.perByte());
        assertTrue(large.perCycle() > 10 * small.perCycle(), "work per cycle: small " + small.perCycle() + " large " + large.perCycle());
    }

    private static long cyclesWithPause(int pause) {
        FakeVm vm = new FakeVm();
        int scalars = vm.meta(VALUE);
        Heap heap = new Heap(0, false);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF);
        f.write(0, 0, GCREF, heap.alloc(ObjectKind.ARRAY, scalars, 25_000)); // 200 KB of live data
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.NORMAL).withPacing(pause, 200));
        for (int i = 0; i < 50_000; i++) {
            heap.alloc(ObjectKind.ARRAY, scalars, 7);
            if (gc.wantsStep()) gc.safepoint();
        }
        return gc.cycle();
    }

    @Test
    void aLargerPauseRunsFewerCycles() {
        long eager = cyclesWithPause(150);
        long lazy = cyclesWithPause(400);
        assertTrue(eager > 2 * lazy && lazy > 0, "pause 100%: " + eager + " cycles, pause 400%: " + lazy);
    }

    /** Peak bytes in use while allocating {@code rounds} x the live data in garbage, 200 KB live. */
    private static long peakAfter(int rounds) {
        FakeVm vm = new FakeVm();
        int scalars = vm.meta(VALUE);
        Heap heap = new Heap(0, false);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF);
        f.write(0, 0, GCREF, heap.alloc(ObjectKind.ARRAY, scalars, 25_000));
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.NORMAL));
        long live = heap.bytesInUse();
        while (heap.totalAllocated() < (long) rounds * live) {
            vm.step++;
            heap.alloc(ObjectKind.ARRAY, scalars, 2);
            if (gc.wantsStep()) gc.safepoint();
        }
        return heap.peakBytes();
    }

    @Test
    void theHeapStaysWithinAConstantFactorOfLiveDataHoweverLongTheProgramRuns() {
        long shortRun = peakAfter(50);
        long longRun = peakAfter(1000);
        assertTrue(longRun < 8 * 200_000, "peak " + longRun + " B for 200 KB live");
        assertTrue(longRun < shortRun * 3 / 2, "peak grows with the run's length: " + shortRun + " then " + longRun);
    }

    @Test
    void offPolicyNeverCollects() {
        FakeVm vm = new FakeVm();
        Heap heap = new Heap(0, false);
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.OFF));
        for (int i = 0; i < 10_000; i++) {
            heap.alloc(ObjectKind.STRING, 0, 4);
            assertFalse(gc.wantsStep());
            gc.safepoint();
        }
        assertEquals(0, gc.cycle());
        assertEquals(10_000, heap.liveObjects());
    }
}

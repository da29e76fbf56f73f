package gcscope.vm.gc;

import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

class CollectorCopyTest {
    @Test
    void aCopyTakenMidCycleFinishesTheSameWayAndIndependently() {
        FakeVm vm = new FakeVm();
        int refs = vm.meta(GCREF, VALUE);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF);
        Heap heap = new Heap(0, true);
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.INCREMENTAL_STRESS).withSanitize(true));
        long prev = 0;
        for (int i = 0; i < 50; i++) {
            long o = heap.alloc(ObjectKind.STRUCT, refs, 2);
            heap.store(o, 0, prev);
            prev = o;
            heap.alloc(ObjectKind.STRING, 0, 1); // garbage
        }
        f.write(0, 0, GCREF, prev);
        gc.step(1);
        gc.step(64);
        assertEquals(GcPhase.PROPAGATE, gc.phase());
        Heap heap2 = heap.copy();
        Collector gc2 = gc.copy(heap2, vm);
        List<GcEvent> events = new ArrayList<>();
        gc2.setListener(events::add);
        gc.fullCollect();
        assertEquals(100, heap2.liveObjects(), "the copy's heap is untouched by the original's sweep");
        gc2.fullCollect();
        assertEquals(heap.liveObjects(), heap2.liveObjects());
        assertEquals(50, heap2.liveObjects());
        assertEquals(gc.counters(), gc2.counters());
        assertFalse(events.isEmpty());
        assertEquals(50, events.stream().filter(e -> e.kind() == GcEventKind.FREED).count());
        assertEquals(0, gc2.sanitizer().violationCount());
    }
}

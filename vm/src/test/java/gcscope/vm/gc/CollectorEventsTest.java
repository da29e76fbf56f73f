package gcscope.vm.gc;

import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static gcscope.vm.bytecode.SlotType.*;
import static gcscope.vm.gc.GcEventKind.*;
import static org.junit.jupiter.api.Assertions.*;

class CollectorEventsTest {
    @Test
    void aFullCycleEmitsTheEventsInPhaseOrder() {
        FakeVm vm = new FakeVm();
        int box = vm.meta(GCREF);
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF);
        Heap heap = new Heap(0, false);
        long parent = heap.alloc(ObjectKind.BOX, box, 1);
        long child = heap.alloc(ObjectKind.STRING, 0, 1);
        long garbage = heap.alloc(ObjectKind.STRING, 0, 1);
        heap.store(parent, 0, child + 8); // an interior pointer
        f.write(0, 0, GCREF, parent);
        vm.step = 42;
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(GcPolicy.STRESS));
        List<GcEvent> events = new ArrayList<>();
        gc.setListener(events::add);
        gc.safepoint();
        List<String> got = events.stream().map(e -> e.kind() + (e.kind() == PHASE_CHANGED ? " " + e.phase() : "")
                + (e.address() != 0 ? String.format(" 0x%x", e.address()) : "") + (e.other() != 0 ? String.format(" from 0x%x", e.other()) : "")).toList();
        assertEquals(List.of(
                "CYCLE_STARTED",
                String.format("MARKED 0x%x", parent),
                "PHASE_CHANGED PROPAGATE",
                String.format("MARKED 0x%x from 0x%x", child, parent), // while the parent is being blackened
                String.format("BLACKENED 0x%x", parent),
                String.format("BLACKENED 0x%x", child),
                "PHASE_CHANGED ATOMIC",
                "PHASE_CHANGED SWEEP",
                String.format("FREED 0x%x", garbage),
                "PHASE_CHANGED PAUSE"), got);
        assertTrue(events.stream().allMatch(e -> e.step() == 42 && e.cycle() == 1));
        assertEquals(Colour.WHITE1, heap.colour(parent), "survivors take the new current white");
        assertEquals(1, gc.currentWhite());
        assertEquals(1, gc.counters().freed());
        assertEquals(2, gc.counters().marked());
        assertEquals(GcPhase.PAUSE, gc.view().phase());
    }
}

package gcscope.vm.gc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GcEventRingTest {
    @Test
    void keepsTheLastEventsOldestFirst() {
        GcEventRing ring = new GcEventRing(3);
        assertTrue(ring.toList().isEmpty());
        for (int i = 1; i <= 7; i++) {
            ring.add(i * 10L, i % 2 == 0 ? GcEventKind.FREED : GcEventKind.MARKED, 0x1000 + i, -i, i / 3, GcPhase.values()[i % GcPhase.values().length]);
        }
        List<GcEvent> kept = ring.toList();
        assertEquals(3, kept.size());
        for (int k = 0; k < 3; k++) {
            int i = 5 + k;
            assertEquals(new GcEvent(i * 10L, i % 2 == 0 ? GcEventKind.FREED : GcEventKind.MARKED, 0x1000 + i, -i, i / 3,
                    GcPhase.values()[i % GcPhase.values().length]), kept.get(k));
        }
        ring.clear();
        assertEquals(0, ring.size());
        ring.add(1, GcEventKind.CYCLE_STARTED, 0, 0, 1, GcPhase.PROPAGATE);
        assertEquals(List.of(new GcEvent(1, GcEventKind.CYCLE_STARTED, 0, 0, 1, GcPhase.PROPAGATE)), ring.toList());
    }

    @Test
    void aPartlyFilledRingListsWhatItHas() {
        GcEventRing ring = new GcEventRing(512);
        ring.add(5, GcEventKind.BARRIER_FIRED, 8, 16, 2, GcPhase.PROPAGATE);
        ring.add(6, GcEventKind.PHASE_CHANGED, 0, 0, 2, GcPhase.SWEEP);
        assertEquals(2, ring.toList().size());
        assertEquals(GcEventKind.PHASE_CHANGED, ring.toList().get(1).kind());
    }
}

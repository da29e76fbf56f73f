package gcscope.views.predict;

import gcscope.views.Snapshots;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictModelTest {
    private static final List<VmSnapshot> LIST = Snapshots.listProgram();

    @Test
    void theOutcomeOfAStepIsComputedFromTheSnapshotsBeforeAndAfter() {
        // step 1 -> 2: node 0x1000 turns black, the new node 0x1018 appears gray, slots 0 (head) and 1 (i) change
        Outcome o = Outcome.of(LIST.get(1), LIST.get(2));
        assertEquals(Set.of(4120L), o.gray());
        assertEquals(Set.of(4096L), o.black());
        assertEquals(Set.of(0, 1), o.slots());
        assertFalse(o.barrier());
    }

    @Test
    void aBarrierEventMeansTheBarrierFired() {
        VmSnapshot after = Snapshots.at(2, 4, 2, List.of(Snapshots.slot(0, SlotType.GCREF, 4096, "head"), Snapshots.slot(1, SlotType.VALUE, 0, "i")),
                List.of(Snapshots.node(4096, 1, 0, Colour.GRAY)), List.of(new GcEvent(2, GcEventKind.BARRIER_FIRED, 4096, 0, 1, GcPhase.PROPAGATE)));
        Outcome o = Outcome.of(LIST.get(1), after);
        assertTrue(o.barrier());
        assertEquals(Set.of(4096L), o.gray(), "the barrier turned the parent gray again");
        assertEquals(Set.of(), o.slots(), "no slot changed");
    }

    @Test
    void aRightGuessScoresEveryPartAndAWrongOneIsShownBesideTheTruth() {
        PredictModel m = new PredictModel();
        m.prepare(LIST.get(1));
        assertEquals(1, m.objects().size());
        assertEquals(3, m.slots().size(), "no slot, head, i");
        m.black().add(4096L);
        m.gray().add(4120L);
        m.slotProperty().set(0);
        assertEquals(4, m.reveal(LIST.get(1), LIST.get(2)));
        assertTrue(m.verdict().stream().allMatch(PredictModel.Line::right));
        m.prepare(LIST.get(1));
        assertTrue(m.gray().isEmpty(), "a new position starts a new guess");
        m.barrierProperty().set(true);
        assertEquals(0, m.reveal(LIST.get(1), LIST.get(2)));
        PredictModel.Line barrier = m.verdict().get(3);
        assertFalse(barrier.right());
        assertEquals("fires", barrier.guess());
        assertEquals("did not fire", barrier.truth());
        assertEquals(4, m.pointsProperty().get());
        assertEquals(8, m.askedProperty().get());
        assertTrue(m.scoreProperty().get().contains("score 4/8 (50%)"), m.scoreProperty().get());
    }

    @Test
    void noSlotIsRightOnlyWhenNothingWasWritten() {
        PredictModel m = new PredictModel();
        m.reveal(new Prediction(Set.of(), Set.of(), -1, false), new Outcome(Set.of(), Set.of(), Set.of(), false));
        assertTrue(m.verdict().get(2).right());
        m.reveal(new Prediction(Set.of(), Set.of(), -1, false), new Outcome(Set.of(), Set.of(), Set.of(3), false));
        assertFalse(m.verdict().get(2).right());
        assertEquals("slot 3", m.verdict().get(2).truth());
    }
}

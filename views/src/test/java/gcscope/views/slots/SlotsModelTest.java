package gcscope.views.slots;

import gcscope.views.Snapshots;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotsModelTest {
    private final List<VmSnapshot> steps = Snapshots.listProgram();

    @Test
    void marksOnlyTheSlotsTheLastStepWrote() {
        SlotsModel m = new SlotsModel();
        m.update(steps.get(1), steps.get(2));
        assertTrue(m.rows().get(0).changed(), "head went from 0x1000 to 0x1018");
        assertTrue(m.rows().get(1).changed(), "i went from 0 to 1");
        m.update(steps.get(2), steps.get(2));
        assertFalse(m.rows().get(0).changed());
        assertFalse(m.rows().get(1).changed());
    }

    @Test
    void firstSnapshotMarksNothingChanged() {
        SlotsModel m = new SlotsModel();
        m.update(null, steps.get(2));
        assertTrue(m.rows().stream().noneMatch(SlotRow::changed));
    }

    @Test
    void gcrefSlotCarriesTheAddressItPointsAt() {
        SlotsModel m = new SlotsModel();
        m.update(null, steps.get(2));
        assertEquals(4120, m.rows().get(0).ref());
        assertEquals(0, m.rows().get(1).ref(), "a VALUE slot links nowhere");
    }

    @Test
    void selectsTheCurrentFiberInnermostFrame() {
        SlotsModel m = new SlotsModel();
        m.update(null, steps.get(1));
        assertEquals(0, m.selectedFrameProperty().get());
        assertEquals("head", m.rows().get(0).name());
        assertEquals(SlotType.GCREF, m.rows().get(0).declared());
    }

    @Test
    void reportsADeclaredKindThatDisagreesWithWhatWasWritten() {
        SlotsModel m = new SlotsModel();
        m.update(null, Snapshots.mismatch());
        SlotRow bad = m.rows().get(1);
        assertTrue(bad.mismatch());
        assertTrue(bad.kindConflict());
        assertFalse(m.rows().get(0).kindConflict());
    }

    @Test
    void theSameSnapshotAgainLeavesTheFrameAndSlotListsUntouched() {
        SlotsModel m = new SlotsModel();
        m.update(null, steps.get(2));
        int[] events = new int[1];
        m.frames().addListener((javafx.collections.ListChangeListener<SlotsModel.FrameRef>) c -> events[0]++);
        m.rows().addListener((javafx.collections.ListChangeListener<SlotRow>) c -> events[0]++);
        m.update(null, steps.get(2));
        assertEquals(0, events[0], "no list change for an equal frame list and equal rows");
    }

    @Test
    void aStepReplacesOnlyTheFramesWhoseLabelOrSlotsChanged() {
        SlotsModel m = new SlotsModel();
        m.update(null, steps.get(1));
        List<SlotsModel.FrameRef> before = List.copyOf(m.frames());
        m.update(steps.get(1), steps.get(2));
        assertEquals(before.size(), m.frames().size());
        for (int i = 0; i < before.size(); i++) {
            SlotsModel.FrameRef now = m.frames().get(i);
            if (now.equals(before.get(i))) assertTrue(now == before.get(i), "an equal frame keeps its entry");
        }
        assertEquals(steps.get(2).fibers().get(0).frames().get(0).pc(), m.frames().get(0).frame().pc(),
                "the shown frame is the new snapshot's");
    }
}

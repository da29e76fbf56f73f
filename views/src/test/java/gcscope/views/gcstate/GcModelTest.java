package gcscope.views.gcstate;

import gcscope.views.Snapshots;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GcModelTest {
    @Test
    void accumulatesEventsAndHeapPointsWhileSteppingForward() {
        GcModel m = new GcModel();
        Snapshots.listProgram().forEach(m::update);
        assertEquals(1, m.events().size());
        assertEquals(GcEventKind.BLACKENED, m.events().get(0).kind());
        assertEquals(List.of(0L, 1L, 2L), m.heapSeries().stream().map(GcModel.HeapPoint::step).toList());
        assertEquals(48, m.heapSeries().get(2).bytesInUse());
    }

    @Test
    void steppingBackDropsWhatHappenedAfterTheNewStep() {
        GcModel m = new GcModel();
        List<VmSnapshot> steps = Snapshots.listProgram();
        steps.forEach(m::update);
        m.update(steps.get(1));
        assertTrue(m.events().isEmpty());
        assertEquals(List.of(0L, 1L), m.heapSeries().stream().map(GcModel.HeapPoint::step).toList());
    }

    @Test
    void cycleStartsAreThePointsWhereTheCycleNumberGrows() {
        GcModel m = new GcModel();
        List<VmSnapshot> steps = Snapshots.listProgram();
        for (int i = 0; i < steps.size(); i++) {
            VmSnapshot s = steps.get(i);
            gcscope.vm.snapshot.GcView g = s.gc();
            gcscope.vm.snapshot.GcView cycled = new gcscope.vm.snapshot.GcView(g.phase(), i == 0 ? 1 : 2, g.currentWhite(), g.gray(),
                    g.grayAgain(), g.debt(), g.budget(), g.counters());
            m.update(new VmSnapshot(s.step(), s.status(), s.fibers(), s.globals(), s.heap(), s.roots(), cycled, s.recentEvents(),
                    s.violations(), s.trap(), s.stdout(), s.stderr(), s.exitCode()));
        }
        assertEquals(List.of(1L), m.cycleStarts().stream().map(GcModel.HeapPoint::step).toList());
    }

    @Test
    void describesEventsInWords() {
        assertEquals("step 4  marked 0x1000 from a root", GcModel.describe(new GcEvent(4, GcEventKind.MARKED, 4096, 0, 1, GcPhase.PROPAGATE)));
        assertEquals("step 9  barrier: 0x1000 grayed again (stored 0x1018)",
                GcModel.describe(new GcEvent(9, GcEventKind.BARRIER_FIRED, 4096, 4120, 1, GcPhase.PROPAGATE)));
    }

    @Test
    void showsPhaseCycleAndWorklists() {
        GcModel m = new GcModel();
        m.update(Snapshots.listProgram().get(2));
        assertTrue(m.phaseProperty().get().startsWith("PROPAGATE"));
        assertTrue(m.counters().contains("cycles 1"));
    }

    @Test
    void theSameStateAgainLeavesTheWorklistsAndCountersUntouched() {
        GcModel m = new GcModel();
        VmSnapshot s = Snapshots.listProgram().get(2);
        m.update(s);
        int[] changes = new int[1];
        javafx.collections.ListChangeListener<String> count = c -> changes[0]++;
        m.gray().addListener(count);
        m.grayAgain().addListener(count);
        m.counters().addListener(count);
        m.update(s);
        assertEquals(0, changes[0], "equal lists are not replaced");
    }

    @Test
    void replaceSetsOnlyTheEntriesThatDiffer() {
        javafx.collections.ObservableList<String> l = javafx.collections.FXCollections.observableArrayList("a", "b", "c");
        List<String> removed = new java.util.ArrayList<>();
        l.addListener((javafx.collections.ListChangeListener<String>) c -> {
            while (c.next()) removed.addAll(c.getRemoved());
        });
        GcModel.replace(l, List.of("a", "x", "c"));
        assertEquals(List.of("a", "x", "c"), l);
        assertEquals(List.of("b"), removed);
        GcModel.replace(l, List.of("y"));
        assertEquals(List.of("y"), l);
    }
}

package gcscope.views.common;

import gcscope.views.Snapshots;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnapshotFeedTest {
    @Test
    void appliesOnlyTheNewestOfSnapshotsThatArriveWhileTheUiIsBusy() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<VmSnapshot> applied = new ArrayList<>();
        SnapshotFeed feed = new SnapshotFeed(uiQueue::add, applied::add);
        List<VmSnapshot> steps = Snapshots.listProgram();
        steps.forEach(feed::offer);
        assertEquals(1, uiQueue.size(), "one hand-over queued, not one per snapshot");
        uiQueue.get(0).run();
        assertEquals(List.of(steps.get(2)), applied);
    }

    @Test
    void queuesAgainAfterTheUiTookTheLastOne() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<VmSnapshot> applied = new ArrayList<>();
        SnapshotFeed feed = new SnapshotFeed(uiQueue::add, applied::add);
        List<VmSnapshot> steps = Snapshots.listProgram();
        feed.offer(steps.get(0));
        uiQueue.remove(0).run();
        feed.offer(steps.get(1));
        assertEquals(1, uiQueue.size());
        uiQueue.remove(0).run();
        assertEquals(List.of(steps.get(0), steps.get(1)), applied);
    }
}

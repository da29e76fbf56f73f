package gcscope.vm.session;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {
    private static ToyEngine engine(OutputLog out) {
        return new ToyEngine(SessionTest.program(Long.MAX_VALUE), out);
    }

    @Test
    void memoryStaysWithinBudgetByThinningCheckpoints() {
        OutputLog out = new OutputLog();
        ToyEngine e = engine(out);
        // each toy checkpoint counts 1000 bytes plus its output: a budget of ~20 checkpoints
        Timeline t = new Timeline(e, out, 64, 40_000);
        t.seek(1_000_000);
        assertEquals(1_000_000, e.steps());
        assertTrue(t.totalBytes() <= 40_000, "bytes " + t.totalBytes());
        assertTrue(t.spacing() > 64, "spacing doubled: " + t.spacing());
        assertTrue(t.checkpointCount() >= 2);
    }

    @Test
    void seekingAnywhereGivesTheSameStateAsRunningThere() {
        OutputLog out = new OutputLog();
        ToyEngine e = engine(out);
        Timeline t = new Timeline(e, out, 64, 40_000);
        t.seek(200_000);
        Random rnd = new Random(7);
        for (int i = 0; i < 25; i++) {
            long target = rnd.nextInt(200_000);
            t.seek(target);
            OutputLog freshOut = new OutputLog();
            ToyEngine fresh = engine(freshOut);
            fresh.runFor(target);
            var want = fresh.snapshot(gcscope.vm.snapshot.ExecStatus.PAUSED, freshOut.out(), "");
            var got = e.snapshot(gcscope.vm.snapshot.ExecStatus.PAUSED, out.out(), "");
            assertEquals(want.fibers(), got.fibers(), "fibers at step " + target);
            assertEquals(want.stdout().length(), got.stdout().length(), "output length at step " + target);
            assertEquals(want.stdout(), got.stdout(), "stdout at step " + target);
            assertEquals(want, got, "step " + target);
        }
    }
}

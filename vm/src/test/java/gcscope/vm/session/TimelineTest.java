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

    @Test
    void steppingBackAroundAPlaceReplaysOnlyTheFineGridOnceThereIsANearbyCheckpoint() {
        OutputLog out = new OutputLog();
        ToyEngine toy = engine(out);
        long[] executed = {0};
        Engine counting = (Engine) java.lang.reflect.Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("runFor")) executed[0] += (long) args[0];
                    try {
                        return method.invoke(toy, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Timeline t = new Timeline(counting, out, 64, 40_000);
        t.seek(2_000_000);
        long spacing = t.spacing();
        assertTrue(spacing >= 8 * t.fineSpacing(), "spacing " + spacing + ", fine grid " + t.fineSpacing());
        long target = 1_000_000 / spacing * spacing + spacing / 2 + 123; // far from any recorded checkpoint
        executed[0] = 0;
        t.seek(target);
        assertTrue(executed[0] > spacing / 4, "the first seek replays from a recorded checkpoint: " + executed[0]);
        for (int i = 1; i <= 40; i++) {
            executed[0] = 0;
            t.seek(target - i);
            assertEquals(target - i, toy.steps());
            assertTrue(executed[0] <= t.fineSpacing() + 1, "step back " + i + " replayed " + executed[0]);
        }
        OutputLog freshOut = new OutputLog();
        ToyEngine fresh = engine(freshOut);
        fresh.runFor(target - 40);
        assertEquals(fresh.snapshot(gcscope.vm.snapshot.ExecStatus.PAUSED, freshOut.out(), ""),
                toy.snapshot(gcscope.vm.snapshot.ExecStatus.PAUSED, out.out(), ""));
    }
}

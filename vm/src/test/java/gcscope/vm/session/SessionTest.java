package gcscope.vm.session;

import gcscope.vm.config.RunOptions;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static gcscope.vm.session.ToyEngine.Ins;
import static gcscope.vm.session.ToyEngine.Op.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {
    /**
     * main (f0):                       helper (f1):
     *  0 SET r0 0        line 1          0 SET r1 5   line 10
     *  1 CALL f1         line 2          1 ADD r1 2   line 11
     *  2 ADD r0 1        line 3          2 RET        line 12
     *  3 PRINT r0        line 3
     *  4 JLT r0 < N -> 1 line 4
     *  5 VIOL            line 5
     *  6 RET             line 6
     */
    static List<List<Ins>> program(long n) {
        return List.of(
                List.of(new Ins(SET, 0, 0, 0, 1), new Ins(CALL, 1, 0, 0, 2), new Ins(ADD, 0, 1, 0, 3),
                        new Ins(PRINT, 0, 0, 0, 3), new Ins(JLT, 0, n, 1, 4), new Ins(VIOL, 0, 0, 0, 5), new Ins(RET, 0, 0, 0, 6)),
                List.of(new Ins(SET, 1, 5, 0, 10), new Ins(ADD, 1, 2, 0, 11), new Ins(RET, 0, 0, 0, 12)));
    }

    private Session session = open(3);

    private static Session open(long n) {
        return new Session(null, "", RunOptions.DEFAULT, out -> new ToyEngine(program(n), out));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static VmSnapshot get(java.util.concurrent.CompletableFuture<VmSnapshot> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    private static int line(VmSnapshot s) {
        return s.currentFrame().pos().line();
    }

    @Test
    void startsReadyAtStepZero() {
        assertEquals(0, session.current().step());
        assertEquals(ExecStatus.READY, session.current().status());
    }

    @Test
    void stepsForwardThenBackGiveEqualSnapshots() throws Exception {
        List<VmSnapshot> forward = new ArrayList<>();
        forward.add(session.current());
        for (int i = 0; i < 20; i++) forward.add(get(session.stepInstruction()));
        assertEquals(20, forward.get(20).step());
        for (int i = 19; i >= 0; i--) {
            VmSnapshot back = get(session.stepBack());
            VmSnapshot original = forward.get(i);
            assertEquals(original.step(), back.step());
            assertEquals(original.fibers(), back.fibers());
            assertEquals(original.stdout(), back.stdout());
            assertEquals(original.gc(), back.gc());
        }
    }

    @Test
    void goToStepMatchesForwardExecutionAnywhere() throws Exception {
        List<VmSnapshot> forward = new ArrayList<>();
        forward.add(session.current());
        while (!forward.get(forward.size() - 1).status().equals(ExecStatus.FINISHED)) forward.add(get(session.stepInstruction()));
        for (int k : new int[]{7, 2, 19, 0, 11, forward.size() - 1}) {
            VmSnapshot s = get(session.goToStep(k));
            assertEquals(forward.get(k).fibers(), s.fibers(), "step " + k);
            assertEquals(forward.get(k).stdout(), s.stdout(), "step " + k);
        }
    }

    @Test
    void goToStepPastTheEndStopsAtTheEnd() throws Exception {
        VmSnapshot s = get(session.goToStep(1_000_000));
        assertEquals(ExecStatus.FINISHED, s.status());
        assertEquals("1\n2\n3\n", s.stdout());
        assertEquals(0, s.exitCode());
    }

    @Test
    void runStopsAtALineBreakpointEachTimeTheLineIsEntered() throws Exception {
        session.toggleBreakpoint(3);
        VmSnapshot a = get(session.run());
        assertEquals(ExecStatus.BREAKPOINT, a.status());
        assertEquals(3, line(a));
        assertEquals("", a.stdout());
        VmSnapshot b = get(session.run());
        assertEquals(3, line(b));
        assertEquals("1\n", b.stdout());
        session.toggleBreakpoint(3);
        assertTrue(session.breakpoints().isEmpty());
        assertEquals(ExecStatus.VIOLATION, get(session.run()).status());
    }

    @Test
    void instructionBreakpointStopsBeforeThatInstruction() throws Exception {
        session.toggleInstructionBreakpoint(1, 1);
        VmSnapshot s = get(session.run());
        assertEquals(ExecStatus.BREAKPOINT, s.status());
        assertEquals(1, s.currentFrame().funcId());
        assertEquals(1, s.currentFrame().pc());
    }

    @Test
    void stepOverRunsThroughCallsAndStepIntoEntersThem() throws Exception {
        get(session.stepInstruction()); // now at line 2 (CALL)
        VmSnapshot over = get(session.stepOver());
        assertEquals(3, line(over));
        assertEquals(1, over.currentFrame().depth() + 1 - over.currentFrame().depth()); // still in main
        assertEquals(0, over.currentFrame().funcId());
        get(session.goToStep(1));
        VmSnapshot into = get(session.stepInto());
        assertEquals(10, line(into));
        assertEquals(1, into.currentFrame().funcId());
        VmSnapshot out = get(session.stepOut());
        assertEquals(0, out.currentFrame().funcId());
        assertEquals(3, line(out));
    }

    @Test
    void backwardLineStepsMirrorForwardOnes() throws Exception {
        get(session.goToStep(1));
        VmSnapshot atCall = get(session.stepInto()); // helper line 10, step 2
        get(session.stepInto());                     // line 11
        VmSnapshot back = get(session.stepBackInto());
        assertEquals(atCall.step(), back.step());
        VmSnapshot outBack = get(session.stepBackOut());
        assertEquals(1, outBack.step());             // the CALL in main
        VmSnapshot afterCall = get(session.stepOver()); // line 3
        VmSnapshot overBack = get(session.stepBackOver());
        assertEquals(1, overBack.step(), "back over the call to the start of line 2");
        assertNotEquals(afterCall.step(), overBack.step());
    }

    @Test
    void runBackReturnsToThePreviousBreakpoint() throws Exception {
        session.toggleBreakpoint(3);
        VmSnapshot first = get(session.run());
        VmSnapshot second = get(session.run());
        get(session.stepInstruction());
        VmSnapshot back = get(session.runBack());
        assertEquals(second.step(), back.step());
        assertEquals(first.step(), get(session.runBack()).step());
        assertEquals(0, get(session.runBack()).step());
    }

    @Test
    void runStopsAtANewViolation() throws Exception {
        VmSnapshot s = get(session.run());
        assertEquals(ExecStatus.VIOLATION, s.status());
        assertEquals(6, line(s), "stopped right after the instruction that violated");
        assertEquals("1\n2\n3\n", s.stdout());
    }

    @Test
    void conditionalStopOnPhaseChange() throws Exception {
        session.addStopCondition(new StopCondition.PhaseChange());
        VmSnapshot s = get(session.run());
        assertEquals(7, s.step());
        assertEquals(ExecStatus.BREAKPOINT, s.status());
    }

    @Test
    void conditionalStopOnColourChange() throws Exception {
        session.addStopCondition(new StopCondition.ColourChange(4096));
        assertEquals(5, get(session.run()).step());
        assertEquals(10, get(session.run()).step());
        assertTrue(session.removeStopCondition(new StopCondition.ColourChange(4096)));
    }

    @Test
    void findSlotWriterFindsTheInstructionThatLastChangedIt() throws Exception {
        // steps: 0 SET, 1 CALL, 2-4 helper, 5 ADD r0 (main), 6 PRINT, 7 JLT, 8 CALL, 9 in helper
        get(session.goToStep(9));
        var writer = session.findSlotWriter(0, 1, 0).get(20, TimeUnit.SECONDS);
        assertEquals(5, writer.orElseThrow());
        assertEquals(9, session.current().step(), "a query does not move the session");
        assertTrue(session.findSlotWriter(0, 1, 3).get(20, TimeUnit.SECONDS).isEmpty());
    }

    @Test
    void pauseStopsALongRunAndProgressIsPublished() throws Exception {
        session.close();
        session = open(Long.MAX_VALUE);
        List<VmSnapshot> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        session.addListener(seen::add);
        var run = session.run();
        Thread.sleep(350);
        assertTrue(session.isRunning());
        session.pause();
        VmSnapshot s = get(run);
        assertEquals(ExecStatus.PAUSED, s.status());
        assertFalse(session.isRunning());
        assertTrue(seen.size() >= 2, "progress snapshots while running: " + seen.size());
        assertTrue(s.step() > 10_000);
        // and the long run stays rewindable
        VmSnapshot back = get(session.goToStep(s.step() / 2));
        assertEquals(s.step() / 2, back.step());
    }

    @Test
    void aFailingListenerDoesNotStopTheSessionOrOtherListeners() throws Exception {
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        session.addListener(s -> { throw new IllegalStateException("listener bug"); });
        session.addListener(s -> seen.add(s.step()));
        Thread.UncaughtExceptionHandler old = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> { });
        try {
            assertEquals(1, get(session.stepInstruction()).step());
            assertEquals(2, get(session.stepInstruction()).step());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(old);
        }
        assertEquals(List.of(1L, 2L), seen);
    }

    @Test
    void objectBytesNeverBlocksBehindALongRun() throws Exception {
        session.close();
        session = open(Long.MAX_VALUE);
        var run = session.run();
        Thread.sleep(100);
        long t0 = System.nanoTime();
        assertEquals(0, session.objectBytes(4096).length);
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L);
        session.pause();
        get(run);
    }

    @Test
    void resetStopsARunInProgress() throws Exception {
        session.close();
        session = open(Long.MAX_VALUE);
        var run = session.run();
        Thread.sleep(100);
        VmSnapshot s = get(session.reset());
        assertEquals(0, s.step());
        assertEquals(ExecStatus.PAUSED, get(run).status());
    }

    @Test
    void resetGoesBackToStepZeroKeepingBreakpoints() throws Exception {
        session.toggleBreakpoint(4);
        get(session.run());
        VmSnapshot s = get(session.reset());
        assertEquals(0, s.step());
        assertEquals(ExecStatus.READY, s.status());
        assertEquals(java.util.Set.of(4), session.breakpoints());
    }
}

package gcscope.app.cli;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.session.Session;
import gcscope.vm.session.StopCondition;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debugger session over real compiled programs and the real Machine. */
class SessionOnProgramsTest {
    private Session session;

    @AfterEach
    void close() {
        if (session != null) session.close();
    }

    private static String source(String name) throws IOException {
        try (InputStream in = SessionOnProgramsTest.class.getResourceAsStream(name.startsWith("/") ? name : "/gcscope/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Session open(String name, RunOptions options) throws IOException {
        String src = source(name);
        CompileResult r = Compiler.compile(name, src, options.compile());
        assertTrue(r.ok(), r.diagnostics().toString());
        session = new Session(r.program(), src, options);
        return session;
    }

    private static VmSnapshot get(CompletableFuture<VmSnapshot> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static final RunOptions STRESS_SANITIZED = RunOptions.DEFAULT.withGc(GcPolicy.STRESS).withSanitize(true);

    @Test
    void stepsForwardThenBackGiveEqualSnapshots() throws Exception {
        open("trees.vo", STRESS_SANITIZED);
        List<VmSnapshot> forward = new ArrayList<>();
        forward.add(get(session.goToStep(0)));
        for (int i = 0; i < 150; i++) forward.add(get(session.stepInstruction()));
        for (int i = 149; i >= 0; i--) {
            VmSnapshot back = get(session.stepBack());
            VmSnapshot original = forward.get(i);
            assertEquals(original.step(), back.step());
            assertEquals(original.fibers(), back.fibers(), "fibers at step " + i);
            assertEquals(original.heap(), back.heap(), "heap at step " + i);
            assertEquals(original.gc(), back.gc(), "collector at step " + i);
            assertEquals(original.recentEvents(), back.recentEvents(), "events at step " + i);
            assertEquals(original.roots(), back.roots(), "roots at step " + i);
        }
    }

    @Test
    void goToStepAnywhereMatchesSteppingThere() throws Exception {
        open("trees.vo", STRESS_SANITIZED);
        VmSnapshot end = get(session.run());
        assertEquals(ExecStatus.FINISHED, end.status());
        assertEquals("total 620\n", end.stdout());
        for (long k : new long[]{9_000, 123, 17_001, 4_096, 4_097, 1}) {
            VmSnapshot jumped = get(session.goToStep(k));
            get(session.goToStep(k - 1));
            VmSnapshot stepped = get(session.stepInstruction());
            assertEquals(stepped.fibers(), jumped.fibers(), "step " + k);
            assertEquals(stepped.heap(), jumped.heap(), "step " + k);
            assertEquals(stepped.stdout(), jumped.stdout(), "step " + k);
        }
        assertEquals(end.step(), get(session.goToStep(Long.MAX_VALUE)).step());
    }

    @Test
    void lineBreakpointStopsAtThatLineAndSlotsHaveVariableNames() throws Exception {
        open("trees.vo", RunOptions.DEFAULT.withSanitize(true));
        session.toggleBreakpoint(29); // total += count(t)
        VmSnapshot s = get(session.run());
        assertEquals(ExecStatus.BREAKPOINT, s.status());
        FrameView top = s.currentFrame();
        assertEquals(29, top.pos().line());
        assertEquals("main.main", top.function());
        assertTrue(top.slots().stream().map(SlotView::name).toList().containsAll(List.of("total", "i", "t")), top.slots().toString());
        VmSnapshot next = get(session.run());
        assertEquals(29, next.currentFrame().pos().line());
        assertTrue(next.step() > s.step());
        assertEquals(s.step(), get(session.runBack()).step());
    }

    @Test
    void firstStepOverFromTheEntryWrapperStopsAtMainsFirstLine() throws Exception {
        open("trees.vo", RunOptions.DEFAULT);
        VmSnapshot over = get(session.stepOver());
        assertEquals("main.main", over.currentFrame().function());
        assertEquals(26, over.currentFrame().pos().line(), "total := 0, not the end of the program");
        assertEquals(ExecStatus.PAUSED, over.status());
        VmSnapshot next = get(session.stepOver());
        assertEquals(27, next.currentFrame().pos().line());
    }

    @Test
    void stepIntoEntersACallAndStepOutReturns() throws Exception {
        open("trees.vo", RunOptions.DEFAULT);
        session.toggleBreakpoint(28); // t := build(4)
        VmSnapshot at = get(session.run());
        session.toggleBreakpoint(28);
        VmSnapshot in = get(session.stepInto());
        assertEquals("main.build", in.currentFrame().function());
        get(session.stepInto());
        VmSnapshot back = get(session.stepBackOut());
        assertEquals("main.main", back.currentFrame().function());
        assertTrue(back.step() >= at.step() && back.step() < in.step(), "back at the call of build");
        VmSnapshot in2 = get(session.stepInto());
        assertEquals(in.step(), in2.step(), "into the same call again");
        VmSnapshot out = get(session.stepOut());
        assertEquals("main.main", out.currentFrame().function());
        VmSnapshot over = get(session.stepOver());
        assertEquals("main.main", over.currentFrame().function());
        assertEquals(29, over.currentFrame().pos().line(), "over the rest of line 28 to the next line");
    }

    @Test
    void runStopsAtTheCallBufferViolationAndFindsTheWriterOfTheBadSlot() throws Exception {
        RunOptions o = RunOptions.DEFAULT.withCompile(RunOptions.DEFAULT.compile().withCallBuffer(CallBufferMode.REUSE_DST))
                .withGc(GcPolicy.NORMAL).withSanitize(true).withOnViolation(OnViolation.CONTINUE);
        open("callbuf.vo", o);
        session.addStopCondition(new StopCondition.FirstViolation());
        VmSnapshot s = get(session.run());
        assertEquals(ExecStatus.VIOLATION, s.status());
        assertEquals(1, s.violations().size());
        SlotView bad = s.currentFrame().slots().stream().filter(SlotView::mismatch).findFirst().orElseThrow();
        assertEquals(2, bad.raw());
        int depth = s.fibers().get(0).frames().size() - s.currentFrame().depth();
        long writer = session.findSlotWriter(s.fibers().get(0).id(), depth, bad.index()).get(60, TimeUnit.SECONDS).orElseThrow();
        VmSnapshot w = get(session.goToStep(writer));
        Program p = session.program();
        FrameView f = w.currentFrame();
        Opcode op = Instruction.op(p.function(f.funcId()).code(), f.pc());
        assertEquals(Opcode.LOAD_INT, op, "the instruction that wrote the integer into the GCREF slot");
    }

    @Test
    void aFreedObjectLeadsToTheSweepThatFreedIt() throws Exception {
        open("trees.vo", RunOptions.DEFAULT.withSanitize(true));
        VmSnapshot s = get(session.run()); // the normal pacing runs one cycle; its tombstones stay visible
        var freed = s.heap().objects().stream().filter(o -> o.colour() == gcscope.vm.heap.Colour.FREED).findFirst().orElseThrow();
        VmSnapshot at = get(session.goToFreeOf(freed.address()));
        assertEquals(freed.freedStep(), at.step());
        VmSnapshot before = get(session.goToStep(at.step() - 1));
        var alive = before.heap().objectAt(freed.address());
        assertTrue(alive != null && alive.colour() != gcscope.vm.heap.Colour.FREED, "alive one step before its sweep");
    }

    @Test
    void aMissedRootLeadsToTheMarkPhaseWhoseRootScanMissedIt() throws Exception {
        gcscope.vm.config.CompileOptions c = STRESS_SANITIZED.compile();
        // the garbage-cycle lesson's program: skip-root misses a box held only by the oldest frame
        open("/gcscope/lessons/garbage-cycle/program.vo", STRESS_SANITIZED.withCompile(new gcscope.vm.config.CompileOptions(c.callBuffer(),
                c.tagLayout(), c.intern(), gcscope.vm.config.Fault.SKIP_ROOT)).withOnViolation(OnViolation.CONTINUE));
        VmSnapshot end = get(session.goToStep(2_000));
        var missed = end.violations().stream().filter(v -> v.kind() == gcscope.vm.check.ViolationKind.MISSED_ROOT).toList();
        assertTrue(!missed.isEmpty() && end.violations().size() >= 2, "skip-root makes the sanitizer find a missed root: " + end.violations());
        var v = missed.get(missed.size() - 1);
        assertTrue(v.step() > 1, "reported at " + v.step());
        VmSnapshot at = get(session.goToMissedRoot(v.address()));
        assertEquals(ExecStatus.VIOLATION, at.status());
        assertTrue(at.step() == v.step() || at.step() == v.step() + 1, "at " + at.step() + ", reported at " + v.step());
        assertEquals(v, at.violations().get(at.violations().size() - 1), "the finding is the newest one there");
        VmSnapshot before = get(session.goToStep(at.step() - 1));
        assertFalse(before.violations().contains(v), "not yet reported one step before");
        VmSnapshot none = get(session.goToMissedRoot(1));
        assertEquals(before.step(), none.step(), "no finding about that address: stays put");
    }

    @Test
    void pausingALongRunKeepsItRewindable() throws Exception {
        open("trees.vo", RunOptions.DEFAULT.withSanitize(true));
        VmSnapshot mid = get(session.goToStep(10_000));
        assertEquals(10_000, mid.step());
        VmSnapshot back = get(session.goToStep(5_000));
        assertEquals(5_000, back.step());
        assertTrue(session.recordingStats().get(10, TimeUnit.SECONDS).contains("checkpoints"));
    }
}

package gcscope.vm.session;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.GcCounters;
import gcscope.vm.snapshot.GcView;
import gcscope.vm.snapshot.HeapView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny deterministic register machine used to test the session's stepping, time travel and
 * breakpoints independently of the real interpreter. Each function is a list of instructions
 * {op, a, b, c, line}; each frame has four registers.
 */
final class ToyEngine implements Engine {
    enum Op { SET, ADD, CALL, RET, JLT, PRINT, VIOL }

    record Ins(Op op, int a, long b, int c, int line) {
    }

    private final List<List<Ins>> functions;
    private final ProgramOutput out;
    private State s = new State();

    private static final class State {
        long steps;
        int depth;
        int[] func = new int[64];
        int[] pc = new int[64];
        long[][] regs = new long[64][];
        int violations;
        Outcome outcome = Outcome.SUSPENDED;

        State copy() {
            State c = new State();
            c.steps = steps;
            c.depth = depth;
            c.func = func.clone();
            c.pc = pc.clone();
            c.regs = new long[regs.length][];
            for (int i = 0; i < depth; i++) c.regs[i] = regs[i].clone();
            c.violations = violations;
            c.outcome = outcome;
            return c;
        }
    }

    ToyEngine(List<List<Ins>> functions, ProgramOutput out) {
        this.functions = functions;
        this.out = out;
        push(0);
    }

    private void push(int f) {
        s.func[s.depth] = f;
        s.pc[s.depth] = 0;
        s.regs[s.depth] = new long[4];
        s.depth++;
    }

    @Override
    public long steps() { return s.steps; }

    @Override
    public Outcome runFor(long max) {
        for (long i = 0; i < max && !ended(); i++) execute();
        return s.outcome;
    }

    private void execute() {
        int top = s.depth - 1;
        Ins ins = functions.get(s.func[top]).get(s.pc[top]);
        long[] r = s.regs[top];
        s.pc[top]++;
        switch (ins.op()) {
            case SET -> r[ins.a()] = ins.b();
            case ADD -> r[ins.a()] += ins.b();
            case CALL -> push(ins.a());
            case RET -> {
                s.depth--;
                if (s.depth == 0) s.outcome = Outcome.FINISHED;
            }
            case JLT -> { if (r[ins.a()] < ins.b()) s.pc[top] = ins.c(); }
            case PRINT -> out.stdout(r[ins.a()] + "\n");
            case VIOL -> s.violations++;
        }
        s.steps++;
    }

    @Override
    public boolean ended() { return s.outcome != Outcome.SUSPENDED; }

    @Override
    public Outcome outcome() { return s.outcome; }

    @Override
    public Object checkpoint() { return s.copy(); }

    @Override
    public long checkpointBytes(Object checkpoint) { return 1_000; }

    @Override
    public void restore(Object checkpoint) { s = ((State) checkpoint).copy(); }

    @Override
    public Location location() {
        if (ended()) return Location.NONE;
        int top = s.depth - 1;
        return new Location(0, s.depth, s.func[top], s.pc[top], functions.get(s.func[top]).get(s.pc[top]).line());
    }

    @Override
    public VmSnapshot snapshot(ExecStatus status, String stdout, String stderr) {
        List<FrameView> frames = new ArrayList<>();
        for (int d = s.depth - 1; d >= 0; d--) {
            List<SlotView> slots = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long v = s.regs[d][i];
                slots.add(new SlotView(i, SlotType.VALUE, v, SlotType.VALUE, "r" + i, Long.toString(v), false, ""));
            }
            int line = functions.get(s.func[d]).get(Math.min(s.pc[d], functions.get(s.func[d]).size() - 1)).line();
            frames.add(new FrameView(s.depth - 1 - d, s.func[d], "f" + s.func[d], s.pc[d], new SourcePos(line, 1), 0, slots));
        }
        GcView gc = new GcView(phase(), 0, 0, List.of(), List.of(), 0, 0, new GcCounters(0, 0, 0, 0, 0, 0, 0, 0, s.steps));
        return new VmSnapshot(s.steps, status, List.of(new FiberView(0, ended() ? "dead" : "running", true, frames)),
                List.of(), new HeapView(List.of(), 0, 0, 0), List.of(), gc, List.of(), List.of(), null, stdout, stderr,
                ended() ? s.outcome.exitCode() : -1);
    }

    /** The collector phase flips every 7 steps (enough to test phase-change stops). */
    @Override
    public GcPhase phase() { return (s.steps / 7) % 2 == 0 ? GcPhase.PAUSE : GcPhase.PROPAGATE; }

    @Override
    public Colour colourAt(long address) { return address == 4096 ? ((s.steps / 5) % 2 == 0 ? Colour.WHITE0 : Colour.BLACK) : null; }

    @Override
    public int violationCount() { return s.violations; }

    @Override
    public Long slotWord(int fiber, int depth, int slot) {
        if (fiber != 0 || depth < 1 || depth > s.depth) return null;
        return s.regs[depth - 1][slot];
    }

    @Override
    public Long heapWord(long address) { return null; }

    @Override
    public byte[] objectBytes(long address) { return new byte[0]; }

    @Override
    public long freedStep(long address) { return -1; }
}

package gcscope.vm.interp;

import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.gc.Collector;
import gcscope.vm.heap.Heap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only view of a {@link Machine} at an instruction boundary, for the session's snapshots:
 * fibers with their frames, the raw bits and shadow kinds of every live slot, globals, where execution
 * is, and the (live) heap and collector. Fiber data is copied when the view is made.
 */
public final class MachineView {
    /** One frame: function, pc (the next instruction; a caller's pc is at its call), base pointer. */
    public record FrameInfo(int funcId, String function, int pc, SourcePos pos, int bp, int size, boolean deferred,
                            long closure) {
    }

    /**
     * One goroutine: id, state ("running", "runnable", "chan send", "chan receive", "done"), frames from
     * the outermost (index 0) to the innermost, the stack words up to the top frame's end, and the shadow
     * kinds (SlotType ordinals; null without the sanitizer).
     */
    public record FiberInfo(int id, String state, List<FrameInfo> frames, long[] stack, byte[] shadow,
                            int pendingDefers, boolean panicking) {
        /** Raw bits of slot {@code slot} of frame {@code frame}. */
        public long slot(int frame, int slot) {
            return stack[frames.get(frame).bp() + slot];
        }

        /** Shadow kind of a slot (what was last written), or null without the sanitizer. */
        public SlotType shadowKind(int frame, int slot) {
            return shadow == null ? null : SlotType.values()[shadow[frames.get(frame).bp() + slot]];
        }
    }

    private final Machine m;
    private final List<FiberInfo> fibers;
    private final long[] globals;
    private final int current;

    MachineView(Machine m) {
        this.m = m;
        this.globals = m.globals.clone();
        this.current = m.current;
        List<FiberInfo> fs = new ArrayList<>();
        for (int i = 0; i < m.fibers.size(); i++) {
            Fiber f = m.fibers.get(i);
            List<FrameInfo> frames = new ArrayList<>();
            int end = 0;
            for (int k = 0; k < f.depth; k++) {
                FunctionDef fn = m.program.function(f.fFunc[k]);
                frames.add(new FrameInfo(fn.id(), fn.name(), f.fPc[k], fn.pos(f.fPc[k]), f.fBp[k], fn.frameSize(),
                        (f.fFlags[k] & Fiber.F_DEFERRED) != 0, f.fClosure[k]));
                end = Math.max(end, f.fBp[k] + fn.frameSize());
            }
            String state = switch (f.state) {
                case Fiber.DONE -> "done";
                case Fiber.BLOCKED -> f.blockOp == Fiber.BLOCK_SEND ? "chan send" : "chan receive";
                default -> i == m.current ? "running" : "runnable";
            };
            fs.add(new FiberInfo(f.id, state, List.copyOf(frames), Arrays.copyOf(f.stack, end),
                    f.shadow == null ? null : Arrays.copyOf(f.shadow, end), f.deferCount, f.panicking));
        }
        this.fibers = List.copyOf(fs);
    }

    public Program program() { return m.program; }

    public Heap heap() { return m.heap; }

    public Collector collector() { return m.collector; }

    public long steps() { return m.steps; }

    /** Null while the program can go on. */
    public Outcome outcome() { return m.outcome; }

    /** The trap that ended the run, or null. */
    public Trap trap() { return m.trap; }

    public List<FiberInfo> fibers() { return fibers; }

    /** Index in {@link #fibers()} of the fiber that runs next. */
    public int currentFiber() { return current; }

    /** Global slots (copy), typed by {@code program().globalTypes()}. */
    public long[] globals() { return globals.clone(); }

    /** The innermost frame of the current fiber, or null when nothing runs. */
    public FrameInfo currentFrame() {
        if (current >= fibers.size()) return null;
        List<FrameInfo> fr = fibers.get(current).frames();
        return fr.isEmpty() ? null : fr.get(fr.size() - 1);
    }

    /** Source position of the next instruction (NONE when nothing runs). */
    public SourcePos currentPos() {
        FrameInfo f = currentFrame();
        return f == null ? SourcePos.NONE : f.pos();
    }
}

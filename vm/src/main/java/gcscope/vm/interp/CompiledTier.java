package gcscope.vm.interp;

import gcscope.vm.bytecode.Opcode;

/**
 * The compiled tier of one machine: the program's functions translated to JVM methods ({@link TierCompiler}),
 * used when there is no stress collector and no step limit, while only one goroutine exists (under the sanitizer
 * the generated code calls the interpreter's per-instruction hook after every instruction), so that scheduling, collection and output are exactly the interpreter's. Compiled code
 * stops exactly where {@link Machine#runFor} must end ({@link Machine#tierLimit}), so the inspector's runs and
 * recording's checkpoints use it too.
 *
 * <p>Compiled code keeps every piece of state where the interpreter keeps it (slots in the fiber's stack, frames in
 * its frame arrays, the step counter in {@link Machine#steps}), so either side can continue from the other at an
 * instruction boundary: the interpreter enters compiled code at a function's entry points ({@link #canEnter}), and
 * compiled code hands back through {@link TierBailout} whenever an instruction needs the interpreter (a RETURN
 * with defers, a goroutine started, a blocked channel, a call deeper than {@link #JAVA_DEPTH} compiled frames).
 */
final class CompiledTier {
    /** Compiled frames one entry may nest before calls go through the interpreter (bounds the Java stack). */
    static final int JAVA_DEPTH = 1000;
    /** Compiled code is entered only when the run may go on for more instructions than this (single steps stay interpreted). */
    static final int MIN_RUN = 64;

    private final Machine m;
    private final TierCode code;
    /** Per function: the pcs compiled code can start at, or null when the function is not compiled. */
    private final boolean[][] entries;
    final int maxDepth;
    /**
     * Frame depth at which a compiled call stops (set per entry): the Java stack's cap for compiled frames, or the
     * program's depth limit when that comes first (the call then tells the two apart).
     */
    int depthCap = Integer.MAX_VALUE;
    /** Times the interpreter entered compiled code. */
    long entered;
    /** Opcodes after which compiled code always hands over (they start goroutines). */
    final boolean[] leavesAfter = new boolean[Opcode.count()];

    /** Result of {@link #enter}: continue in the interpreter, which runs the instruction at the top frame's pc itself. */
    static final int HANDED_OVER = -2;

    /** Leaves before the instruction at the top frame's pc (the interpreter runs it). */
    final TierBailout resume = new TierBailout(HANDED_OVER);
    /** Leaves after an instruction that changed the frames (the interpreter continues from the top frame's pc). */
    final TierBailout reload = new TierBailout(Calls.CONTINUE);
    final TierBailout halt = new TierBailout(Interpreter.R_HALT);
    private final TierBailout blocked = new TierBailout(Interpreter.R_BLOCKED);
    private final TierBailout fiberDone = new TierBailout(Interpreter.R_FIBER_DONE);
    private final TierBailout nestedDone = new TierBailout(Interpreter.R_NESTED_DONE);

    CompiledTier(Machine m, TierCode code, boolean[][] entries) {
        this.m = m;
        this.code = code;
        this.entries = entries;
        this.maxDepth = m.options.maxDepth() <= 0 ? Integer.MAX_VALUE : m.options.maxDepth();
        leavesAfter[Opcode.GO.ordinal()] = true;
        leavesAfter[Opcode.GO_CLOSURE.ordinal()] = true;
    }

    /** True when function {@code fn} is compiled, can start at {@code pc}, and no other goroutine exists. */
    boolean canEnter(int fn, int pc) {
        boolean[] e = entries[fn];
        return e != null && e[pc] && m.fibers.size() == 1 && m.tierLimit - m.steps > MIN_RUN;
    }

    boolean isCompiled(int fn) {
        return entries[fn] != null;
    }

    /** The bailout for an interpreter result of {@link Ops#exec} other than NEXT. */
    TierBailout after(int opsResult) {
        return switch (opsResult) {
            case Ops.RELOAD -> reload;
            case Ops.BLOCK -> blocked;
            case Ops.FIBER_DONE -> fiberDone;
            case Ops.NESTED_DONE -> nestedDone;
            default -> halt;
        };
    }

    /**
     * Runs the top frame of {@code f} (function {@code fn}, at entry point {@code pc}) in compiled code until it
     * returns or hands over. Returns {@link Calls#CONTINUE} or {@link #HANDED_OVER} when the interpreter should
     * continue from the fiber's top frame, else the interpreter result that ends its loop.
     */
    int enter(Fiber f, int fn, int pc) {
        entered++;
        int savedCap = depthCap;
        depthCap = Math.min(maxDepth, f.depth + JAVA_DEPTH);
        try {
            code.run(m, f, fn, pc);
            f.fPc[f.depth - 1]++; // the compiled frame returned: its caller continues after the call
            return Calls.CONTINUE;
        } catch (TierBailout b) {
            return b.result;
        } catch (GoPanic p) {
            return m.calls.raise(f, p);
        } catch (VmHalt h) {
            m.halt(h.trap(f, m, f.fPc[f.depth - 1]));
            return Interpreter.R_HALT;
        } catch (RuntimeException e) {
            m.halt(m.wildTrap(f, f.fPc[f.depth - 1], e));
            return Interpreter.R_HALT;
        } finally {
            depthCap = savedCap;
        }
    }
}

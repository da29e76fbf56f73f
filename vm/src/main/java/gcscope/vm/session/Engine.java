package gcscope.vm.session;

import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.interp.Outcome;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.VmSnapshot;

/**
 * What the {@link Session} needs of a steppable, deterministic VM: execute a bounded number of
 * instructions, copy and restore the whole state, say where execution is, and build a snapshot.
 * The real implementation wraps the interpreter's {@code Machine}; tests may supply a small model.
 * Output goes to the {@link gcscope.vm.interp.ProgramOutput} given when the engine was created.
 */
public interface Engine {

    /** Instructions executed so far. */
    long steps();

    /** Executes up to {@code max} instructions; SUSPENDED when the budget is used up and the program can go on. */
    Outcome runFor(long max);

    /** True once the program has ended (finished, panicked, trapped, or stopped at a violation). */
    boolean ended();

    /** How it ended (SUSPENDED while it has not). */
    Outcome outcome();

    /** A full, independent copy of the state (restoring it twice gives the same state twice). */
    Object checkpoint();

    /**
     * A checkpoint that may share unchanged parts with {@code base} (an earlier checkpoint of this engine,
     * or null); restoring it gives the same state as a full one. By default a full checkpoint.
     */
    default Object checkpoint(Object base) {
        return checkpoint();
    }

    /** An estimate of the memory a checkpoint allocated, in bytes (parts shared with its base not counted). */
    long checkpointBytes(Object checkpoint);

    /** An estimate of the memory all these checkpoints hold together, parts shared between them counted once. */
    default long retainedBytes(java.util.Collection<Object> checkpoints) {
        long b = 0;
        for (Object c : checkpoints) b += checkpointBytes(c);
        return b;
    }

    void restore(Object checkpoint);

    /** Where the next instruction is: fiber id, frame depth (1 = outermost frame), function, pc, source line. */
    Location location();

    /** The state as an immutable snapshot. */
    VmSnapshot snapshot(ExecStatus status, String stdout, String stderr);

    GcPhase phase();

    /** Colour of the object containing {@code address}, or null when there is none. */
    Colour colourAt(long address);

    /** Number of sanitizer violations recorded so far. */
    int violationCount();

    /**
     * The 64-bit word a watch refers to, to detect its writes by replay: stack slot {@code slot} of the
     * frame at {@code depth} (1 = outermost) of fiber {@code fiber}; null when that frame does not exist.
     */
    Long slotWord(int fiber, int depth, int slot);

    /** The heap word at {@code address} (8-byte aligned), or null when no live object holds it. */
    Long heapWord(long address);

    /** The step at which the sweep freed the object whose (former) extent contains {@code address}; -1 if it is not freed. */
    long freedStep(long address);

    /** The raw bytes of the object containing {@code address} (header included); empty when there is none. */
    byte[] objectBytes(long address);

    /** Where the next instruction is. {@code depth} counts frames of the fiber, 1 being the outermost. */
    record Location(int fiber, int depth, int funcId, int pc, int line) {
        public static final Location NONE = new Location(-1, 0, -1, -1, 0);
    }
}

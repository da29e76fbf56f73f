package gcscope.vm.gc;

/**
 * The VM as the collector sees it (implemented by the interpreter's Machine): every root, and the
 * step counter. Roots are: every live frame of every fiber (through its function's slotTypes), the
 * globals, pending defers (closure and argument words), panic values being propagated, and return
 * values in flight.
 */
public interface RootSource {
    /** Calls {@link RootVisitor#frame} for every live frame (per fiber, oldest first), then {@link RootVisitor#word} for every other root word. */
    void visitRoots(RootVisitor visitor);

    /** Instructions executed so far (stamped on events, tombstones and violations). */
    long step();

    /** Where execution is: the current fiber's innermost frame and its next instruction, or null when nothing runs. */
    default Where where() {
        return null;
    }

    /** A position at an instruction boundary ({@code frame} counts from the fiber's oldest frame, 0). */
    record Where(int fiber, int frame, String function, int pc, gcscope.vm.bytecode.SourcePos pos) {
    }
}

package gcscope.views.compare;

/**
 * One difference between the two columns of compare mode at the same step: what kind, where (a slot,
 * an object, the output), and how each side shows it ("" when the thing does not exist on that side).
 */
public record Difference(Kind kind, String where, String left, String right) {
    /** What differs; the compare panel groups and colours by it. */
    public enum Kind {
        /** The two runs are at different places or one has stopped (step, status, trap, exit code). */
        STATUS,
        /** The first sanitizer violation of one side is missing or different on the other. */
        FIRST_VIOLATION,
        /** A stack slot of a frame present on both sides holds other bits or another kind. */
        SLOT,
        /** A frame exists on one side only (the call stacks diverged). */
        FRAME,
        /** A heap object exists (or is alive) on one side only. */
        OBJECT_ONE_SIDE,
        /** An object at the same address has another kind, type or mark colour. */
        OBJECT,
        /** The program's output so far differs. */
        OUTPUT
    }

    @Override
    public String toString() {
        return kind + "  " + where + ":  " + (left.isEmpty() ? "(none)" : left) + "  \u2260  " + (right.isEmpty() ? "(none)" : right);
    }
}

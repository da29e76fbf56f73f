package gcscope.views.compare;

/**
 * A stack slot named so that it can be found in another run of the same program: fiber id, frame
 * position counted from the outermost frame (innermost-first depths shift when the stacks differ),
 * and slot index.
 */
public record SlotKey(int fiber, int frameFromOuter, int slot) {
}

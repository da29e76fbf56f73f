package gcscope.vm.gc;

/**
 * One collector action. {@code address} is the object concerned (0 if none); {@code other} is the
 * referrer for MARKED (0 = a root), the child for BARRIER_FIRED, otherwise 0. {@code phase} is the
 * phase after the event (the new phase for PHASE_CHANGED).
 */
public record GcEvent(long step, GcEventKind kind, long address, long other, int cycle, GcPhase phase) {
}

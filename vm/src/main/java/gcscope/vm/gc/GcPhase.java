package gcscope.vm.gc;

/** Phases of the incremental collector: PAUSE -> PROPAGATE -> ATOMIC -> SWEEP -> PAUSE. */
public enum GcPhase { PAUSE, PROPAGATE, ATOMIC, SWEEP }

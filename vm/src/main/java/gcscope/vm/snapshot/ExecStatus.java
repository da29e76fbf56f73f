package gcscope.vm.snapshot;

/** Why execution is stopped where the snapshot was taken. */
public enum ExecStatus {
    /** Loaded, nothing executed yet. */
    READY,
    /** After a step, a pause, or a goToStep. */
    PAUSED,
    BREAKPOINT,
    VIOLATION,
    TRAPPED,
    PANICKED,
    /** The program ended normally. */
    FINISHED
}

package gcscope.vm.interp;

/** How a run ended (or why it stopped). Exit codes are CLI.md's. */
public enum Outcome {
    /** main returned (or os-style exit 0). */
    FINISHED(0),
    /** Unrecovered panic, failed assert, or fatal error (deadlock). */
    PANICKED(2),
    /** Wild reference, use after free, or a limit reached. */
    TRAPPED(3),
    /** A sanitizer violation with on-violation=stop. */
    VIOLATION(4),
    /** Not finished: stopped by a step budget, a breakpoint or a pause (Session use only). */
    SUSPENDED(-1);

    private final int exitCode;

    Outcome(int exitCode) { this.exitCode = exitCode; }

    public int exitCode() { return exitCode; }
}

package gcscope.vm.config;

/**
 * Options of one run of the VM (CLI.md "Run options"). Limits of 0 mean "no limit" except where a
 * default is given. {@code compile} holds the options the compiler needs; the VM reads the same
 * record so that the two can never disagree.
 */
public record RunOptions(
        CompileOptions compile,
        GcPolicy gc,
        int gcPause,          // percent, default 200
        int gcStepMul,        // percent, default 200
        int timeSlice,        // instructions per fiber time slice, default 1000
        boolean sanitize,
        OnViolation onViolation,
        boolean record,
        long maxSteps,        // 0 = unlimited
        long heapLimit,       // bytes, 0 = unlimited
        int maxDepth,         // call depth, default 1,000,000 (Go programs recurse deeply; a Go stack holds millions of small frames)
        int maxGoroutines,    // default 10000
        long maxOutput) {     // bytes of stdout+stderr, 0 = unlimited

    public static final RunOptions DEFAULT = new RunOptions(CompileOptions.DEFAULT, GcPolicy.NORMAL, 200, 200, 1000,
            false, OnViolation.STOP, false, 0, 0, 1_000_000, 10_000, 0);

    public Fault fault() { return compile.fault(); }

    public RunOptions withGc(GcPolicy p) { return new RunOptions(compile, p, gcPause, gcStepMul, timeSlice, sanitize, onViolation, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withSanitize(boolean on) { return new RunOptions(compile, gc, gcPause, gcStepMul, timeSlice, on, onViolation, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withOnViolation(OnViolation v) { return new RunOptions(compile, gc, gcPause, gcStepMul, timeSlice, sanitize, v, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withCompile(CompileOptions c) { return new RunOptions(c, gc, gcPause, gcStepMul, timeSlice, sanitize, onViolation, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withTimeSlice(int n) { return new RunOptions(compile, gc, gcPause, gcStepMul, n, sanitize, onViolation, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withMaxSteps(long n) { return new RunOptions(compile, gc, gcPause, gcStepMul, timeSlice, sanitize, onViolation, record, n, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withRecord(boolean on) { return new RunOptions(compile, gc, gcPause, gcStepMul, timeSlice, sanitize, onViolation, on, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
    public RunOptions withLimits(long heapLimitBytes, int depth, int goroutines, long output) { return new RunOptions(compile, gc, gcPause, gcStepMul, timeSlice, sanitize, onViolation, record, maxSteps, heapLimitBytes, depth, goroutines, output); }
    public RunOptions withPacing(int pause, int stepMul) { return new RunOptions(compile, gc, pause, stepMul, timeSlice, sanitize, onViolation, record, maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput); }
}

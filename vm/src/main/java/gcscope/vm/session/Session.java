package gcscope.vm.session;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.SnapshotDiff;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A recording debugger over one program run. Every command runs in order on the session's own
 * worker thread and completes with the snapshot where execution stopped; listeners get the same
 * snapshot (and, during long runs, a progress snapshot at most every ~100 ms). Backwards commands
 * restore the nearest checkpoint and re-execute deterministically ({@link Timeline}).
 */
public final class Session implements AutoCloseable {
    static final long INITIAL_SPACING = 4_096;
    static final long CHECKPOINT_BUDGET = 512L << 20;
    private static final long PROGRESS_NANOS = 100_000_000L;
    private static final long CHUNK = 8_192;
    /** A run's chunks shrink while one takes longer than this (instructions doing bulk work), so a pause is seen promptly. */
    private static final long SLOW_CHUNK_NANOS = 50_000_000L;
    private static final long OBJECT_BYTES_WAIT_MS = 250;

    private final Program program;
    private final String sourceText;
    private final RunOptions options;
    private final Function<ProgramOutput, Engine> engineFactory;
    private final ExecutorService worker;
    private final List<Consumer<VmSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final StopRules rules;
    private volatile boolean pauseRequested;
    /** Instructions per chunk of a run: shrinks while chunks are slow, grows back to CHUNK while they are fast. */
    private long chunkSize = CHUNK;
    private volatile boolean running;
    private volatile VmSnapshot current;
    // Worker-thread state:
    private Engine engine;
    private OutputLog output;
    private Timeline timeline;

    public Session(Program program, String sourceText, RunOptions options) {
        this(program, sourceText, options, out -> Engines.forMachine(program, options, out));
    }

    /** A session over any engine (tests use a small deterministic model). */
    public Session(Program program, String sourceText, RunOptions options, Function<ProgramOutput, Engine> engineFactory) {
        this.program = program;
        this.sourceText = sourceText;
        this.options = options;
        this.engineFactory = engineFactory;
        this.rules = new StopRules(program);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gcscope-session");
            t.setDaemon(true);
            return t;
        });
        load();
    }

    private void load() {
        output = new OutputLog();
        engine = engineFactory.apply(output);
        timeline = new Timeline(engine, output, INITIAL_SPACING, CHECKPOINT_BUDGET);
        current = engine.snapshot(ExecStatus.READY, "", "");
    }

    public Program program() { return program; }

    public String sourceText() { return sourceText; }

    public RunOptions options() { return options; }

    /** The snapshot published last. */
    public VmSnapshot current() { return current; }

    public void addListener(Consumer<VmSnapshot> l) { listeners.add(l); }

    public void removeListener(Consumer<VmSnapshot> l) { listeners.remove(l); }

    public boolean isRunning() { return running; }

    /** Stops a run soon (thread-safe); the run's future completes with the snapshot where it stopped. */
    public void pause() { pauseRequested = true; }

    // ---- breakpoints and conditional stops (thread-safe)

    public void toggleBreakpoint(int line) { rules.toggleLine(line); }

    public Set<Integer> breakpoints() { return rules.lines(); }

    public void toggleInstructionBreakpoint(int funcId, int pc) { rules.toggleInstruction(funcId, pc); }

    /** Instruction breakpoints as "funcId:pc" pairs. */
    public Set<String> instructionBreakpoints() {
        return rules.instructions().stream().map(k -> (k >> 32) + ":" + (int) (long) k).collect(Collectors.toSet());
    }

    public void addStopCondition(StopCondition c) { rules.addCondition(c); }

    public boolean removeStopCondition(StopCondition c) { return rules.removeCondition(c); }

    public List<StopCondition> stopConditions() { return rules.conditions(); }

    // ---- forward commands

    public CompletableFuture<VmSnapshot> stepInstruction() {
        return submit(() -> forward(Goal.instruction(), false));
    }

    public CompletableFuture<VmSnapshot> stepInto() {
        return submit(() -> forward(Goal.into(engine.location()), false));
    }

    /**
     * Steps over the current line. In a runtime frame (the entry wrapper {@code runtime.main}, which the
     * person never wrote and Go never shows) there is no line of theirs to step over: it steps into the
     * program instead, so the first F10 stops at main's first line rather than running the whole program.
     */
    public CompletableFuture<VmSnapshot> stepOver() {
        return submit(() -> {
            Engine.Location at = engine.location();
            return forward(inRuntimeFrame(at) ? Goal.into(at) : Goal.over(at), false);
        });
    }

    private boolean inRuntimeFrame(Engine.Location at) {
        return program != null && at.funcId() >= 0 && at.funcId() < program.functions().size()
                && program.function(at.funcId()).name().startsWith("runtime.");
    }

    public CompletableFuture<VmSnapshot> stepOut() {
        return submit(() -> forward(Goal.out(engine.location()), false));
    }

    /** Runs until a breakpoint, a conditional stop, a new violation, a trap, the end, or {@link #pause()}. */
    public CompletableFuture<VmSnapshot> run() {
        return submit(() -> forward(Goal.never(), true));
    }

    // ---- backward commands

    public CompletableFuture<VmSnapshot> stepBack() {
        return submit(() -> seekTo(Math.max(0, engine.steps() - 1)));
    }

    public CompletableFuture<VmSnapshot> stepBackInto() {
        return submit(() -> seekTo(reverse().backInto()));
    }

    public CompletableFuture<VmSnapshot> stepBackOver() {
        return submit(() -> seekTo(reverse().backOver()));
    }

    public CompletableFuture<VmSnapshot> stepBackOut() {
        return submit(() -> seekTo(reverse().backOut()));
    }

    /** Back to the previous breakpoint, conditional stop or violation; step 0 if there is none. */
    public CompletableFuture<VmSnapshot> runBack() {
        return submit(() -> {
            long s = reverse().previousStop();
            return seekTo(s, s > 0 ? ExecStatus.BREAKPOINT : null);
        });
    }

    /** Moves to step {@code n} (clamped to the program's end). */
    public CompletableFuture<VmSnapshot> goToStep(long n) {
        return submit(() -> seekTo(Math.max(0, n)));
    }

    /** Back to step 0 with a fresh machine (breakpoints and conditions are kept); stops a run in progress first. */
    public CompletableFuture<VmSnapshot> reset() {
        if (running) pauseRequested = true;
        return submit(() -> {
            load();
            return current;
        });
    }

    // ---- "who wrote this?"

    /**
     * The step whose instruction last wrote (changed) slot {@code slot} of the frame at {@code depth}
     * (1 = outermost frame) of fiber {@code fiber}, before the current step; empty if none did.
     */
    public CompletableFuture<OptionalLong> findSlotWriter(int fiber, int depth, int slot) {
        return submitValue(() -> reverse().lastChange(() -> engine.slotWord(fiber, depth, slot)));
    }

    /** The step whose instruction last wrote (changed) the heap word at {@code address}; empty if none did. */
    public CompletableFuture<OptionalLong> findHeapWriter(long address) {
        long aligned = address & ~7L;
        return submitValue(() -> reverse().lastChange(() -> engine.heapWord(aligned)));
    }

    /** Moves to the step that last wrote the slot (so its instruction is the next to execute); stays if none. */
    public CompletableFuture<VmSnapshot> goToSlotWriter(int fiber, int depth, int slot) {
        return submit(() -> {
            OptionalLong s = reverse().lastChange(() -> engine.slotWord(fiber, depth, slot));
            return s.isPresent() ? seekTo(s.getAsLong()) : current;
        });
    }

    /**
     * For a freed object: moves to the step at which the sweep freed it (from its tombstone), so the
     * collector's events of that sweep are the recent ones. Stays put when the address is not freed now.
     */
    public CompletableFuture<VmSnapshot> goToFreeOf(long address) {
        return submit(() -> {
            long s = engine.freedStep(address);
            return s >= 0 ? seekTo(s) : current;
        });
    }

    /**
     * The step of the sanitizer's MISSED_ROOT finding about the object at {@code address}: the end of the
     * mark phase whose precise root scan missed it (empty when none was recorded so far).
     */
    public OptionalLong missedRootStep(long address) {
        for (gcscope.vm.check.Violation v : current.violations()) {
            if (v.kind() == gcscope.vm.check.ViolationKind.MISSED_ROOT && v.address() == address) return OptionalLong.of(v.step());
        }
        return OptionalLong.empty();
    }

    /**
     * For an object the collector should have kept: moves to the step at which the sanitizer reported that
     * the precise root scan missed it ({@link #missedRootStep}: the end of that mark phase), so that
     * finding is the newest one. Stays put when no such finding was recorded so far.
     */
    public CompletableFuture<VmSnapshot> goToMissedRoot(long address) {
        return submit(() -> {
            List<gcscope.vm.check.Violation> found = current.violations();
            for (int i = 0; i < found.size(); i++) {
                gcscope.vm.check.Violation v = found.get(i);
                if (v.kind() != gcscope.vm.check.ViolationKind.MISSED_ROOT || v.address() != address) continue;
                timeline.seek(v.step());
                if (engine.violationCount() <= i) timeline.seek(v.step() + 1); // reported while executing the next instruction
                return snapshot(ExecStatus.VIOLATION);
            }
            return current;
        });
    }

    /** The raw bytes (header included) of the object containing {@code address} now; empty if none. */
    public byte[] objectBytes(long address) {
        if (running) return new byte[0]; // never block a caller (the UI thread) behind a long run
        try {
            return worker.submit(() -> engine.objectBytes(address)).get(OBJECT_BYTES_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new byte[0];
        } catch (ExecutionException | TimeoutException e) {
            return new byte[0];
        }
    }

    /** What changed between two snapshots (a pure function; here for the API's convenience). */
    public SnapshotDiff diff(VmSnapshot before, VmSnapshot after) {
        return SnapshotDiff.between(before, after);
    }

    /** Checkpoint statistics: count, bytes held, current spacing. */
    public CompletableFuture<String> recordingStats() {
        return submitValue(() -> timeline.checkpointCount() + " checkpoints, " + timeline.totalBytes() + " bytes, every "
                + timeline.spacing() + " steps");
    }

    /** Checkpoint statistics as numbers: {count, bytes held, spacing in steps}. */
    public CompletableFuture<long[]> recordingNumbers() {
        return submitValue(() -> new long[] {timeline.checkpointCount(), timeline.totalBytes(), timeline.spacing()});
    }

    @Override
    public void close() {
        pauseRequested = true;
        worker.shutdownNow();
    }

    // ---- worker-thread internals

    private CompletableFuture<VmSnapshot> submit(Supplier<VmSnapshot> command) {
        return CompletableFuture.supplyAsync(() -> {
            pauseRequested = false;
            running = true;
            try {
                VmSnapshot s = command.get();
                publish(s);
                return s;
            } finally {
                running = false;
            }
        }, worker);
    }

    private <T> CompletableFuture<T> submitValue(Supplier<T> query) {
        return CompletableFuture.supplyAsync(() -> {
            long at = engine.steps();
            T value = query.get();
            timeline.seek(at); // queries leave the machine where it was
            return value;
        }, worker);
    }

    private void publish(VmSnapshot s) {
        current = s;
        for (Consumer<VmSnapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                // A failing listener must not stop the session or the other listeners.
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    private ReverseSearch reverse() {
        return new ReverseSearch(engine, timeline, rules);
    }

    private VmSnapshot seekTo(long step) {
        return seekTo(step, null);
    }

    private VmSnapshot seekTo(long step, ExecStatus status) {
        timeline.seek(step);
        return snapshot(status != null ? status : engine.ended() ? endStatus() : engine.steps() == 0 ? ExecStatus.READY : ExecStatus.PAUSED);
    }

    private VmSnapshot forward(Goal goal, boolean isRun) {
        if (engine.ended()) return snapshot(endStatus());
        int violationsAtStart = engine.violationCount();
        long lastProgress = System.nanoTime();
        long lastBuild = 0;
        boolean first = true;
        while (true) {
            if (isRun && rules.empty()) {
                long chunkStart = engine.steps();
                long chunk = Math.min(chunkSize, timeline.untilBoundary());
                long began = System.nanoTime();
                engine.runFor(chunk);
                long took = System.nanoTime() - began;
                // only when pause is looked at depends on time; what runs (and where a violation stops) does not
                if (took > SLOW_CHUNK_NANOS) chunkSize = Math.max(1, chunkSize / 4);
                else if (took < SLOW_CHUNK_NANOS / 4) chunkSize = Math.min(CHUNK, chunkSize * 2);
                timeline.afterExecution();
                if (engine.violationCount() > violationsAtStart) return stopAtFirstViolation(chunkStart, violationsAtStart);
                if (engine.ended()) return snapshot(endStatus());
            } else {
                StopRules.Before before = rules.before(engine, violationsAtStart);
                engine.runFor(1);
                timeline.afterExecution();
                if (engine.ended()) return snapshot(endStatus());
                ExecStatus stop = rules.check(before, engine);
                if (stop != null) return snapshot(stop);
                if (isRun && engine.violationCount() > violationsAtStart) return snapshot(ExecStatus.VIOLATION);
                if (goal.reached(before.location, engine.location(), first)) return snapshot(ExecStatus.PAUSED);
                first = false;
            }
            if (pauseRequested) return snapshot(ExecStatus.PAUSED);
            long now = System.nanoTime();
            if (now - lastProgress >= Math.max(PROGRESS_NANOS, 4 * lastBuild)) {
                // Newest wins; on a big heap building a snapshot is costly, so progress is published
                // no more often than every four build times (the run keeps at least 80% of the time).
                VmSnapshot progress = snapshot(ExecStatus.PAUSED);
                // a pause asked for while it was built (on a big heap that takes a while) stops here: it is
                // the stop's snapshot already, so the run does not execute on and build another one
                if (pauseRequested) return progress;
                publish(progress);
                lastProgress = System.nanoTime();
                lastBuild = lastProgress - now;
            }
        }
    }

    /** A chunk overshot a violation: replay it one instruction at a time to stop right after the violating one. */
    private VmSnapshot stopAtFirstViolation(long chunkStart, int violationsAtStart) {
        timeline.seek(chunkStart);
        while (!engine.ended() && engine.violationCount() <= violationsAtStart) {
            engine.runFor(1);
            timeline.afterExecution();
        }
        return snapshot(engine.ended() && engine.outcome() != Outcome.FINISHED ? endStatus() : ExecStatus.VIOLATION);
    }

    private ExecStatus endStatus() {
        Outcome o = engine.outcome();
        return switch (o) {
            case FINISHED -> ExecStatus.FINISHED;
            case PANICKED -> ExecStatus.PANICKED;
            case TRAPPED -> ExecStatus.TRAPPED;
            case VIOLATION -> ExecStatus.VIOLATION;
            case SUSPENDED -> ExecStatus.PAUSED;
        };
    }

    private VmSnapshot snapshot(ExecStatus status) {
        return engine.snapshot(status, output.out(), output.err());
    }
}

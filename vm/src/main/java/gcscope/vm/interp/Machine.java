package gcscope.vm.interp;

import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.check.Sanitizer;
import gcscope.vm.check.Violation;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.gc.Collector;
import gcscope.vm.gc.RootKind;
import gcscope.vm.gc.RootSource;
import gcscope.vm.gc.RootVisitor;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The virtual machine: fibers scheduled round-robin, the heap and collector, globals, and the
 * interpreter loop. {@code new Machine(program, options, out).run()} runs a program to its end;
 * {@link #runFor} runs a bounded number of instructions (the inspector's stepping). Deterministic:
 * nothing depends on wall time or Java identity hashes. Implements the collector's {@link RootSource}.
 */
public final class Machine implements RootSource {
    final Program program;
    final RunOptions options;
    final ProgramOutput out;
    Heap heap;
    Collector collector;

    // per-function tables read by the loop
    final int[][] codes;
    final int[] frameSizes;
    final int[] paramSlots;
    final SlotType[][] slotTypes;
    final long[] constants;
    final int[] shapeLen;
    final boolean[] shapeHasRef;
    final boolean[] allocates = new boolean[Opcode.count()];
    final boolean noBarrierFault;
    final boolean sanitize;
    final boolean slow;
    final boolean stopOnViolation;

    // mutable machine state (all of it is copied by checkpoint())
    long[] globals;
    long[] strConsts;
    long[] funcConsts;
    List<Fiber> fibers = new ArrayList<>();
    int current;
    long sliceLeft;
    int nextFiberId = 1;
    long blockSeq;
    long steps;
    /** Step count compiled code must not pass ({@link CompiledTier}): where the current {@link #runFor} ends. */
    long tierLimit = Long.MAX_VALUE;
    /**
     * Steps run by nested executions inside one instruction (fmt calling String/Error methods): they are steps,
     * but not charged to the budget of the run whose instruction made them, in the interpreter as in compiled code.
     */
    long unchargedSteps;
    /** Bulk work charged by instructions that do O(n) work (words allocated, copied, compared), see {@link #chargeWork}. */
    long work;
    long outputBytes;
    int violationsSeen;
    Outcome outcome;
    Trap trap;

    final Interpreter interp;
    /** The compiled tier, once {@link #useCompiledTier} turned it on. */
    CompiledTier tier;
    private String tierProblem;
    final Calls calls;
    final Ops ops;
    final Natives natives;
    final Strings strings;
    final Slices slices;
    final Maps maps;
    final Channels chans;
    final Values values;
    private final boolean[] typeHasRef;
    final int[] typeSlots;

    public Machine(Program program, RunOptions options, ProgramOutput out) {
        this.program = program;
        this.options = options;
        this.out = out;
        int nf = program.functions().size();
        codes = new int[nf][];
        frameSizes = new int[nf];
        paramSlots = new int[nf];
        slotTypes = new SlotType[nf][];
        for (int i = 0; i < nf; i++) {
            FunctionDef f = program.function(i);
            codes[i] = f.code();
            frameSizes[i] = f.frameSize();
            paramSlots[i] = f.paramSlots();
            slotTypes[i] = f.slotTypes();
        }
        constants = program.constants();
        int ns = program.shapes().size();
        shapeLen = new int[ns];
        shapeHasRef = new boolean[ns];
        for (int i = 0; i < ns; i++) {
            SlotType[] s = program.shape(i);
            shapeLen[i] = s.length;
            for (SlotType t : s) if (t == SlotType.GCREF || t == SlotType.INTERFACE0) shapeHasRef[i] = true;
        }
        for (Opcode o : Opcode.values()) allocates[o.ordinal()] = o.allocates();
        noBarrierFault = options.fault() == Fault.NO_BARRIER;
        sanitize = options.sanitize();
        slow = sanitize || options.gc() == GcPolicy.STRESS || options.gc() == GcPolicy.INCREMENTAL_STRESS;
        stopOnViolation = options.onViolation() == OnViolation.STOP;
        heap = Heap.forOptions(options);
        collector = new Collector(heap, program, this, options);
        globals = new long[program.globalSlotCount()];
        strConsts = new long[program.strings().size()];
        funcConsts = new long[nf];
        interp = new Interpreter(this);
        calls = new Calls(this);
        ops = new Ops(this);
        natives = new Natives(this);
        strings = new Strings(this);
        slices = new Slices(this);
        chans = new Channels(this);
        values = new Values(this);
        typeSlots = new int[program.types().size()];
        for (int i = 0; i < typeSlots.length; i++) typeSlots[i] = program.type(i).slotCount();
        typeHasRef = new boolean[program.types().size()];
        for (int i = 0; i < typeHasRef.length; i++) typeHasRef[i] = values.hasRef(i);
        maps = new Maps(this); // reads typeHasRef
        sliceLeft = timeSlice();
        Fiber main = newFiber();
        main.pushFrame(program.entry(), 0, 0, 0, 0);
        main.ensureStack(frameSizes[program.entry()] + 16);
        fibers.add(main);
    }

    // ------------------------------------------------------------------ running

    /**
     * Loads the compiled tier's code generator without compiling anything (see {@link #useCompiledTier}); for a
     * thread of its own while a program compiles, so that the machine that runs it starts sooner. Touches no state.
     */
    public static void preloadCompiledTier(RunOptions options) {
        if (compiledTierAllowed(options)) TierCompiler.preload();
    }

    /** False for a step limit and for the stress collectors, which also step at every time slice's end, which compiled code runs past. */
    private static boolean compiledTierAllowed(RunOptions options) {
        return options.maxSteps() <= 0 && options.gc() != GcPolicy.STRESS && options.gc() != GcPolicy.INCREMENTAL_STRESS;
    }

    /**
     * Runs the program's functions as compiled JVM code from now on ({@link CompiledTier}), where this run allows
     * it: not under a stress collector, and without a step limit. Under the sanitizer the compiled code runs the
     * interpreter's per-instruction hook after every instruction. Output, steps, collections and violations stay exactly those
     * of the interpreter. Returns whether the tier is on; {@link #tierProblem} says why not
     * when the JVM rejected the generated code (a bug in GcScope).
     */
    public boolean useCompiledTier() {
        if (!compiledTierAllowed(options)) return false;
        if (tier == null && tierProblem == null) {
            try {
                TierCompiler.Output o = new TierCompiler(this).compile();
                String[] problem = new String[1];
                TierCode code = TierLoader.load(o.classFile(), problem);
                if (code == null) tierProblem = problem[0];
                else tier = new CompiledTier(this, code, o.entries());
            } catch (RuntimeException e) { // a bug in the tier compiler must not stop the program: it runs interpreted
                tierProblem = "the compiled tier could not translate this program: " + e;
            }
        }
        return tier != null;
    }

    /** Times the interpreter entered compiled code (0 while the tier is off). */
    public long compiledEntries() {
        return tier == null ? 0 : tier.entered;
    }

    /** Why the compiled tier could not be loaded, or null. */
    public String tierProblem() {
        return tierProblem;
    }

    /** Runs to the end (or a trap, an unrecovered panic, a stopping violation). */
    public RunResult run() {
        return runFor(Long.MAX_VALUE);
    }

    /** Runs at most {@code maxInstructions} instructions; outcome SUSPENDED when the budget is used up. */
    public RunResult runFor(long maxInstructions) {
        try {
            return schedule(maxInstructions);
        } catch (VmHalt h) {
            halt(new Trap(h.kind, steps, "", -1, null, h.address, h.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            halt(new Trap(TrapKind.INTERNAL, steps, "", -1, null, -1, "internal error: " + e));
        } catch (OutOfMemoryError e) {
            // a safety net: every bulk allocation is checked against the heap's capacity first
            halt(new Trap(TrapKind.HEAP_LIMIT, steps, "", -1, null, -1,
                    "out of memory: the program needs more than the " + gcscope.vm.config.HostMemory.maxBytes() + " bytes this JVM may use"));
        }
        return result(outcome);
    }

    private RunResult schedule(long maxInstructions) {
        long budget = maxInstructions;
        while (outcome == null) {
            if (budget <= 0) return result(Outcome.SUSPENDED);
            Fiber f = pickFiber();
            if (f == null) {
                deadlock();
                break;
            }
            long run = Math.min(budget, sliceLeft);
            long maxSteps = options.maxSteps();
            if (maxSteps > 0) {
                long used = steps + work / WORK_WORDS_PER_STEP;
                if (used >= maxSteps) {
                    halt(new Trap(TrapKind.MAX_STEPS, steps, "", -1, null, -1, stepLimitMessage()));
                    break;
                }
                run = Math.min(run, maxSteps - used);
            }
            tierLimit = budget >= Long.MAX_VALUE - steps ? Long.MAX_VALUE : steps + budget;
            int r = interp.execute(f, run);
            long done = interp.executed;
            budget -= done;
            sliceLeft -= done;
            switch (r) {
                case Interpreter.R_BUDGET -> {
                    if (sliceLeft <= 0) endSlice(true);
                }
                case Interpreter.R_BLOCKED -> endSlice(true);
                case Interpreter.R_FIBER_DONE -> {
                    fibers.remove(current);
                    if (current >= fibers.size()) current = 0;
                    sliceLeft = timeSlice();
                    safepointIfWanted(null);
                }
                default -> { }
            }
        }
        return result(outcome);
    }

    private void endSlice(boolean rotate) {
        if (rotate && !fibers.isEmpty()) current = (current + 1) % fibers.size();
        sliceLeft = timeSlice();
        safepointIfWanted(null);
    }

    private long timeSlice() {
        return options.timeSlice() <= 0 ? 1000 : options.timeSlice();
    }

    /** The current fiber if runnable, else the next runnable one in round-robin order, or null. */
    private Fiber pickFiber() {
        int n = fibers.size();
        for (int i = 0; i < n; i++) {
            int k = (current + i) % n;
            if (fibers.get(k).state == Fiber.RUNNABLE) {
                if (k != current) {
                    current = k;
                    sliceLeft = timeSlice();
                }
                return fibers.get(k);
            }
        }
        return null;
    }

    private void deadlock() {
        writeErr("fatal error: all goroutines are asleep - deadlock!\n\n" + calls.allGoroutines());
        outcome = Outcome.PANICKED;
    }

    private RunResult result(Outcome o) {
        Sanitizer s = collector.sanitizer();
        List<Violation> vs = s == null ? List.of() : s.violations();
        return new RunResult(o, o.exitCode(), steps, o == Outcome.TRAPPED ? trap : null, vs);
    }

    /** Instructions executed so far. */
    public long steps() {
        return steps;
    }

    @Override
    public long step() {
        return steps;
    }

    @Override
    public RootSource.Where where() {
        if (current < 0 || current >= fibers.size()) return null;
        Fiber f = fibers.get(current);
        if (f.depth <= 0) return null;
        int t = f.depth - 1;
        FunctionDef fn = program.function(f.fFunc[t]);
        int pc = f.fPc[t];
        return new RootSource.Where(f.id, t, fn.name(), pc, fn.pos(pc));
    }

    /** Null while the program can still run. */
    public Outcome outcome() {
        return outcome;
    }

    // ------------------------------------------------------------------ safepoints and checks

    /** GC safepoint at an instruction boundary when the collector wants one; true when the run must stop. */
    boolean gcSafepoint(Fiber f) {
        collector.safepoint();
        return checkAfterCollector();
    }

    private void safepointIfWanted(Fiber f) {
        if (outcome == null && collector.wantsStep()) gcSafepoint(f);
    }

    private boolean checkAfterCollector() {
        Trap t = collector.takeTrap();
        if (t != null) {
            halt(t);
            return true;
        }
        return checkViolations();
    }

    /** True (and outcome VIOLATION) when a new violation must stop the run. */
    boolean checkViolations() {
        Sanitizer s = collector.sanitizer();
        if (s == null) return false;
        int n = s.violationCount();
        if (n == violationsSeen) return false;
        violationsSeen = n;
        if (stopOnViolation) {
            outcome = Outcome.VIOLATION;
            return true;
        }
        return false;
    }

    /**
     * One instruction through {@link Ops#exec}, for the interpreter and compiled code alike. Steps of nested code it
     * runs (fmt calling String/Error methods) count as steps but not against the current run's budget: they are
     * added to {@link #unchargedSteps} and the compiled-code limit moves by as much (deeper nested runs may have
     * moved both meanwhile; the values from before the instruction are the base).
     */
    int execUncharged(Fiber f, int op, int bp, int a, int b, int c, int d, int pc) {
        long limit = tierLimit, uncharged = unchargedSteps, before = steps;
        int r = ops.exec(f, op, bp, a, b, c, d, pc);
        long nested = steps - before;
        if (nested != 0) {
            tierLimit = limit > Long.MAX_VALUE - nested ? Long.MAX_VALUE : limit + nested;
            unchargedSteps = uncharged + nested;
        }
        return r;
    }

    /** The per-instruction hook of the slow path (sanitizer / stress GC). True when the run must stop. */
    boolean afterInstruction(Fiber f, int fn, int pc, int w, int a, int b, int c, int bp) {
        if (outcome != null) return true;
        if (sanitize) ops.shadowWrites(f, fn, pc, w, a, b, c, bp);
        if (checkViolations()) return true;
        if (collector.wantsStep()) return gcSafepoint(f);
        return false;
    }

    void halt(Trap t) {
        trap = t;
        outcome = Outcome.TRAPPED;
    }

    VmHalt depthTrap() {
        return new VmHalt(TrapKind.MAX_DEPTH, -1, "call depth limit of " + options.maxDepth() + " frames reached (stack overflow)");
    }

    Trap wildTrap(Fiber f, int pc, RuntimeException e) {
        FunctionDef fn = program.function(f.fFunc[f.depth - 1]);
        boolean wild = e instanceof ArrayIndexOutOfBoundsException || e instanceof NegativeArraySizeException;
        return new Trap(wild ? TrapKind.WILD_REFERENCE : TrapKind.INTERNAL, steps, fn.name(), pc, fn.pos(pc), -1,
                (wild ? "wild reference: " : "internal error: ") + e);
    }

    /** The trap for a reference into freed memory (a tombstone) or to no object at all. */
    VmHalt badReference(long addr) {
        gcscope.vm.heap.Tombstone t = heap.tombstone(addr);
        if (t != null) return new VmHalt(TrapKind.USE_AFTER_FREE, addr, "use of " + t.describe());
        return new VmHalt(TrapKind.WILD_REFERENCE, addr, String.format("wild reference 0x%x (no object there)", addr));
    }

    /** A loaded word equals the poison pattern: trap if it really is freed memory. */
    void checkPoison(long addr) {
        if (heap.tombstone(addr) != null) throw badReference(addr);
    }

    /** Throws the use-after-free / wild-reference trap unless {@code ref} is nil or a live object's header. */
    void checkHeader(long ref) {
        if (ref != 0 && !heap.isObject(ref)) throw badReference(ref);
    }

    /** Like {@link #checkHeader} for references that may be interior pointers. */
    void checkHeaderOrInterior(long ref) {
        if (ref != 0 && !heap.isObject(ref) && heap.objectStart(ref) == 0) throw badReference(ref);
    }

    /** Allocates or throws the HEAP_LIMIT trap; the payload words count as bulk work ({@link #chargeWork}). */
    long alloc(ObjectKind kind, int meta, int payloadWords) {
        chargeWork(payloadWords);
        long a = heap.alloc(kind, meta, payloadWords);
        if (a == 0) throw heapLimit((long) payloadWords * 8 + 8);
        return a;
    }

    /** Throws the HEAP_LIMIT trap unless an object of {@code bytes} (header included) can be allocated now. */
    void reserve(long bytes) {
        if (!heap.canAlloc(bytes)) throw heapLimit(bytes);
    }

    private VmHalt heapLimit(long bytes) {
        return new VmHalt(TrapKind.HEAP_LIMIT, -1, "heap limit of " + heap.limitBytes() + " bytes exceeded (allocating "
                + bytes + " bytes with " + heap.bytesInUse() + " in use)"
                + (options.heapLimit() > 0 ? "" : "; the limit is the simulated heap's capacity, set a smaller one with --heap-limit"));
    }

    /**
     * Words of bulk work one instruction does (allocating, zeroing, copying, comparing or converting n words)
     * count toward {@code --max-steps} at {@value #WORK_WORDS_PER_STEP} words per step, charged before the work
     * is done, so that a step limit also bounds the wall time of programs whose single instructions do O(n) work.
     * The step counter itself (the inspector's step numbers) still counts instructions.
     */
    void chargeWork(long words) {
        long maxSteps = options.maxSteps();
        if (maxSteps <= 0 || words <= 0) return;
        work += words;
        if (steps + work / WORK_WORDS_PER_STEP >= maxSteps) throw new VmHalt(TrapKind.MAX_STEPS, -1, stepLimitMessage());
    }

    /** Words of bulk work that count as one step toward {@code --max-steps}. */
    public static final int WORK_WORDS_PER_STEP = 64;

    private String stepLimitMessage() {
        return "step limit of " + options.maxSteps() + " instructions reached"
                + (work >= WORK_WORDS_PER_STEP ? " (" + steps + " instructions + " + work / WORK_WORDS_PER_STEP
                + " for bulk work of " + work + " words)" : "");
    }

    /**
     * Grows fiber f's stack to hold slots [0, end). All goroutines' stacks together may take a quarter of the
     * heap's capacity (256 MiB of words when the heap may take 1 GiB); past that (deep recursion through big frames, many goroutines with
     * big frames) the run ends in the MAX_DEPTH trap, a stack overflow, never in an OutOfMemoryError.
     */
    void growStack(Fiber f, int end) {
        if (end <= f.stack.length) return;
        long total = 0;
        for (Fiber g : fibers) total += g.stack.length;
        if (!fibers.contains(f)) total += f.stack.length;
        long grown = f.stack.length;
        while (grown < end) grown *= 2;
        long budget = heap.capacity() / 32;
        if (total - f.stack.length + grown > budget) {
            throw new VmHalt(TrapKind.MAX_DEPTH, -1, "stack overflow: goroutine " + f.id + " needs a stack of " + end
                    + " words, and the stacks of all goroutines may take at most " + budget + " words");
        }
        f.ensureStack(end);
    }

    boolean typeHasRef(int typeId) {
        return typeHasRef[typeId];
    }

    Fiber newFiber() {
        if (options.maxGoroutines() > 0 && fibers.size() >= options.maxGoroutines())
            throw new VmHalt(TrapKind.MAX_GOROUTINES, -1, "goroutine limit of " + options.maxGoroutines() + " reached");
        return new Fiber(nextFiberId++, 256, sanitize);
    }

    // ------------------------------------------------------------------ output

    void writeOut(byte[] bytes) {
        countOutput(bytes.length);
        out.stdout(new String(bytes, StandardCharsets.UTF_8));
    }

    void writeErr(String s) {
        countOutput(s.length());
        out.stderr(s);
    }

    private void countOutput(long n) {
        chargeWork(n / 8);
        outputBytes += n;
        if (options.maxOutput() > 0 && outputBytes > options.maxOutput())
            throw new VmHalt(TrapKind.MAX_OUTPUT, -1, "output limit of " + options.maxOutput() + " bytes exceeded");
    }

    // ------------------------------------------------------------------ roots

    @Override
    public void visitRoots(RootVisitor v) {
        for (Fiber f : fibers) {
            for (int i = 0; i < f.depth; i++) {
                int fn = f.fFunc[i];
                v.frame(f.id, i, fn, f.fPc[i], f.stack, f.fBp[i], slotTypes[fn], f.shadow);
            }
        }
        SlotType[] gt = program.globalTypes();
        for (int i = 0; i < globals.length; i++) v.word(RootKind.GLOBAL, i, gt[i], globals[i]);
        int k = 0;
        for (Fiber f : fibers) {
            for (int i = 0; i < f.depth; i++) if (f.fClosure[i] != 0) v.word(RootKind.OTHER, k++, SlotType.GCREF, f.fClosure[i]);
        }
        for (long s : strConsts) if (s != 0) v.word(RootKind.OTHER, k++, SlotType.GCREF, s);
        for (long s : funcConsts) if (s != 0) v.word(RootKind.OTHER, k++, SlotType.GCREF, s);
        int d = 0;
        for (Fiber f : fibers) {
            for (int i = 0; i < f.deferCount; i++) {
                if (f.dClosure[i] != 0) v.word(RootKind.DEFER, d++, SlotType.GCREF, f.dClosure[i]);
                SlotType[] ps = slotTypes[f.dFunc[i]];
                long[] args = f.dArgs[i];
                for (int j = 0; j < args.length; j++) v.word(RootKind.DEFER, d++, ps[j], args[j]);
            }
        }
        int p = 0;
        for (Fiber f : fibers) {
            if (f.panicking || f.panicHdr != 0) {
                v.word(RootKind.PANIC, p++, SlotType.INTERFACE0, f.panicHdr);
                v.word(RootKind.PANIC, p++, SlotType.INTERFACE1, f.panicData);
            }
            for (int i = 0; i + 2 < f.oldPanics.length; i += 3) {
                v.word(RootKind.PANIC, p++, SlotType.INTERFACE0, f.oldPanics[i]);
                v.word(RootKind.PANIC, p++, SlotType.INTERFACE1, f.oldPanics[i + 1]);
            }
        }
    }

    // ------------------------------------------------------------------ inspection

    public Program program() {
        return program;
    }

    public RunOptions options() {
        return options;
    }

    public Heap heap() {
        return heap;
    }

    public Collector collector() {
        return collector;
    }

    // ------------------------------------------------------------------ O(1) location (breakpoints, stepping)

    /** The fiber that runs next (or ran last), or null when none is left. */
    private Fiber locFiber() {
        return current < fibers.size() ? fibers.get(current) : null; // as MachineView.currentFrame()
    }

    /** Id of the current fiber (the one {@code view().currentFiber()} indexes), or -1 when none. O(1). */
    public int currentFiberId() {
        Fiber f = locFiber();
        return f == null ? -1 : f.id;
    }

    /** Number of frames of the current fiber (0 when none is left). O(1). */
    public int currentDepth() {
        Fiber f = locFiber();
        return f == null ? 0 : f.depth;
    }

    /** Function id of the current fiber's innermost frame, or -1. O(1). */
    public int currentFunction() {
        Fiber f = locFiber();
        return f == null || f.depth == 0 ? -1 : f.fFunc[f.depth - 1];
    }

    /** Pc (instruction index) of the current fiber's innermost frame, the next instruction to run, or -1. O(1). */
    public int currentPc() {
        Fiber f = locFiber();
        return f == null || f.depth == 0 ? -1 : f.fPc[f.depth - 1];
    }

    /** Source line of the next instruction of the current fiber, or -1. O(1) (the function's line table). */
    public int currentLine() {
        int fn = currentFunction();
        return fn < 0 ? -1 : program.function(fn).line(currentPc());
    }

    /** A read-only view of fibers, frames, slots and globals (for the session's snapshots). */
    public MachineView view() {
        return new MachineView(this);
    }

    /** A deep copy of every mutable array of the machine, heap and collector. */
    public Checkpoint checkpoint() {
        return Checkpoint.of(this, null);
    }

    /** Like {@link #checkpoint()}, sharing the heap pages that did not change since {@code base} (taken from this machine). */
    public Checkpoint checkpoint(Checkpoint base) {
        return Checkpoint.of(this, base);
    }

    /** Puts the machine back into the state of {@code c} (taken from this machine). */
    public void restore(Checkpoint c) {
        c.restoreInto(this);
    }
}

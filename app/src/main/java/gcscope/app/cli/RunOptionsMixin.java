package gcscope.app.cli;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The run options of CLI.md, shared by run, trace and export, turned into {@link RunOptions}. */
public final class RunOptionsMixin {
    @Option(names = "--gc", paramLabel = "POLICY", converter = GcConverter.class,
            description = "Collector policy: off, normal, stress, incremental-stress (default: normal).")
    GcPolicy gc = RunOptions.DEFAULT.gc();

    @Option(names = "--gc-pause", paramLabel = "P", description = "Pause between cycles, percent of live heap (default: 200).")
    int gcPause = RunOptions.DEFAULT.gcPause();

    @Option(names = "--gc-stepmul", paramLabel = "M", description = "Work per step, percent of allocation (default: 200).")
    int gcStepMul = RunOptions.DEFAULT.gcStepMul();

    @Option(names = "--time-slice", paramLabel = "N", description = "Instructions per goroutine time slice (default: 1000).")
    int timeSlice = RunOptions.DEFAULT.timeSlice();

    @Option(names = "--sanitize", description = "Check the slot-type, layout and tri-colour invariants at every instruction boundary.")
    boolean sanitize;

    @Option(names = "--on-violation", paramLabel = "ACTION", converter = OnViolationConverter.class,
            description = "What a sanitizer violation does: stop (default) or continue.")
    OnViolation onViolation = OnViolation.STOP;

    @Option(names = "--record", description = "Record checkpoints for time travel.")
    boolean record;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop with a trap after N instructions (0: no limit).")
    long maxSteps;

    @Option(names = "--heap-limit", paramLabel = "BYTES", description = "Trap when the heap would exceed BYTES (0: no limit).")
    long heapLimit;

    @Option(names = "--max-depth", paramLabel = "N", description = "Maximum call depth (default: 1000000).")
    int maxDepth = RunOptions.DEFAULT.maxDepth();

    @Option(names = "--max-goroutines", paramLabel = "N", description = "Maximum live goroutines (default: 10000).")
    int maxGoroutines = RunOptions.DEFAULT.maxGoroutines();

    @Option(names = "--max-output", paramLabel = "BYTES", description = "Maximum bytes of program output (0: no limit).")
    long maxOutput;

    @Option(names = "--report", paramLabel = "FORMAT", converter = ReportConverter.class,
            description = "Write a summary of the run on standard error at the end; FORMAT: json.")
    String report;

    @picocli.CommandLine.Mixin
    CompileOptionsMixin compile = new CompileOptionsMixin();

    /** The options as the VM's record; throws {@link UsageException} for values out of range. */
    public RunOptions toRunOptions() throws UsageException {
        if (gcPause <= 0) throw new UsageException("--gc-pause must be positive, got " + gcPause);
        if (gcStepMul <= 0) throw new UsageException("--gc-stepmul must be positive, got " + gcStepMul);
        if (timeSlice <= 0) throw new UsageException("--time-slice must be positive, got " + timeSlice);
        if (maxSteps < 0 || heapLimit < 0 || maxOutput < 0) throw new UsageException("limits must not be negative");
        if (maxDepth <= 0 || maxGoroutines <= 0) throw new UsageException("--max-depth and --max-goroutines must be positive");
        return new RunOptions(compile.toCompileOptions(), gc, gcPause, gcStepMul, timeSlice, sanitize, onViolation, record,
                maxSteps, heapLimit, maxDepth, maxGoroutines, maxOutput);
    }

    /** True when {@code --report json} was given. */
    public boolean reportJson() {
        return "json".equals(report);
    }

    /** Options that change code generation: shared with verify. */
    public static final class CompileOptionsMixin {
        @Option(names = "--callbuf", paramLabel = "MODE", converter = CallBufConverter.class,
                description = "Call-buffer layout: split (default), reuse-dst, all-value.")
        CallBufferMode callBuffer = CompileOptions.DEFAULT.callBuffer();

        @Option(names = "--tag-layout", paramLabel = "MODE", converter = TagLayoutConverter.class,
                description = "Enum payload layouts: declared (default), actual, patched.")
        TagLayoutMode tagLayout = CompileOptions.DEFAULT.tagLayout();

        @Option(names = "--intern", paramLabel = "on|off", converter = OnOffConverter.class,
                description = "Intern structurally equal layouts (default: on).")
        String intern = CompileOptions.DEFAULT.intern() ? "on" : "off";

        @Option(names = "--fault", paramLabel = "FAULT", converter = FaultConverter.class,
                description = "Inject a collector fault: none (default), no-barrier, skip-root.")
        Fault fault = CompileOptions.DEFAULT.fault();

        public CompileOptions toCompileOptions() {
            return new CompileOptions(callBuffer, tagLayout, intern.equals("on"), fault);
        }
    }

    static final class GcConverter implements ITypeConverter<GcPolicy> {
        public GcPolicy convert(String s) { return wrap(() -> GcPolicy.fromCli(s)); }
    }

    static final class OnViolationConverter implements ITypeConverter<OnViolation> {
        public OnViolation convert(String s) {
            return switch (s) {
                case "stop" -> OnViolation.STOP;
                case "continue" -> OnViolation.CONTINUE;
                default -> throw new TypeConversionException("unknown action '" + s + "' (expected stop, continue)");
            };
        }
    }

    static final class CallBufConverter implements ITypeConverter<CallBufferMode> {
        public CallBufferMode convert(String s) { return wrap(() -> CallBufferMode.fromCli(s)); }
    }

    static final class TagLayoutConverter implements ITypeConverter<TagLayoutMode> {
        public TagLayoutMode convert(String s) { return wrap(() -> TagLayoutMode.fromCli(s)); }
    }

    static final class FaultConverter implements ITypeConverter<Fault> {
        public Fault convert(String s) { return wrap(() -> Fault.fromCli(s)); }
    }

    static final class OnOffConverter implements ITypeConverter<String> {
        public String convert(String s) {
            if (!s.equals("on") && !s.equals("off")) throw new TypeConversionException("expected on or off, got '" + s + "'");
            return s;
        }
    }

    static final class ReportConverter implements ITypeConverter<String> {
        public String convert(String s) {
            if (!s.equals("json")) throw new TypeConversionException("unknown report format '" + s + "' (expected json)");
            return s;
        }
    }

    private static <T> T wrap(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

package gcscope.samples.reliability;

import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.TrapKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The programs that run into one limit each (test resources {@code gcscope/fuzz/limits/*.vo}), with the
 * option that sets the limit, through RunOptions and through the CLI, and the trap it must end in.
 */
public enum LimitProgram {
    MAX_STEPS("max_steps.vo", TrapKind.MAX_STEPS, "--max-steps", 50_000),
    HEAP_LIMIT("heap_limit.vo", TrapKind.HEAP_LIMIT, "--heap-limit", 1 << 20),
    MAX_DEPTH("max_depth.vo", TrapKind.MAX_DEPTH, "--max-depth", 100),
    MAX_GOROUTINES("max_goroutines.vo", TrapKind.MAX_GOROUTINES, "--max-goroutines", 50),
    MAX_OUTPUT("max_output.vo", TrapKind.MAX_OUTPUT, "--max-output", 4096),
    // adversarial: single instructions that do O(n) work, and single allocations far past a limit
    BULK_COPY("bulk_copy.vo", TrapKind.MAX_STEPS, "--max-steps", 1_000_000),
    STRING_DOUBLING("string_doubling.vo", TrapKind.MAX_STEPS, "--max-steps", 200_000),
    HUGE_MAKE("huge_make.vo", TrapKind.HEAP_LIMIT, "--heap-limit", 1 << 20),
    /** No heap limit set (0): the heap's own capacity, bounded by the JVM's memory, must hold. */
    HEAP_CAPACITY("heap_capacity.vo", TrapKind.HEAP_LIMIT, "--heap-limit", 0),
    /** The default depth limit: the stack budget must hold first. */
    DEEP_BIG_FRAMES("deep_big_frames.vo", TrapKind.MAX_DEPTH, "--max-depth", 10_000),
    /** The default goroutine limit: the stack budget must hold first. */
    GOROUTINES_BIG_FRAMES("goroutines_big_frames.vo", TrapKind.MAX_DEPTH, "--max-goroutines", 10_000);

    /** Every program is also stopped by this many steps if its own limit does not hold. */
    public static final long BACKSTOP_STEPS = 5_000_000;

    public final String file;
    public final TrapKind trap;
    public final String option;
    public final long value;

    LimitProgram(String file, TrapKind trap, String option, long value) {
        this.file = file;
        this.trap = trap;
        this.option = option;
        this.value = value;
    }

    public String source() {
        try (InputStream in = LimitProgram.class.getResourceAsStream("/gcscope/fuzz/limits/" + file)) {
            if (in == null) throw new IllegalStateException("missing test resource " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Run options with only this limit set tight (the others at their defaults, steps as a backstop). */
    public RunOptions options(RunOptions base) {
        RunOptions o = base.withMaxSteps(trap == TrapKind.MAX_STEPS ? value : BACKSTOP_STEPS);
        return switch (this) {
            case MAX_STEPS, BULK_COPY, STRING_DOUBLING -> o;
            case HEAP_LIMIT, HUGE_MAKE, HEAP_CAPACITY -> o.withLimits(value, o.maxDepth(), o.maxGoroutines(), o.maxOutput());
            case MAX_DEPTH, DEEP_BIG_FRAMES -> o.withLimits(o.heapLimit(), (int) value, o.maxGoroutines(), o.maxOutput());
            case MAX_GOROUTINES, GOROUTINES_BIG_FRAMES -> o.withLimits(o.heapLimit(), o.maxDepth(), (int) value, o.maxOutput());
            case MAX_OUTPUT -> o.withLimits(o.heapLimit(), o.maxDepth(), o.maxGoroutines(), value);
        };
    }

    /** The CLI arguments after {@code run FILE}. */
    public List<String> cliArgs() {
        return trap == TrapKind.MAX_STEPS ? List.of(option, Long.toString(value))
                : List.of(option, Long.toString(value), "--max-steps", Long.toString(BACKSTOP_STEPS));
    }
}

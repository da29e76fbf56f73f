package gcscope.vm.bytecode;

import static gcscope.vm.bytecode.SlotType.GCREF;
import static gcscope.vm.bytecode.SlotType.INTERFACE0;
import static gcscope.vm.bytecode.SlotType.INTERFACE1;
import static gcscope.vm.bytecode.SlotType.VALUE;

/**
 * Functions implemented by the VM and called with {@link Opcode#NATIVE}. Arguments are read from the
 * caller's slots starting at argStart, in the order given by {@link #params()}; results are written at
 * retStart with the kinds of {@link #results()}. A variadic {@code ...any} argument is one GCREF slot
 * holding a {@code []any} slice (nil when empty).
 */
public enum Native {
    /** Builtin {@code print(args...)} to stderr, Go's builtin formatting, no separators. */
    PRINT(new SlotType[] {GCREF}, new SlotType[] {}),
    /** Builtin {@code println(args...)} to stderr, spaces between operands, newline. */
    PRINTLN(new SlotType[] {GCREF}, new SlotType[] {}),
    /** {@code fmt.Print(a ...any) (n int, err error)}. */
    FMT_PRINT(new SlotType[] {GCREF}, new SlotType[] {VALUE, INTERFACE0, INTERFACE1}),
    /** {@code fmt.Println(a ...any) (n int, err error)}. */
    FMT_PRINTLN(new SlotType[] {GCREF}, new SlotType[] {VALUE, INTERFACE0, INTERFACE1}),
    /** {@code fmt.Printf(format string, a ...any) (n int, err error)}. */
    FMT_PRINTF(new SlotType[] {GCREF, GCREF}, new SlotType[] {VALUE, INTERFACE0, INTERFACE1}),
    /** {@code fmt.Sprint(a ...any) string}. */
    FMT_SPRINT(new SlotType[] {GCREF}, new SlotType[] {GCREF}),
    /** {@code fmt.Sprintln(a ...any) string}. */
    FMT_SPRINTLN(new SlotType[] {GCREF}, new SlotType[] {GCREF}),
    /** {@code fmt.Sprintf(format string, a ...any) string}. */
    FMT_SPRINTF(new SlotType[] {GCREF, GCREF}, new SlotType[] {GCREF}),
    /** {@code fmt.Errorf(format string, a ...any) error} (dynamic type {@code *errors.errorString}, or {@code *fmt.wrapError(s)} with %w). */
    FMT_ERRORF(new SlotType[] {GCREF, GCREF}, new SlotType[] {INTERFACE0, INTERFACE1}),
    /** Vo's {@code assert(cond bool, args ...any)}: on false, prints the message and ends the program (exit 2). */
    ASSERT(new SlotType[] {VALUE, GCREF}, new SlotType[] {});

    private final SlotType[] params;
    private final SlotType[] results;

    Native(SlotType[] params, SlotType[] results) {
        this.params = params;
        this.results = results;
    }

    public SlotType[] params() { return params.clone(); }

    public SlotType[] results() { return results.clone(); }

    public int paramSlots() { return params.length; }

    public int resultSlots() { return results.length; }

    SlotType result(int i) { return results[i]; }
}

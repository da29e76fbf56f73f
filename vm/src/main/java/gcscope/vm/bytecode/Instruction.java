package gcscope.vm.bytecode;

/**
 * Fixed-width instruction encoding: every instruction is {@link #WIDTH} ints in a function's
 * {@code int[] code}: {@code [opcode | d << 8, a, b, c]}. {@code pc} is the instruction index, so the
 * first int of instruction pc is {@code code[pc * WIDTH]}. {@code d} is a signed 24-bit operand.
 */
public final class Instruction {
    public static final int WIDTH = 4;
    public static final int D_MIN = -(1 << 23);
    public static final int D_MAX = (1 << 23) - 1;

    private Instruction() {}

    public static int opcode(int[] code, int pc) { return code[pc * WIDTH] & 0xFF; }

    public static Opcode op(int[] code, int pc) { return Opcode.of(opcode(code, pc)); }

    public static int a(int[] code, int pc) { return code[pc * WIDTH + 1]; }

    public static int b(int[] code, int pc) { return code[pc * WIDTH + 2]; }

    public static int c(int[] code, int pc) { return code[pc * WIDTH + 3]; }

    public static int d(int[] code, int pc) { return code[pc * WIDTH] >> 8; }

    /** Operand i (0 = a .. 3 = d) of instruction pc. */
    public static int operand(int[] code, int pc, int i) {
        return switch (i) {
            case 0 -> a(code, pc);
            case 1 -> b(code, pc);
            case 2 -> c(code, pc);
            case 3 -> d(code, pc);
            default -> throw new IllegalArgumentException("operand index " + i);
        };
    }

    /** The first int of an instruction: opcode in the low 8 bits, d above it. */
    public static int head(Opcode op, int d) {
        if (d < D_MIN || d > D_MAX) throw new IllegalArgumentException("operand d out of range: " + d);
        return op.ordinal() | (d << 8);
    }

    public static int count(int[] code) { return code.length / WIDTH; }
}

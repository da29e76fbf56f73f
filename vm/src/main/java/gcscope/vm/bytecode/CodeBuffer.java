package gcscope.vm.bytecode;

import java.util.Arrays;

/**
 * A growable buffer of encoded instructions plus a source position per instruction, for code
 * generators and hand-assembled tests. {@link #emit} returns the pc of the new instruction;
 * {@link #patch} fixes up a forward jump target.
 */
public final class CodeBuffer {
    private int[] code = new int[64 * Instruction.WIDTH];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int size;

    public int emit(Opcode op, int a, int b, int c, int d, SourcePos pos) {
        if (size == lines.length) {
            code = Arrays.copyOf(code, code.length * 2);
            lines = Arrays.copyOf(lines, lines.length * 2);
            columns = Arrays.copyOf(columns, columns.length * 2);
        }
        int at = size * Instruction.WIDTH;
        code[at] = Instruction.head(op, d);
        code[at + 1] = a;
        code[at + 2] = b;
        code[at + 3] = c;
        lines[size] = pos == null ? 0 : pos.line();
        columns[size] = pos == null ? 0 : pos.column();
        return size++;
    }

    public int emit(Opcode op, int a, int b, int c, int d) { return emit(op, a, b, c, d, SourcePos.NONE); }

    public int emit(Opcode op, int a, int b, int c) { return emit(op, a, b, c, 0, SourcePos.NONE); }

    public int emit(Opcode op, int a, int b) { return emit(op, a, b, 0, 0, SourcePos.NONE); }

    public int emit(Opcode op, int a) { return emit(op, a, 0, 0, 0, SourcePos.NONE); }

    /** Sets operand i (0 = a .. 3 = d) of instruction pc. */
    public void patch(int pc, int operand, int value) {
        int at = pc * Instruction.WIDTH;
        switch (operand) {
            case 0 -> code[at + 1] = value;
            case 1 -> code[at + 2] = value;
            case 2 -> code[at + 3] = value;
            case 3 -> code[at] = Instruction.head(Opcode.of(code[at] & 0xFF), value);
            default -> throw new IllegalArgumentException("operand index " + operand);
        }
    }

    /** The pc the next emitted instruction will get. */
    public int pc() { return size; }

    public int[] code() { return Arrays.copyOf(code, size * Instruction.WIDTH); }

    public int[] lines() { return Arrays.copyOf(lines, size); }

    public int[] columns() { return Arrays.copyOf(columns, size); }
}

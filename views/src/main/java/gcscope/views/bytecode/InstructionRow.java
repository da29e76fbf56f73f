package gcscope.views.bytecode;

/** One disassembled instruction: pc, its source line (0 = none), text, and whether it is next to execute. */
public record InstructionRow(int pc, int line, String text, boolean current) {
}

package gcscope.views.bytecode;

/**
 * One disassembled instruction: pc, its source line (0 = none), text, whether it is next to execute,
 * and the static slot-type verifier's finding about it ("" when it has none).
 */
public record InstructionRow(int pc, int line, String text, boolean current, String finding) {
    public InstructionRow(int pc, int line, String text, boolean current) {
        this(pc, line, text, current, "");
    }
}

package gcscope.vm.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders code as text, every operand printed by its {@link Operand} role, e.g.
 * {@code 0003  L4   add s2, s0, s1}. Everything is derived from the {@link Opcode} table.
 */
public final class Disassembler {
    private final Program program;

    public Disassembler(Program program) {
        this.program = program;
    }

    /** All functions. */
    public String program() {
        StringBuilder b = new StringBuilder();
        for (FunctionDef f : program.functions()) b.append(function(f)).append('\n');
        return b.toString();
    }

    /** One function: a header line with its frame's slot types, then one line per instruction. */
    public String function(FunctionDef f) {
        StringBuilder b = new StringBuilder();
        b.append("func ").append(f.name()).append(" #").append(f.id()).append(" params ").append(f.paramSlots())
                .append(" results ").append(f.resultSlots()).append(" slots ").append(slotList(f.slotTypes()));
        if (f.captureTypes().length > 0) b.append(" captures ").append(slotList(f.captureTypes()));
        b.append('\n');
        for (String line : lines(f)) b.append(line).append('\n');
        return b.toString();
    }

    public List<String> lines(FunctionDef f) {
        List<String> out = new ArrayList<>();
        for (int pc = 0; pc < f.instructionCount(); pc++) {
            out.add(String.format("%04d  L%-4d %s", pc, f.line(pc), instruction(f, pc)));
        }
        return out;
    }

    /** One instruction without pc and line, e.g. {@code call main.foo, s3, s5 ; args 1 rets 1}. */
    public String instruction(FunctionDef f, int pc) {
        int[] code = f.code();
        Opcode op = Instruction.op(code, pc);
        StringBuilder b = new StringBuilder(op.mnemonic());
        boolean first = true;
        for (int i = 0; i < 4; i++) {
            Operand role = op.operand(i);
            if (role == Operand.NONE || (role == Operand.RESULTS && Instruction.operand(code, pc, i) == 0)) continue;
            b.append(first ? " " : ", ");
            first = false;
            b.append(operand(role, Instruction.operand(code, pc, i)));
        }
        if (op == Opcode.CALL) {
            int callee = Instruction.a(code, pc);
            if (callee >= 0 && callee < program.functions().size()) {
                FunctionDef g = program.function(callee);
                b.append(" ; args ").append(g.paramSlots()).append(" rets ").append(g.resultSlots());
            }
        }
        return b.toString();
    }

    private String operand(Operand role, int v) {
        return switch (role) {
            case NONE -> "";
            case SLOT, DST -> v < 0 ? "-" : "s" + v;
            case IMM -> "#" + v;
            case CONST -> inRange(v, program.constants().length) ? "k" + v + "(" + program.constant(v) + ")" : "k" + v;
            case FCONST -> inRange(v, program.constants().length)
                    ? "k" + v + "(" + Double.longBitsToDouble(program.constant(v)) + ")" : "k" + v;
            case STR -> inRange(v, program.strings().size()) ? quote(program.string(v)) : "str" + v;
            case FUNC -> inRange(v, program.functions().size()) ? program.function(v).name() : "f" + v;
            case TYPE -> inRange(v, program.types().size()) ? "<" + program.type(v).name() + ">" : "t" + v;
            case SHAPE -> inRange(v, program.shapes().size()) ? slotList(program.shape(v)) : "shape" + v;
            case RESULTS -> v > 0 && inRange(v - 1, program.shapes().size()) ? "rets " + slotList(program.shape(v - 1)) : "";
            case JUMP -> "->" + v;
            case COUNT -> "n" + v;
            case NATIVE -> inRange(v, Native.values().length) ? Native.values()[v].name().toLowerCase() : "native" + v;
            case FIELD_KIND -> inRange(v, FieldKind.values().length) ? FieldKind.values()[v].name().toLowerCase() : "kind" + v;
            case WIDTH -> inRange(v, Width.values().length) ? Width.values()[v].name().toLowerCase() : "width" + v;
            case CMP -> inRange(v, Cmp.values().length) ? Cmp.values()[v].name().toLowerCase() : "cmp" + v;
            case LAYOUT -> "L#" + v;
            case GLOBAL -> globalName(v);
            case FLAGS -> "0x" + Integer.toHexString(v);
        };
    }

    private String globalName(int slot) {
        for (GlobalVar g : program.globals())
            if (slot >= g.firstSlot() && slot < g.firstSlot() + g.slotCount())
                return "g" + slot + "(" + g.name() + (slot == g.firstSlot() ? "" : "+" + (slot - g.firstSlot())) + ")";
        return "g" + slot;
    }

    private static boolean inRange(int v, int size) { return v >= 0 && v < size; }

    /** Slot kinds as a compact list: [V G I0 I1 F]. */
    public static String slotList(SlotType[] types) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < types.length; i++) {
            if (i > 0) b.append(' ');
            b.append(switch (types[i]) {
                case VALUE -> "V";
                case GCREF -> "G";
                case INTERFACE0 -> "I0";
                case INTERFACE1 -> "I1";
                case FLOAT -> "F";
            });
        }
        return b.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}

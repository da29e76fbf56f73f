package gcscope.vm.session;

import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;

import java.util.Arrays;

/**
 * The frame slots an instruction writes, derived from the opcode table (vm/ISA.md "Slot kinds
 * written"): the first slot and the static kind of each. For calls through a closure or an interface
 * the callee (so the result count) is only known at run time; those report their first result slot only.
 */
public record WrittenSlots(int start, SlotType[] kinds) {
    public static final WrittenSlots NONE = new WrittenSlots(-1, new SlotType[0]);

    public WrittenSlots {
        kinds = kinds.clone();
    }

    public int count() { return kinds.length; }

    public boolean contains(int slot) {
        return start >= 0 && slot >= start && slot < start + kinds.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenSlots w && w.start == start && Arrays.equals(w.kinds, kinds);
    }

    @Override
    public int hashCode() {
        return 31 * start + Arrays.hashCode(kinds);
    }

    @Override
    public String toString() {
        return start < 0 ? "-" : "slots " + start + ".." + (start + kinds.length - 1) + " " + Arrays.toString(kinds);
    }

    static boolean writes(Program program, int funcId, int pc, int slot) {
        return of(program, funcId, pc).contains(slot);
    }

    /** The slots instruction {@code pc} of function {@code funcId} writes. */
    public static WrittenSlots of(Program program, int funcId, int pc) {
        if (funcId < 0 || funcId >= program.functions().size()) return NONE;
        FunctionDef f = program.function(funcId);
        if (pc < 0 || pc >= f.instructionCount()) return NONE;
        int[] code = f.code();
        Opcode op = Instruction.op(code, pc);
        int dstIndex = op.dstOperand();
        if (dstIndex < 0) return NONE;
        int dst = Instruction.operand(code, pc, dstIndex);
        int d = Instruction.d(code, pc);
        SlotType[] kinds = switch (op.writes()) {
            case NONE -> new SlotType[0];
            case VALUE -> new SlotType[]{SlotType.VALUE};
            case VALUE2 -> new SlotType[]{SlotType.VALUE, SlotType.VALUE};
            case FLOAT -> new SlotType[]{SlotType.FLOAT};
            case GCREF -> new SlotType[]{SlotType.GCREF};
            case INTERFACE -> new SlotType[]{SlotType.INTERFACE0, SlotType.INTERFACE1};
            case COPY -> range(f.slotTypes(), Instruction.b(code, pc), d);
            case SHAPE -> program.shape(d).clone();
            case TYPE -> program.type(Instruction.c(code, pc)).slots().clone();
            case GLOBAL -> range(program.globalTypes(), Instruction.b(code, pc), d);
            case CAPTURE -> range(f.captureTypes(), Instruction.b(code, pc), d);
            case FIELD_KIND -> fieldKind(d);
            case CALL_RESULTS -> callResults(program, op, code, pc, d);
        };
        return new WrittenSlots(dst, kinds);
    }

    private static SlotType[] fieldKind(int d) {
        if (d < 0 || d >= FieldKind.values().length) return new SlotType[0];
        FieldKind k = FieldKind.values()[d];
        return k == FieldKind.IFACE ? new SlotType[]{SlotType.INTERFACE0, SlotType.INTERFACE1} : new SlotType[]{k.slotKind()};
    }

    private static SlotType[] callResults(Program program, Opcode op, int[] code, int pc, int d) {
        if (op == Opcode.CALL) {
            int callee = Instruction.a(code, pc);
            if (callee >= 0 && callee < program.functions().size()) return program.function(callee).resultTypes();
        }
        if (op == Opcode.NATIVE && d >= 0 && d < Native.values().length) return Native.values()[d].results();
        return new SlotType[0];
    }

    private static SlotType[] range(SlotType[] types, int from, int count) {
        SlotType[] out = new SlotType[Math.max(0, count)];
        for (int i = 0; i < out.length; i++) {
            int k = from + i;
            out[i] = k >= 0 && k < types.length ? types[k] : SlotType.VALUE;
        }
        return out;
    }
}

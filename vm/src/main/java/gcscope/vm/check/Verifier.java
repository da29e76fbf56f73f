package gcscope.vm.check;

import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Operand;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The static slot-type verifier: a forward data-flow pass over each function's code that computes the
 * kind every instruction writes into each frame slot (from the Opcode table's {@code WriteKind}) and
 * reports a {@link SlotTypeMismatch} where that kind is incompatible with the slot's declared type.
 * Copies carry the kinds that flowed into their source slots (so a reference parked in a VALUE-typed
 * buffer is reported where it is written there, not again where it is copied out). The results of an
 * interface call are known when every method of that name in the program returns the same slot kinds;
 * otherwise the written slots become unknown and are not reported. The results of a call through a func value: its {@code RESULTS} operand (the func type's result kinds, which
 * codegen records on every {@code CALL_CLOSURE}, so a func value passed as a parameter, a method value or a
 * closure from a map are all checked); for hand-assembled code without it, known when the func value was made
 * in the same function ({@code LOAD_FUNC}, {@code MAKE_CLOSURE}, then copies).
 */
public final class Verifier {
    private static final SlotType[] TYPES = SlotType.values();
    private static final byte ZERO = 5;
    private static final byte TOP = 6;
    private static final FieldKind[] FIELD_KINDS = FieldKind.values();
    private static final Native[] NATIVES = Native.values();

    private Verifier() {
    }

    /** Every finding of every function, in function then pc order. */
    public static List<SlotTypeMismatch> verify(Program program) {
        List<SlotTypeMismatch> out = new ArrayList<>();
        for (FunctionDef f : program.functions()) out.addAll(verify(program, f));
        return out;
    }

    public static List<SlotTypeMismatch> verify(Program program, FunctionDef f) {
        int[] code = f.code();
        int n = f.instructionCount();
        SlotType[] declared = f.slotTypes();
        int slots = declared.length;
        State[] in = new State[n];
        List<SlotTypeMismatch> out = new ArrayList<>();
        boolean[][] reported = new boolean[n][];
        if (n == 0) return out;
        State entry = new State(slots);
        for (int i = 0; i < f.paramSlots(); i++) entry.kinds[i] = (byte) declared[i].ordinal();
        in[0] = entry;
        Deque<Integer> work = new ArrayDeque<>();
        work.add(0);
        while (!work.isEmpty()) {
            int pc = work.poll();
            State st = in[pc].copy();
            Opcode op = Instruction.op(code, pc);
            apply(program, f, code, pc, op, st, declared, out, reported);
            for (int succ : successors(code, pc, op, n)) {
                if (in[succ] == null) {
                    in[succ] = st.copy();
                    work.add(succ);
                } else if (in[succ].join(st)) {
                    work.add(succ);
                }
            }
        }
        out.sort((x, y) -> x.pc() != y.pc() ? Integer.compare(x.pc(), y.pc()) : Integer.compare(x.slot(), y.slot()));
        return out;
    }

    /** Per slot: the kind that flowed there, and the function id of a func value made in this function (-1 unknown). */
    private static final class State {
        final byte[] kinds;
        final int[] funcs;

        State(int slots) {
            kinds = new byte[slots];
            funcs = new int[slots];
            Arrays.fill(kinds, ZERO);
            Arrays.fill(funcs, -1);
        }

        private State(byte[] kinds, int[] funcs) {
            this.kinds = kinds;
            this.funcs = funcs;
        }

        State copy() {
            return new State(kinds.clone(), funcs.clone());
        }

        boolean join(State from) {
            boolean changed = false;
            for (int i = 0; i < kinds.length; i++) {
                byte a = kinds[i], b = from.kinds[i];
                if (!(a == b || b == ZERO || a == TOP)) {
                    byte j = a == ZERO ? b : (compatible(a, b) ? a : TOP);
                    if (j != a) {
                        kinds[i] = j;
                        changed = true;
                    }
                }
                if (funcs[i] != from.funcs[i] && funcs[i] != -1) {
                    funcs[i] = -1;
                    changed = true;
                }
            }
            return changed;
        }
    }

    private static boolean compatible(byte a, byte b) {
        return a < ZERO && b < ZERO && TYPES[a].compatibleWith(TYPES[b]);
    }

    private static int[] successors(int[] code, int pc, Opcode op, int n) {
        List<Integer> s = new ArrayList<>(2);
        for (int i = 0; i < 4; i++) {
            if (op.operand(i) == Operand.JUMP) {
                int t = Instruction.operand(code, pc, i);
                if (t >= 0 && t < n) s.add(t);
            }
        }
        boolean falls = op != Opcode.JMP && op != Opcode.RETURN && op != Opcode.PANIC;
        if (falls && pc + 1 < n) s.add(pc + 1);
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void apply(Program p, FunctionDef f, int[] code, int pc, Opcode op, State st, SlotType[] declared,
                              List<SlotTypeMismatch> out, boolean[][] reported) {
        int di = op.dstOperand();
        if (di < 0) return;
        byte[] state = st.kinds;
        int[] funcs = st.funcs;
        int dst = Instruction.operand(code, pc, di);
        int b = Instruction.b(code, pc);
        int d = Instruction.d(code, pc);
        switch (op.writes()) {
            case NONE -> { }
            case VALUE -> write(f, pc, st, declared, dst, SlotType.VALUE, out, reported);
            case VALUE2 -> {
                write(f, pc, st, declared, dst, SlotType.VALUE, out, reported);
                write(f, pc, st, declared, dst + 1, SlotType.VALUE, out, reported);
            }
            case FLOAT -> write(f, pc, st, declared, dst, SlotType.FLOAT, out, reported);
            case GCREF -> {
                write(f, pc, st, declared, dst, SlotType.GCREF, out, reported);
                if ((op == Opcode.LOAD_FUNC || op == Opcode.MAKE_CLOSURE) && dst >= 0 && dst < funcs.length) funcs[dst] = b;
            }
            case INTERFACE -> {
                write(f, pc, st, declared, dst, SlotType.INTERFACE0, out, reported);
                write(f, pc, st, declared, dst + 1, SlotType.INTERFACE1, out, reported);
            }
            case COPY -> {
                byte[] src = new byte[Math.max(0, d)];
                int[] srcFuncs = new int[Math.max(0, d)];
                for (int i = 0; i < d; i++) {
                    boolean in = b + i >= 0 && b + i < state.length;
                    src[i] = in ? state[b + i] : TOP;
                    srcFuncs[i] = in ? funcs[b + i] : -1;
                }
                for (int i = 0; i < d; i++) writeRaw(f, pc, st, declared, dst + i, src[i], out, reported);
                for (int i = 0; i < d; i++) if (dst + i >= 0 && dst + i < funcs.length) funcs[dst + i] = srcFuncs[i];
                return;
            }
            case SHAPE -> {
                if (op == Opcode.STORE_SLOT_IDX) return; // the slots written depend on a run-time index
                writeAll(f, pc, st, declared, dst, p.shape(d), out, reported);
            }
            case TYPE -> writeAll(f, pc, st, declared, dst, typeSlots(p, Instruction.c(code, pc)), out, reported);
            case GLOBAL -> {
                for (int i = 0; i < d; i++) write(f, pc, st, declared, dst + i, p.globalType(b + i), out, reported);
            }
            case CAPTURE -> {
                SlotType[] caps = f.captureTypes();
                for (int i = 0; i < d; i++) write(f, pc, st, declared, dst + i, b + i < caps.length ? caps[b + i] : SlotType.GCREF, out, reported);
            }
            case FIELD_KIND -> {
                FieldKind k = FIELD_KINDS[d];
                if (k == FieldKind.IFACE) {
                    write(f, pc, st, declared, dst, SlotType.INTERFACE0, out, reported);
                    write(f, pc, st, declared, dst + 1, SlotType.INTERFACE1, out, reported);
                } else {
                    write(f, pc, st, declared, dst, k.slotKind(), out, reported);
                }
            }
            case CALL_RESULTS -> {
                int a = Instruction.a(code, pc);
                SlotType[] results = switch (op) {
                    case CALL -> p.function(a).resultTypes();
                    case NATIVE -> NATIVES[d].results();
                    case CALL_CLOSURE -> d > 0 && d - 1 < p.shapes().size() ? p.shape(d - 1)
                            : a >= 0 && a < funcs.length && funcs[a] >= 0 ? p.function(funcs[a]).resultTypes() : null;
                    case CALL_IFACE -> methodResults(p, d);
                    default -> null;
                };
                if (results != null) writeAll(f, pc, st, declared, dst, results, out, reported);
                else for (int i = Math.max(0, dst); i < state.length; i++) {
                    state[i] = TOP;
                    funcs[i] = -1;
                }
                return;
            }
        }
    }

    /** The result kinds shared by every method named {@code strings[nameString]}, or null if they differ or there is none. */
    private static SlotType[] methodResults(Program p, int nameString) {
        if (nameString < 0 || nameString >= p.strings().size()) return null;
        String name = p.string(nameString);
        SlotType[] found = null;
        for (TypeInfo t : p.types()) {
            for (MethodInfo m : t.methods()) {
                if (!m.name().equals(name)) continue;
                SlotType[] r = m.funcId() >= 0 ? p.function(m.funcId()).resultTypes() : new SlotType[]{SlotType.GCREF};
                if (found == null) found = r;
                else if (!Arrays.equals(found, r)) return null;
            }
        }
        return found;
    }

    private static SlotType[] typeSlots(Program p, int typeId) {
        return typeId >= 0 && typeId < p.types().size() ? p.type(typeId).slots() : new SlotType[0];
    }

    private static void writeAll(FunctionDef f, int pc, State state, SlotType[] declared, int dst, SlotType[] kinds,
                                 List<SlotTypeMismatch> out, boolean[][] reported) {
        for (int i = 0; i < kinds.length; i++) write(f, pc, state, declared, dst + i, kinds[i], out, reported);
    }

    private static void write(FunctionDef f, int pc, State state, SlotType[] declared, int slot, SlotType kind,
                              List<SlotTypeMismatch> out, boolean[][] reported) {
        writeRaw(f, pc, state, declared, slot, (byte) kind.ordinal(), out, reported);
    }

    private static void writeRaw(FunctionDef f, int pc, State st, SlotType[] declared, int slot, byte kind,
                                 List<SlotTypeMismatch> out, boolean[][] reported) {
        byte[] state = st.kinds;
        if (slot < 0 || slot >= state.length) return;
        state[slot] = kind;
        st.funcs[slot] = -1;
        if (kind >= ZERO) return;
        SlotType written = TYPES[kind];
        if (declared[slot].compatibleWith(written)) return;
        if (reported[pc] == null) reported[pc] = new boolean[state.length];
        if (reported[pc][slot]) return;
        reported[pc][slot] = true;
        out.add(new SlotTypeMismatch(f.id(), f.name(), pc, slot, declared[slot], written, f.pos(pc)));
    }
}

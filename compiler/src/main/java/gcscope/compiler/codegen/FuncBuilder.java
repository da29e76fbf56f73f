package gcscope.compiler.codegen;

import gcscope.vm.bytecode.CodeBuffer;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one function: frame slots by Vo's rules ({@link SlotAllocator}), the instruction stream with a
 * source position per instruction, forward-jump labels, and the {@code localVars} debug table (name,
 * slots, type, pc range in scope) that the inspector shows next to the slots.
 */
public final class FuncBuilder {
    private final String name;
    private final SlotAllocator slots = new SlotAllocator();
    private final CodeBuffer code = new CodeBuffer();
    private final List<LocalVarInfo> closedVars = new ArrayList<>();
    private final List<List<LocalVarInfo>> openScopes = new ArrayList<>();
    private SourcePos pos = SourcePos.NONE;

    public FuncBuilder(String name) {
        this.name = name;
        openScopes.add(new ArrayList<>());
    }

    public String name() {
        return name;
    }

    // ---------------------------------------------------------------- slots

    /** Allocates consecutive slots with these types (Vo's rule: reuse at the cursor only on equal types). */
    public int allocSlots(List<SlotType> types) {
        return slots.alloc(types);
    }

    public int allocSlots(SlotType... types) {
        return slots.alloc(Arrays.asList(types));
    }

    public void beginTempRegion() {
        slots.beginTempRegion();
    }

    public void endTempRegion() {
        slots.endTempRegion();
    }

    /** The allocation cursor (the first slot the next allocation tries to reuse). */
    public int nextSlot() {
        return slots.nextSlot();
    }

    public int slotCount() {
        return slots.size();
    }

    public SlotType slotType(int slot) {
        return slots.typeOf(slot);
    }

    /** The frame's slot types: the high-water mark of every allocation so far. */
    public SlotType[] slotTypes() {
        return slots.toArray();
    }

    // ---------------------------------------------------------------- code

    /** Sets the source position given to the instructions emitted from now on. */
    public void setPos(SourcePos p) {
        if (p != null && p.line() > 0) pos = p;
    }

    public SourcePos pos() {
        return pos;
    }

    public int emit(Opcode op, int a, int b, int c, int d) {
        return code.emit(op, a, b, c, d, pos);
    }

    public int emit(Opcode op, int a, int b, int c) {
        return emit(op, a, b, c, 0);
    }

    public int emit(Opcode op, int a, int b) {
        return emit(op, a, b, 0, 0);
    }

    public int emit(Opcode op, int a) {
        return emit(op, a, 0, 0, 0);
    }

    /** The pc of the next instruction. */
    public int pc() {
        return code.pc();
    }

    /** Sets operand {@code operand} (0 = a .. 3 = d) of instruction {@code pc}: used to patch forward jumps. */
    public void patch(int pc, int operand, int value) {
        code.patch(pc, operand, value);
    }

    /** A forward or backward jump target. */
    public final class Label {
        private int target = -1;
        private final List<int[]> fixups = new ArrayList<>();

        /** Binds the label to the current pc and patches every jump emitted to it so far. */
        public void bind() {
            target = pc();
            for (int[] f : fixups) patch(f[0], f[1], target);
            fixups.clear();
        }

        public boolean bound() {
            return target >= 0;
        }

        /** Records that operand {@code operand} of instruction {@code at} jumps here. */
        void use(int at, int operand) {
            if (target >= 0) patch(at, operand, target);
            else fixups.add(new int[] {at, operand});
        }
    }

    public Label newLabel() {
        return new Label();
    }

    /** {@code JMP label}. */
    public void jump(Label l) {
        l.use(emit(Opcode.JMP, 0), 0);
    }

    /** {@code JMP_IF cond, label} / {@code JMP_IFNOT cond, label}. */
    public void jumpIf(int condSlot, boolean when, Label l) {
        l.use(emit(when ? Opcode.JMP_IF : Opcode.JMP_IFNOT, condSlot, 0), 1);
    }

    /** A fused compare-and-jump ({@code JMP_EQ}...): jumps to {@code l} when {@code a OP b}. */
    public void jumpCmp(Opcode op, int a, int b, Label l) {
        l.use(emit(op, a, b, 0), 2);
    }

    /** A compare-with-immediate jump ({@code JMP_EQ_IMM}...): jumps to {@code l} when {@code a OP imm}. */
    public void jumpCmpImm(Opcode op, int a, int imm, Label l) {
        l.use(emit(op, a, imm, 0), 2);
    }

    public int[] code() {
        return code.code();
    }

    public int[] lines() {
        return code.lines();
    }

    public int[] columns() {
        return code.columns();
    }

    // ---------------------------------------------------------------- debug info

    /** Opens a lexical scope: the variables declared in it go out of scope at {@link #closeScope()}. */
    public void openScope() {
        openScopes.add(new ArrayList<>());
    }

    /** Closes the innermost scope at the current pc. */
    public void closeScope() {
        List<LocalVarInfo> top = openScopes.remove(openScopes.size() - 1);
        for (LocalVarInfo v : top) closedVars.add(v.closedAt(pc()));
        if (openScopes.isEmpty()) openScopes.add(new ArrayList<>());
    }

    /** Records that {@code name} lives in slots {@code [firstSlot, firstSlot+count)} from the current pc on. */
    public void declareLocal(String varName, int firstSlot, int count, String typeName, boolean boxed) {
        if (varName == null || varName.isEmpty() || varName.equals("_")) return;
        openScopes.get(openScopes.size() - 1).add(new LocalVarInfo(varName, firstSlot, count, typeName, pc(), -1, boxed));
    }

    /** Every variable ever declared, closing the ones still open at the end of the function. */
    public List<LocalVarInfo> localVars() {
        List<LocalVarInfo> all = new ArrayList<>(closedVars);
        int end = pc();
        for (List<LocalVarInfo> scope : openScopes) for (LocalVarInfo v : scope) all.add(v.closedAt(end));
        all.sort((x, y) -> x.startPc() != y.startPc() ? Integer.compare(x.startPc(), y.startPc())
                : Integer.compare(x.firstSlot(), y.firstSlot()));
        return all;
    }
}

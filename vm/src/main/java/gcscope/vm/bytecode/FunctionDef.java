package gcscope.vm.bytecode;

import java.util.List;

/**
 * One compiled function. Immutable by contract: the arrays are copied in and must not be mutated by
 * readers (the interpreter reads them directly for speed).
 *
 * @param id           index in {@link Program#functions()}
 * @param name         qualified name as Go's stack traces print it ("main.main", "main.(*T).Push", "main.main.func1")
 * @param paramSlots   slots 0..paramSlots-1 receive the arguments (receiver first for methods)
 * @param resultTypes  kinds of the result slots, in order (their count is the number of result slots)
 * @param resultSlot   first of the frame slots that hold the results when the function returns after a
 *                     recovered panic (named results, or zeroed reserved slots); -1 when it has no results
 * @param slotTypes    the declared kind of every frame slot (the precise collector's root map); its length
 *                     is the frame size
 * @param captureTypes kinds of the words a CLOSURE of this function captures (empty for plain functions)
 * @param code         encoded instructions ({@link Instruction})
 * @param lines        source line per instruction
 * @param columns      source column per instruction
 * @param localVars    debug info: named variables and their pc ranges
 * @param recoverPc    where execution continues when a deferred call of this function recovers a panic:
 *                     an epilogue that loads the named results (e.g. from their BOXes) and RETURNs them;
 *                     -1 = return slots resultSlot.. as they are
 */
public record FunctionDef(int id, String name, int paramSlots, SlotType[] resultTypes, int resultSlot,
                          SlotType[] slotTypes, SlotType[] captureTypes, int[] code, int[] lines, int[] columns,
                          List<LocalVar> localVars, int recoverPc) {
    public FunctionDef {
        resultTypes = resultTypes.clone();
        slotTypes = slotTypes.clone();
        captureTypes = captureTypes.clone();
        code = code.clone();
        lines = lines.clone();
        columns = columns.clone();
        localVars = List.copyOf(localVars);
        if (code.length % Instruction.WIDTH != 0) throw new IllegalArgumentException("code length not a multiple of " + Instruction.WIDTH);
        if (lines.length != code.length / Instruction.WIDTH || columns.length != lines.length)
            throw new IllegalArgumentException(name + ": one source position per instruction required");
        if (paramSlots > slotTypes.length) throw new IllegalArgumentException(name + ": more parameter slots than frame slots");
    }

    /** A function without a recovery epilogue (recoverPc -1). */
    public FunctionDef(int id, String name, int paramSlots, SlotType[] resultTypes, int resultSlot,
                       SlotType[] slotTypes, SlotType[] captureTypes, int[] code, int[] lines, int[] columns,
                       List<LocalVar> localVars) {
        this(id, name, paramSlots, resultTypes, resultSlot, slotTypes, captureTypes, code, lines, columns, localVars, -1);
    }

    /** The same function with a recovery epilogue at {@code pc}. */
    public FunctionDef withRecoverPc(int pc) {
        return new FunctionDef(id, name, paramSlots, resultTypes, resultSlot, slotTypes, captureTypes, code, lines,
                columns, localVars, pc);
    }

    /** A function built from a {@link CodeBuffer}. */
    public static FunctionDef of(int id, String name, int paramSlots, SlotType[] resultTypes, int resultSlot,
                                 SlotType[] slotTypes, SlotType[] captureTypes, CodeBuffer buf, List<LocalVar> locals) {
        return new FunctionDef(id, name, paramSlots, resultTypes, resultSlot, slotTypes, captureTypes, buf.code(),
                buf.lines(), buf.columns(), locals);
    }

    public int resultSlots() { return resultTypes.length; }

    public int frameSize() { return slotTypes.length; }

    public int instructionCount() { return code.length / Instruction.WIDTH; }

    public SourcePos pos(int pc) {
        if (pc < 0 || pc >= lines.length) return SourcePos.NONE;
        return new SourcePos(lines[pc], columns[pc]);
    }

    public int line(int pc) { return pc >= 0 && pc < lines.length ? lines[pc] : 0; }

    /** Variables in scope at pc (for the inspector). */
    public List<LocalVar> localsAt(int pc) {
        return localVars.stream().filter(v -> v.inScope(pc)).toList();
    }
}

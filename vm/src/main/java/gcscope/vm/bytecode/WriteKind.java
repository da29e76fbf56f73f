package gcscope.vm.bytecode;

/**
 * What kind of value an instruction writes to its destination slots (the static kind the sanitizer's
 * shadow stack and the static verifier use). See vm/ISA.md, "Slot kinds written".
 */
public enum WriteKind {
    /** Writes no frame slot. */
    NONE,
    /** One VALUE slot. */
    VALUE,
    /** Two consecutive VALUE slots. */
    VALUE2,
    /** One FLOAT slot. */
    FLOAT,
    /** One GCREF slot. */
    GCREF,
    /** An INTERFACE0/INTERFACE1 pair. */
    INTERFACE,
    /** The kinds of the source slots (operand b), {@code count} (operand d) slots. */
    COPY,
    /** The kinds listed by the shape in operand d ({@link Program#shape(int)}). */
    SHAPE,
    /** The slot kinds of one value of the type in operand c ({@link TypeInfo#slots()}). */
    TYPE,
    /** The declared kinds of the globals copied (Program.globalTypes from operand b, count operand d). */
    GLOBAL,
    /** The kinds of the current function's captures from operand b, count operand d ({@link FunctionDef#captureTypes()}). */
    CAPTURE,
    /** The kind that the field kind in operand d reads ({@link FieldKind#slotKind()}; IFACE writes a pair). */
    FIELD_KIND,
    /** The callee's result slot types, written at the caller's retStart (operand c) when the callee returns. */
    CALL_RESULTS
}

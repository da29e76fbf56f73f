package gcscope.vm.bytecode;

/**
 * The role of one operand of an instruction (see {@link Opcode} and vm/ISA.md). The disassembler
 * prints operands by role; the static verifier reads {@link #DST} to know which slots an instruction writes.
 */
public enum Operand {
    /** Unused (encoded as 0). */
    NONE,
    /** A frame slot that is read (slot index relative to bp). {@code -1} means "absent" where ISA.md allows it. */
    SLOT,
    /** The first frame slot that is written. */
    DST,
    /** A signed 32-bit immediate. */
    IMM,
    /** An index into {@link Program#constants()} (a 64-bit integer). */
    CONST,
    /** An index into {@link Program#constants()} holding IEEE-754 double bits. */
    FCONST,
    /** An index into {@link Program#strings()}. */
    STR,
    /** A function id (index into {@link Program#functions()}). */
    FUNC,
    /** A runtime type id (index into {@link Program#types()}). */
    TYPE,
    /** A shape id: index into {@link Program#shapes()}, a {@code SlotType[]} giving the kind of every word moved. */
    SHAPE,
    /**
     * The result kinds of a call through a func value: {@code 1 +} a shape id (the slot kinds the call writes at
     * its result slots, known from the func type at compile time), or 0 when not recorded (hand-assembled code).
     * The VM ignores it; the static verifier reads it.
     */
    RESULTS,
    /** An absolute jump target (instruction index in the same function). */
    JUMP,
    /** A count of slots or words. */
    COUNT,
    /** A native function id ({@link Native#ordinal()}). */
    NATIVE,
    /** A field kind code for enum payload access ({@link FieldKind#ordinal()}). */
    FIELD_KIND,
    /** An integer width code for wrap-around ({@link Width#ordinal()}). */
    WIDTH,
    /** A comparison code ({@link Cmp#ordinal()}). */
    CMP,
    /** A layout id in the program's {@code LayoutStore}. */
    LAYOUT,
    /** A global slot index. */
    GLOBAL,
    /** A small flag word documented per opcode. */
    FLAGS
}

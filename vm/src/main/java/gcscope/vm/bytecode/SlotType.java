package gcscope.vm.bytecode;

/**
 * The declared kind of one 8-byte frame slot (VM.md, "Slots and slot types").
 * The precise collector scans roots only through a function's {@code SlotType[] slotTypes}.
 */
public enum SlotType {
    /** Scalar bits; the collector skips it. */
    VALUE,
    /** 0 (nil) or the address of a heap object (possibly interior); the collector marks it. */
    GCREF,
    /** Interface header (type id + value kind); if the kind is a reference kind the next slot is marked. */
    INTERFACE0,
    /** Interface data word, scanned according to the preceding INTERFACE0. */
    INTERFACE1,
    /** Float bits: a display hint; the collector skips it. */
    FLOAT;

    /** VALUE and FLOAT are interchangeable for the collector; everything else must match exactly. */
    public boolean compatibleWith(SlotType written) {
        if (this == written) return true;
        return (this == VALUE || this == FLOAT) && (written == VALUE || written == FLOAT);
    }

    public boolean isReference() {
        return this == GCREF;
    }
}

package gcscope.vm.bytecode;

/**
 * How one primitive field is stored byte-wise in an ENUM payload (VM.md, "Layouts"), and the slot
 * kind a read of it produces. Sizes follow the layout table of VM.md.
 */
public enum FieldKind {
    BOOL(1, SlotType.VALUE), I8(1, SlotType.VALUE), U8(1, SlotType.VALUE),
    I16(2, SlotType.VALUE), U16(2, SlotType.VALUE),
    I32(4, SlotType.VALUE), U32(4, SlotType.VALUE), F32(4, SlotType.FLOAT),
    W64(8, SlotType.VALUE), F64(8, SlotType.FLOAT),
    /** A reference (string, slice, map, chan, func, pointer, enum): 8 bytes. */
    REF(8, SlotType.GCREF),
    /** An interface: 16 bytes (header word, then data word). */
    IFACE(16, SlotType.INTERFACE0);

    private final int size;
    private final SlotType slotKind;

    FieldKind(int size, SlotType slotKind) {
        this.size = size;
        this.slotKind = slotKind;
    }

    public int size() { return size; }

    /** The kind of the (first) slot a read writes; IFACE writes an INTERFACE0/INTERFACE1 pair. */
    public SlotType slotKind() { return slotKind; }

    public int slots() { return this == IFACE ? 2 : 1; }
}

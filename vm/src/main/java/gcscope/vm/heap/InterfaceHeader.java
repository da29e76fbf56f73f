package gcscope.vm.heap;

/**
 * Encoding of an interface value's first word (the INTERFACE0 slot or payload word). An interface
 * takes two words: {@code [header, data]}. The header's low 8 bits are the kind of the data word,
 * bits 8..39 the dynamic type id (the program's type table index). A nil interface is {@code [0, 0]}.
 * The collector marks the data word only when {@link #isRef(long)} says so (VM.md, SlotType INTERFACE0).
 */
public final class InterfaceHeader {
    /** Data kind: nil interface (header 0). */
    public static final int NIL = 0;
    /** Data word holds scalar bits (ints, bools, ...). */
    public static final int VALUE = 1;
    /** Data word holds float bits. */
    public static final int FLOAT = 2;
    /** Data word holds a GCREF (string, slice, map, chan, func, pointer, enum, or an INTERFACE_BOX). */
    public static final int REF = 3;

    private InterfaceHeader() {
    }

    public static long of(int typeId, int dataKind) {
        return ((long) typeId << 8) | (dataKind & 0xFF);
    }

    public static int dataKind(long header) {
        return (int) (header & 0xFF);
    }

    public static int typeId(long header) {
        return (int) (header >>> 8);
    }

    public static boolean isRef(long header) {
        return (header & 0xFF) == REF;
    }

    public static boolean isNil(long header) {
        return header == 0;
    }
}

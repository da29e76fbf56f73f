package gcscope.compiler.codegen;

import gcscope.compiler.types.Type;

/**
 * Where a value lives, for reads, writes and address-of: frame slots, words behind a pointer (a BOX, a
 * struct or array element on the heap, a slice element), globals, an element of an array flattened in
 * the frame at a dynamic index, a map entry, a computed (non-addressable) value, or the blank identifier.
 */
sealed interface Place {
    Type type();

    /** Slots {@code base..} of the current frame. */
    record Frame(int base, Type type) implements Place {}

    /** Words at {@code pointer slot + 8*wordOffset}. */
    record Pointer(int ptrSlot, int wordOffset, Type type) implements Place {}

    /** Global slots {@code gslot..}. */
    record Global(int gslot, Type type) implements Place {}

    /** Element {@code s[idx]} of an array flattened in the frame at {@code base} (bounds already checked). */
    record FrameIndex(int base, int idxSlot, Type type) implements Place {}

    /** A part ({@code off} slots in) of element {@code s[idx]} of an array flattened in the frame: read-modify-write. */
    record FrameIndexPart(int base, int idxSlot, Type elemType, int off, Type type) implements Place {}

    /** Element {@code s[idx]} of a slice (bounds-checked by the load or store). */
    record SliceElem(int sliceSlot, int idxSlot, Type type) implements Place {}

    /** {@code m[key]}. */
    record MapEntry(int mapSlot, int keySlot, Type type) implements Place {}

    /** A computed value in temp slots: readable, not addressable. */
    record Value(int slot, Type type) implements Place {}

    /** {@code _}. */
    record Blank(Type type) implements Place {}
}

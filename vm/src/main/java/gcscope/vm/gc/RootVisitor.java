package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;

/** Receives the roots a {@link RootSource} enumerates. */
public interface RootVisitor {
    /**
     * One live frame: its slots are {@code stack[bp + i]} for {@code i < slotTypes.length}, declared by
     * {@code slotTypes} (the precise root map). {@code shadow} is indexed like {@code stack} and holds the
     * {@code SlotType.ordinal()} of the kind last written to each slot (sanitizer check 1 and 5), or is
     * null when the VM keeps no shadow kinds. Frame 0 is the oldest frame of the fiber.
     */
    void frame(int fiber, int frame, int funcId, int pc, long[] stack, int bp, SlotType[] slotTypes, byte[] shadow);

    /**
     * One non-stack root word with its declared kind. An interface is two calls, INTERFACE0 (header)
     * then INTERFACE1 (data). {@code index} numbers the words of that kind of root (global slot index,
     * defer record index, ...).
     */
    void word(RootKind kind, int index, SlotType type, long raw);
}

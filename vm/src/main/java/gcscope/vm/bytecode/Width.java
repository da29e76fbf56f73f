package gcscope.vm.bytecode;

/** Integer widths for {@link Opcode#WRAP}: truncate to the width, then sign- or zero-extend to 64 bits. */
public enum Width {
    I8, I16, I32, U8, U16, U32;

    /** Wraps {@code v} to this width (Go's integer overflow semantics). */
    public long wrap(long v) {
        return switch (this) {
            case I8 -> (byte) v;
            case I16 -> (short) v;
            case I32 -> (int) v;
            case U8 -> v & 0xFFL;
            case U16 -> v & 0xFFFFL;
            case U32 -> v & 0xFFFF_FFFFL;
        };
    }
}

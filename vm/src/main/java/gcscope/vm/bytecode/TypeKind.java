package gcscope.vm.bytecode;

/** The kind of a runtime type ({@link TypeInfo}). {@code byte} is UINT8 and {@code rune} is INT32, as in Go. */
public enum TypeKind {
    /** Type id 0: the dynamic type of a nil interface. */
    NIL,
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64,
    STRING, POINTER, SLICE, ARRAY, STRUCT, MAP, CHAN, FUNC, INTERFACE, ENUM,
    /** A runtime error value (panic value of a runtime error); data word is a STRING with the message. */
    RUNTIME_ERROR;

    public boolean isInteger() { return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal(); }

    public boolean isUnsigned() { return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal(); }

    public boolean isFloat() { return this == FLOAT32 || this == FLOAT64; }

    /** Values of this kind are one GCREF word (or nil). */
    public boolean isReference() {
        return switch (this) {
            case STRING, POINTER, SLICE, MAP, CHAN, FUNC, ENUM, RUNTIME_ERROR -> true;
            default -> false;
        };
    }
}

package gcscope.compiler.types;

/** The predeclared basic types and the untyped constant kinds. {@code byte}/{@code rune} are UINT8/INT32. */
public enum BasicKind {
    INVALID("invalid type", 0),
    BOOL("bool", 1),
    INT("int", 8), INT8("int8", 1), INT16("int16", 2), INT32("int32", 4), INT64("int64", 8),
    UINT("uint", 8), UINT8("uint8", 1), UINT16("uint16", 2), UINT32("uint32", 4), UINT64("uint64", 8),
    UINTPTR("uintptr", 8),
    FLOAT32("float32", 4), FLOAT64("float64", 8),
    STRING("string", 16),
    UNTYPED_BOOL("untyped bool", 0), UNTYPED_INT("untyped int", 0), UNTYPED_RUNE("untyped rune", 0),
    UNTYPED_FLOAT("untyped float", 0), UNTYPED_STRING("untyped string", 0), UNTYPED_NIL("untyped nil", 0);

    private final String goName;
    private final int size;

    BasicKind(String goName, int size) {
        this.goName = goName;
        this.size = size;
    }

    public String goName() {
        return goName;
    }

    /** Size in bytes of a value of this type in Go (8 for int/uint/uintptr; 16 for a string header). */
    public int size() {
        return size;
    }

    public boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()) || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat();
    }

    public boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }

    public boolean isOrdered() {
        return isNumeric() || isString();
    }
}

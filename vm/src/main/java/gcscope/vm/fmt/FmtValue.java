package gcscope.vm.fmt;

import java.util.Arrays;
import java.util.List;

/**
 * A Go value as fmt sees it: its Go type string (for %T and the {@code %!d(string=hi)} forms) and
 * its contents. The interpreter converts VM values into this tree; {@link GoFmt} prints it.
 *
 * <p>Nil values keep their type: a nil slice is a {@link SliceValue} with {@code isNil}, a nil map a
 * {@link MapValue} with {@code isNil}, a nil pointer/func/chan has address 0, and a nil interface is
 * {@link NilValue} (carrying the interface's static type for %#v, e.g. {@code interface {}}; %T of
 * a nil interface prints {@code <nil>} as in Go). Addresses are the VM's simulated addresses.
 */
public sealed interface FmtValue {

    /** The Go type string, e.g. {@code int}, {@code []string}, {@code main.Point}, {@code *main.Node}. */
    String type();

    record BoolValue(String type, boolean value) implements FmtValue {
    }

    /**
     * Any integer kind (int8..int64, uint8..uint64, uintptr, byte, rune and named integer types).
     * Signed values are stored sign-extended; unsigned values hold the 64-bit pattern (uint64 above
     * Long.MAX_VALUE is negative here and printed unsigned).
     */
    record IntValue(String type, long value, boolean unsigned) implements FmtValue {
    }

    /** float32 (size 32, value already rounded to float) or float64 (size 64). */
    record FloatValue(String type, double value, int size) implements FmtValue {
    }

    /** A Go string: raw bytes (may hold invalid UTF-8). */
    record StringValue(String type, byte[] bytes) implements FmtValue {
        @Override
        public boolean equals(Object o) {
            return o instanceof StringValue s && s.type.equals(type) && Arrays.equals(s.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "StringValue[" + type + ", " + Utf8.string(bytes) + "]";
        }
    }

    /**
     * A pointer. {@code address} 0 is nil. {@code pointee} is the pointed-to value when it is a
     * struct, array, slice or map (Go prints such a top-level pointer as {@code &{...}}); null
     * otherwise. Nested pointers always print as their address.
     */
    record PointerValue(String type, long address, FmtValue pointee) implements FmtValue {
    }

    /** A slice; {@code byteElems} when the element kind is uint8 (byte, for %s %q %x). */
    record SliceValue(String type, long address, boolean byteElems, List<FmtValue> elements, boolean isNil)
            implements FmtValue {
        public SliceValue {
            elements = List.copyOf(elements);
        }
    }

    record ArrayValue(String type, boolean byteElems, List<FmtValue> elements) implements FmtValue {
        public ArrayValue {
            elements = List.copyOf(elements);
        }
    }

    /** A map, entries in any order (fmt sorts them by key). */
    record MapValue(String type, long address, List<Entry> entries, boolean isNil) implements FmtValue {
        public MapValue {
            entries = List.copyOf(entries);
        }
    }

    /** A struct; embedded fields are named by their type name as Go does. */
    record StructValue(String type, List<Field> fields) implements FmtValue {
        public StructValue {
            fields = List.copyOf(fields);
        }
    }

    /** A nil interface whose static type is {@code staticType} (e.g. {@code error}, {@code interface {}}). */
    record NilValue(String staticType) implements FmtValue {
        @Override
        public String type() {
            return "<nil>";
        }
    }

    record FuncValue(String type, long address) implements FmtValue {
    }

    record ChanValue(String type, long address) implements FmtValue {
    }

    /** A value of an enum (tagged union) type: variant name and payload fields (empty for none). */
    record EnumValue(String type, String variant, List<Field> fields) implements FmtValue {
        public EnumValue {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A value whose {@code Error()} ({@code isError}) or {@code String()} method the interpreter has
     * already called, with the result {@code text}. fmt prints {@code text} for %v %s %q %x %X and
     * {@code value} for every other verb (and for %#v). If the method panicked, {@code panic} holds the
     * panic value and {@code text} is ignored (fmt prints {@code %!v(PANIC=String method: ...)}, or
     * {@code <nil>} when {@code value} is a nil pointer).
     */
    record MethodValue(FmtValue value, boolean isError, byte[] text, FmtValue panic) implements FmtValue {
        @Override
        public String type() {
            return value.type();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MethodValue m && m.value.equals(value) && m.isError == isError
                    && Arrays.equals(m.text, text) && java.util.Objects.equals(m.panic, panic);
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + Arrays.hashCode(text);
        }
    }

    record Field(String name, FmtValue value) {
    }

    record Entry(FmtValue key, FmtValue value) {
    }

    // ---- convenience constructors for the predeclared types ----

    static FmtValue bool(boolean b) {
        return new BoolValue("bool", b);
    }

    /** An int (64-bit). */
    static FmtValue integer(long v) {
        return new IntValue("int", v, false);
    }

    /** An integer of a predeclared type name (int8..uint64, uintptr, byte = uint8, rune = int32). */
    static FmtValue integer(String goType, long v) {
        String t = switch (goType) {
            case "byte" -> "uint8";
            case "rune" -> "int32";
            default -> goType;
        };
        boolean unsigned = t.startsWith("uint");
        long x = switch (t) {
            case "int8" -> (byte) v;
            case "int16" -> (short) v;
            case "int32" -> (int) v;
            case "uint8" -> v & 0xFF;
            case "uint16" -> v & 0xFFFF;
            case "uint32" -> v & 0xFFFF_FFFFL;
            default -> v;
        };
        return new IntValue(t, x, unsigned);
    }

    static FmtValue float64(double v) {
        return new FloatValue("float64", v, 64);
    }

    static FmtValue float32(float v) {
        return new FloatValue("float32", v, 32);
    }

    static FmtValue string(String s) {
        return new StringValue("string", Utf8.bytes(s));
    }

    static FmtValue nil() {
        return new NilValue("interface {}");
    }

    static MethodValue stringer(FmtValue value, String text) {
        return new MethodValue(value, false, Utf8.bytes(text), null);
    }

    static MethodValue error(FmtValue value, String text) {
        return new MethodValue(value, true, Utf8.bytes(text), null);
    }
}

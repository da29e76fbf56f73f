package gcscope.vm.fmt;

import java.util.List;
import java.util.Map;

/**
 * The Go types the fmt case table may use: the predeclared ones and the named types declared in
 * .ci/fmt-oracle/preamble.go, with the same String/Error methods. Keep the two files in step.
 */
final class GoTestTypes {
    private GoTestTypes() {
    }

    sealed interface Ty {
        String name();
    }

    /** Bool, integer, float and string kinds; {@code kind} is the underlying predeclared type. */
    record Basic(String name, String kind) implements Ty {
    }

    record SliceT(String name, Ty elem) implements Ty {
    }

    record ArrayT(String name, int length, Ty elem) implements Ty {
    }

    record MapT(String name, Ty key, Ty value) implements Ty {
    }

    record PtrT(String name, Ty elem) implements Ty {
    }

    record StructT(String name, List<FieldT> fields) implements Ty {
    }

    record FieldT(String name, Ty type) {
        boolean exported() {
            return Character.isUpperCase(name.charAt(0));
        }
    }

    record IfaceT(String name) implements Ty {
    }

    static final Basic INT = new Basic("int", "int");
    static final Basic FLOAT64 = new Basic("float64", "float64");
    static final Basic INT32 = new Basic("int32", "int32");
    static final Basic STRING = new Basic("string", "string");
    static final Basic BOOL = new Basic("bool", "bool");
    static final IfaceT ANY = new IfaceT("interface {}");
    static final IfaceT ERROR = new IfaceT("error");

    static final List<String> BASIC_NAMES = List.of("bool", "string", "int", "int8", "int16", "int32", "int64",
            "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64");

    static Ty basic(String n) {
        return switch (n) {
            case "byte" -> new Basic("uint8", "uint8");
            case "rune" -> INT32;
            case "any" -> ANY;
            case "error" -> ERROR;
            default -> BASIC_NAMES.contains(n) ? new Basic(n, n) : named(n);
        };
    }

    static Ty named(String n) {
        Ty t = NAMED.get(n);
        if (t == null) {
            throw new IllegalArgumentException("unknown type " + n);
        }
        return t;
    }

    private static final StructT T = new StructT("main.T",
            List.of(new FieldT("A", INT), new FieldT("B", STRING)));
    private static final StructT INNER = new StructT("main.Inner", List.of(new FieldT("X", INT)));
    private static final Basic S = new Basic("main.S", "string");

    static final Map<String, Ty> NAMED = Map.ofEntries(
            Map.entry("T", T),
            Map.entry("P", new StructT("main.P", List.of(new FieldT("X", INT), new FieldT("Y", INT)))),
            Map.entry("Inner", INNER),
            Map.entry("Outer", new StructT("main.Outer", List.of(new FieldT("Inner", INNER), new FieldT("Y", INT)))),
            Map.entry("E", new StructT("main.E", List.of(new FieldT("Name", STRING),
                    new FieldT("Tags", new SliceT("[]string", STRING)),
                    new FieldT("M", new MapT("map[string]int", STRING, INT)),
                    new FieldT("I", ANY), new FieldT("Err", ERROR), new FieldT("F", FLOAT64),
                    new FieldT("Ptr", new PtrT("*main.T", T))))),
            Map.entry("u", new StructT("main.u", List.of(new FieldT("a", INT), new FieldT("b", STRING)))),
            Map.entry("S", S),
            Map.entry("I", new Basic("main.I", "int")),
            Map.entry("Er", new StructT("main.Er", List.of(new FieldT("Code", INT)))),
            Map.entry("PS", new StructT("main.PS", List.of(new FieldT("X", INT)))),
            Map.entry("W", new StructT("main.W", List.of(new FieldT("X", S), new FieldT("y", S)))),
            Map.entry("Celsius", new Basic("main.Celsius", "float64")),
            Map.entry("B", new SliceT("main.B", new Basic("uint8", "uint8"))),
            Map.entry("Flag", new Basic("main.Flag", "bool")),
            Map.entry("renamedBool", new Basic("main.renamedBool", "bool")),
            Map.entry("renamedInt", new Basic("main.renamedInt", "int")),
            Map.entry("renamedInt8", new Basic("main.renamedInt8", "int8")),
            Map.entry("renamedInt16", new Basic("main.renamedInt16", "int16")),
            Map.entry("renamedInt32", new Basic("main.renamedInt32", "int32")),
            Map.entry("renamedInt64", new Basic("main.renamedInt64", "int64")),
            Map.entry("renamedUint", new Basic("main.renamedUint", "uint")),
            Map.entry("renamedUint8", new Basic("main.renamedUint8", "uint8")),
            Map.entry("renamedUint16", new Basic("main.renamedUint16", "uint16")),
            Map.entry("renamedUint32", new Basic("main.renamedUint32", "uint32")),
            Map.entry("renamedUint64", new Basic("main.renamedUint64", "uint64")),
            Map.entry("renamedUintptr", new Basic("main.renamedUintptr", "uintptr")),
            Map.entry("renamedString", new Basic("main.renamedString", "string")),
            Map.entry("renamedBytes", new SliceT("main.renamedBytes", new Basic("uint8", "uint8"))),
            Map.entry("renamedFloat32", new Basic("main.renamedFloat32", "float32")),
            Map.entry("renamedFloat64", new Basic("main.renamedFloat64", "float64")),
            Map.entry("errors.errorString", new StructT("errors.errorString", List.of(new FieldT("s", STRING)))));

    /** Wraps a value of a type with a String or Error method as the interpreter would. */
    static FmtValue withMethods(Ty t, FmtValue v) {
        switch (t.name()) {
            case "main.S" -> {
                return FmtValue.stringer(v, "S<" + Utf8.string(((FmtValue.StringValue) v).bytes()) + ">");
            }
            case "main.I" -> {
                return FmtValue.stringer(v, "I(" + ((FmtValue.IntValue) v).value() + ")");
            }
            case "main.Er" -> {
                FmtValue code = ((FmtValue.StructValue) v).fields().get(0).value();
                return FmtValue.error(v, "err " + ((FmtValue.IntValue) unwrap(code)).value());
            }
            case "*main.PS" -> {
                return FmtValue.stringer(v, "PS!");
            }
            case "*errors.errorString" -> {
                FmtValue s = ((FmtValue.StructValue) ((FmtValue.PointerValue) v).pointee()).fields().get(0).value();
                return new FmtValue.MethodValue(v, true, ((FmtValue.StringValue) s).bytes(), null);
            }
            default -> {
                return v;
            }
        }
    }

    static FmtValue unwrap(FmtValue v) {
        return v instanceof FmtValue.MethodValue m ? m.value() : v;
    }
}

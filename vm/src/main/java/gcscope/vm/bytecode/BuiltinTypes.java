package gcscope.vm.bytecode;

import java.util.List;

/**
 * Type ids that every {@link Program} has, registered first by {@link ProgramBuilder} in this order,
 * so the compiler and the VM agree on them without a lookup.
 */
public final class BuiltinTypes {
    public static final int NIL = 0, BOOL = 1, INT = 2, INT8 = 3, INT16 = 4, INT32 = 5, INT64 = 6, UINT = 7,
            UINT8 = 8, UINT16 = 9, UINT32 = 10, UINT64 = 11, UINTPTR = 12, FLOAT32 = 13, FLOAT64 = 14,
            STRING = 15, ANY = 16, ERROR = 17, RUNTIME_ERROR = 18, ERRORS_STRING = 19, ANY_SLICE = 20,
            BYTE_SLICE = 21, RUNE_SLICE = 22, MAP_OBJECT = 23, CHAN_OBJECT = 24,
            // the dynamic types of the runtime's panic values, as %T names them (all hold the message string)
            BOUNDS_ERROR = 25, ERROR_STRING = 26, PLAIN_ERROR = 27, TYPE_ASSERTION_ERROR = 28, PANIC_NIL_ERROR = 29,
            // fmt.Errorf's results with one / several %w operands (like *errors.errorString, they hold the message)
            WRAP_ERROR = 30, WRAP_ERRORS = 31;
    /** Number of builtin types; the compiler's own types start here. */
    public static final int COUNT = 32;

    /** The dynamic type of the panic value of a runtime panic with this message (Go's runtime types). */
    public static int ofRuntimePanic(String message) {
        if (message.startsWith("runtime error: index out of range") || message.startsWith("runtime error: slice bounds out of range")) {
            return BOUNDS_ERROR;
        }
        if (message.startsWith("interface conversion: ")) return TYPE_ASSERTION_ERROR;
        if (message.startsWith("runtime error: ")) return ERROR_STRING;
        return PLAIN_ERROR;
    }

    private BuiltinTypes() {}

    static void registerAll(ProgramBuilder b) {
        b.addType(new TypeInfo(NIL, TypeKind.NIL, "nil", -1, -1, -1, new SlotType[] {SlotType.GCREF}, List.of(),
                List.of(), List.of(), List.of(), -1, true));
        String[] names = {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                "uint64", "uintptr", "float32", "float64", "string"};
        TypeKind[] kinds = {TypeKind.BOOL, TypeKind.INT, TypeKind.INT8, TypeKind.INT16, TypeKind.INT32,
                TypeKind.INT64, TypeKind.UINT, TypeKind.UINT8, TypeKind.UINT16, TypeKind.UINT32, TypeKind.UINT64,
                TypeKind.UINTPTR, TypeKind.FLOAT32, TypeKind.FLOAT64, TypeKind.STRING};
        for (int i = 0; i < names.length; i++) b.addType(TypeInfo.basic(i + 1, kinds[i], names[i]));
        SlotType[] iface = {SlotType.INTERFACE0, SlotType.INTERFACE1};
        b.addType(new TypeInfo(ANY, TypeKind.INTERFACE, "interface {}", -1, -1, -1, iface, List.of(), List.of(),
                List.of(), List.of(), -1, true));
        b.addType(new TypeInfo(ERROR, TypeKind.INTERFACE, "error", -1, -1, -1, iface, List.of(), List.of(),
                List.of("Error"), List.of(), -1, true));
        List<MethodInfo> errorMethod = List.of(new MethodInfo("Error", MethodInfo.ERROR_STRING));
        b.addType(new TypeInfo(RUNTIME_ERROR, TypeKind.RUNTIME_ERROR, "runtime.Error", -1, -1, -1,
                new SlotType[] {SlotType.GCREF}, List.of(), errorMethod, List.of(), List.of(), -1, true));
        b.addType(new TypeInfo(ERRORS_STRING, TypeKind.RUNTIME_ERROR, "*errors.errorString", -1, -1, -1,
                new SlotType[] {SlotType.GCREF}, List.of(), errorMethod, List.of(), List.of(), -1, true));
        b.addType(slice(ANY_SLICE, "[]interface {}", ANY));
        b.addType(slice(BYTE_SLICE, "[]uint8", UINT8));
        b.addType(slice(RUNE_SLICE, "[]int32", INT32));
        // Metas of the interpreter's own MAP and CHANNEL payloads (ISA.md "Heap objects").
        SlotType V = SlotType.VALUE, G = SlotType.GCREF;
        b.addType(new TypeInfo(MAP_OBJECT, TypeKind.STRUCT, "runtime.hmap", -1, -1, -1, new SlotType[] {V, V, V, G, G},
                List.of(), List.of(), List.of(), List.of(), -1, false));
        b.addType(new TypeInfo(CHAN_OBJECT, TypeKind.STRUCT, "runtime.hchan", -1, -1, -1,
                new SlotType[] {V, V, V, V, V, G}, List.of(), List.of(), List.of(), List.of(), -1, false));
        String[] panicTypes = {"runtime.boundsError", "runtime.errorString", "runtime.plainError",
                "*runtime.TypeAssertionError", "*runtime.PanicNilError"};
        for (int i = 0; i < panicTypes.length; i++) {
            b.addType(new TypeInfo(BOUNDS_ERROR + i, TypeKind.RUNTIME_ERROR, panicTypes[i], -1, -1, -1,
                    new SlotType[] {SlotType.GCREF}, List.of(), errorMethod, List.of(), List.of(), -1, true));
        }
        b.addType(new TypeInfo(WRAP_ERROR, TypeKind.RUNTIME_ERROR, "*fmt.wrapError", -1, -1, -1,
                new SlotType[] {SlotType.GCREF}, List.of(), errorMethod, List.of(), List.of(), -1, true));
        b.addType(new TypeInfo(WRAP_ERRORS, TypeKind.RUNTIME_ERROR, "*fmt.wrapErrors", -1, -1, -1,
                new SlotType[] {SlotType.GCREF}, List.of(), errorMethod, List.of(), List.of(), -1, true));
    }

    private static TypeInfo slice(int id, String name, int elem) {
        return new TypeInfo(id, TypeKind.SLICE, name, elem, -1, -1, new SlotType[] {SlotType.GCREF}, List.of(),
                List.of(), List.of(), List.of(), -1, false);
    }
}

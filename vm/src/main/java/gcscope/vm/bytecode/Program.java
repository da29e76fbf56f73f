package gcscope.vm.bytecode;

import gcscope.vm.gc.HeapMetas;
import gcscope.vm.layout.LayoutStore;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled program: functions, entry point, globals, constants, the runtime type table (struct metas,
 * method tables, enum metas), shapes and enum layouts, and the source it came from. Immutable; built
 * with {@link ProgramBuilder}. The layout store built by the compiler is attached as {@link #layouts()}.
 */
public final class Program implements HeapMetas {
    private final List<FunctionDef> functions;
    private final int entry;
    private final List<GlobalVar> globals;
    private final SlotType[] globalTypes;
    private final List<TypeInfo> types;
    private final List<SlotType[]> shapes;
    private final long[] constants;
    private final List<String> strings;
    private final byte[][] stringBytes;
    private final LayoutStore layouts;
    private final String fileName;
    private final String source;
    /** methodFuncs[typeId * methodNameCount + methodNameIndex] = funcId + 1 (0 = none). */
    private final int[] methodFuncs;
    private final int[] stringToMethodName;
    private final int methodNameCount;
    private final int[] mapEntryTypes;

    Program(List<FunctionDef> functions, int entry, List<GlobalVar> globals, SlotType[] globalTypes,
            List<TypeInfo> types, List<SlotType[]> shapes, long[] constants, List<String> strings, List<byte[]> rawStrings,
            LayoutStore layouts, String fileName, String source, int[] mapEntryTypes) {
        this.mapEntryTypes = mapEntryTypes.clone();
        this.functions = List.copyOf(functions);
        this.entry = entry;
        this.globals = List.copyOf(globals);
        this.globalTypes = globalTypes.clone();
        this.types = List.copyOf(types);
        this.shapes = shapes.stream().map(SlotType[]::clone).toList();
        this.constants = constants.clone();
        this.strings = List.copyOf(strings);
        this.stringBytes = new byte[strings.size()][];
        for (int i = 0; i < stringBytes.length; i++) {
            byte[] raw = i < rawStrings.size() ? rawStrings.get(i) : null;
            stringBytes[i] = raw != null ? raw.clone() : strings.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        this.layouts = layouts;
        this.fileName = fileName;
        this.source = source;
        // Dense method-name numbering over the string pool, so CALL_IFACE resolves with two array loads.
        Map<String, Integer> names = new HashMap<>();
        for (TypeInfo t : this.types) for (MethodInfo m : t.methods()) names.putIfAbsent(m.name(), names.size());
        this.methodNameCount = Math.max(1, names.size());
        this.stringToMethodName = new int[this.strings.size()];
        for (int i = 0; i < this.strings.size(); i++) {
            Integer n = names.get(this.strings.get(i));
            stringToMethodName[i] = n == null ? -1 : n;
        }
        this.methodFuncs = new int[this.types.size() * methodNameCount];
        for (TypeInfo t : this.types) {
            for (MethodInfo m : t.methods()) {
                methodFuncs[t.id() * methodNameCount + names.get(m.name())] = m.funcId() + 2;
            }
        }
    }

    public List<FunctionDef> functions() { return functions; }

    public FunctionDef function(int id) { return functions.get(id); }

    /** The function the main goroutine starts with (package initialisation, then main.main). */
    public int entry() { return entry; }

    public List<GlobalVar> globals() { return globals; }

    /** Declared kind of every global slot. */
    public SlotType[] globalTypes() { return globalTypes.clone(); }

    public int globalSlotCount() { return globalTypes.length; }

    public SlotType globalType(int slot) { return globalTypes[slot]; }

    public List<TypeInfo> types() { return types; }

    public TypeInfo type(int id) { return types.get(id); }

    public List<SlotType[]> shapes() { return shapes; }

    /** The slot kinds of shape {@code id} (a shared array: do not mutate). */
    public SlotType[] shape(int id) { return shapes.get(id); }

    public long[] constants() { return constants.clone(); }

    public long constant(int i) { return constants[i]; }

    public List<String> strings() { return strings; }

    public String string(int i) { return strings.get(i); }

    /** The exact bytes of string constant i (may be invalid UTF-8, see {@link ProgramBuilder#stringBytes}). */
    public byte[] stringBytes(int i) { return stringBytes[i].clone(); }

    /** HeapMetas: metas are type ids; the payload word kinds are the type's slot kinds (one element for ARRAY). */
    @Override
    public SlotType[] wordTypes(int metaId) { return types.get(metaId).slots(); }

    @Override
    public String functionName(int funcId) {
        return funcId >= 0 && funcId < functions.size() ? functions.get(funcId).name() : "func#" + funcId;
    }

    @Override
    public SourcePos position(int funcId, int pc) {
        return funcId >= 0 && funcId < functions.size() ? functions.get(funcId).pos(pc) : SourcePos.NONE;
    }

    /** The layout store the compiler built (enum payload tuples and unions); never mutated after build. */
    @Override
    public LayoutStore layouts() { return layouts; }

    /** The synthetic entry type of map type {@code mapTypeId}: [VALUE hash/state, key slots, value slots]. */
    public int mapEntryType(int mapTypeId) { return mapEntryTypes[mapTypeId]; }

    public String fileName() { return fileName; }

    public String source() { return source; }

    /**
     * The function implementing the method named {@code strings[nameString]} for dynamic type
     * {@code typeId}: a function id, {@link MethodInfo#ERROR_STRING} for VM-implemented Error(), or
     * {@link Integer#MIN_VALUE} when the type has no such method.
     */
    public int methodFunc(int typeId, int nameString) {
        int n = stringToMethodName[nameString];
        if (n < 0 || typeId < 0 || typeId >= types.size()) return Integer.MIN_VALUE;
        int f = methodFuncs[typeId * methodNameCount + n];
        return f == 0 ? Integer.MIN_VALUE : f - 2;
    }

    /** True when dynamic type {@code typeId} has every method of interface type {@code ifaceId}. */
    public boolean implementsIface(int typeId, int ifaceId) {
        if (typeId <= 0) return false;
        TypeInfo t = types.get(typeId);
        for (String m : types.get(ifaceId).ifaceMethods()) if (t.method(m) == null) return false;
        return true;
    }

    /** The first method of interface {@code ifaceId} that type {@code typeId} lacks, or null. */
    public String missingMethod(int typeId, int ifaceId) {
        TypeInfo t = types.get(typeId);
        for (String m : types.get(ifaceId).ifaceMethods()) if (t.method(m) == null) return m;
        return null;
    }

    @Override
    public String toString() {
        return "Program[" + fileName + ", " + functions.size() + " functions, " + types.size() + " types, globals "
                + Arrays.toString(globalTypes) + "]";
    }
}

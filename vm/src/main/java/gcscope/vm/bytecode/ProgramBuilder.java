package gcscope.vm.bytecode;

import gcscope.vm.layout.LayoutStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an immutable {@link Program}. Builtin types ({@link BuiltinTypes}) are registered on
 * construction. Function ids can be reserved before their code exists ({@link #reserveFunction}) so that
 * calls to functions compiled later can be emitted.
 */
public final class ProgramBuilder {
    private final List<FunctionDef> functions = new ArrayList<>();
    private final List<TypeInfo> types = new ArrayList<>();
    private final List<SlotType[]> shapes = new ArrayList<>();
    private final Map<String, Integer> shapeIds = new HashMap<>();
    private final List<Long> constants = new ArrayList<>();
    private final Map<Long, Integer> constantIds = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<byte[]> rawStrings = new ArrayList<>();
    private final Map<String, Integer> stringIds = new HashMap<>();
    private final List<GlobalVar> globals = new ArrayList<>();
    private final List<SlotType> globalTypes = new ArrayList<>();
    private LayoutStore layouts = new LayoutStore();
    private int entry = -1;
    private String fileName = "main.vo";
    private String source = "";

    public ProgramBuilder() {
        BuiltinTypes.registerAll(this);
    }

    /** Reserves the next function id (fill it later with {@link #setFunction}). */
    public int reserveFunction() {
        functions.add(null);
        return functions.size() - 1;
    }

    public void setFunction(FunctionDef f) {
        if (functions.get(f.id()) != null) throw new IllegalStateException("function " + f.id() + " already set");
        functions.set(f.id(), f);
    }

    /** Adds a function whose id must be the next free id. */
    public int addFunction(FunctionDef f) {
        if (f.id() != functions.size()) throw new IllegalArgumentException("function id " + f.id() + " != " + functions.size());
        functions.add(f);
        return f.id();
    }

    public int functionCount() { return functions.size(); }

    /** Adds a type; its id must be the next free id ({@link #nextTypeId()}). */
    public int addType(TypeInfo t) {
        if (t.id() != types.size()) throw new IllegalArgumentException("type id " + t.id() + " != " + types.size());
        types.add(t);
        return t.id();
    }

    /** Replaces a type (e.g. to add the methods of a named type once they are compiled). */
    public void setType(TypeInfo t) { types.set(t.id(), t); }

    public TypeInfo type(int id) { return types.get(id); }

    public int nextTypeId() { return types.size(); }

    /** Interns a shape and returns its id. */
    public int shape(SlotType... kinds) {
        String key = Arrays.toString(kinds);
        Integer id = shapeIds.get(key);
        if (id != null) return id;
        shapes.add(kinds.clone());
        shapeIds.put(key, shapes.size() - 1);
        return shapes.size() - 1;
    }

    /** Interns a 64-bit constant. */
    public int constant(long v) {
        return constantIds.computeIfAbsent(v, k -> {
            constants.add(k);
            return constants.size() - 1;
        });
    }

    /** Interns a float64 constant (stored as its bits). */
    public int floatConstant(double v) { return constant(Double.doubleToRawLongBits(v)); }

    /** Interns a string (string constants, method names for CALL_IFACE). */
    public int string(String s) {
        return stringIds.computeIfAbsent(s, k -> {
            strings.add(k);
            rawStrings.add(null);
            return strings.size() - 1;
        });
    }

    /**
     * Interns a Go string constant given as bytes, which may be invalid UTF-8 (e.g. "a\xffb"): LOAD_STR of
     * the returned index produces exactly these bytes. Valid UTF-8 shares the entry of {@link #string}.
     */
    public int stringBytes(byte[] bytes) {
        String u = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (Arrays.equals(u.getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes)) return string(u);
        String key = "\u0000raw\u0000" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Integer id = stringIds.get(key);
        if (id != null) return id;
        strings.add(u);
        rawStrings.add(bytes.clone());
        stringIds.put(key, strings.size() - 1);
        return strings.size() - 1;
    }

    /** Adds a global variable of the given slot kinds; returns its first global slot. */
    public int addGlobal(String name, int typeId, SlotType... kinds) {
        int first = globalTypes.size();
        globalTypes.addAll(Arrays.asList(kinds));
        globals.add(new GlobalVar(name, first, kinds.length, typeId));
        return first;
    }

    /** Attaches the layout store the compiler built (a fresh interning store by default). */
    public void setLayouts(LayoutStore layouts) { this.layouts = layouts; }

    public LayoutStore layouts() { return layouts; }

    public void setEntry(int funcId) { this.entry = funcId; }

    public void setSource(String fileName, String source) {
        this.fileName = fileName;
        this.source = source;
    }

    public Program build() {
        for (int i = 0; i < functions.size(); i++)
            if (functions.get(i) == null) throw new IllegalStateException("function " + i + " reserved but never set");
        if (entry < 0 || entry >= functions.size()) throw new IllegalStateException("no entry function");
        // A synthetic entry type per map type: the element of the map's entries ARRAY (ISA.md "Maps").
        int mapTypes = types.size();
        int[] entryTypes = new int[mapTypes];
        for (int i = 0; i < mapTypes; i++) {
            TypeInfo m = types.get(i);
            if (m.kind() != TypeKind.MAP) continue;
            SlotType[] ks = types.get(m.key()).slots(), vs = types.get(m.elem()).slots();
            SlotType[] es = new SlotType[1 + ks.length + vs.length];
            es[0] = SlotType.VALUE;
            System.arraycopy(ks, 0, es, 1, ks.length);
            System.arraycopy(vs, 0, es, 1 + ks.length, vs.length);
            int id = types.size();
            types.add(new TypeInfo(id, TypeKind.STRUCT, "map.entry[" + types.get(m.key()).name() + "]"
                    + types.get(m.elem()).name(), -1, -1, -1, es, java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), -1, false));
            entryTypes[i] = id;
        }
        long[] consts = new long[constants.size()];
        for (int i = 0; i < consts.length; i++) consts[i] = constants.get(i);
        return new Program(functions, entry, globals, globalTypes.toArray(SlotType[]::new), types, shapes, consts,
                strings, rawStrings, layouts, fileName, source, entryTypes);
    }
}

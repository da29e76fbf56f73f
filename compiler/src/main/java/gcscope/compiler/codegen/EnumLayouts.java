package gcscope.compiler.codegen;

import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.ProgramBuilder;
import gcscope.vm.bytecode.VariantInfo;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layouts of enum payloads in the program's {@link LayoutStore} (VM.md "Layouts"): the declared layout
 * of every variant and union, actual layouts of construction arguments, and the byte-level "leaves"
 * (slot of the value, byte offset, {@link FieldKind}) that ENUM_PUT/ENUM_GET move one by one.
 */
final class EnumLayouts {
    /** One primitive word of a value: slot {@code slot} of the flattened value sits at byte {@code offset}. */
    record Leaf(int slot, int offset, FieldKind kind) {}

    /** The declared layouts of an enum: union id, per-variant payload layout id and field offsets. */
    record Declared(int unionLayout, List<Integer> payloadLayouts, List<int[]> fieldOffsets, List<VariantInfo> variants) {}

    private final LayoutStore store;
    private final ProgramBuilder pb;
    private final Map<EnumType, Declared> declared = new IdentityHashMap<>();

    EnumLayouts(LayoutStore store, ProgramBuilder pb) {
        this.store = store;
        this.pb = pb;
    }

    LayoutStore store() {
        return store;
    }

    Declared declared(EnumType e, RuntimeTypes types) {
        Declared d = declared.get(e);
        if (d != null) return d;
        List<Integer> payloads = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        for (EnumType.Variant v : e.variants()) {
            List<Type> fts = v.fields().stream().map(Type.Field::type).toList();
            Payload p = payload(fts);
            payloads.add(p.layout());
            offsets.add(p.offsets());
        }
        int union = store.putTagUnion(payloads.stream().mapToInt(Integer::intValue).toArray());
        registerUnion(union);
        List<VariantInfo> variants = new ArrayList<>();
        d = new Declared(union, payloads, offsets, variants);
        declared.put(e, d);
        for (int i = 0; i < e.variants().size(); i++) {
            EnumType.Variant v = e.variants().get(i);
            List<FieldInfo> fields = new ArrayList<>();
            for (int j = 0; j < v.fields().size(); j++) {
                Type.Field f = v.fields().get(j);
                fields.add(FieldInfo.payloadField(f.name(), types.id(f.type()), offsets.get(i)[j], fieldKind(f.type())));
            }
            variants.add(new VariantInfo(v.name(), fields, payloads.get(i)));
        }
        return d;
    }

    /** Payload layout of a list of field types (UNIT, the single field's layout, or a tuple) and field offsets. */
    record Payload(int layout, int[] offsets) {}

    Payload payload(List<Type> fieldTypes) {
        if (fieldTypes.isEmpty()) return new Payload(LayoutStore.UNIT, new int[0]);
        if (fieldTypes.size() == 1) return new Payload(layoutOf(fieldTypes.get(0)), new int[] {0});
        int[] ls = fieldTypes.stream().mapToInt(this::layoutOf).toArray();
        int tuple = store.putTuple(ls);
        Layout.Tuple t = (Layout.Tuple) store.get(tuple);
        return new Payload(tuple, t.offsets().clone());
    }

    void registerUnion(int union) {
        store.union(union); // the VM reads sizes and the discriminant straight from the store
    }

    /** The layout of one value of type t (VM.md layout table; structs and arrays as inline tuples). */
    int layoutOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> LayoutStore.BOOL;
                case INT8 -> LayoutStore.INT8;
                case UINT8 -> LayoutStore.UINT8;
                case INT16 -> LayoutStore.INT16;
                case UINT16 -> LayoutStore.UINT16;
                case INT32, UNTYPED_RUNE -> LayoutStore.INT32;
                case UINT32 -> LayoutStore.UINT32;
                case FLOAT32 -> LayoutStore.FLOAT32;
                case FLOAT64, UNTYPED_FLOAT -> LayoutStore.FLOAT64;
                case UINT, UINT64, UINTPTR -> LayoutStore.UINT64;
                case STRING, UNTYPED_STRING, UNTYPED_NIL -> LayoutStore.REF;
                default -> LayoutStore.INT64;
            };
        }
        if (u instanceof InterfaceType) return LayoutStore.INTERFACE;
        if (u instanceof Type.Struct s) {
            if (s.fields().isEmpty()) return LayoutStore.UNIT;
            return store.putTuple(s.fields().stream().mapToInt(f -> layoutOf(f.type())).toArray());
        }
        if (u instanceof Type.Array a) {
            if (a.length() == 0) return LayoutStore.UNIT;
            int[] ls = new int[(int) a.length()];
            java.util.Arrays.fill(ls, layoutOf(a.elem()));
            return store.putTuple(ls);
        }
        return LayoutStore.REF;
    }

    /** The field kind of a one-word value type (for FieldInfo); structs and arrays report null. */
    static FieldKind fieldKind(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            BasicKind k = b.kind();
            return switch (k) {
                case BOOL, UNTYPED_BOOL -> FieldKind.BOOL;
                case INT8 -> FieldKind.I8;
                case UINT8 -> FieldKind.U8;
                case INT16 -> FieldKind.I16;
                case UINT16 -> FieldKind.U16;
                case INT32, UNTYPED_RUNE -> FieldKind.I32;
                case UINT32 -> FieldKind.U32;
                case FLOAT32 -> FieldKind.F32;
                case FLOAT64, UNTYPED_FLOAT -> FieldKind.F64;
                case STRING, UNTYPED_STRING, UNTYPED_NIL -> FieldKind.REF;
                default -> FieldKind.W64;
            };
        }
        if (u instanceof InterfaceType) return FieldKind.IFACE;
        if (u instanceof Type.Struct || u instanceof Type.Array) return null;
        return FieldKind.REF;
    }

    /** The primitive words of a value of type t placed at byte offset {@code base}, with their slot indices. */
    List<Leaf> leaves(Type t, int base) {
        List<Leaf> out = new ArrayList<>();
        addLeaves(t, base, 0, out);
        return out;
    }

    private int addLeaves(Type t, int base, int slot, List<Leaf> out) {
        FieldKind k = fieldKind(t);
        if (k != null) {
            out.add(new Leaf(slot, base, k));
            return slot + k.slots();
        }
        Type u = t.underlying();
        int layout = layoutOf(t);
        if (layout == LayoutStore.UNIT) return slot;
        Layout.Tuple tuple = (Layout.Tuple) store.get(layout);
        if (u instanceof Type.Struct s) {
            for (int i = 0; i < s.fields().size(); i++) slot = addLeaves(s.fields().get(i).type(), base + tuple.offset(i), slot, out);
        } else if (u instanceof Type.Array a) {
            for (int i = 0; i < a.length(); i++) slot = addLeaves(a.elem(), base + tuple.offset(i), slot, out);
        }
        return slot;
    }
}

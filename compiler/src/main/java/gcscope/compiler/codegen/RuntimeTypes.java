package gcscope.compiler.codegen;

import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.Named;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.Universe;
import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.ProgramBuilder;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.VariantInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The program's runtime type table: gives every compiler {@link Type} a type id in the
 * {@link ProgramBuilder} (created on first use; recursive types reserve their id first), with the
 * slot shape, struct fields, method set, interface method names and enum variants the VM needs.
 */
final class RuntimeTypes {
    private final ProgramBuilder pb;
    private final EnumLayouts enumLayouts;
    private final Function<Type, List<MethodInfo>> methodSets;
    private final Map<Type, Integer> byIdentity = new IdentityHashMap<>();
    private final Map<Type, Integer> byValue = new HashMap<>();
    private final List<Type> structural = new ArrayList<>();
    private final List<Integer> structuralIds = new ArrayList<>();

    RuntimeTypes(ProgramBuilder pb, EnumLayouts enumLayouts, Function<Type, List<MethodInfo>> methodSets) {
        this.pb = pb;
        this.enumLayouts = enumLayouts;
        this.methodSets = methodSets;
    }

    /** The type id of {@code t}, creating the runtime type (and the types it mentions) on first use. */
    int id(Type t) {
        Integer known = lookup(t);
        if (known != null) return known;
        Integer builtin = builtinId(t);
        if (builtin != null) {
            remember(t, builtin);
            return builtin;
        }
        int id = pb.nextTypeId();
        SlotType[] slots = SlotShapes.array(t);
        Type u = t.underlying();
        TypeKind kind = kindOf(u);
        // Reserve the id first so that recursive types (type Node struct { next *Node }) terminate.
        pb.addType(new TypeInfo(id, kind, t.toString(), -1, -1, -1, slots, List.of(), List.of(), List.of(), List.of(), -1,
                Types.comparable(t)));
        remember(t, id);
        int elem = -1, key = -1, length = -1, union = -1;
        List<FieldInfo> fields = new ArrayList<>();
        List<String> ifaceMethods = new ArrayList<>();
        List<VariantInfo> variants = new ArrayList<>();
        if (u instanceof Type.Pointer p) elem = id(p.elem());
        else if (u instanceof Type.Slice s) elem = id(s.elem());
        else if (u instanceof Type.Array a) {
            elem = id(a.elem());
            length = (int) a.length();
        } else if (u instanceof Type.MapType m) {
            key = id(m.key());
            elem = id(m.value());
        } else if (u instanceof Type.Chan c) elem = id(c.elem());
        else if (u instanceof Type.Struct s) {
            int off = 0;
            for (Type.Field f : s.fields()) {
                fields.add(FieldInfo.structField(f.name(), id(f.type()), off, f.embedded()));
                off += SlotShapes.size(f.type());
            }
        } else if (u instanceof InterfaceType it) {
            for (InterfaceType.Method m : it.methods()) ifaceMethods.add(m.name());
        } else if (u instanceof EnumType e) {
            EnumLayouts.Declared d = enumLayouts.declared(e, this);
            union = d.unionLayout();
            variants.addAll(d.variants());
        }
        List<MethodInfo> methods = methodSets.apply(t);
        pb.setType(new TypeInfo(id, kind, t.toString(), elem, key, length, slots, fields, methods, ifaceMethods, variants,
                union, Types.comparable(t)));
        return id;
    }

    private Integer lookup(Type t) {
        Integer id = byIdentity.get(t);
        if (id != null) return id;
        if (t instanceof Named) return null;
        id = byValue.get(t);
        if (id != null) return id;
        for (int i = 0; i < structural.size(); i++) {
            if (Types.identical(structural.get(i), t)) return structuralIds.get(i);
        }
        return null;
    }

    private void remember(Type t, int id) {
        byIdentity.put(t, id);
        if (!(t instanceof Named)) {
            try {
                byValue.put(t, id);
            } catch (RuntimeException e) {
                // a type whose hashCode recurses: identity and structural lists still find it
            }
            structural.add(t);
            structuralIds.add(id);
        }
    }

    private static Integer builtinId(Type t) {
        if (t == Universe.ERROR) return BuiltinTypes.ERROR;
        if (t instanceof InterfaceType it && it.isEmpty()) return BuiltinTypes.ANY;
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> BuiltinTypes.BOOL;
                case INT, UNTYPED_INT -> BuiltinTypes.INT;
                case INT8 -> BuiltinTypes.INT8;
                case INT16 -> BuiltinTypes.INT16;
                case INT32, UNTYPED_RUNE -> BuiltinTypes.INT32;
                case INT64 -> BuiltinTypes.INT64;
                case UINT -> BuiltinTypes.UINT;
                case UINT8 -> BuiltinTypes.UINT8;
                case UINT16 -> BuiltinTypes.UINT16;
                case UINT32 -> BuiltinTypes.UINT32;
                case UINT64 -> BuiltinTypes.UINT64;
                case UINTPTR -> BuiltinTypes.UINTPTR;
                case FLOAT32 -> BuiltinTypes.FLOAT32;
                case FLOAT64, UNTYPED_FLOAT -> BuiltinTypes.FLOAT64;
                case STRING, UNTYPED_STRING -> BuiltinTypes.STRING;
                case UNTYPED_NIL -> BuiltinTypes.NIL;
                default -> null;
            };
        }
        if (t instanceof Type.Slice s && s.elem() instanceof Type.Basic b) {
            if (b.kind() == BasicKind.UINT8) return BuiltinTypes.BYTE_SLICE;
            if (b.kind() == BasicKind.INT32) return BuiltinTypes.RUNE_SLICE;
        }
        if (t instanceof Type.Slice s && s.elem() instanceof InterfaceType it && it.isEmpty()) return BuiltinTypes.ANY_SLICE;
        return null;
    }

    static TypeKind kindOf(Type u) {
        if (u instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> TypeKind.BOOL;
                case INT, UNTYPED_INT -> TypeKind.INT;
                case INT8 -> TypeKind.INT8;
                case INT16 -> TypeKind.INT16;
                case INT32, UNTYPED_RUNE -> TypeKind.INT32;
                case INT64 -> TypeKind.INT64;
                case UINT -> TypeKind.UINT;
                case UINT8 -> TypeKind.UINT8;
                case UINT16 -> TypeKind.UINT16;
                case UINT32 -> TypeKind.UINT32;
                case UINT64 -> TypeKind.UINT64;
                case UINTPTR -> TypeKind.UINTPTR;
                case FLOAT32 -> TypeKind.FLOAT32;
                case FLOAT64, UNTYPED_FLOAT -> TypeKind.FLOAT64;
                case STRING, UNTYPED_STRING -> TypeKind.STRING;
                default -> TypeKind.NIL;
            };
        }
        if (u instanceof Type.Pointer) return TypeKind.POINTER;
        if (u instanceof Type.Slice) return TypeKind.SLICE;
        if (u instanceof Type.Array) return TypeKind.ARRAY;
        if (u instanceof Type.Struct) return TypeKind.STRUCT;
        if (u instanceof Type.MapType) return TypeKind.MAP;
        if (u instanceof Type.Chan) return TypeKind.CHAN;
        if (u instanceof Type.Signature) return TypeKind.FUNC;
        if (u instanceof InterfaceType) return TypeKind.INTERFACE;
        if (u instanceof EnumType) return TypeKind.ENUM;
        throw new IllegalStateException("no runtime kind for " + u);
    }
}

package gcscope.vm.bytecode;

import java.util.List;

/**
 * A runtime type: what %T, %v, panics, type assertions, map hashing, equality, interface dispatch and
 * the collector need. Fields that do not apply to the kind are -1 / empty.
 *
 * @param id            index in {@link Program#types()}
 * @param kind          the underlying kind
 * @param name          the name as Go's %T prints it ("int", "main.Point", "[]string", "*main.Node", "map[string]int")
 * @param elem          element type (pointer, slice, array, map value, chan) or -1
 * @param key           map key type or -1
 * @param length        array length or -1
 * @param slots         slot kinds of one value of this type as it sits in frame slots (its shape)
 * @param fields        struct fields in declaration order
 * @param methods       method set (sorted by name) as reachable through an interface holding this type
 * @param ifaceMethods  for INTERFACE types: the method names (sorted)
 * @param variants      for ENUM types: variants in declaration order
 * @param unionLayoutId for ENUM types: the declared union layout id, else -1
 * @param comparable    == is defined (and map keys allowed)
 */
public record TypeInfo(int id, TypeKind kind, String name, int elem, int key, int length, SlotType[] slots,
                       List<FieldInfo> fields, List<MethodInfo> methods, List<String> ifaceMethods,
                       List<VariantInfo> variants, int unionLayoutId, boolean comparable) {
    public TypeInfo {
        slots = slots.clone();
        fields = List.copyOf(fields);
        methods = methods.stream().sorted(java.util.Comparator.comparing(MethodInfo::name)).toList();
        ifaceMethods = ifaceMethods.stream().sorted().toList();
        variants = List.copyOf(variants);
    }

    /** Number of slots one value occupies in a frame. */
    public int slotCount() { return slots.length; }

    /** True when an interface holding this type stores it in an INTERFACE_BOX (structs and arrays). */
    public boolean boxedInInterface() { return kind == TypeKind.STRUCT || kind == TypeKind.ARRAY; }

    /** The function implementing method {@code name}, or null. */
    public MethodInfo method(String name) {
        for (MethodInfo m : methods) if (m.name().equals(name)) return m;
        return null;
    }

    /** A basic (predeclared or named scalar) type. */
    public static TypeInfo basic(int id, TypeKind kind, String name) {
        SlotType s = kind.isFloat() ? SlotType.FLOAT : kind.isReference() ? SlotType.GCREF : SlotType.VALUE;
        return new TypeInfo(id, kind, name, -1, -1, -1, new SlotType[] {s}, List.of(), List.of(), List.of(),
                List.of(), -1, true);
    }

    /** Same type with a method set (named types declare methods after their underlying type is known). */
    public TypeInfo withMethods(List<MethodInfo> ms) {
        return new TypeInfo(id, kind, name, elem, key, length, slots, fields, ms, ifaceMethods, variants,
                unionLayoutId, comparable);
    }
}

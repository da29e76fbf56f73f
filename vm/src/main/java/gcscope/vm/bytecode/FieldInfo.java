package gcscope.vm.bytecode;

/**
 * A struct field ({@code slotOffset} = first slot of the field inside the flattened struct) or an enum
 * payload field ({@code byteOffset} and {@code kind} in the declared layout; slotOffset = -1).
 */
public record FieldInfo(String name, int typeId, int slotOffset, int byteOffset, FieldKind kind, boolean embedded) {
    public static FieldInfo structField(String name, int typeId, int slotOffset, boolean embedded) {
        return new FieldInfo(name, typeId, slotOffset, -1, null, embedded);
    }

    public static FieldInfo payloadField(String name, int typeId, int byteOffset, FieldKind kind) {
        return new FieldInfo(name, typeId, -1, byteOffset, kind, false);
    }
}

package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;

/**
 * One word (or layout field) of an object: name ("Left", "[3]", "len", "payload.b"), byte offset
 * from the object start (after the header), the kind the collector scans it as, the raw bits,
 * the referenced address if it is a non-nil reference (else 0), and a display string.
 *
 * <p>A reference to a live object displays as its address ("0x1018"); the snapshot builder leaves
 * {@code display} null for those and the accessor formats the address when asked, so a snapshot of
 * half a million objects does not hold a million address strings that no panel shows. Equality and
 * hashing use the displayed text, so a view built either way equals the other.
 */
public record FieldView(String name, int offset, SlotType type, long raw, long ref, String display) {
    /** A reference field to the live object at {@code ref}, displayed as its address. */
    static FieldView liveReference(String name, int offset, SlotType type, long raw, long ref) {
        return new FieldView(name, offset, type, raw, ref, null);
    }

    @Override
    public String display() {
        return display != null ? display : ValueDisplay.hex(ref);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldView f && offset == f.offset && raw == f.raw && ref == f.ref && type == f.type
                && name.equals(f.name) && display().equals(f.display());
    }

    @Override
    public int hashCode() {
        return ((name.hashCode() * 31 + offset) * 31 + Long.hashCode(raw)) * 31 + Long.hashCode(ref);
    }

    @Override
    public String toString() {
        return "FieldView[name=" + name + ", offset=" + offset + ", type=" + type + ", raw=" + raw + ", ref=" + ref
                + ", display=" + display() + "]";
    }
}

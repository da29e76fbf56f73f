package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;

/**
 * One word (or layout field) of an object: name ("Left", "[3]", "len", "payload.b"), byte offset
 * from the object start (after the header), the kind the collector scans it as, the raw bits,
 * the referenced address if it is a non-nil reference (else 0), and a display string.
 */
public record FieldView(String name, int offset, SlotType type, long raw, long ref, String display) {
}

package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;

import java.util.List;

/**
 * One heap object. {@code sizeBytes} includes the 8-byte header. {@code layoutId} is the enum
 * union layout recorded in the header (-1 for non-enum objects). {@code summary} is a short
 * decoded display ("\"hello\"", "len 3 cap 4", "Rect(3, 4)"). Freed objects appear with colour
 * FREED (tombstones) until the next cycle starts, with the cycle and step that freed them.
 * {@code writtenLayoutId} is the union layout the payload was actually written with (the heap's
 * layout witness, VM.md "Layouts"): equal to {@code layoutId} unless {@code --tag-layout actual}
 * wrote it with the arguments' own layouts; -1 for non-enum objects and tombstones.
 */
public record ObjectView(long address, ObjectKind kind, String typeName, int sizeBytes, Colour colour,
                         int layoutId, String summary, List<FieldView> fields, int freedCycle, long freedStep,
                         int writtenLayoutId) {
    public ObjectView {
        fields = List.copyOf(fields);
    }

    /** An object whose payload (if any) was written with the layout its header names. */
    public ObjectView(long address, ObjectKind kind, String typeName, int sizeBytes, Colour colour,
                      int layoutId, String summary, List<FieldView> fields, int freedCycle, long freedStep) {
        this(address, kind, typeName, sizeBytes, colour, layoutId, summary, fields, freedCycle, freedStep, layoutId);
    }

    /** True for an enum object whose payload was written with another layout than its header names. */
    public boolean layoutMismatch() {
        return writtenLayoutId >= 0 && layoutId >= 0 && writtenLayoutId != layoutId;
    }

    /** Addresses this object references (non-zero reference fields), in field order. */
    public List<Long> references() {
        return fields.stream().filter(f -> f.ref() != 0).map(FieldView::ref).toList();
    }
}

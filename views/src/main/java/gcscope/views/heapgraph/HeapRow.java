package gcscope.views.heapgraph;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;

/** One heap object as the heap list shows it; {@code recoloured} when its mark colour changed in the last step (or it is new). */
public record HeapRow(long address, ObjectKind kind, String typeName, int sizeBytes, Colour colour, String summary,
                      boolean recoloured) {
    public String addressHex() {
        return String.format("0x%x", address);
    }
}

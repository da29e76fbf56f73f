package gcscope.views.heapgraph;

import gcscope.vm.heap.Colour;

/**
 * A node of the heap graph: an object ({@code address} != 0), a root anchor ({@code root}), or a
 * group of {@code count} objects of one type when the heap is aggregated. {@code id} is stable
 * across snapshots (an object keeps its id while it lives) so layouts can keep positions.
 */
public record GraphNode(String id, long address, String title, String detail, Colour colour, boolean root, int count) {
    public boolean aggregate() {
        return count > 1;
    }
}

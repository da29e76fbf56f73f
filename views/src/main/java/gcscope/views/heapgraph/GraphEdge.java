package gcscope.views.heapgraph;

/** A reference from one node to another; {@code label} names the field or slot ("Left", "slot 2"), {@code count} > 1 for aggregated edges. */
public record GraphEdge(String from, String to, String label, int count) {
}

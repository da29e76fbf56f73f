package gcscope.vm.heap;

/**
 * What the heap remembers about a freed object: where it was, what it was, and which collection
 * cycle and which VM step freed it, so that a later use reports "use of object freed at step S by
 * sweep of cycle C" instead of reading garbage.
 */
public record Tombstone(long address, ObjectKind kind, int meta, int payloadWords, int cycle, long step) {
    public String describe() {
        return String.format("object 0x%x (%s) freed at step %d by sweep of cycle %d", address, kind, step, cycle);
    }
}

package gcscope.vm.heap;

/**
 * What the heap remembers about a freed object: where it was, what it was, and which collection
 * cycle and which VM step freed it, so that a later use reports "use of object freed at step S by
 * sweep of cycle C" instead of reading garbage.
 */
public record Tombstone(long address, ObjectKind kind, int meta, int payloadWords, int cycle, long step) {
    public String describe() {
        // concatenation, not String.format: a snapshot describes every tombstone of the cycle (a million after a
        // sweep of binary_trees), and a format string is parsed again each time (seconds in all)
        return "object 0x" + Long.toHexString(address) + " (" + kind + ") freed at step " + step + " by sweep of cycle " + cycle;
    }
}

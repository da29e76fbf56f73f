package gcscope.vm.snapshot;

/**
 * The outcome of reading a snapshot file: either the whole snapshot, or a rejection saying what is
 * wrong and where (nothing is ever half-loaded).
 */
public sealed interface ImportResult {

    /** The file was a valid GcScope snapshot of a supported version. */
    record Loaded(VmSnapshot snapshot) implements ImportResult {
    }

    /**
     * The file was rejected. {@code what} says what is wrong ("truncated", "not a GcScope snapshot",
     * "bad value"); {@code where} locates it ("line 3, column 17, at $.snapshot.heap.objects[2].colour")
     * or is "" when the problem concerns the whole file.
     */
    record Rejected(String what, String where) implements ImportResult {
        public String message() {
            return where.isEmpty() ? what : what + " (" + where + ")";
        }
    }
}

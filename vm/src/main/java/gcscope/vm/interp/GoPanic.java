package gcscope.vm.interp;

/**
 * A Go runtime panic raised inside an instruction (index out of range, nil dereference, ...). Internal
 * to the interpreter: caught by the dispatch loop at the faulting instruction and turned into a Go panic
 * whose value is a {@code runtime.Error} with {@link #message()} (what its Error() returns).
 */
final class GoPanic extends RuntimeException {
    GoPanic(String message) {
        super(message, null, false, false);
    }

    static GoPanic runtime(String what) { return new GoPanic("runtime error: " + what); }

    static GoPanic plain(String message) { return new GoPanic(message); }

    static GoPanic nilDeref() { return runtime("invalid memory address or nil pointer dereference"); }

    /** Go's bounds-check message; a negative index is reported without the length, as Go does. */
    static GoPanic index(long i, long len) {
        return runtime(i < 0 ? "index out of range [" + i + "]" : "index out of range [" + i + "] with length " + len);
    }
}

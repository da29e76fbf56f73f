package gcscope.vm.interp;

/**
 * Leaves compiled code for the interpreter. The fiber's frames, pcs and {@link Machine#steps} are exact when it
 * is thrown, so the interpreter continues from them ({@link #result} {@link Calls#CONTINUE}) or returns
 * {@link #result} from its loop. Preallocated, without a stack trace: it is control flow, not an error.
 */
final class TierBailout extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int result;

    TierBailout(int result) {
        super(null, null, false, false);
        this.result = result;
    }
}

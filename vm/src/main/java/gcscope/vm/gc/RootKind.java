package gcscope.vm.gc;

/** Where a non-stack root lives (stack roots are reported per frame). */
public enum RootKind {
    GLOBAL("global"), DEFER("defer"), PANIC("panic"), RETURN("return"), OTHER("other");

    private final String label;

    RootKind(String label) {
        this.label = label;
    }

    /** The label used in snapshots' RootRef.source. */
    public String label() {
        return label;
    }
}

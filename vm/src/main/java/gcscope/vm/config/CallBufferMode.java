package gcscope.vm.config;

/** {@code --callbuf}: how codegen lays out a call's argument/result buffer (VM.md, BUGS.md 1). */
public enum CallBufferMode {
    /** [args | rets], each slot typed by its parameter or result type: correct. */
    SPLIT("split"),
    /** When retSlots >= argSlots, arguments are written straight into dst (typed for the result): failure mode 1. */
    REUSE_DST("reuse-dst"),
    /** One buffer of max(args, rets) slots all typed VALUE: failure modes 2 and 3. */
    ALL_VALUE("all-value");

    private final String cliName;

    CallBufferMode(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static CallBufferMode fromCli(String s) {
        for (CallBufferMode m : values()) if (m.cliName.equals(s)) return m;
        throw new IllegalArgumentException("unknown call-buffer mode '" + s + "' (expected split, reuse-dst, all-value)");
    }
}

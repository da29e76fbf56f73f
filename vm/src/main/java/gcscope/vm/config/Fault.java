package gcscope.vm.config;

/** {@code --fault}: deliberate collector faults for teaching and for testing the sanitizer. */
public enum Fault {
    NONE("none"),
    /** Codegen and runtime omit the write barrier (caught by sanitizer check 4). */
    NO_BARRIER("no-barrier"),
    /** The root scan skips the globals and the oldest frame of each fiber (caught by check 5). */
    SKIP_ROOT("skip-root");

    private final String cliName;

    Fault(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static Fault fromCli(String s) {
        for (Fault f : values()) if (f.cliName.equals(s)) return f;
        throw new IllegalArgumentException("unknown fault '" + s + "' (expected none, no-barrier, skip-root)");
    }
}

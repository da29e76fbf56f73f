package gcscope.vm.config;

/** {@code --tag-layout}: how enum payloads are written (VM.md "Layouts", BUGS.md 2). */
public enum TagLayoutMode {
    DECLARED("declared"), ACTUAL("actual"), PATCHED("patched");

    private final String cliName;

    TagLayoutMode(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static TagLayoutMode fromCli(String s) {
        for (TagLayoutMode m : values()) if (m.cliName.equals(s)) return m;
        throw new IllegalArgumentException("unknown tag-layout mode '" + s + "' (expected declared, actual, patched)");
    }
}

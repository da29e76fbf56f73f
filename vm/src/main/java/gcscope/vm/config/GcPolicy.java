package gcscope.vm.config;

/** {@code --gc}: when the collector runs. The policy never changes scheduling. */
public enum GcPolicy {
    OFF("off"), NORMAL("normal"), STRESS("stress"), INCREMENTAL_STRESS("incremental-stress");

    private final String cliName;

    GcPolicy(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static GcPolicy fromCli(String s) {
        for (GcPolicy p : values()) if (p.cliName.equals(s)) return p;
        throw new IllegalArgumentException("unknown GC policy '" + s + "' (expected off, normal, stress, incremental-stress)");
    }
}

package gcscope.vm.config;

/**
 * How much memory the host JVM gives the VM: read here, on the host side, so that the packages a program's
 * code runs in (interp, heap, ...) never touch {@link Runtime} (ArchitectureTest keeps them sandboxed).
 */
public final class HostMemory {
    private HostMemory() {
    }

    /** The most bytes this JVM's heap may grow to. */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}

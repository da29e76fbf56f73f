package gcscope.vm.bytecode;

/**
 * A method in a type's method set, callable through an interface. {@code funcId} is the function whose
 * first parameter slots take the receiver as stored in an interface (a pointer for *T, the flattened
 * value for T); promoted and auto-dereferenced methods are compiler-generated wrappers. A negative
 * funcId names a VM-implemented method ({@link #ERROR_STRING}).
 */
public record MethodInfo(String name, int funcId) {
    /** Error() of the VM's own error types (runtime errors, fmt.Errorf): returns the message string. */
    public static final int ERROR_STRING = -1;
}

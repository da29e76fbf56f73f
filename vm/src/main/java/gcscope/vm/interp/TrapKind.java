package gcscope.vm.interp;

/** VM traps: the Java stand-ins for crashes, and reached limits. Never Java exceptions. */
public enum TrapKind {
    WILD_REFERENCE, USE_AFTER_FREE, MAX_STEPS, HEAP_LIMIT, MAX_DEPTH, MAX_GOROUTINES, MAX_OUTPUT, INTERNAL
}

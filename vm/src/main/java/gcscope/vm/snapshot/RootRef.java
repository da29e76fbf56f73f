package gcscope.vm.snapshot;

/**
 * One root the precise scan sees. {@code source} is "stack", "global", "defer", "panic" or "return".
 * For stack roots fiber/frame/slot locate it; otherwise they are -1 and {@code name} describes it.
 */
public record RootRef(String source, int fiber, int frame, int slot, String name, long address) {
}

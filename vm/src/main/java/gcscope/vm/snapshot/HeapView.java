package gcscope.vm.snapshot;

import java.util.List;

/**
 * The heap: objects sorted by address, and totals. {@code bytesInUse} counts live (not freed)
 * objects including headers; {@code totalAllocated} counts every byte ever allocated.
 */
public record HeapView(List<ObjectView> objects, long bytesInUse, long totalAllocated, long objectCount) {
    public HeapView {
        objects = objects instanceof ObjectViewList ? objects : List.copyOf(objects); // the builder's list is immutable already
    }

    /** The object whose extent contains {@code address} (interior pointers included), or null. */
    public ObjectView objectAt(long address) {
        int lo = 0, hi = objects.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ObjectView o = objects.get(mid);
            if (address < o.address()) hi = mid - 1;
            else if (address >= o.address() + Math.max(8, o.sizeBytes())) lo = mid + 1;
            else return o;
        }
        return null;
    }
}

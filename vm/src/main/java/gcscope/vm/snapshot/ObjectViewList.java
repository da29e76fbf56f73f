package gcscope.vm.snapshot;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The immutable object list of a {@link HeapView} built by the snapshot builder: one array, filled once
 * by its {@link Builder} and never written again, so {@link HeapView} keeps it without another copy.
 */
final class ObjectViewList extends AbstractList<ObjectView> implements RandomAccess {
    private final ObjectView[] items;
    private final int size;

    private ObjectViewList(ObjectView[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public ObjectView get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("index " + index + " of " + size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Appends views (never null) and hands the array over once. */
    static final class Builder {
        private ObjectView[] items;
        private int size;

        Builder(int expected) {
            items = new ObjectView[Math.max(16, expected)];
        }

        void add(ObjectView v) {
            if (v == null) throw new NullPointerException("object view");
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int size() {
            return size;
        }

        ObjectViewList done() {
            ObjectViewList out = new ObjectViewList(items, size);
            items = null; // the list owns the array now
            return out;
        }
    }
}

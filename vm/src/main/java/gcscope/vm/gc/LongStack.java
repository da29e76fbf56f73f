package gcscope.vm.gc;

import java.util.Arrays;

/** A growable stack of longs (addresses) on a primitive array. */
public final class LongStack {
    private long[] items;
    private int size;

    public LongStack() {
        items = new long[64];
    }

    public LongStack copy() {
        LongStack s = new LongStack();
        s.items = items.clone();
        s.size = size;
        return s;
    }

    public void push(long v) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = v;
    }

    public long pop() {
        return items[--size];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return items[i];
    }

    public void clear() {
        size = 0;
    }

    public long[] toArray() {
        return Arrays.copyOf(items, size);
    }
}

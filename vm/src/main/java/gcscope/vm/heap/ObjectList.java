package gcscope.vm.heap;

import java.util.Arrays;

/**
 * Every live object in allocation order. The sweep walks it once per cycle, compacting it in place
 * (objects appended during the pass are visited too).
 */
final class ObjectList {
    private long[] objects = new long[256];
    private int count;
    private int read = -1;
    private int write;

    ObjectList copy() {
        ObjectList l = new ObjectList();
        l.objects = objects.clone();
        l.count = count;
        l.read = read;
        l.write = write;
        return l;
    }

    /** The list's state for a heap image; the array is paged against {@code base}'s (may be null). */
    record Image(LongPages pages, int count, int read, int write) {
    }

    Image image(Image base) {
        return new Image(LongPages.capture(objects, count, base == null ? null : base.pages()), count, read, write);
    }

    void restore(Image img) {
        if (objects.length < Math.max(img.count(), 1)) objects = new long[Math.max(256, Integer.highestOneBit(img.count()) * 2)];
        img.pages().copyInto(objects);
        count = img.count();
        read = img.read();
        write = img.write();
    }

    void add(long addr) {
        if (count == objects.length) objects = Arrays.copyOf(objects, count * 2);
        objects[count++] = addr;
    }

    void begin() {
        read = 0;
        write = 0;
    }

    boolean passing() {
        return read >= 0;
    }

    long next() {
        if (read < 0) return 0;
        if (read >= count) {
            count = write;
            read = -1;
            return 0;
        }
        long a = objects[read++];
        objects[write++] = a;
        return a;
    }

    void dropLast() {
        write--;
    }

    int size() {
        return read >= 0 ? write + (count - read) : count;
    }

    long get(int i) {
        return objects[i];
    }
}

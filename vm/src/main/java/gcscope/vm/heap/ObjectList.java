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

package gcscope.vm.heap;

/**
 * An open-addressing map from heap address (a non-zero long) to an int, backed by primitive arrays.
 * Used beside the heap for tombstones and layout witnesses, so no Java object exists per entry.
 */
public final class AddressMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int removed;

    public AddressMap() {
        keys = new long[64];
        values = new int[64];
    }

    private AddressMap(AddressMap other) {
        keys = other.keys.clone();
        values = other.values.clone();
        size = other.size;
        removed = other.removed;
    }

    public AddressMap copy() {
        return new AddressMap(this);
    }

    private static final long TOMB = -1L;

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The value for {@code key}, or {@code missing} if absent. */
    public int get(long key, int missing) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return missing;
        }
    }

    public boolean contains(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return true;
            if (k == 0) return false;
        }
    }

    public void put(long key, int value) {
        if (key == 0 || key == TOMB) throw new IllegalArgumentException("reserved key " + key);
        if ((size + removed + 1) * 2 > keys.length) rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
        int mask = keys.length - 1;
        int firstTomb = -1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == TOMB && firstTomb < 0) firstTomb = i;
            if (k == 0) {
                int at = firstTomb >= 0 ? firstTomb : i;
                if (firstTomb >= 0) removed--;
                keys[at] = key;
                values[at] = value;
                size++;
                return;
            }
        }
    }

    public void remove(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                keys[i] = TOMB;
                size--;
                removed++;
                return;
            }
            if (k == 0) return;
        }
    }

    /** Estimated bytes held. */
    public long bytes() {
        return keys.length * 12L + 48;
    }

    public int size() {
        return size;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        size = 0;
        removed = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0 && oldKeys[i] != TOMB) put(oldKeys[i], oldValues[i]);
        }
    }

    @Override
    public String toString() {
        return "AddressMap(size " + size + ", capacity " + keys.length + ")";
    }
}

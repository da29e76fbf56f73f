package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Tombstone;

import java.util.Arrays;

/**
 * The object views of the previous heap build, sorted by address: per entry the address, the view, its
 * colour (so that an unchanged object is recognised without reading its view), and for a tombstone
 * the {@link Tombstone} and header it was made from. Whether a live object's view still holds is
 * decided from the {@link PageMirror} (its words, and what its references' displays depend on, read the
 * same). Flat arrays, no per-object maps; immutable once {@link Writer#done()} returns it.
 */
final class ObjectViewCache {
    static final ObjectViewCache EMPTY = new ObjectViewCache(new long[0], new ObjectView[0], new byte[0], new Object[0], new long[0], 0);

    private final long[] addresses;
    private final ObjectView[] views;
    private final byte[] colours;
    /** The tombstone a freed entry was made from, null for live objects. */
    private final Object[] tombstones;
    /** The header word a tombstone entry was made from. */
    private final long[] headers;
    private final int size;

    private ObjectViewCache(long[] addresses, ObjectView[] views, byte[] colours, Object[] tombstones, long[] headers, int size) {
        this.addresses = addresses;
        this.views = views;
        this.colours = colours;
        this.tombstones = tombstones;
        this.headers = headers;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The first index at or after {@code from} whose address is not below {@code address}. */
    int seek(int from, long address) {
        int i = from;
        while (i < size && addresses[i] < address) i++;
        return i;
    }

    /** The view of the live object at {@code a} if entry {@code i} is one, else null (the caller decides whether it still holds). */
    ObjectView liveView(int i, long a) {
        if (i >= size || addresses[i] != a || tombstones[i] != null) return null;
        return views[i];
    }

    /** The colour ordinal entry {@code i}'s view shows. */
    int colour(int i) {
        return colours[i];
    }

    /** The cached tombstone view at {@code a} if entry {@code i} was made from an equal tombstone and header. */
    ObjectView reusableTombstone(int i, long a, Tombstone t, long header) {
        if (i >= size || addresses[i] != a || !t.equals(tombstones[i])) return null;
        return headers[i] == header ? views[i] : null;
    }

    /** Collects the entries of one build in address order. */
    static final class Writer {
        private long[] addresses;
        private ObjectView[] views;
        private byte[] colours;
        private Object[] tombstones;
        private long[] headers;
        private int size;
        private int recycledSize;

        /** A writer that reuses the arrays of {@code recycled} (a cache nobody reads any more) when they are big enough. */
        Writer(int expected, ObjectViewCache recycled) {
            int n = Math.max(16, expected);
            if (recycled != EMPTY && recycled.addresses.length >= n) {
                addresses = recycled.addresses;
                views = recycled.views;
                colours = recycled.colours;
                tombstones = recycled.tombstones;
                headers = recycled.headers;
                recycledSize = recycled.size;
                return;
            }
            addresses = new long[n];
            views = new ObjectView[n];
            colours = new byte[n];
            tombstones = new Object[n];
            headers = new long[n];
        }

        /** A live object's view, which shows colour ordinal {@code colour}. */
        void addObject(long a, ObjectView v, int colour) {
            if (size == addresses.length) grow();
            addresses[size] = a;
            views[size] = v;
            colours[size] = (byte) colour;
            tombstones[size] = null;
            size++;
        }

        void addTombstone(long a, ObjectView v, Tombstone t, long header) {
            if (size == addresses.length) grow();
            addresses[size] = a;
            views[size] = v;
            colours[size] = (byte) Colour.FREED.ordinal();
            tombstones[size] = t;
            headers[size] = header;
            size++;
        }

        private void grow() {
            int n = addresses.length * 2;
            addresses = Arrays.copyOf(addresses, n);
            views = Arrays.copyOf(views, n);
            colours = Arrays.copyOf(colours, n);
            tombstones = Arrays.copyOf(tombstones, n);
            headers = Arrays.copyOf(headers, n);
        }

        ObjectViewCache done() {
            if (recycledSize > size) { // no stale views kept alive
                Arrays.fill(views, size, recycledSize, null);
                Arrays.fill(tombstones, size, recycledSize, null);
            }
            return new ObjectViewCache(addresses, views, colours, tombstones, headers, size);
        }
    }
}

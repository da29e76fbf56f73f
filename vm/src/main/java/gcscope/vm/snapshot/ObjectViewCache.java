package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.Tombstone;

import java.util.Arrays;

/**
 * The object views of the previous heap build, sorted by address, with what each was decoded from:
 * the header and payload words, and the status (live, freed, wild) of every object its fields
 * reference. An entry is reusable when all of these read the same again. Flat primitive arrays (one
 * word pool), no per-object maps; immutable once {@link Writer#done()} returns it.
 */
final class ObjectViewCache {
    static final ObjectViewCache EMPTY = new ObjectViewCache(new long[0], new ObjectView[0], new Object[0],
            new boolean[0], new int[1], new long[0], new int[1], new byte[0], 0);

    private final long[] addresses;
    private final ObjectView[] views;
    /** The tombstone a freed entry was made from, null for live objects and for entries that must not be reused. */
    private final Object[] tombstones;
    /** False for a view that shows more than its words tell (a decoded interface reference): it is decoded again and compared. */
    private final boolean[] checked;
    private final int[] wordStart;
    private final long[] words;
    private final int[] statusStart;
    private final byte[] statuses;
    private final int size;

    private ObjectViewCache(long[] addresses, ObjectView[] views, Object[] tombstones, boolean[] checked, int[] wordStart, long[] words,
                            int[] statusStart, byte[] statuses, int size) {
        this.addresses = addresses;
        this.views = views;
        this.tombstones = tombstones;
        this.checked = checked;
        this.wordStart = wordStart;
        this.words = words;
        this.statusStart = statusStart;
        this.statuses = statuses;
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

    /** The previous view of the live object at {@code a} (entry {@code i}), whether or not it is still right; or null. */
    ObjectView previousObject(int i, long a) {
        return i < size && addresses[i] == a && tombstones[i] == null ? views[i] : null;
    }

    /** The cached view of the live object at {@code a} if entry {@code i} is it and nothing it was decoded from changed. */
    ObjectView reusableObject(int i, long a, Heap heap) {
        if (i >= size || addresses[i] != a || tombstones[i] != null || views[i] == null || !checked[i]) return null;
        int from = wordStart[i], to = wordStart[i + 1];
        int payload = heap.payloadWords(a);
        if (to - from != payload + 1 || words[from] != heap.headerWord(a)) return null;
        for (int k = 0; k < payload; k++) {
            if (words[from + 1 + k] != heap.load(a, k)) return null;
        }
        int s = statusStart[i];
        for (FieldView f : views[i].fields()) {
            if (f.ref() == 0) continue;
            if (statuses[s++] != heap.refStatus(f.ref())) return null;
        }
        return views[i];
    }

    /** The cached tombstone view at {@code a} if entry {@code i} was made from an equal tombstone and header. */
    ObjectView reusableTombstone(int i, long a, Tombstone t, long header) {
        if (i >= size || addresses[i] != a || !t.equals(tombstones[i])) return null;
        return words[wordStart[i]] == header ? views[i] : null;
    }

    /** Collects the entries of one build in address order. */
    static final class Writer {
        private long[] addresses;
        private ObjectView[] views;
        private Object[] tombstones;
        private boolean[] checked;
        private int[] wordStart;
        private long[] words;
        private int[] statusStart;
        private byte[] statuses;
        private int size;
        private int wordCount;
        private int statusCount;

        Writer(int expected) {
            int n = Math.max(16, expected);
            addresses = new long[n];
            views = new ObjectView[n];
            tombstones = new Object[n];
            checked = new boolean[n];
            wordStart = new int[n + 1];
            statusStart = new int[n + 1];
            words = new long[n * 4];
            statuses = new byte[n * 2];
        }

        /**
         * Remembers a live object's view with its words and its referents' statuses. A view holding
         * a decoded interface reference (which shows its target's summary) is never reused.
         */
        void addObject(long a, ObjectView v, Heap heap) {
            boolean reusable = true;
            for (FieldView f : v.fields()) {
                if (f.ref() != 0 && f.type() == SlotType.INTERFACE1) reusable = false;
            }
            int payload = heap.payloadWords(a);
            grow(payload + 1, v.fields().size());
            int i = size;
            addresses[i] = a;
            views[i] = v;
            checked[i] = reusable;
            tombstones[i] = null;
            wordStart[i] = wordCount;
            words[wordCount++] = heap.headerWord(a);
            for (int k = 0; k < payload; k++) words[wordCount++] = heap.load(a, k);
            statusStart[i] = statusCount;
            for (FieldView f : v.fields()) {
                if (f.ref() != 0) statuses[statusCount++] = (byte) heap.refStatus(f.ref());
            }
            size++;
            wordStart[size] = wordCount;
            statusStart[size] = statusCount;
        }

        void addTombstone(long a, ObjectView v, Tombstone t, long header) {
            grow(1, 0);
            int i = size;
            addresses[i] = a;
            views[i] = v;
            checked[i] = true;
            tombstones[i] = t;
            wordStart[i] = wordCount;
            words[wordCount++] = header;
            statusStart[i] = statusCount;
            size++;
            wordStart[size] = wordCount;
            statusStart[size] = statusCount;
        }

        private void grow(int moreWords, int moreStatuses) {
            if (size + 1 >= addresses.length) {
                int n = addresses.length * 2;
                addresses = Arrays.copyOf(addresses, n);
                views = Arrays.copyOf(views, n);
                tombstones = Arrays.copyOf(tombstones, n);
                checked = Arrays.copyOf(checked, n);
                wordStart = Arrays.copyOf(wordStart, n + 1);
                statusStart = Arrays.copyOf(statusStart, n + 1);
            }
            if (wordCount + moreWords > words.length) {
                words = Arrays.copyOf(words, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(words.length * 2L, wordCount + (long) moreWords)));
            }
            if (statusCount + moreStatuses > statuses.length) {
                statuses = Arrays.copyOf(statuses, Math.max(statuses.length * 2, statusCount + moreStatuses));
            }
        }

        ObjectViewCache done() {
            return new ObjectViewCache(addresses, views, tombstones, checked, wordStart, words, statusStart, statuses, size);
        }
    }
}

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
            new boolean[0], new int[1], new long[0], new int[1], new long[0], new int[1], new long[0], new boolean[0], 0);

    private final long[] addresses;
    private final ObjectView[] views;
    /** The tombstone a freed entry was made from, null for live objects and for entries that must not be reused. */
    private final Object[] tombstones;
    /** False for an entry that must be decoded again (and compared) whatever its words say. */
    private final boolean[] checked;
    private final int[] wordStart;
    private final long[] words;
    private final int[] statusStart;
    /** Per reference field: what its display depends on in the object it points at ({@link #referent}). */
    private final long[] statuses;
    /** Per entry, its reference fields in order (flat, so a check does not walk the view's field list): target and interface flag. */
    private final int[] refStart;
    private final long[] refs;
    private final boolean[] refIsInterface;
    private final int size;

    private ObjectViewCache(long[] addresses, ObjectView[] views, Object[] tombstones, boolean[] checked, int[] wordStart, long[] words,
                            int[] statusStart, long[] statuses, int[] refStart, long[] refs, boolean[] refIsInterface, int size) {
        this.addresses = addresses;
        this.views = views;
        this.tombstones = tombstones;
        this.checked = checked;
        this.wordStart = wordStart;
        this.words = words;
        this.statusStart = statusStart;
        this.statuses = statuses;
        this.refStart = refStart;
        this.refs = refs;
        this.refIsInterface = refIsInterface;
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

    /**
     * The cached view of the live object at {@code a} if entry {@code i} is it and nothing it was decoded from changed
     * except possibly the colour bits of its header (a collection cycle recolours every object; the view's colour
     * is then replaced by the caller without decoding the object again).
     * {@code wordsUnwritten}: the heap says no word of the object was written since this cache was made (only its
     * referents are checked then).
     */
    ObjectView reusableObject(int i, long a, Heap heap, long[] scratch, boolean wordsUnwritten) {
        if (i >= size || addresses[i] != a || tombstones[i] != null || views[i] == null || !checked[i]) return null;
        if (!wordsUnwritten) {
            int from = wordStart[i], to = wordStart[i + 1];
            int payload = heap.payloadWords(a);
            // the colour bits of the header are not compared: the caller recolours a view whose colour alone changed
            if (to - from != payload + 1 || ((words[from] ^ heap.headerWord(a)) & ~Heap.COLOUR_BITS) != 0) return null;
            if (!heap.wordsEqual(a + 8, words, from + 1, payload)) return null;
        }
        int s = statusStart[i], end = statusStart[i + 1];
        long[] now = scratch;
        for (int r = refStart[i], last = refStart[i + 1]; r < last; r++) {
            int n = referent(heap, refs[r], refIsInterface[r], now, 0);
            if (s + n > end || !Arrays.equals(now, 0, n, statuses, s, s + n)) return null;
            s += n;
        }
        return s == end ? views[i] : null;
    }

    /** The cached tombstone view at {@code a} if entry {@code i} was made from an equal tombstone and header. */
    ObjectView reusableTombstone(int i, long a, Tombstone t, long header) {
        if (i >= size || addresses[i] != a || !t.equals(tombstones[i])) return null;
        return words[wordStart[i]] == header ? views[i] : null;
    }

    /**
     * Writes what the display of reference field {@code f} depends on in its target, at {@code at}:
     * the target's status (live, freed, wild); for a decoded interface reference, which shows its
     * target's summary ("\"r7\" @0x..."), also the target's start, header, size and first words
     * (all a summary reads). Returns the position after it; {@code out} needs {@link #MAX_REFERENT} free.
     */
    static int referent(Heap heap, long ref, boolean isInterface, long[] out, int at) {
        int status = heap.refStatus(ref);
        out[at++] = status;
        if (!isInterface || status != Heap.REF_LIVE) return at;
        long start = heap.objectStart(ref);
        int n = Math.min(SUMMARY_WORDS, heap.payloadWords(start));
        out[at++] = start;
        out[at++] = heap.headerWord(start);
        out[at++] = heap.payloadWords(start);
        for (int k = 0; k < n; k++) out[at++] = heap.load(start, k);
        return at;
    }

    static final int MAX_REFERENT = 4 + 10;

    /** A summary reads at most the length word and 60 bytes of text, or len and cap, of its object. */
    static final int SUMMARY_WORDS = 10;

    /** Collects the entries of one build in address order. */
    static final class Writer {
        private long[] addresses;
        private ObjectView[] views;
        private Object[] tombstones;
        private boolean[] checked;
        private int[] wordStart;
        private long[] words;
        private int[] statusStart;
        private long[] statuses;
        private int[] refStart;
        private long[] refs;
        private boolean[] refIsInterface;
        private int size;
        private int wordCount;
        private int statusCount;
        private int refCount;
        private int recycledSize;

        /** A writer that reuses the arrays of {@code recycled} (a cache nobody reads any more) when they are big enough. */
        Writer(int expected, ObjectViewCache recycled) {
            int n = Math.max(16, expected);
            if (recycled != EMPTY && recycled.addresses.length >= n + 1) {
                addresses = recycled.addresses;
                views = recycled.views;
                tombstones = recycled.tombstones;
                checked = recycled.checked;
                wordStart = recycled.wordStart;
                statusStart = recycled.statusStart;
                words = recycled.words;
                statuses = recycled.statuses;
                refStart = recycled.refStart;
                refs = recycled.refs;
                refIsInterface = recycled.refIsInterface;
                recycledSize = recycled.size;
                return;
            }
            addresses = new long[n];
            views = new ObjectView[n];
            tombstones = new Object[n];
            checked = new boolean[n];
            wordStart = new int[n + 1];
            statusStart = new int[n + 1];
            words = new long[n * 4];
            statuses = new long[n * 2];
            refStart = new int[n + 1];
            refs = new long[n * 2];
            refIsInterface = new boolean[n * 2];
        }

        Writer(int expected) {
            this(expected, EMPTY);
        }

        /** Remembers a live object's view with its words and what its references' displays depend on. */
        void addObject(long a, ObjectView v, Heap heap) {
            int payload = heap.payloadWords(a);
            grow(payload + 1, v.fields().size() * MAX_REFERENT, v.fields().size());
            int i = size;
            addresses[i] = a;
            views[i] = v;
            checked[i] = true;
            tombstones[i] = null;
            wordStart[i] = wordCount;
            heap.readWords(a, words, wordCount, payload + 1);
            wordCount += payload + 1;
            statusStart[i] = statusCount;
            refStart[i] = refCount;
            java.util.List<FieldView> fields = v.fields();
            for (int k = 0, count = fields.size(); k < count; k++) { // indexed: no iterator per object
                FieldView f = fields.get(k);
                if (f.ref() == 0) continue;
                boolean iface = f.type() == SlotType.INTERFACE1;
                refs[refCount] = f.ref();
                refIsInterface[refCount++] = iface;
                statusCount = referent(heap, f.ref(), iface, statuses, statusCount);
            }
            size++;
            wordStart[size] = wordCount;
            statusStart[size] = statusCount;
            refStart[size] = refCount;
        }

        void addTombstone(long a, ObjectView v, Tombstone t, long header) {
            grow(1, 0, 0);
            int i = size;
            addresses[i] = a;
            views[i] = v;
            checked[i] = true;
            tombstones[i] = t;
            wordStart[i] = wordCount;
            words[wordCount++] = header;
            statusStart[i] = statusCount;
            refStart[i] = refCount;
            size++;
            wordStart[size] = wordCount;
            statusStart[size] = statusCount;
            refStart[size] = refCount;
        }

        private void grow(int moreWords, int moreStatuses, int moreRefs) {
            if (size + 1 >= addresses.length) {
                int n = addresses.length * 2;
                addresses = Arrays.copyOf(addresses, n);
                views = Arrays.copyOf(views, n);
                tombstones = Arrays.copyOf(tombstones, n);
                checked = Arrays.copyOf(checked, n);
                wordStart = Arrays.copyOf(wordStart, n + 1);
                statusStart = Arrays.copyOf(statusStart, n + 1);
                refStart = Arrays.copyOf(refStart, n + 1);
            }
            if (refCount + moreRefs > refs.length) {
                int n = Math.max(refs.length * 2, refCount + moreRefs);
                refs = Arrays.copyOf(refs, n);
                refIsInterface = Arrays.copyOf(refIsInterface, n);
            }
            if (wordCount + moreWords > words.length) {
                words = Arrays.copyOf(words, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(words.length * 2L, wordCount + (long) moreWords)));
            }
            if (statusCount + moreStatuses > statuses.length) {
                statuses = Arrays.copyOf(statuses, Math.max(statuses.length * 2, statusCount + moreStatuses));
            }
        }

        ObjectViewCache done() {
            if (recycledSize > size) { // no stale views kept alive
                Arrays.fill(views, size, recycledSize, null);
                Arrays.fill(tombstones, size, recycledSize, null);
            }
            return new ObjectViewCache(addresses, views, tombstones, checked, wordStart, words, statusStart, statuses, refStart, refs,
                    refIsInterface, size);
        }
    }
}

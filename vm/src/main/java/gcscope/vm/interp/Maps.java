package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

/**
 * Go maps on the heap (ISA.md "Heap objects"): a MAP object {mapType, count, used, index, entries};
 * {@code index} is an open-addressing table of entry numbers + 1, {@code entries} an ARRAY of
 * {state, key..., value...} in insertion order (the iteration order). Keys hash and compare by
 * content ({@link Values}).
 */
final class Maps {
    static final int TYPE = 0, COUNT = 1, USED = 2, INDEX = 3, ENTRIES = 4;
    private static final long LIVE = 1L << 62;
    private static final long HASH_MASK = LIVE - 1;
    /** Index words are {@code tag << 32 | entry + 1}; the tag (hash bits 30..61) rejects most probes without touching the entries. */
    private static final long TAG_MASK = 0xFFFF_FFFF_0000_0000L;

    private static long tag(long hash) {
        return ((hash >>> 30) & 0xFFFF_FFFFL) << 32;
    }

    private static final int FREED = gcscope.vm.heap.Colour.FREED.ordinal();
    /**
     * Bit of the TYPE word: integer keys hash through the full mixer. Without it integer keys keep their
     * low 30 bits as the slot hash (neighbouring keys land in neighbouring slots, as in CPython, so dense
     * key ranges are cache friendly); a map whose insert probes run longer than {@link #CROWDED_PROBES}
     * switches to the mixer for good and rebuilds its index.
     */
    static final long SCRAMBLED = 1L << 40;
    private static final int CROWDED_PROBES = 48;
    private static final long LOW30 = 0x3FFF_FFFFL;

    private final Machine m;
    private long[] keyBuf = new long[8];
    /** Left by a {@link #find} that missed: the key's hash and the empty index slot its probe ended at (set inserts there). */
    private long missHash;
    private int missSlot, missProbes;
    // per map type id: key type, key words, entry words, whether keys compare as one scalar word
    private final int[] keyTypes, keyWords, entryWords, entryTypes;
    private final boolean[] scalarKeys;
    private final boolean[] intKeys;

    Maps(Machine m) {
        this.m = m;
        int n = m.program.types().size();
        keyTypes = new int[n];
        keyWords = new int[n];
        entryWords = new int[n];
        entryTypes = new int[n];
        scalarKeys = new boolean[n];
        intKeys = new boolean[n];
        for (TypeInfo t : m.program.types()) {
            if (t.kind() != TypeKind.MAP) continue;
            TypeInfo kt = m.program.type(t.key());
            keyTypes[t.id()] = t.key();
            keyWords[t.id()] = kt.slotCount();
            entryWords[t.id()] = 1 + kt.slotCount() + m.program.type(t.elem()).slotCount();
            entryTypes[t.id()] = m.program.mapEntryType(t.id());
            scalarKeys[t.id()] = isScalar(kt);
            intKeys[t.id()] = kt.kind().isInteger() && kt.slotCount() == 1;
        }
    }

    long make(int mapType, long hint) {
        long map = m.alloc(ObjectKind.MAP, BuiltinTypes.MAP_OBJECT, 5);
        m.heap.store(map, TYPE, mapType);
        int cap = 8;
        while (cap * 3 / 4 < hint && cap < (1 << 28)) cap <<= 1;
        allocTables(map, mapType, cap);
        return map;
    }

    private void allocTables(long map, int mapType, int idxCap) {
        long index = m.alloc(ObjectKind.ARRAY, BuiltinTypes.INT, idxCap);
        int entryType = m.program.mapEntryType(mapType);
        int ew = m.program.type(entryType).slotCount();
        long entries = m.alloc(ObjectKind.ARRAY, entryType, (idxCap * 3 / 4) * ew);
        Heap h = m.heap;
        h.store(map, INDEX, index);
        h.store(map, ENTRIES, entries);
        m.collector.writeBarrier(map, index);
        m.collector.writeBarrier(map, entries);
    }

    private TypeInfo mapType(long map) {
        m.checkHeader(map);
        return m.program.type((int) m.heap.load(map, TYPE));
    }

    long count(long map) {
        return map == 0 ? 0 : m.heap.load(map, COUNT);
    }

    /** The entry number holding the key at st[abs..], or -1. */
    int find(long map, long[] st, int abs) {
        if (map == 0) {
            return -1;
        }
        Heap h = m.heap;
        if ((h.headerWord(map) & 0xF) == FREED) throw m.badReference(map);
        int mt = (int) h.load(map, TYPE);
        int keyType = keyTypes[mt], kw = keyWords[mt], ew = entryWords[mt];
        boolean scalar = scalarKeys[mt];
        long hash = keyHash(map, mt, st, abs);
        long index = h.load(map, INDEX), entries = h.load(map, ENTRIES);
        int mask = h.payloadWords(index) - 1;
        long want = hash | LIVE;
        long tag = tag(hash);
        for (int i = (int) (hash & mask), probes = 0; ; i = (i + 1) & mask, probes++) {
            long w = h.load(index, i);
            if (w == 0) {
                missHash = hash;
                missSlot = i;
                missProbes = probes;
                return -1;
            }
            if ((w & TAG_MASK) != tag) continue;
            int e = (int) (w & 0xFFFF_FFFFL) - 1;
            int base = e * ew;
            if (h.load(entries, base) != want) continue;
            if (scalar) {
                if (h.load(entries, base + 1) == st[abs]) return e;
            } else if (keyEquals(keyType, null, entries, base + 1, kw, st, abs)) {
                return e;
            }
        }
    }

    private static boolean isScalar(TypeInfo kt) {
        TypeKind k = kt.kind();
        return (k.isInteger() || k == TypeKind.BOOL || k == TypeKind.POINTER || k == TypeKind.CHAN) && kt.slotCount() == 1;
    }

    /** The hash of the key at st[abs..] in map {@code map} of map type {@code mt} (see {@link #SCRAMBLED}). */
    private long keyHash(long map, int mt, long[] st, int abs) {
        if (intKeys[mt] && (m.heap.load(map, TYPE) & SCRAMBLED) == 0) {
            long k = st[abs];
            return ((k & LOW30) | (Values.mix(k) & ~LOW30)) & HASH_MASK;
        }
        long hsh = scalarKeys[mt] ? Values.mix(st[abs]) : m.values.hash(keyTypes[mt], st, abs);
        return hsh & HASH_MASK;
    }

    private boolean keyEquals(int keyType, TypeInfo kt, long entries, int word, int kw, long[] st, int abs) {
        if (keyBuf.length < kw) keyBuf = new long[kw];
        for (int k = 0; k < kw; k++) keyBuf[k] = m.heap.load(entries, word + k);
        return m.values.equal(keyType, keyBuf, 0, st, abs);
    }

    /** MAP_GET: copies the value (or zero) to st[dst..]; returns whether it was found. */
    boolean get(long map, long[] st, int keyAbs, int dst, int valueWords) {
        int e = find(map, st, keyAbs);
        if (e < 0) {
            java.util.Arrays.fill(st, dst, dst + valueWords, 0L);
            return false;
        }
        Heap h = m.heap; // find checked the header
        int kw = keyWords[(int) h.load(map, TYPE)];
        int ew = 1 + kw + valueWords;
        long entries = h.load(map, ENTRIES);
        int base = e * ew + 1 + kw;
        for (int k = 0; k < valueWords; k++) st[dst + k] = h.load(entries, base + k);
        return true;
    }

    /** MAP_SET. */
    void set(long map, long[] st, int keyAbs, int valAbs) {
        if (map == 0) throw GoPanic.plain("assignment to entry in nil map");
        Heap h = m.heap;
        TypeInfo t = mapType(map);
        int mt0 = t.id();
        int kw = keyWords[mt0], ew = entryWords[mt0], vw = ew - 1 - kw;
        int entryType = entryTypes[mt0];
        int e = find(map, st, keyAbs);
        boolean crowded = false;
        if (e < 0) {
            long used = h.load(map, USED);
            long entries = h.load(map, ENTRIES);
            long index = h.load(map, INDEX);
            long hash = missHash;
            int i = missSlot, probes = missProbes;
            int mt = (int) h.load(map, TYPE);
            if ((used + 1) * ew > h.payloadWords(entries) || (used + 1) * 4 > (long) h.payloadWords(index) * 3) {
                // grow to 4x the live entries' power of two (as CPython's dicts grow to used * 3): a map filled to n
                // entries re-inserts about n/3 of them over all its growths, not n, and allocates less in total
                rehash(map, t, Math.max(8, Integer.highestOneBit((int) Math.max(1, h.load(map, COUNT) + 1)) * 8), false);
                used = h.load(map, USED);
                entries = h.load(map, ENTRIES);
                index = h.load(map, INDEX);
                int mask = h.payloadWords(index) - 1;
                probes = 0;
                for (i = (int) (hash & mask); h.load(index, i) != 0; i = (i + 1) & mask) probes++;
            }
            e = (int) used;
            int base = e * ew;
            h.store(entries, base, hash | LIVE);
            for (int k = 0; k < kw; k++) h.store(entries, base + 1 + k, st[keyAbs + k]);
            crowded = probes > CROWDED_PROBES && intKeys[mt] && (h.load(map, TYPE) & SCRAMBLED) == 0;
            h.store(index, i, tag(hash) | (e + 1L));
            h.store(map, USED, used + 1);
            h.store(map, COUNT, h.load(map, COUNT) + 1);
        }
        long entries = h.load(map, ENTRIES);
        int vbase = e * ew + 1 + kw;
        for (int k = 0; k < vw; k++) h.store(entries, vbase + k, st[valAbs + k]);
        m.slices.barrierWords(entries, e * ew, ew, entryType); // key (when new) and value
        if (crowded) {
            h.store(map, TYPE, h.load(map, TYPE) | SCRAMBLED);
            rehash(map, t, h.payloadWords(h.load(map, INDEX)), true);
        }
    }

    /** Builds fresh tables of index capacity {@code idxCap} holding the live entries in order. */
    private void rehash(long map, TypeInfo t, int idxCap, boolean rehashKeys) {
        Heap h = m.heap;
        int kw = m.program.type(t.key()).slotCount(), vw = m.program.type(t.elem()).slotCount();
        int ew = 1 + kw + vw;
        long oldEntries = h.load(map, ENTRIES);
        long used = h.load(map, USED);
        allocTables(map, (int) h.load(map, TYPE), idxCap);
        long entries = h.load(map, ENTRIES), index = h.load(map, INDEX);
        int mask = idxCap - 1;
        int n = 0;
        for (int e = 0; e < used; e++) {
            long state = h.load(oldEntries, e * ew);
            if (state == 0) continue;
            h.copyWords(oldEntries, e * ew, entries, n * ew, ew);
            if (rehashKeys) {
                if (keyBuf.length < kw) keyBuf = new long[kw];
                for (int k = 0; k < kw; k++) keyBuf[k] = h.load(entries, n * ew + 1 + k);
                state = keyHash(map, (int) h.load(map, TYPE), keyBuf, 0) | LIVE;
                h.store(entries, n * ew, state);
            }
            int i = (int) ((state & HASH_MASK) & mask);
            while (h.load(index, i) != 0) i = (i + 1) & mask;
            h.store(index, i, tag(state & HASH_MASK) | (n + 1L));
            n++;
        }
        h.store(map, USED, n);
        m.slices.barrierWords(entries, 0, n * ew, m.program.mapEntryType((int) h.load(map, TYPE)));
    }

    void delete(long map, long[] st, int keyAbs) {
        int e = find(map, st, keyAbs);
        if (e < 0) return;
        Heap h = m.heap;
        TypeInfo t = mapType(map);
        int ew = 1 + m.program.type(t.key()).slotCount() + m.program.type(t.elem()).slotCount();
        long entries = h.load(map, ENTRIES);
        for (int k = 0; k < ew; k++) h.store(entries, e * ew + k, 0);
        h.store(map, COUNT, h.load(map, COUNT) - 1);
    }

    void clear(long map) {
        if (map == 0) return;
        Heap h = m.heap;
        long index = h.load(map, INDEX), entries = h.load(map, ENTRIES);
        for (int i = 0, n = h.payloadWords(index); i < n; i++) h.store(index, i, 0);
        for (int i = 0, n = h.payloadWords(entries); i < n; i++) h.store(entries, i, 0);
        h.store(map, COUNT, 0);
        h.store(map, USED, 0);
    }

    /** MAP_NEXT: the next live entry at or after st[iterAbs]; writes ok, key, value at dst. */
    void next(long map, long[] st, int dst, int iterAbs) {
        if (map == 0) {
            st[dst] = 0;
            return;
        }
        Heap h = m.heap;
        TypeInfo t = mapType(map);
        int kw = m.program.type(t.key()).slotCount(), vw = m.program.type(t.elem()).slotCount();
        int ew = 1 + kw + vw;
        long entries = h.load(map, ENTRIES);
        long used = h.load(map, USED);
        for (long e = st[iterAbs]; e < used; e++) {
            int base = (int) e * ew;
            if (h.load(entries, base) == 0) continue;
            st[dst] = 1;
            for (int k = 0; k < kw + vw; k++) st[dst + 1 + k] = h.load(entries, base + 1 + k);
            st[iterAbs] = e + 1;
            return;
        }
        st[iterAbs] = used;
        st[dst] = 0;
    }

    /** Live entries as {key words, value words} pairs in iteration order (for fmt). */
    java.util.List<long[][]> entries(long map) {
        java.util.List<long[][]> out = new java.util.ArrayList<>();
        if (map == 0) return out;
        Heap h = m.heap;
        TypeInfo t = mapType(map);
        int kw = m.program.type(t.key()).slotCount(), vw = m.program.type(t.elem()).slotCount();
        int ew = 1 + kw + vw;
        long entries = h.load(map, ENTRIES);
        long used = h.load(map, USED);
        for (int e = 0; e < used; e++) {
            int base = e * ew;
            if (h.load(entries, base) == 0) continue;
            long[] k = new long[kw], v = new long[vw];
            for (int i = 0; i < kw; i++) k[i] = h.load(entries, base + 1 + i);
            for (int i = 0; i < vw; i++) v[i] = h.load(entries, base + 1 + kw + i);
            out.add(new long[][] {k, v});
        }
        return out;
    }
}

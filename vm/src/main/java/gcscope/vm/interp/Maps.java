package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

/**
 * Go maps on the heap (ISA.md "Heap objects"): a MAP object {mapType, count, used, table, order}.
 * {@code table} is an open-addressing ARRAY of {state, key..., value...} slots (linear probing, a power of
 * two of them): keys and values sit in the slot a lookup probes, so a lookup touches one place in memory.
 * Each live slot's state word carries its entry's insertion number; {@code order} is an ARRAY of slot numbers
 * + 1 by insertion number (the iteration order; 0 = deleted), made from the table the first time the map is
 * ranged over and kept up to date from then on (nil before: a map that is only written and read needs no
 * index, and its growth touches a quarter less memory). Keys hash and compare by content ({@link Values}).
 *
 * <p>While no two keys have had the same home slot ({@code hash & mask}), the map is <em>direct</em>
 * ({@link #DIRECT}): every key sits in its home slot, a lookup looks at that one slot, and the table may
 * fill completely before it grows (dense integer keys, as Lua's array part holds them, cost 3 words each
 * instead of 4 to 8). The first key whose home is taken ends that for the table: from then on lookups
 * probe, the table grows when 3/4 full, and a deleted slot stays a tombstone.
 */
final class Maps {
    static final int TYPE = 0, COUNT = 1, USED = 2, TABLE = 3, ORDER = 4;
    /**
     * A slot's state word: 0 = empty; {@link #TOMB} = deleted (probes go on past it); live =
     * {@code LIVE | hash30 << 32 | orderNumber + 1}, where hash30 is the low 30 bits of the key's hash: the
     * probe's start in any table (at most 2^28 slots) and a tag that rejects most probes without comparing keys.
     */
    private static final long LIVE = 1L << 62, TOMB = Long.MIN_VALUE;
    private static final long HASH_MASK = LIVE - 1;
    private static final long TAG_MASK = 0xFFFF_FFFF_0000_0000L;
    private static final long ORDER_BITS = 0xFFFF_FFFFL;
    private static final long LOW30 = 0x3FFF_FFFFL;
    private static final int MAX_SLOTS = 1 << 28;

    private static long tag(long hash) {
        return LIVE | (hash & LOW30) << 32;
    }

    private static final int FREED = gcscope.vm.heap.Colour.FREED.ordinal();
    /**
     * Bit of the TYPE word: integer keys hash through the full mixer. Without it integer keys keep their
     * low 30 bits as the slot hash (neighbouring keys land in neighbouring slots, as in CPython, so dense
     * key ranges are cache friendly); a map whose insert probes run longer than {@link #CROWDED_PROBES}
     * switches to the mixer for good and rebuilds its table.
     */
    static final long SCRAMBLED = 1L << 40;
    /** Bit of the TYPE word: every key sits in its home slot (see the class comment). */
    static final long DIRECT = 1L << 41;
    /** Bits 48-53 of the TYPE word: log2 of the table's slots. */
    private static final int SLOTS_LOG_AT = 48;
    private static final long SLOTS_LOG_BITS = 63L << SLOTS_LOG_AT;

    private static final int CROWDED_PROBES = 48;

    /** The slot mask of the table of a map whose TYPE word is {@code typeWord}. */
    private static int mask(long typeWord) {
        return (1 << (int) ((typeWord >>> SLOTS_LOG_AT) & 63)) - 1;
    }

    private final Machine m;
    private long[] keyBuf = new long[8];
    /** Left by a {@link #find} that missed: the key's hash and the empty slot its probe ended at (set inserts there). */
    private long missHash;
    private int missSlot, missProbes;
    // per map type id: key type, key words, slot words, slot (entry) type, whether keys compare as one scalar word
    private final int[] keyTypes, keyWords, entryWords, entryTypes;
    private final boolean[] scalarKeys;
    private final boolean[] intKeys;
    /** Per map type id: whether an entry has a word the collector traces (else stores need no barrier). */
    private final boolean[] entryHasRef;

    Maps(Machine m) {
        this.m = m;
        int n = m.program.types().size();
        keyTypes = new int[n];
        keyWords = new int[n];
        entryWords = new int[n];
        entryTypes = new int[n];
        scalarKeys = new boolean[n];
        intKeys = new boolean[n];
        entryHasRef = new boolean[n];
        for (TypeInfo t : m.program.types()) {
            if (t.kind() != TypeKind.MAP) continue;
            TypeInfo kt = m.program.type(t.key());
            keyTypes[t.id()] = t.key();
            keyWords[t.id()] = kt.slotCount();
            entryWords[t.id()] = 1 + kt.slotCount() + m.program.type(t.elem()).slotCount();
            entryTypes[t.id()] = m.program.mapEntryType(t.id());
            scalarKeys[t.id()] = isScalar(kt);
            intKeys[t.id()] = kt.kind().isInteger() && kt.slotCount() == 1;
            entryHasRef[t.id()] = m.typeHasRef(entryTypes[t.id()]);
        }
    }

    long make(int mapType, long hint) {
        long map = m.alloc(ObjectKind.MAP, BuiltinTypes.MAP_OBJECT, 5);
        m.heap.store(map, TYPE, mapType | DIRECT);
        int cap = 8;
        while (cap * 3L / 4 < hint && cap < MAX_SLOTS) cap <<= 1;
        allocTables(map, mapType, cap, false);
        return map;
    }

    /** A fresh empty table of {@code slots} slots, and with {@code indexed} an order index with room for as many entries. */
    private void allocTables(long map, int mt, int slots, boolean indexed) {
        long table = m.alloc(ObjectKind.ARRAY, entryTypes[mt], slots * entryWords[mt]);
        long order = indexed ? m.alloc(ObjectKind.ARRAY, BuiltinTypes.INT, slots) : 0;
        Heap h = m.heap;
        h.store(map, TABLE, table);
        h.store(map, ORDER, order);
        h.store(map, TYPE, (h.load(map, TYPE) & ~SLOTS_LOG_BITS) | (long) Integer.numberOfTrailingZeros(slots) << SLOTS_LOG_AT);
        m.collector.writeBarrier(map, table);
        if (order != 0) m.collector.writeBarrier(map, order);
    }

    /**
     * The slot number + 1 of each entry by insertion number (0: deleted), read off the live slots' state words:
     * what the order index holds, for a map that has none.
     */
    private int[] insertionOrder(long table, int slots, int ew, int used) {
        m.reserve(used * 4L + 16); // a Java-side buffer as large as a value
        int[] bySeq = new int[used];
        Heap h = m.heap;
        for (int s = 0; s < slots; s++) {
            long state = h.load(table, s * ew);
            long e = (state & ORDER_BITS) - 1; // within [0, used) unless a collector fault let the table be reused
            if (state > 0 && e >= 0 && e < used) bySeq[(int) e] = s + 1;
        }
        return bySeq;
    }

    /** The map's order index, made from its table when it has none yet (the first range over it). */
    private long orderIndex(long map) {
        Heap h = m.heap;
        long order = h.load(map, ORDER);
        if (order != 0) return order;
        long table = h.load(map, TABLE);
        int ew = entryWords[(int) h.load(map, TYPE)];
        int slots = h.payloadWords(table) / ew;
        int used = (int) h.load(map, USED);
        m.reserve(slots * 8L + 8);
        int[] bySeq = insertionOrder(table, slots, ew, used);
        order = m.alloc(ObjectKind.ARRAY, BuiltinTypes.INT, slots);
        for (int e = 0; e < used; e++) if (bySeq[e] != 0) h.store(order, e, bySeq[e]);
        h.store(map, ORDER, order);
        m.collector.writeBarrier(map, order);
        return order;
    }

    /** Sets word {@code e} of the map's order index to {@code slotPlusOne} (0: deleted), if the map has an index yet. */
    private void indexEntry(long map, long e, long slotPlusOne) {
        long order = m.heap.load(map, ORDER);
        if (order != 0) m.heap.store(order, (int) e, slotPlusOne);
    }

    /** The TYPE word of a map that is a live object (else the bad-reference trap); its low 32 bits are the map type id. */
    private long typeWord(long map) {
        m.checkHeader(map); // a live object: not freed
        return m.heap.load(map, TYPE);
    }

    long count(long map) {
        return map == 0 ? 0 : m.heap.load(map, COUNT);
    }

    /** The table slot holding the key at st[abs..], or -1. */
    int find(long map, long[] st, int abs) {
        if (map == 0) {
            return -1;
        }
        Heap h = m.heap;
        if ((h.headerWord(map) & 0xF) == FREED) throw m.badReference(map);
        long typeWord = h.load(map, TYPE);
        int mt = (int) typeWord;
        int ew = entryWords[mt];
        long hash = keyHash(typeWord, mt, st, abs);
        long table = h.load(map, TABLE);
        int mask = mask(typeWord);
        long want = tag(hash);
        boolean scalar = scalarKeys[mt];
        if ((typeWord & DIRECT) != 0) {
            int i = (int) (hash & mask), base = i * ew;
            long w = h.load(table, base);
            if ((w & TAG_MASK) == want
                    && (scalar ? h.load(table, base + 1) == st[abs] : keyEquals(keyTypes[mt], table, base + 1, keyWords[mt], st, abs))) {
                return i;
            }
            missHash = hash;
            missSlot = w == 0 ? i : -1; // -1: the home slot holds another key
            missProbes = 0;
            return -1;
        }
        for (int i = (int) (hash & mask), probes = 0; ; i = (i + 1) & mask, probes++) {
            int base = i * ew;
            long w = h.load(table, base);
            if (w == 0) {
                missHash = hash;
                missSlot = i;
                missProbes = probes;
                return -1;
            }
            if ((w & TAG_MASK) != want) continue;
            if (scalar) {
                if (h.load(table, base + 1) == st[abs]) return i;
            } else if (keyEquals(keyTypes[mt], table, base + 1, keyWords[mt], st, abs)) {
                return i;
            }
        }
    }

    private static boolean isScalar(TypeInfo kt) {
        TypeKind k = kt.kind();
        return (k.isInteger() || k == TypeKind.BOOL || k == TypeKind.POINTER || k == TypeKind.CHAN) && kt.slotCount() == 1;
    }

    /** The hash of the key at st[abs..] in a map whose TYPE word is {@code typeWord} (see {@link #SCRAMBLED}). */
    private long keyHash(long typeWord, int mt, long[] st, int abs) {
        // only the low 30 bits of a hash are ever used (a probe's start and the slot's tag)
        if (intKeys[mt] && (typeWord & SCRAMBLED) == 0) return st[abs] & LOW30;
        long hsh = scalarKeys[mt] ? Values.mix(st[abs]) : m.values.hash(keyTypes[mt], st, abs);
        return hsh & HASH_MASK;
    }

    private boolean keyEquals(int keyType, long table, int word, int kw, long[] st, int abs) {
        if (keyBuf.length < kw) keyBuf = new long[kw];
        for (int k = 0; k < kw; k++) keyBuf[k] = m.heap.load(table, word + k);
        return m.values.equal(keyType, keyBuf, 0, st, abs);
    }

    /** MAP_GET: copies the value (or zero) to st[dst..]; returns whether it was found. */
    boolean get(long map, long[] st, int keyAbs, int dst, int valueWords) {
        if (map != 0) {
            // a direct map with integer keys: the key is in its home slot, or nowhere
            Heap h = m.heap;
            long typeWord = h.load(map, TYPE);
            int mt = (int) typeWord;
            if ((typeWord & (DIRECT | SCRAMBLED)) == DIRECT && (h.headerWord(map) & 0xF) != FREED && intKeys[mt]) {
                long k = st[keyAbs];
                long table = h.load(map, TABLE);
                int ew = entryWords[mt];
                int base = (int) (k & mask(typeWord)) * ew;
                if (h.load(table, base) > 0 && h.load(table, base + 1) == k) {
                    for (int i = 0; i < valueWords; i++) st[dst + i] = h.load(table, base + 2 + i);
                    return true;
                }
                java.util.Arrays.fill(st, dst, dst + valueWords, 0L);
                return false;
            }
        }
        int slot = find(map, st, keyAbs);
        if (slot < 0) {
            java.util.Arrays.fill(st, dst, dst + valueWords, 0L);
            return false;
        }
        Heap h = m.heap; // find checked the header
        int mt = (int) h.load(map, TYPE);
        long table = h.load(map, TABLE);
        int base = slot * entryWords[mt] + 1 + keyWords[mt];
        for (int k = 0; k < valueWords; k++) st[dst + k] = h.load(table, base + k);
        return true;
    }

    /** MAP_SET. */
    void set(long map, long[] st, int keyAbs, int valAbs) {
        if (map == 0) throw GoPanic.plain("assignment to entry in nil map");
        Heap h = m.heap;
        long typeWord = typeWord(map);
        int mt = (int) typeWord;
        if ((typeWord & (DIRECT | SCRAMBLED)) == DIRECT && intKeys[mt]) {
            // a direct map with integer keys: the key's home slot holds it, or is empty and the table has room
            long k = st[keyAbs];
            long table = h.load(map, TABLE);
            int ew = entryWords[mt], mask = mask(typeWord);
            int slot = (int) (k & mask), base = slot * ew;
            long state = h.load(table, base);
            boolean hit = state > 0 && h.load(table, base + 1) == k;
            long used = h.load(map, USED);
            if (hit || state == 0 && used < mask + 1L) {
                if (!hit) {
                    h.store(table, base, tag(k & LOW30) | (used + 1));
                    h.store(table, base + 1, k);
                    indexEntry(map, used, slot + 1L);
                    h.store(map, USED, used + 1);
                    h.store(map, COUNT, h.load(map, COUNT) + 1);
                }
                for (int i = 2; i < ew; i++) h.store(table, base + i, st[valAbs + i - 2]);
                if (entryHasRef[mt]) m.slices.barrierWords(table, base, ew, entryTypes[mt]);
                return;
            }
        }
        int kw = keyWords[mt], ew = entryWords[mt], vw = ew - 1 - kw;
        int slot = find(map, st, keyAbs);
        boolean crowded = false;
        if (slot < 0) {
            long used = h.load(map, USED);
            long hash = missHash;
            int probes = missProbes;
            slot = missSlot;
            long table = h.load(map, TABLE);
            int slots = h.payloadWords(table) / ew;
            // a direct map's first collision (its home slot holds another key): from now on it probes, full at 3/4
            if (slot < 0) h.store(map, TYPE, h.load(map, TYPE) & ~DIRECT);
            if (used + 1 > room(h.load(map, TYPE), slots)) {
                // a full direct table doubles (its entries may stay at home); a probing one gets twice its live entries
                int grown = slotsFor(h.load(map, COUNT) + 1);
                if ((h.load(map, TYPE) & DIRECT) != 0) grown = Math.min(grown, Math.min(MAX_SLOTS, slots * 2));
                rehash(map, grown, false);
                used = h.load(map, USED);
                table = h.load(map, TABLE);
                slots = h.payloadWords(table) / ew;
                slot = -1;
                if (used + 1 > room(h.load(map, TYPE), slots)) {
                    throw GoPanic.plain("runtime: map cannot hold more than " + used + " entries");
                }
            }
            if (slot < 0) {
                int mask = slots - 1;
                slot = (int) (hash & mask);
                probes = 0;
                if (h.load(table, slot * ew) != 0) h.store(map, TYPE, h.load(map, TYPE) & ~DIRECT);
                for (; h.load(table, slot * ew) != 0; slot = (slot + 1) & mask) probes++;
            }
            int base = slot * ew;
            h.store(table, base, tag(hash) | (used + 1));
            for (int k = 0; k < kw; k++) h.store(table, base + 1 + k, st[keyAbs + k]);
            indexEntry(map, used, slot + 1L);
            crowded = probes > CROWDED_PROBES && intKeys[mt] && (h.load(map, TYPE) & SCRAMBLED) == 0;
            h.store(map, USED, used + 1);
            h.store(map, COUNT, h.load(map, COUNT) + 1);
        }
        long table = h.load(map, TABLE);
        int vbase = slot * ew + 1 + kw;
        for (int k = 0; k < vw; k++) h.store(table, vbase + k, st[valAbs + k]);
        if (entryHasRef[mt]) m.slices.barrierWords(table, slot * ew, ew, entryTypes[mt]); // key (when new) and value
        if (crowded) {
            h.store(map, TYPE, h.load(map, TYPE) | SCRAMBLED);
            rehash(map, h.payloadWords(table) / ew, true);
        }
    }

    /** Entries a table of {@code slots} slots takes before it grows: all of them while direct, else 3/4. */
    private static long room(long typeWord, int slots) {
        return (typeWord & DIRECT) != 0 ? slots : slots / 4 * 3;
    }

    /**
     * Slots for {@code entries} live entries: twice as many, as a power of two (so a probing table grows 2x,
     * and its entries fill between 3/8 and 3/4 of it).
     */
    private static int slotsFor(long entries) {
        int slots = 8;
        while (slots < entries * 2 && slots < MAX_SLOTS) slots <<= 1;
        return slots;
    }

    /**
     * Moves the live entries to fresh tables of {@code slots} slots. Without deleted entries (and without
     * rehashing) it walks the old table in slot order: each entry keeps its order number, and keys that were
     * neighbours stay neighbours. Otherwise it walks the order, which drops the deleted entries. The new table
     * is direct if no two entries share a home slot.
     */
    private void rehash(long map, int slots, boolean rehashKeys) {
        Heap h = m.heap;
        long typeWord = h.load(map, TYPE);
        int mt = (int) typeWord;
        int ew = entryWords[mt];
        long oldTable = h.load(map, TABLE), oldOrder = h.load(map, ORDER);
        int oldSlots = h.payloadWords(oldTable) / ew;
        long used = h.load(map, USED), count = h.load(map, COUNT);
        boolean inOrder = used != count || rehashKeys;
        int[] bySeq = inOrder && oldOrder == 0 ? insertionOrder(oldTable, oldSlots, ew, (int) used) : null;
        allocTables(map, mt, slots, oldOrder != 0);
        long table = h.load(map, TABLE), order = h.load(map, ORDER);
        int mask = slots - 1;
        boolean direct = true;
        if (!inOrder) {
            // in chunks: a short method called many times is compiled by the JIT long before a long loop would be
            for (int s = 0; s < oldSlots; s += MOVE_CHUNK) {
                direct &= moveSlots(oldTable, s, Math.min(oldSlots, s + MOVE_CHUNK), ew, table, order, mask);
            }
        } else {
            int n = 0;
            for (int e = 0; e < used; e++) {
                long s = bySeq != null ? bySeq[e] : h.load(oldOrder, e);
                if (s == 0) continue;
                int from = (int) (s - 1) * ew;
                long hash;
                if (rehashKeys) {
                    int kw = keyWords[mt];
                    if (keyBuf.length < kw) keyBuf = new long[kw];
                    for (int k = 0; k < kw; k++) keyBuf[k] = h.load(oldTable, from + 1 + k);
                    hash = keyHash(typeWord, mt, keyBuf, 0);
                } else {
                    hash = h.load(oldTable, from) >>> 32 & LOW30;
                }
                int j = (int) (hash & mask);
                if (h.load(table, j * ew) != 0) direct = false;
                while (h.load(table, j * ew) != 0) j = (j + 1) & mask;
                h.copyWords(oldTable, from, table, j * ew, ew);
                h.store(table, j * ew, tag(hash) | (n + 1L));
                if (order != 0) h.store(order, n, j + 1L);
                n++;
            }
            h.store(map, USED, n);
        }
        h.store(map, TYPE, direct ? h.load(map, TYPE) | DIRECT : h.load(map, TYPE) & ~DIRECT);
        m.slices.barrierWords(table, 0, slots * ew, entryTypes[mt]);
    }

    private static final int MOVE_CHUNK = 1024;

    /**
     * Moves the live slots [from, to) of {@code oldTable} to the probe position of their hash in {@code table},
     * keeping their order numbers; false when one of them found its home slot taken.
     */
    private boolean moveSlots(long oldTable, int from, int to, int ew, long table, long order, int mask) {
        Heap h = m.heap;
        boolean direct = true;
        for (int s = from; s < to; s++) {
            long state = h.load(oldTable, s * ew);
            if (state <= 0) continue; // empty or deleted
            int j = (int) ((state >>> 32) & mask);
            if (h.load(table, j * ew) != 0) {
                direct = false;
                do j = (j + 1) & mask; while (h.load(table, j * ew) != 0);
            }
            h.copyWords(oldTable, s * ew, table, j * ew, ew);
            if (order != 0) h.store(order, (int) ((state & ORDER_BITS) - 1), j + 1L);
        }
        return direct;
    }

    void delete(long map, long[] st, int keyAbs) {
        int slot = find(map, st, keyAbs);
        if (slot < 0) return;
        Heap h = m.heap;
        int ew = entryWords[(int) h.load(map, TYPE)];
        long table = h.load(map, TABLE);
        long state = h.load(table, slot * ew);
        indexEntry(map, (state & ORDER_BITS) - 1, 0);
        // a probing table keeps a tombstone so that probes go on past it; no probe passes a direct slot
        h.store(table, slot * ew, (h.load(map, TYPE) & DIRECT) != 0 ? 0 : TOMB);
        for (int k = 1; k < ew; k++) h.store(table, slot * ew + k, 0);
        h.store(map, COUNT, h.load(map, COUNT) - 1);
    }

    void clear(long map) {
        if (map == 0) return;
        Heap h = m.heap;
        long table = h.load(map, TABLE), order = h.load(map, ORDER);
        for (int i = 0, n = h.payloadWords(table); i < n; i++) h.store(table, i, 0);
        if (order != 0) for (int i = 0, n = h.payloadWords(order); i < n; i++) h.store(order, i, 0);
        h.store(map, COUNT, 0);
        h.store(map, USED, 0);
        h.store(map, TYPE, h.load(map, TYPE) | DIRECT);
    }

    /** MAP_NEXT: the next live entry at or after order position st[iterAbs]; writes ok, key, value at dst. */
    void next(long map, long[] st, int dst, int iterAbs) {
        if (map == 0) {
            st[dst] = 0;
            return;
        }
        Heap h = m.heap;
        int ew = entryWords[(int) typeWord(map)];
        long used = h.load(map, USED);
        long order = st[iterAbs] < used ? orderIndex(map) : 0;
        long table = h.load(map, TABLE);
        for (long e = st[iterAbs]; e < used; e++) {
            long s = h.load(order, (int) e);
            if (s == 0) continue;
            int base = (int) (s - 1) * ew;
            st[dst] = 1;
            for (int k = 1; k < ew; k++) st[dst + k] = h.load(table, base + k);
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
        int mt = (int) typeWord(map);
        int kw = keyWords[mt], ew = entryWords[mt], vw = ew - 1 - kw;
        long table = h.load(map, TABLE), order = h.load(map, ORDER);
        long used = h.load(map, USED);
        int[] bySeq = order == 0 ? insertionOrder(table, h.payloadWords(table) / ew, ew, (int) used) : null;
        for (int e = 0; e < used; e++) {
            long s = bySeq != null ? bySeq[e] : h.load(order, e);
            if (s == 0) continue;
            int base = (int) (s - 1) * ew;
            long[] k = new long[kw], v = new long[vw];
            for (int i = 0; i < kw; i++) k[i] = h.load(table, base + 1 + i);
            for (int i = 0; i < vw; i++) v[i] = h.load(table, base + 1 + kw + i);
            out.add(new long[][] {k, v});
        }
        return out;
    }
}

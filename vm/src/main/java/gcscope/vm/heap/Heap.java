package gcscope.vm.heap;

import java.util.Arrays;

/**
 * The simulated, byte-addressed heap (VM.md "Heap", format in vm/HEAP.md). Addresses are multiples
 * of 8 starting at {@link #BASE}; memory is words indexed by {@code address >>> 3}, held in segments of
 * {@link #SEG_WORDS} words (the first grows by doubling up to that size, then whole segments are added), so
 * a growing heap never copies what it already holds nor needs one huge array. Every object is a header word followed by its payload words; the heap is a
 * contiguous run of such chunks (live or freed), so it can be walked with {@link #nextChunk(long)}.
 * An object-start bitmap maps any (interior) address to the start of its chunk.
 *
 * <p>Header word: bits 0-3 colour, 4-7 kind, 8-31 metaOrLayoutId, 32-63 payload size in words.
 * Payload word indices passed to {@link #load}/{@link #store} start at 0 right after the header and
 * are not bounds-checked (the interpreter checks Go bounds; the collector reads within sizes).
 *
 * <p>Freed chunks keep their header with colour FREED, their payload is poisoned with {@link #POISON},
 * and a tombstone (cycle and step of the sweep that freed it) is remembered. With quarantine on (the
 * sanitizer) freed chunks are never reused; otherwise exact-size free lists recycle them, and a listed
 * small chunk's first payload word is the list's link to the next one (poison too: see {@link #isPoison}).
 */
public final class Heap {
    public static final long BASE = 4096;
    /** Bit pattern written over freed payload words (odd, so never a valid address). */
    public static final long POISON = 0xDEADDEADDEADDEADL;

    /**
     * True for a word of freed memory: {@link #POISON}, or a free list's link, which keeps POISON's high half
     * (so it is never a valid address either, and a read through a dangling pointer is still recognised).
     */
    public static boolean isPoison(long word) {
        return (word & 0xFFFF_FFFF_0000_0000L) == FreeLists.LINK_TAG;
    }
    public static final int MAX_META = (1 << 24) - 1;
    /** The simulated heap never grows past this many bytes (alloc then fails as at a heap limit). */
    public static final long HARD_LIMIT = 1L << 30;
    /** The smallest capacity a heap gets, however little memory the JVM has. */
    static final long MIN_CAPACITY = 16L << 20;

    /** log2 of the words of a full segment (8 MiB). */
    static final int SEG_SHIFT = 20;
    static final int SEG_WORDS = 1 << SEG_SHIFT;
    private static final int SEG_MASK = SEG_WORDS - 1;

    // package-private for HeapImage (checkpoints)
    /** Word i is {@code segs[i >>> SEG_SHIFT][i & SEG_MASK]}; every segment but a lone first one has SEG_WORDS words. */
    long[][] segs;
    /** Words held by the segments. */
    private int wordCap;
    long[] startBits;
    long top = BASE;
    private final long limitBytes;
    /** Bytes of address space the heap may grow to: {@link #HARD_LIMIT}, or less when the JVM has less memory. */
    private final long capacity;
    private final boolean quarantine;
    private Colour allocColour = Colour.WHITE0;

    FreeLists freeLists = new FreeLists();
    /** Segments made ahead of growth (not copied with the heap: a copy makes its own when it grows). */
    private final SegmentReserve reserve = new SegmentReserve(SEG_WORDS);
    Tombstones tombstones = new Tombstones();
    // layout witness of ENUM objects: address -> layout id their payload was written with
    AddressMap writtenLayouts = new AddressMap();
    ObjectList objects = new ObjectList();
    /**
     * Change tracking for snapshots (cheap when nobody snapshots: one int store per write): the epoch
     * in which each page of {@link #PAGE_WORDS} words was last written. See {@link #beginEpoch()}.
     */
    private int[] pageStamps;
    private int epoch = 1;

    private long bytesInUse;
    private long totalAllocated;
    private long peakBytes;
    private long liveObjects;
    private long allocations;

    /** The heap a run with these options uses: the sanitizer turns quarantine on. */
    public static Heap forOptions(gcscope.vm.config.RunOptions options) {
        return new Heap(options.heapLimit(), options.sanitize());
    }

    /**
     * @param limitBytes bytes of live objects (headers included) allowed; 0 = unlimited
     * @param quarantine never reuse freed addresses (sanitizer on), so tombstones stay exact
     */
    public Heap(long limitBytes, boolean quarantine) {
        this.limitBytes = limitBytes;
        this.quarantine = quarantine;
        // the words (and the checkpoints of a recording, and a heap copy for a snapshot) must fit in the JVM's memory, so that a
        // huge allocation ends in the HEAP_LIMIT trap and never in an OutOfMemoryError
        this.capacity = Math.min(HARD_LIMIT, Math.max(MIN_CAPACITY, gcscope.vm.config.HostMemory.maxBytes() / 4));
        // a power of two, so that the first segment doubles up to exactly SEG_WORDS
        this.segs = new long[][]{new long[8192]};
        this.wordCap = 8192;
        this.startBits = new long[wordCap >>> 6];
        this.pageStamps = new int[(wordCap >>> PAGE_SHIFT) + 1];
    }

    private Heap(Heap o) {
        segs = new long[o.segs.length][];
        for (int i = 0; i < segs.length; i++) segs[i] = o.segs[i].clone();
        wordCap = o.wordCap;
        startBits = o.startBits.clone();
        top = o.top;
        limitBytes = o.limitBytes;
        capacity = o.capacity;
        quarantine = o.quarantine;
        allocColour = o.allocColour;
        freeLists = o.freeLists.copy();
        tombstones = o.tombstones.copy();
        writtenLayouts = o.writtenLayouts.copy();
        objects = o.objects.copy();
        bytesInUse = o.bytesInUse;
        totalAllocated = o.totalAllocated;
        peakBytes = o.peakBytes;
        liveObjects = o.liveObjects;
        allocations = o.allocations;
        pageStamps = o.pageStamps.clone();
        epoch = o.epoch;
    }

    /** A deep copy (for checkpoints). */
    public Heap copy() {
        return new Heap(this);
    }

    /** An immutable image of the whole state, sharing unchanged pages with {@code base} (null: none). */
    public HeapImage image(HeapImage base) {
        return new HeapImage(this, base);
    }

    /** Puts this heap back into the state of {@code img} (an image of this heap), in place, with bulk copies. */
    public void restore(HeapImage img) {
        int oldWords = (int) (top >>> 3);
        int need = img.words.length();
        if (oldWords > need) {
            fill(need, Math.min(oldWords, wordCap), 0L);
            Arrays.fill(startBits, img.startBits.length(), Math.min(startBits.length, (oldWords + 63) >>> 6), 0L);
        }
        ensureWords(need + 1L);
        img.words.copyInto(segs, SEG_SHIFT);
        img.startBits.copyInto(startBits);
        top = img.top;
        allocColour = img.allocColour;
        freeLists = img.freeLists.copy();
        tombstones = img.tombstones.copy();
        writtenLayouts = img.writtenLayouts.copy();
        objects.restore(img.objects);
        bytesInUse = img.bytesInUse;
        totalAllocated = img.totalAllocated;
        peakBytes = img.peakBytes;
        liveObjects = img.liveObjects;
        allocations = img.allocations;
        touchAll();
    }

    // ---------------------------------------------------------------- header encoding

    /** The header bits holding the colour (bits 0-3); a collector recolouring an object changes only these. */
    public static final long COLOUR_BITS = 0xFL;

    static long header(Colour c, ObjectKind k, int meta, int payloadWords) {
        return (c.ordinal() & COLOUR_BITS) | ((long) (k.ordinal() & 0xF) << 4) | ((long) (meta & MAX_META) << 8)
                | ((long) payloadWords << 32);
    }

    private static final Colour[] COLOURS = Colour.values();
    private static final ObjectKind[] KINDS = ObjectKind.values();

    // ---------------------------------------------------------------- allocation

    /**
     * Allocates an object with a zeroed payload of {@code payloadWords} words and returns the address
     * of its header, or 0 when the heap limit would be exceeded (the caller traps).
     */
    public long alloc(ObjectKind kind, int metaOrLayoutId, int payloadWords) {
        if (payloadWords < 0) throw new IllegalArgumentException("negative size " + payloadWords);
        if (metaOrLayoutId < 0 || metaOrLayoutId > MAX_META) throw new IllegalArgumentException("meta out of range " + metaOrLayoutId);
        if ((long) payloadWords * 8 + 8 > capacity) return 0;
        int total = payloadWords + 1;
        long bytes = (long) total * 8;
        if (limitBytes > 0 && bytesInUse + bytes > limitBytes) return 0;
        long addr = quarantine ? 0 : freeLists.take(this, total);
        boolean fresh = addr == 0;
        if (fresh) {
            if (top + bytes > capacity) return 0;
            addr = top;
            ensureCapacity(top + bytes);
            top += bytes;
            setStartBit(addr);
        }
        int w = (int) (addr >>> 3);
        set(w, header(allocColour, kind, metaOrLayoutId, payloadWords));
        // words past the top are always zero (see restore), so only a recycled chunk needs clearing
        if (!fresh) fill(w + 1, w + total, 0L);
        touch(w, w + total);
        objects.add(addr);
        bytesInUse += bytes;
        totalAllocated += bytes;
        liveObjects++;
        allocations++;
        if (bytesInUse > peakBytes) peakBytes = bytesInUse;
        return addr;
    }

    private void ensureCapacity(long endAddr) {
        ensureWords((endAddr >>> 3) + 1);
    }

    /** Grows the segments (zeroed) to hold at least {@code need} words. */
    private void ensureWords(long need) {
        if (need <= wordCap) return;
        if (need > Integer.MAX_VALUE - SEG_WORDS) throw new IllegalStateException("simulated heap exceeds " + Integer.MAX_VALUE + " words");
        if (segs.length == 1 && wordCap < SEG_WORDS) {
            int cap = wordCap;
            while (cap < need && cap < SEG_WORDS) cap *= 2;
            long[] grown = cap == SEG_WORDS ? reserve.take(1)[0] : new long[cap];
            System.arraycopy(segs[0], 0, grown, 0, wordCap);
            segs[0] = grown;
            wordCap = cap;
        }
        if (need > wordCap) {
            int n = (int) ((need + SEG_MASK) >>> SEG_SHIFT);
            int old = segs.length;
            segs = Arrays.copyOf(segs, n);
            System.arraycopy(reserve.take(n - old), 0, segs, old, n - old);
            wordCap = n << SEG_SHIFT;
        }
        startBits = Arrays.copyOf(startBits, (wordCap + 63) >>> 6);
        growStamps();
        // a heap this big may well grow by half again: have that much made ahead, within the capacity
        if (wordCap >= SEG_WORDS / 2) {
            long room = ((capacity >>> 3) - wordCap) >> SEG_SHIFT;
            reserve.topUp((int) Math.min(room, Math.max(1, segs.length / 2)));
        }
    }

    /** Word {@code i} of the heap. */
    private long get(int i) {
        return segs[i >>> SEG_SHIFT][i & SEG_MASK];
    }

    private void set(int i, long v) {
        segs[i >>> SEG_SHIFT][i & SEG_MASK] = v;
    }

    /** Word {@code i} (for the free lists' links). */
    long word(int i) {
        return get(i);
    }

    /** Writes word {@code i} and stamps its page (for the free lists' links). */
    void setWord(int i, long v) {
        set(i, v);
        pageStamps[i >>> PAGE_SHIFT] = epoch;
    }

    private void setStartBit(long addr) {
        int w = (int) (addr >>> 3);
        startBits[w >>> 6] |= 1L << (w & 63);
    }

    /** The colour newly allocated objects get (set by the collector at phase changes). */
    public void setAllocColour(Colour c) {
        allocColour = c;
    }

    public Colour allocColour() {
        return allocColour;
    }

    /**
     * Frees a live object: colour FREED, payload poisoned, a tombstone records {@code cycle} and
     * {@code step}; the chunk goes on a free list unless quarantine is on.
     */
    public void free(long addr, int cycle, long step) {
        int w = (int) (addr >>> 3);
        long h = get(w);
        int pw = (int) (h >>> 32);
        set(w, (h & ~COLOUR_BITS) | Colour.FREED.ordinal());
        fill(w + 1, w + 1 + pw, POISON);
        touch(w, w + 1 + pw);
        long bytes = (long) (pw + 1) * 8;
        bytesInUse -= bytes;
        liveObjects--;
        if (writtenLayouts.size() != 0) writtenLayouts.remove(addr);
        tombstones.record(addr, cycle, step);
        if (tombstones.wantsCompaction()) tombstones.compact(this);
        if (!quarantine) freeLists.put(this, addr, pw + 1);
    }

    /** Sets words [from, to) to v: a plain loop for the few words of a typical small object, else Arrays.fill per segment. */
    private void fill(int from, int to, long v) {
        if (to - from <= 8) {
            for (int i = from; i < to; i++) set(i, v);
            return;
        }
        while (from < to) {
            int end = Math.min(to, (from | SEG_MASK) + 1);
            Arrays.fill(segs[from >>> SEG_SHIFT], from & SEG_MASK, ((end - 1) & SEG_MASK) + 1, v);
            from = end;
        }
    }

    // ---------------------------------------------------------------- header access (addr = header address)

    public ObjectKind kind(long addr) {
        return KINDS[(int) ((get((int) (addr >>> 3)) >>> 4) & 0xF)];
    }

    public int meta(long addr) {
        return (int) ((get((int) (addr >>> 3)) >>> 8) & MAX_META);
    }

    public int payloadWords(long addr) {
        return (int) (get((int) (addr >>> 3)) >>> 32);
    }

    /** Chunk size in bytes including the header. */
    public long sizeBytes(long addr) {
        return ((long) payloadWords(addr) + 1) * 8;
    }

    public Colour colour(long addr) {
        return COLOURS[(int) (get((int) (addr >>> 3)) & COLOUR_BITS)];
    }

    /** Colour ordinal without allocating an enum lookup (hot path). */
    public int colourOrdinal(long addr) {
        return (int) (get((int) (addr >>> 3)) & COLOUR_BITS);
    }

    public void setColour(long addr, Colour c) {
        int w = (int) (addr >>> 3);
        set(w, (get(w) & ~COLOUR_BITS) | c.ordinal());
        pageStamps[w >>> PAGE_SHIFT] = epoch;
    }

    /** The raw header word (for display and byte dumps). */
    public long headerWord(long addr) {
        return get((int) (addr >>> 3));
    }

    // ---------------------------------------------------------------- payload access

    /** Payload word {@code word} of the object at {@code addr} (raw, no barrier, no bounds check). */
    public long load(long addr, int word) {
        return get((int) (addr >>> 3) + 1 + word);
    }

    /** Stores payload word {@code word} (raw: the caller runs the write barrier for references). */
    public void store(long addr, int word, long value) {
        int i = (int) (addr >>> 3) + 1 + word;
        set(i, value);
        pageStamps[i >>> PAGE_SHIFT] = epoch;
    }

    /** Reads any heap word by absolute address, 0 outside the heap (for faithful misreads). */
    public long wordAt(long absAddr) {
        if (absAddr < BASE || absAddr + 8 > top || (absAddr & 7) != 0) return 0;
        return get((int) (absAddr >>> 3));
    }

    /**
     * Reads {@code widthBytes} (1..8) little-endian bytes at payload byte {@code byteOffset},
     * zero-extended. Unaligned reads spanning two words are allowed.
     */
    public long loadBits(long addr, int byteOffset, int widthBytes) {
        long b = addr + 8 + byteOffset;
        int w = (int) (b >>> 3);
        int shift = (int) (b & 7) * 8;
        long lo = get(w) >>> shift;
        if (shift + widthBytes * 8 > 64) lo |= get(w + 1) << (64 - shift);
        return widthBytes == 8 ? lo : lo & ((1L << (widthBytes * 8)) - 1);
    }

    /** Writes the low {@code widthBytes} bytes of {@code value} at payload byte {@code byteOffset}. */
    public void storeBits(long addr, int byteOffset, int widthBytes, long value) {
        long b = addr + 8 + byteOffset;
        int w = (int) (b >>> 3);
        int shift = (int) (b & 7) * 8;
        long mask = widthBytes == 8 ? -1L : (1L << (widthBytes * 8)) - 1;
        long v = value & mask;
        set(w, (get(w) & ~(mask << shift)) | (v << shift));
        pageStamps[w >>> PAGE_SHIFT] = epoch;
        if (shift + widthBytes * 8 > 64) {
            pageStamps[(w + 1) >>> PAGE_SHIFT] = epoch;
            int spill = 64 - shift;
            long hiMask = mask >>> spill;
            set(w + 1, (get(w + 1) & ~hiMask) | (v >>> spill));
        }
    }

    /** Copies {@code count} payload words between objects (memmove semantics; raw, no barrier). */
    public void copyWords(long src, int srcWord, long dst, int dstWord, int count) {
        int to = (int) (dst >>> 3) + 1 + dstWord, from = (int) (src >>> 3) + 1 + srcWord;
        if (count <= 0) return;
        if (from >>> SEG_SHIFT == (from + count - 1) >>> SEG_SHIFT && to >>> SEG_SHIFT == (to + count - 1) >>> SEG_SHIFT) {
            System.arraycopy(segs[from >>> SEG_SHIFT], from & SEG_MASK, segs[to >>> SEG_SHIFT], to & SEG_MASK, count);
        } else if (to <= from) {
            for (int i = 0; i < count; i++) set(to + i, get(from + i));
        } else {
            for (int i = count - 1; i >= 0; i--) set(to + i, get(from + i));
        }
        touch(to, to + count);
    }

    /** Copies the {@code n} heap words from address {@code wordAddr} into {@code dst[at, at + n)} (bulk, per segment). */
    public void readWords(long wordAddr, long[] dst, int at, int n) {
        int i = (int) (wordAddr >>> 3);
        while (n > 0) {
            long[] seg = segs[i >>> SEG_SHIFT];
            int off = i & SEG_MASK, len = Math.min(n, seg.length - off);
            System.arraycopy(seg, off, dst, at, len);
            i += len;
            at += len;
            n -= len;
        }
    }

    /** True if the {@code n} heap words from address {@code wordAddr} equal {@code src[at, at + n)}. */
    public boolean wordsEqual(long wordAddr, long[] src, int at, int n) {
        int i = (int) (wordAddr >>> 3);
        while (n > 0) {
            long[] seg = segs[i >>> SEG_SHIFT];
            int off = i & SEG_MASK, len = Math.min(n, seg.length - off);
            if (!Arrays.equals(seg, off, off + len, src, at, at + len)) return false;
            i += len;
            at += len;
            n -= len;
        }
        return true;
    }

    /** The header and payload of the object as little-endian bytes. */
    public byte[] bytes(long addr) {
        int w = (int) (addr >>> 3);
        int n = payloadWords(addr) + 1;
        byte[] out = new byte[n * 8];
        for (int i = 0; i < n; i++) {
            long v = get(w + i);
            for (int j = 0; j < 8; j++) out[i * 8 + j] = (byte) (v >>> (8 * j));
        }
        return out;
    }

    // ---------------------------------------------------------------- address classification

    /** {@link #refStatus}: the reference points into a live object. */
    public static final int REF_LIVE = 0;
    /** {@link #refStatus}: 0, nil. */
    public static final int REF_NIL = 1;
    /** {@link #refStatus}: no object header there (misaligned, below the base or past the top). */
    public static final int REF_WILD = 2;
    /** {@link #refStatus}: into a freed chunk ({@link #tombstone} tells when it was freed). */
    public static final int REF_FREED = 3;

    /** Classifies a reference (header or interior address) before it is dereferenced. */
    public int refStatus(long ref) {
        if (ref == 0) return REF_NIL;
        if ((ref & 7) != 0 || ref < BASE || ref >= top) return REF_WILD;
        long s = chunkStart(ref);
        if (s == 0) return REF_WILD;
        return colourOrdinal(s) == Colour.FREED.ordinal() ? REF_FREED : REF_LIVE;
    }

    /** True if {@code addr} is exactly the start of a chunk (a live object or a freed chunk). */
    public boolean isChunkStart(long addr) {
        if ((addr & 7) != 0 || addr < BASE || addr >= top) return false;
        int w = (int) (addr >>> 3);
        return (startBits[w >>> 6] & (1L << (w & 63))) != 0;
    }

    /** True if {@code addr} is exactly the header address of a live (not freed) object. */
    public boolean isObject(long addr) {
        return isChunkStart(addr) && (get((int) (addr >>> 3)) & COLOUR_BITS) != Colour.FREED.ordinal();
    }

    /** Start of the chunk (live or freed) containing {@code anyAddr}, or 0 if outside the heap. */
    public long chunkStart(long anyAddr) {
        if (anyAddr < BASE || anyAddr >= top) return 0;
        int w = (int) (anyAddr >>> 3);
        int i = w >>> 6;
        long bits = startBits[i] & (-1L >>> (63 - (w & 63)));
        while (bits == 0) {
            if (--i < 0) return 0;
            bits = startBits[i];
        }
        return ((long) i * 64 + 63 - Long.numberOfLeadingZeros(bits)) << 3;
    }

    /** Interior pointer to header address of the live object containing it, or 0 if none. */
    public long objectStart(long anyAddr) {
        long s = chunkStart(anyAddr);
        return s != 0 && colourOrdinal(s) != Colour.FREED.ordinal() ? s : 0;
    }

    /** The tombstone of the freed chunk containing {@code anyAddr}, or null if it is not freed memory. */
    public Tombstone tombstone(long anyAddr) {
        long s = chunkStart(anyAddr);
        if (s == 0 || colourOrdinal(s) != Colour.FREED.ordinal()) return null;
        return new Tombstone(s, kind(s), meta(s), payloadWords(s), tombstones.cycle(s), tombstones.step(s));
    }

    // ---------------------------------------------------------------- layout witness (sanitizer check 3)

    /** Records the layout an ENUM object's payload was written with. */
    public void witnessLayout(long addr, int layoutId) {
        writtenLayouts.put(addr, layoutId);
        pageStamps[(int) (addr >>> 3) >>> PAGE_SHIFT] = epoch;
    }

    /** The layout recorded by {@link #witnessLayout}, or -1. */
    public int writtenLayout(long addr) {
        return writtenLayouts.get(addr, -1);
    }

    // ---------------------------------------------------------------- the object list (for the sweep)

    /** Starts a pass over every live object in allocation order (objects allocated during the pass are included). */
    public void sweepBegin() {
        objects.begin();
    }

    public boolean sweeping() {
        return objects.passing();
    }

    /** The next object of the pass (kept in the list unless {@link #sweepDrop()} follows), or 0 at the end. */
    public long sweepNext() {
        return objects.next();
    }

    /** Removes the object just returned by {@link #sweepNext()} from the list (call before freeing it). */
    public void sweepDrop() {
        objects.dropLast();
    }

    /** Listed object {@code i} (0 <= i < listedObjects(); only while no sweep pass is running). */
    public long listedObject(int i) {
        return objects.get(i);
    }

    /** Number of listed objects (during a pass this includes some not yet visited). */
    public int listedObjects() {
        return objects.size();
    }

    // ---------------------------------------------------------------- change tracking (snapshots)

    /** log2 of the words per tracked page (4 KiB pages). */
    public static final int PAGE_SHIFT = 9;
    public static final int PAGE_WORDS = 1 << PAGE_SHIFT;

    /**
     * Starts a new epoch and returns the one that ends: every write from now on is stamped later than
     * the returned value. A reader that keeps the value it got last time learns with {@link #changedSince}
     * which pages were written since (any number of readers, each with its own value).
     */
    public int beginEpoch() {
        return epoch++;
    }

    /** True if any word (header, payload, witness or tombstone) of any page was written after epoch {@code e} ended. */
    public boolean changedSince(int e) {
        int pages = (int) ((top >>> 3) >>> PAGE_SHIFT) + 1;
        for (int p = 0; p < pages && p < pageStamps.length; p++) {
            if (pageStamps[p] > e) return true;
        }
        return false;
    }

    /** True if a word in chunk addresses {@code [from, to)} may have been written after epoch {@code e} ended. */
    public boolean changedSince(int e, long from, long to) {
        int last = (int) (((to - 1) >>> 3) >>> PAGE_SHIFT);
        for (int p = (int) ((from >>> 3) >>> PAGE_SHIFT); p <= last; p++) {
            if (pageStamps[p] > e) return true;
        }
        return false;
    }

    /**
     * Copies the chunk-start bits of words {@code [fromWord, fromWord + 64 n)} ({@code fromWord} a multiple of 64) to
     * {@code dst}: bit {@code k} of a long is set when word {@code 64 i + k} starts a chunk. Bits past the heap's top read 0.
     */
    public void readStartBits(int fromWord, long[] dst, int at, int n) {
        int from = fromWord >>> 6;
        int have = Math.max(0, Math.min(n, startBits.length - from));
        System.arraycopy(startBits, from, dst, at, have);
        Arrays.fill(dst, at + have, at + n, 0L);
    }

    private void touch(int fromWord, int toWord) {
        for (int p = fromWord >>> PAGE_SHIFT, last = (toWord - 1) >>> PAGE_SHIFT; p <= last; p++) pageStamps[p] = epoch;
    }

    private void touchAll() {
        Arrays.fill(pageStamps, epoch);
    }

    private void growStamps() {
        int n = (wordCap >>> PAGE_SHIFT) + 1;
        if (pageStamps.length >= n) return;
        int old = pageStamps.length;
        pageStamps = Arrays.copyOf(pageStamps, n);
        Arrays.fill(pageStamps, old, n, epoch);
    }

    // ---------------------------------------------------------------- walking and totals

    public long base() {
        return BASE;
    }

    /** One past the last chunk. */
    public long top() {
        return top;
    }

    /** The chunk after the one at {@code addr}. Walk: {@code for (a = base(); a < top(); a = nextChunk(a))}. */
    public long nextChunk(long addr) {
        return addr + sizeBytes(addr);
    }

    public boolean isFreed(long addr) {
        return colourOrdinal(addr) == Colour.FREED.ordinal();
    }

    public long bytesInUse() {
        return bytesInUse;
    }

    public long totalAllocated() {
        return totalAllocated;
    }

    public long peakBytes() {
        return peakBytes;
    }

    public long liveObjects() {
        return liveObjects;
    }

    public long allocations() {
        return allocations;
    }

    /** Bytes of address space the heap may grow to (also the VM's budget for goroutine stacks). */
    public long capacity() {
        return capacity;
    }

    /** The heap limit allocations are checked against: the configured one, else the heap's capacity. */
    public long limitBytes() {
        return limitBytes > 0 ? Math.min(limitBytes, capacity) : capacity;
    }

    /** True when an object of {@code bytes} (header included) is within the limit and the heap's capacity. */
    public boolean canAlloc(long bytes) {
        return bytes >= 0 && bytes <= capacity - BASE && (limitBytes <= 0 || bytesInUse + bytes <= limitBytes);
    }

    public boolean quarantine() {
        return quarantine;
    }
}

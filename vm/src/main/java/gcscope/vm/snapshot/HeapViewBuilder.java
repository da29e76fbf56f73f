package gcscope.vm.snapshot;

import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.gc.ObjectScanner;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.heap.Tombstone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link HeapView} of a snapshot by walking the heap's chunks: every live object with
 * its fields (reference words always; at most {@link #MAX_SCALAR_FIELDS} scalar words of a big
 * object), plus tombstones of objects freed in the current collection cycle.
 *
 * <p>One builder lives as long as its machine and remembers the previous build: an object whose
 * header and payload words read the same (its pages in the {@link PageMirror}, or its own words), and
 * whose referents are still live, freed or wild as before, keeps its {@link ObjectView} instance
 * (recoloured if only its colour changed); when nothing at all changed the previous
 * {@link HeapView} itself is returned, so a view can tell "heap unchanged" by identity. Reading the
 * words is a pure read of VM state; only changed objects are decoded again.
 */
final class HeapViewBuilder {
    /** "freed STRING", "freed BOX", ...: one shared type name per kind for tombstone views. */
    private static final List<String> FREED_NAMES = java.util.Arrays.stream(gcscope.vm.heap.ObjectKind.values())
            .map(k -> "freed " + k).toList();

    static final int MAX_SCALAR_FIELDS = 256;

    private final Program program;
    private Heap heap;
    private ValueDisplay display;
    private ObjectScanner scanner;
    private static final ObjectKind[] KINDS = ObjectKind.values();
    /** Per kind and meta: word names, and the type name (which is also the summary of most kinds). */
    private final String[][][] namesByMeta = new String[KINDS.length][0][];
    private final String[][] typeNames = new String[KINDS.length][0];
    /**
     * Per kind and meta, per word of one value: the view of that word when it is zero (a nil reference, a
     * zero scalar), which reads the same in every object; big heaps are full of them (leaves, empty slots),
     * and sharing them keeps a snapshot of half a million objects small.
     */
    private final FieldView[][][] zeroFieldsByMeta = new FieldView[KINDS.length][0][];
    /** Per kind and meta: the field list of a value whose words are all zero (made of the shared zero words). */
    @SuppressWarnings("unchecked")
    private final List<FieldView>[][] zeroListsByMeta = new List[KINDS.length][0];
    private ObjectViewCache previous = ObjectViewCache.EMPTY;
    /** The cache before {@link #previous}: nothing reads it any more, its arrays are written again. */
    private ObjectViewCache spare = ObjectViewCache.EMPTY;
    private HeapView previousView;
    /** The heap epoch ({@link Heap#beginEpoch()}) and collection cycle of the previous build. */
    private int previousEpoch;
    private int previousCycle;
    /** The heap's pages as the previous build read them. */
    private final PageMirror mirror = new PageMirror();
    /** The fields of the object being decoded (one object at a time). */
    private final ArrayList<FieldView> fieldScratch = new ArrayList<>();

    HeapViewBuilder(Program program) {
        this.program = program;
    }

    /** Single use, with no memory of earlier builds. */
    HeapViewBuilder(Program program, Heap heap, ValueDisplay display) {
        this(program);
        this.heap = heap;
        this.display = display;
    }

    Program program() {
        return program;
    }

    HeapView build(Heap heap, ValueDisplay display, int currentCycle) {
        if (heap != this.heap) {
            this.heap = heap;
            this.scanner = null;
            this.previousView = null; // another heap: nothing is known to be unchanged
            this.mirror.clear();
        }
        this.display = display;
        return build(currentCycle);
    }

    HeapView build(int currentCycle) {
        if (scanner == null) scanner = new ObjectScanner(heap, program);
        // nothing written since the previous build (and the same cycle, which decides which tombstones show) means the
        // previous view is still exact
        boolean known = previousView != null && previousCycle == currentCycle;
        int since = previousEpoch;
        int epoch = heap.beginEpoch();
        previousEpoch = epoch;
        previousCycle = currentCycle;
        if (known && !heap.changedSince(since)) {
            mirror.unchangedUntil(since, epoch);
            return previousView;
        }
        // an object whose words, and whose references' targets, read as they did at the previous build keeps its view
        // (recoloured if a collection changed its colour); every other object is decoded again
        mirror.compare(heap);
        ObjectViewCache before = previous;
        // the walk also meets this cycle's tombstones: the previous build's size is the better guess when it is larger
        int expected = (int) Math.min(1 << 26, Math.max(heap.liveObjects(), before.size()) + 64);
        ObjectViewCache.Writer next = new ObjectViewCache.Writer(expected, spare);
        ObjectViewList.Builder objects = new ObjectViewList.Builder(expected);
        boolean allReused = true;
        int cursor = 0;
        for (long a = heap.base(); a < heap.top(); a = heap.nextChunk(a)) {
            ObjectView v;
            if (heap.isObject(a)) {
                cursor = before.seek(cursor, a);
                v = before.liveView(cursor, a);
                int c = heap.colourOrdinal(a);
                if (v != null && unchanged(a, v)) {
                    if (c != before.colour(cursor)) { // only the colour changed: no decoding
                        v = recoloured(v, heap.colour(a));
                        allReused = false;
                    }
                } else { // words changed: decode again (comparing the new view with the old one costs as much
                    v = object(a);  // as decoding and almost never finds them equal, so a changed object gets a new view)
                    allReused = false;
                }
                next.addObject(a, v, c);
            } else if (heap.isFreed(a)) {
                Tombstone t = heap.tombstone(a);
                if (t == null || t.cycle() != currentCycle) continue;
                cursor = before.seek(cursor, a);
                v = before.reusableTombstone(cursor, a, t, heap.headerWord(a));
                if (v == null) {
                    v = new ObjectView(a, t.kind(), FREED_NAMES.get(t.kind().ordinal()), (int) heap.sizeBytes(a), Colour.FREED, -1,
                            t.describe(), List.of(), t.cycle(), t.step());
                    allReused = false;
                }
                next.addTombstone(a, v, t, heap.headerWord(a));
            } else {
                continue;
            }
            objects.add(v);
        }
        mirror.commit(heap, epoch);
        HeapView prevView = previousView;
        spare = before;
        previous = next.done();
        if (allReused && prevView != null && prevView.objects().size() == objects.size()
                && prevView.bytesInUse() == heap.bytesInUse() && prevView.totalAllocated() == heap.totalAllocated()
                && prevView.objectCount() == heap.liveObjects()) {
            return prevView;
        }
        previousView = new HeapView(objects.done(), heap.bytesInUse(), heap.totalAllocated(), heap.liveObjects());
        return previousView;
    }

    /**
     * True if the previous build's view {@code v} of the live object at {@code a} still holds (but for its colour): the
     * object's words read the same, and so does what its reference words' displays depend on (the status of the chunk
     * they point at: a reference field shows its target's address and whether it is live, freed or wild). Reference
     * words are those the object's type declares, or every word where the layout is decided by a tag; a word that
     * points inside a chunk counts as changed.
     */
    private boolean unchanged(long a, ObjectView v) {
        int n = heap.payloadWords(a);
        if (!mirror.same(a, a + 8L * (n + 1)) && !mirror.chunkSame(heap, a, n + 1)) return false;
        ObjectKind kind = heap.kind(a);
        switch (kind) {
            case STRING -> {
                return true;
            }
            case SLICE -> {
                return n == 0 || referentUnchanged(heap.load(a, 0));
            }
            case ENUM -> {
                int written = heap.writtenLayout(a);
                return (written < 0 ? heap.meta(a) : written) == v.writtenLayoutId() && referentsUnchanged(a, n);
            }
            case CLOSURE -> {
                return referentsUnchanged(a, n);
            }
            default -> {
                int meta = heap.meta(a);
                if (meta < 0 || meta >= program.types().size()) return false;
                SlotType[] types = program.wordTypes(meta);
                if (types.length == 0) return true;
                for (int i = 0; i < n; i++) {
                    SlotType t = types[i % types.length];
                    if ((t == SlotType.GCREF || t == SlotType.INTERFACE1) && !referentUnchanged(heap.load(a, i))) return false;
                }
                return true;
            }
        }
    }

    /**
     * True if a word that may be a reference displays as it did (a reference field shows nil, its target's address, or
     * that the target is freed or wild): nil, unaligned and below the heap read the same whatever the heap holds; an
     * address that was and is past the heap's top is wild both times; any other address must start a chunk that was
     * there before, live both times or freed both times.
     */
    private boolean referentUnchanged(long w) {
        if (w == 0 || (w & 7) != 0 || w < Heap.BASE) return true;
        if (w >= heap.top()) return w >= mirror.top();
        return heap.isChunkStart(w) && (mirror.same(w, w + 8) || mirror.referentSame(heap, w));
    }

    /** {@link #referentUnchanged} for every payload word of the object at {@code a} (a tag decides which are references, or all are). */
    private boolean referentsUnchanged(long a, int n) {
        for (int i = 0; i < n; i++) if (!referentUnchanged(heap.load(a, i))) return false;
        return true;
    }

    private static ObjectView recoloured(ObjectView v, Colour c) {
        return new ObjectView(v.address(), v.kind(), v.typeName(), v.sizeBytes(), c, v.layoutId(), v.summary(), v.fields(),
                v.freedCycle(), v.freedStep(), v.writtenLayoutId());
    }

    private ObjectView object(long a) {
        ObjectKind kind = heap.kind(a);
        int layout = kind == ObjectKind.ENUM ? heap.meta(a) : -1;
        String type = typeName(a, kind);
        String summary = switch (kind) {
            case STRING, SLICE, ARRAY -> display.summary(a);
            default -> type; // the summary of every other kind is its type name (ValueDisplay.summary)
        };
        int written = kind == ObjectKind.ENUM ? heap.writtenLayout(a) : -1;
        return new ObjectView(a, kind, type, (int) heap.sizeBytes(a), heap.colour(a), layout, summary, fields(a, kind), -1, -1,
                written < 0 ? layout : written);
    }

    /** The type name, computed once per kind and meta (arrays also depend on their length). */
    private String typeName(long a, ObjectKind kind) {
        int meta = heap.meta(a);
        if (kind == ObjectKind.ARRAY || meta < 0 || meta > 1 << 16) return display.typeName(a);
        String[] byMeta = rowFor(typeNames, kind, meta);
        String t = byMeta[meta];
        if (t == null) byMeta[meta] = t = display.typeName(a);
        return t;
    }

    private List<FieldView> fields(long a, ObjectKind kind) {
        int n = heap.payloadWords(a);
        List<FieldView> out = fieldScratch;
        out.clear();
        switch (kind) {
            case STRING -> {
                out.add(scalar("len", 0, heap.load(a, 0), ""));
                if (n > 1) out.add(new FieldView("bytes", 8, SlotType.VALUE, heap.load(a, 1), 0, "\"" + display.stringText(a) + "\""));
            }
            case SLICE -> {
                String[] names = {"array", "offset", "len", "cap"};
                for (int i = 0; i < Math.min(4, n); i++) {
                    long v = heap.load(a, i);
                    out.add(i == 0 ? ref(names[i], 0, v) : scalar(names[i], i * 8, v, ""));
                }
            }
            case CLOSURE -> {
                for (int i = 0; i < n; i++) out.add(ref("capture" + i, i * 8, heap.load(a, i)));
            }
            case ENUM -> enumFields(a, n, out);
            default -> {
                metaFields(a, kind, n, out);
                List<FieldView> shared = sharedZeroList(kind, heap.meta(a), out);
                if (shared != null) {
                    out.clear();
                    return shared;
                }
            }
        }
        List<FieldView> fields = switch (out.size()) { // exact immutable lists: ObjectView keeps them without another copy
            case 0 -> List.of();
            case 1 -> List.of(out.get(0));
            case 2 -> List.of(out.get(0), out.get(1));
            default -> List.copyOf(out);
        };
        out.clear();
        return fields;
    }

    private void enumFields(long a, int n, List<FieldView> out) {
        Map<Integer, Long> refs = new HashMap<>();
        scanner.scan(a, heap.meta(a), (parent, off, child) -> refs.put(off, child));
        int scalars = 0;
        for (int i = 0; i < n; i++) {
            long v = heap.load(a, i);
            Long child = refs.get(i * 8);
            if (child != null) out.add(reference("payload+" + i * 8, i * 8, SlotType.GCREF, v, child));
            else if (scalars++ < MAX_SCALAR_FIELDS) out.add(scalar("payload+" + i * 8, i * 8, v, ""));
        }
    }

    private void metaFields(long a, ObjectKind kind, int n, List<FieldView> out) {
        int meta = heap.meta(a);
        SlotType[] types = program.wordTypes(meta);
        String[] names = wordNamesCached(kind, meta, types.length);
        int scalars = 0;
        long prev = 0;
        for (int i = 0; i < n; i++) {
            SlotType t = types.length == 0 ? SlotType.VALUE : types[i % types.length];
            long v = heap.load(a, i);
            if (i > 0) prev = heap.load(a, i - 1);
            String name;
            if (kind == ObjectKind.ARRAY) {
                name = types.length <= 1 ? "[" + i + "]" : "[" + i / types.length + "]." + names[i % types.length];
            } else {
                name = names.length > 0 ? names[i % names.length] : "w" + i;
            }
            long refTo = switch (t) {
                case GCREF -> v;
                case INTERFACE1 -> i > 0 && InterfaceHeader.isRef(prev) ? v : 0;
                default -> 0;
            };
            if (refTo == 0 && scalars++ >= MAX_SCALAR_FIELDS) continue;
            if (v == 0 && (t != SlotType.INTERFACE1 || prev == 0) && kind != ObjectKind.ARRAY && i < types.length) {
                out.add(zeroField(kind, meta, types.length, i, name, t));
                continue;
            }
            if (t == SlotType.GCREF || refTo != 0) out.add(reference(name, i * 8, t, v, v));
            else out.add(new FieldView(name, i * 8, t, v, refTo, display.word(t, v, "", prev)));
        }
    }

    /** The one list of an all-zero value of a kind and meta, if {@code fields} are exactly its shared zero words; else null. */
    private List<FieldView> sharedZeroList(ObjectKind kind, int meta, List<FieldView> fields) {
        FieldView[][] byMeta = zeroFieldsByMeta[kind.ordinal()];
        if (meta < 0 || meta >= byMeta.length || byMeta[meta] == null) return null;
        FieldView[] zero = byMeta[meta];
        if (fields.size() != zero.length) return null;
        for (int k = 0; k < zero.length; k++) if (fields.get(k) != zero[k]) return null;
        List<FieldView>[] lists = rowFor(zeroListsByMeta, kind, meta);
        List<FieldView> list = lists[meta];
        if (list == null || list.size() != zero.length) lists[meta] = list = List.of(zero);
        return list;
    }

    /** The shared view of word {@code i} (of {@code words} per value) holding zero, for a kind and meta. */
    private FieldView zeroField(ObjectKind kind, int meta, int words, int i, String name, SlotType t) {
        if (meta < 0 || meta > 1 << 16) return new FieldView(name, i * 8, t, 0, 0, display.word(t, 0, "", 0));
        FieldView[][] byMeta = rowFor(zeroFieldsByMeta, kind, meta);
        FieldView[] fields = byMeta[meta];
        if (fields == null || fields.length != words) byMeta[meta] = fields = new FieldView[words];
        FieldView f = fields[i];
        if (f == null) fields[i] = f = new FieldView(name, i * 8, t, 0, 0, display.word(t, 0, "", 0));
        return f;
    }

    /** The row of a per-kind, per-meta table for {@code kind}, grown to hold index {@code meta} (meta ids are small and dense). */
    private static <T> T[] rowFor(T[][] table, ObjectKind kind, int meta) {
        T[] row = table[kind.ordinal()];
        if (row.length <= meta) table[kind.ordinal()] = row = java.util.Arrays.copyOf(row, Math.max(meta + 1, 16));
        return row;
    }

    private String[] wordNamesCached(ObjectKind kind, int meta, int words) {
        if (meta < 0 || meta > 1 << 16) return wordNames(kind, meta, words);
        String[][] byMeta = rowFor(namesByMeta, kind, meta);
        String[] names = byMeta[meta];
        if (names == null) byMeta[meta] = names = wordNames(kind, meta, words);
        return names;
    }

    /** Field names per word of one struct value (or "w0".. when the meta is not a struct). */
    private String[] wordNames(ObjectKind kind, int meta, int words) {
        String[] names = new String[Math.max(words, 0)];
        for (int i = 0; i < names.length; i++) names[i] = "w" + i;
        if (meta < 0 || meta >= program.types().size()) return names;
        TypeInfo t = program.type(meta);
        if (t.kind() != TypeKind.STRUCT) {
            if (words == 1) names[0] = kind == ObjectKind.BOX ? "value" : "elem";
            return names;
        }
        List<FieldInfo> fs = t.fields();
        for (int k = 0; k < fs.size(); k++) {
            int from = fs.get(k).slotOffset();
            int to = k + 1 < fs.size() ? fs.get(k + 1).slotOffset() : words;
            for (int s = from; s < to && s >= 0 && s < names.length; s++) {
                names[s] = s == from ? fs.get(k).name() : fs.get(k).name() + "[" + (s - from) + "]";
            }
        }
        return names;
    }

    private FieldView scalar(String name, int offset, long v, String typeName) {
        return new FieldView(name, offset, SlotType.VALUE, v, 0, display.word(SlotType.VALUE, v, typeName, 0));
    }

    private FieldView ref(String name, int offset, long v) {
        return reference(name, offset, SlotType.GCREF, v, v);
    }

    /** A reference field: a live target displays as its address, formatted only when a panel asks. */
    private FieldView reference(String name, int offset, SlotType type, long raw, long target) {
        if (target != 0 && heap.refStatus(target) == Heap.REF_LIVE) return FieldView.liveReference(name, offset, type, raw, target);
        return new FieldView(name, offset, type, raw, target, display.address(target));
    }
}

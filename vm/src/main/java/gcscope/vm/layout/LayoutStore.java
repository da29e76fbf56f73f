package gcscope.vm.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts of tag-union payloads, addressed by int layout id (VM.md "Layouts", after Roc's layout
 * store). Built by the compiler, then read-only at run time (the Program shares it). Primitive
 * layouts have fixed ids (constants below). {@link #putTuple} sorts fields by alignment descending
 * then original index; structurally equal tuples and unions share one id when interning is on (the
 * default), and the store records how many requests each id absorbed ({@link #mergedRequests}).
 */
public final class LayoutStore {
    public static final int UNIT = 0, BOOL = 1, INT8 = 2, UINT8 = 3, INT16 = 4, UINT16 = 5, INT32 = 6, UINT32 = 7,
            FLOAT32 = 8, INT64 = 9, UINT64 = 10, FLOAT64 = 11, REF = 12, INTERFACE = 13;

    private final boolean intern;
    private final List<Layout> layouts = new ArrayList<>();
    private final List<PointerMap> pointerMaps = new ArrayList<>();
    private final List<Integer> merged = new ArrayList<>();
    private final Map<Layout, Integer> interned = new HashMap<>();

    public LayoutStore() {
        this(true);
    }

    public LayoutStore(boolean intern) {
        this.intern = intern;
        add(new Layout.Unit());
        add(new Layout.Scalar("bool", 1, false));
        add(new Layout.Scalar("int8", 1, false));
        add(new Layout.Scalar("uint8", 1, false));
        add(new Layout.Scalar("int16", 2, false));
        add(new Layout.Scalar("uint16", 2, false));
        add(new Layout.Scalar("int32", 4, false));
        add(new Layout.Scalar("uint32", 4, false));
        add(new Layout.Scalar("float32", 4, true));
        add(new Layout.Scalar("int64", 8, false));
        add(new Layout.Scalar("uint64", 8, false));
        add(new Layout.Scalar("float64", 8, true));
        add(new Layout.Ref());
        add(new Layout.Iface());
    }

    public boolean interning() {
        return intern;
    }

    public static int alignForward(int n, int align) {
        return (n + align - 1) / align * align;
    }

    private int add(Layout l) {
        layouts.add(l);
        pointerMaps.add(computePointerMap(l));
        merged.add(0);
        return layouts.size() - 1;
    }

    private int addOrIntern(Layout l) {
        if (intern) {
            Integer id = interned.get(l);
            if (id != null) {
                merged.set(id, merged.get(id) + 1);
                return id;
            }
        }
        int id = add(l);
        if (intern) interned.put(l, id);
        return id;
    }

    /**
     * A tuple of the given field layouts (original order). Fields are placed by alignment descending,
     * then original index, each at its aligned offset; the size is rounded up to the tuple's alignment.
     */
    public int putTuple(int... elementLayouts) {
        int n = elementLayouts.length;
        for (int f : elementLayouts) check(f);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(get(elementLayouts[b]).align(), get(elementLayouts[a]).align());
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] offsets = new int[n];
        int[] ord = new int[n];
        int off = 0, align = 1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Layout f = get(elementLayouts[i]);
            off = alignForward(off, f.align());
            offsets[i] = off;
            ord[k] = i;
            off += f.size();
            align = Math.max(align, f.align());
        }
        return addOrIntern(new Layout.Tuple(elementLayouts, offsets, ord, alignForward(off, align), align));
    }

    /**
     * A tag union over the given variant payload layouts (UNIT for no payload, a single field's layout,
     * or a tuple). Payload at offset 0; discriminant of 1 byte (up to 256 variants, else 2) at
     * {@code alignForward(maxPayloadSize, discSize)}; size rounded up to the union's alignment.
     */
    public int putTagUnion(int... variantPayloads) {
        if (variantPayloads.length == 0) throw new IllegalArgumentException("a tag union needs a variant");
        int maxSize = 0, align = 1;
        for (int v : variantPayloads) {
            Layout l = get(v);
            maxSize = Math.max(maxSize, l.size());
            align = Math.max(align, l.align());
        }
        int discSize = variantPayloads.length <= 256 ? 1 : 2;
        align = Math.max(align, discSize);
        int discOffset = alignForward(maxSize, discSize);
        int size = alignForward(discOffset + discSize, align);
        return addOrIntern(new Layout.Union(variantPayloads, discOffset, discSize, size, align));
    }

    /**
     * Roc's fix for multi-argument tags: the union {@code unionId} with variant {@code variant}'s payload
     * replaced by {@code payloadLayout} (the layout the payload was actually written with).
     */
    public int createTagUnionWithPayload(int unionId, int variant, int payloadLayout) {
        int[] vs = union(unionId).variants();
        vs[variant] = payloadLayout;
        return putTagUnion(vs);
    }

    private void check(int id) {
        if (id < 0 || id >= layouts.size()) throw new IllegalArgumentException("no layout #" + id);
    }

    public Layout get(int id) {
        check(id);
        return layouts.get(id);
    }

    public boolean has(int id) {
        return id >= 0 && id < layouts.size();
    }

    public Layout.Union union(int id) {
        if (get(id) instanceof Layout.Union u) return u;
        throw new IllegalArgumentException("layout #" + id + " is not a tag union");
    }

    public boolean isUnion(int id) {
        return has(id) && layouts.get(id) instanceof Layout.Union;
    }

    public int size(int id) {
        return get(id).size();
    }

    public int align(int id) {
        return get(id).align();
    }

    public int count() {
        return layouts.size();
    }

    /** How many later requests interning answered with this id (0 = never merged). */
    public int mergedRequests(int id) {
        check(id);
        return merged.get(id);
    }

    /** Pointer map of a layout (for a union: of no variant; use {@link #variantPointerMap}). */
    public PointerMap pointerMap(int id) {
        check(id);
        return pointerMaps.get(id);
    }

    /** Pointer map of variant {@code v}'s payload (offsets from the payload start = object payload byte 0). */
    public PointerMap variantPointerMap(int unionId, int v) {
        return pointerMap(union(unionId).variant(v));
    }

    /**
     * Whether two union layouts scan the same way for variant {@code v}: same size, discriminant
     * offset and the variant's pointer map (sanitizer check 3).
     */
    public boolean scanCompatible(int unionA, int unionB, int v) {
        if (unionA == unionB) return true;
        Layout.Union a = union(unionA), b = union(unionB);
        if (a.size() != b.size() || a.discOffset() != b.discOffset() || a.discSize() != b.discSize()) return false;
        if (v < 0 || v >= a.variantCount() || v >= b.variantCount()) return false;
        return pointerMap(a.variant(v)).equals(pointerMap(b.variant(v)));
    }

    private PointerMap computePointerMap(Layout l) {
        List<Integer> refs = new ArrayList<>();
        List<Integer> ifaces = new ArrayList<>();
        collect(l, 0, refs, ifaces);
        refs.sort(null);
        ifaces.sort(null);
        if (refs.isEmpty() && ifaces.isEmpty()) return PointerMap.EMPTY;
        return new PointerMap(refs.stream().mapToInt(Integer::intValue).toArray(), ifaces.stream().mapToInt(Integer::intValue).toArray());
    }

    private void collect(Layout l, int base, List<Integer> refs, List<Integer> ifaces) {
        if (l instanceof Layout.Ref) refs.add(base);
        else if (l instanceof Layout.Iface) ifaces.add(base);
        else if (l instanceof Layout.Tuple t) {
            for (int i = 0; i < t.fieldCount(); i++) collect(layouts.get(t.field(i)), base + t.offset(i), refs, ifaces);
        }
    }

    /** A short name: {@code int64}, {@code ref}, {@code tuple#14}, {@code union#15}. */
    public String name(int id) {
        Layout l = get(id);
        if (l instanceof Layout.Scalar s) return s.name();
        if (l instanceof Layout.Ref) return "ref";
        if (l instanceof Layout.Iface) return "interface";
        if (l instanceof Layout.Unit) return "unit";
        if (l instanceof Layout.Tuple) return "tuple#" + id;
        return "union#" + id;
    }

    /** One line: {@code tuple#14 (int64@0, int16@8, bool@10) size 16 align 8 ptrs none}. */
    public String describe(int id) {
        Layout l = get(id);
        StringBuilder b = new StringBuilder(name(id));
        if (l instanceof Layout.Tuple t) {
            b.append(" (");
            for (int k = 0; k < t.fieldCount(); k++) {
                if (k > 0) b.append(", ");
                int i = t.order()[k];
                b.append('#').append(i).append(' ').append(name(t.field(i))).append('@').append(t.offset(i));
            }
            b.append(')');
        } else if (l instanceof Layout.Union u) {
            b.append(" [");
            for (int v = 0; v < u.variantCount(); v++) {
                if (v > 0) b.append(" | ");
                b.append(v).append(": ").append(name(u.variant(v)));
            }
            b.append("] disc@").append(u.discOffset()).append(" u").append(u.discSize() * 8);
        }
        b.append(" size ").append(l.size()).append(" align ").append(l.align());
        if (!(l instanceof Layout.Union)) b.append(" ptrs ").append(pointerMap(id));
        int m = merged.get(id);
        if (m > 0) b.append(" (interned: ").append(m).append(" merged)");
        return b.toString();
    }
}

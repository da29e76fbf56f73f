package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.VariantInfo;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.layout.Layout;

/**
 * Go's value semantics that depend on types: equality (==, map keys), hashing, interface boxing,
 * Go's sizes for append growth. Values are read from word arrays ({@code long[]} + offset), either a
 * stack or a copy of heap words.
 */
final class Values {
    private final Machine m;
    private long nanCounter;

    Values(Machine m) {
        this.m = m;
    }

    TypeInfo type(int id) {
        return m.program.type(id);
    }

    // ------------------------------------------------------------------ equality

    boolean equal(int typeId, long[] x, int xi, long[] y, int yi) {
        TypeInfo t = type(typeId);
        switch (t.kind()) {
            case FLOAT32, FLOAT64:
                return Double.longBitsToDouble(x[xi]) == Double.longBitsToDouble(y[yi]);
            case STRING:
                return m.strings.equal(x[xi], y[yi]);
            case INTERFACE:
                return ifaceEqual(x[xi], x[xi + 1], y[yi], y[yi + 1]);
            case STRUCT: {
                for (FieldInfo f : t.fields()) {
                    if (!equal(f.typeId(), x, xi + f.slotOffset(), y, yi + f.slotOffset())) return false;
                }
                return true;
            }
            case ARRAY: {
                int ew = type(t.elem()).slotCount();
                for (int i = 0; i < t.length(); i++) if (!equal(t.elem(), x, xi + i * ew, y, yi + i * ew)) return false;
                return true;
            }
            case ENUM:
                return enumEqual(t, x[xi], y[yi]);
            case SLICE, MAP, FUNC:
                throw GoPanic.runtime("comparing uncomparable type " + t.name());
            case RUNTIME_ERROR:
                // *errors.errorString (errors.New, fmt.Errorf) is a pointer: each call makes a distinct error
                if (typeId == BuiltinTypes.ERRORS_STRING || typeId == BuiltinTypes.WRAP_ERROR
                        || typeId == BuiltinTypes.WRAP_ERRORS || typeId == BuiltinTypes.TYPE_ASSERTION_ERROR
                        || typeId == BuiltinTypes.PANIC_NIL_ERROR) return x[xi] == y[yi];
                return m.strings.equal(x[xi], y[yi]);
            default:
                return x[xi] == y[yi];
        }
    }

    boolean ifaceEqual(long hx, long dx, long hy, long dy) {
        if (hx != hy) return false;
        if (hx == 0) return true;
        int typeId = InterfaceHeader.typeId(hx);
        TypeInfo t = type(typeId);
        if (!t.comparable()) throw GoPanic.runtime("comparing uncomparable type " + t.name());
        if (t.boxedInInterface()) {
            long[] a = boxWords(dx, t.slotCount()), b = boxWords(dy, t.slotCount());
            return equal(typeId, a, 0, b, 0);
        }
        return equal(typeId, new long[] {dx}, 0, new long[] {dy}, 0);
    }

    long[] boxWords(long box, int n) {
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = m.heap.load(box, i);
        return w;
    }

    private boolean enumEqual(TypeInfo t, long a, long b) {
        if (a == b) return true;
        int va = enumTag(a), vb = enumTag(b);
        if (va != vb) return false;
        if (va < 0 || va >= t.variants().size()) return false;
        VariantInfo v = t.variants().get(va);
        for (FieldInfo f : v.fields()) {
            long[] x = enumField(a, f), y = enumField(b, f);
            if (!equal(f.typeId(), x, 0, y, 0)) return false;
        }
        return true;
    }

    int enumTag(long e) {
        if (e == 0) return 0;
        Layout.Union u = m.program.layouts().union(m.heap.meta(e));
        return (int) m.heap.loadBits(e, u.discOffset(), u.discSize());
    }

    /** A payload field as slot words (one, or two for interfaces). */
    long[] enumField(long e, FieldInfo f) {
        if (e == 0) return new long[f.kind().slots()];
        if (f.kind() == gcscope.vm.bytecode.FieldKind.IFACE) {
            return new long[] {m.heap.loadBits(e, f.byteOffset(), 8), m.heap.loadBits(e, f.byteOffset() + 8, 8)};
        }
        return new long[] {Ops.readField(m.heap, e, f.byteOffset(), f.kind())};
    }

    // ------------------------------------------------------------------ hashing

    long hash(int typeId, long[] x, int xi) {
        TypeInfo t = type(typeId);
        switch (t.kind()) {
            case FLOAT32, FLOAT64: {
                double d = Double.longBitsToDouble(x[xi]);
                if (d != d) return mix(++nanCounter * 0x9E3779B97F4A7C15L);
                return d == 0 ? 0 : mix(x[xi]);
            }
            case STRING:
                return m.strings.hash(x[xi]);
            case RUNTIME_ERROR:
                return m.strings.hash(x[xi]);
            case INTERFACE: {
                long h = x[xi];
                if (h == 0) return 0;
                int dyn = InterfaceHeader.typeId(h);
                TypeInfo d = type(dyn);
                if (!d.comparable()) throw GoPanic.runtime("hash of unhashable type " + d.name());
                long[] w = d.boxedInInterface() ? boxWords(x[xi + 1], d.slotCount()) : new long[] {x[xi + 1]};
                return mix(dyn) ^ hash(dyn, w, 0);
            }
            case STRUCT: {
                long h = 17;
                for (FieldInfo f : t.fields()) h = h * 31 + hash(f.typeId(), x, xi + f.slotOffset());
                return mix(h);
            }
            case ARRAY: {
                long h = 19;
                int ew = type(t.elem()).slotCount();
                for (int i = 0; i < t.length(); i++) h = h * 31 + hash(t.elem(), x, xi + i * ew);
                return mix(h);
            }
            case ENUM: {
                long e = x[xi];
                int v = enumTag(e);
                long h = v;
                if (v < t.variants().size()) {
                    for (FieldInfo f : t.variants().get(v).fields()) h = h * 31 + hash(f.typeId(), enumField(e, f), 0);
                }
                return mix(h);
            }
            case SLICE, MAP, FUNC:
                throw GoPanic.runtime("hash of unhashable type " + t.name());
            default:
                return mix(x[xi]);
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    // ------------------------------------------------------------------ interfaces

    /** Writes the interface holding the value of type {@code typeId} at st[src..] into st[dst], st[dst+1]. */
    void box(long[] st, int dst, int src, int typeId) {
        TypeInfo t = type(typeId);
        if (t.kind() == TypeKind.INTERFACE) {
            long h = st[src], d = st[src + 1];
            st[dst] = h;
            st[dst + 1] = d;
            return;
        }
        if (t.boxedInInterface()) {
            int n = t.slotCount();
            long box = m.alloc(ObjectKind.INTERFACE_BOX, typeId, n);
            long[] s = st;
            for (int i = 0; i < n; i++) m.heap.store(box, i, s[src + i]);
            m.slices.barrierWords(box, 0, n, typeId);
            s[dst] = InterfaceHeader.of(typeId, InterfaceHeader.REF);
            s[dst + 1] = box;
            return;
        }
        int kind = t.kind().isFloat() ? InterfaceHeader.FLOAT : t.kind().isReference() ? InterfaceHeader.REF : InterfaceHeader.VALUE;
        long v = st[src];
        st[dst] = InterfaceHeader.of(typeId, kind);
        st[dst + 1] = v;
    }

    /**
     * Traps on an interface header no well-typed program can produce (unknown type id, an interface
     * type as dynamic type, a data kind that does not fit the type): garbage read as an interface.
     */
    void checkIface(long hdr) {
        if (hdr == 0) return;
        int id = InterfaceHeader.typeId(hdr);
        int kind = InterfaceHeader.dataKind(hdr);
        boolean ok = id > 0 && id < m.program.types().size() && (hdr >>> 40) == 0;
        if (ok) {
            TypeInfo t = type(id);
            int want = t.boxedInInterface() || t.kind().isReference() ? InterfaceHeader.REF
                    : t.kind().isFloat() ? InterfaceHeader.FLOAT : InterfaceHeader.VALUE;
            ok = t.kind() != TypeKind.INTERFACE && t.kind() != TypeKind.NIL && kind == want;
        }
        if (!ok) throw new VmHalt(TrapKind.WILD_REFERENCE, -1, String.format("corrupt interface header 0x%x (no such dynamic type)", hdr));
    }

    /** The value words of a non-nil interface (unboxed). */
    long[] unbox(long hdr, long data) {
        checkIface(hdr);
        if (InterfaceHeader.isRef(hdr)) m.checkHeaderOrInterior(data);
        TypeInfo t = type(InterfaceHeader.typeId(hdr));
        return t.boxedInInterface() ? boxWords(data, t.slotCount()) : new long[] {data};
    }

    String dynTypeName(long hdr) {
        return hdr == 0 ? "nil" : type(InterfaceHeader.typeId(hdr)).name();
    }

    // ------------------------------------------------------------------ Go sizes

    /** Go's size in bytes of a value of the type (for append's size-class rounding). */
    long goSize(int typeId) {
        TypeInfo t = type(typeId);
        return switch (t.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case STRING, INTERFACE -> 16;
            case SLICE -> 24;
            case ARRAY -> t.length() * goSize(t.elem());
            case STRUCT -> {
                long off = 0, align = 1;
                for (FieldInfo f : t.fields()) {
                    long a = goAlign(f.typeId());
                    align = Math.max(align, a);
                    off = (off + a - 1) / a * a + goSize(f.typeId());
                }
                yield (off + align - 1) / align * align;
            }
            default -> 8;
        };
    }

    long goAlign(int typeId) {
        TypeInfo t = type(typeId);
        return switch (t.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case ARRAY -> goAlign(t.elem());
            case STRUCT -> {
                long a = 1;
                for (FieldInfo f : t.fields()) a = Math.max(a, goAlign(f.typeId()));
                yield a;
            }
            default -> 8;
        };
    }

    /** True when values of the type contain reference words. */
    boolean hasRef(int typeId) {
        for (SlotType s : type(typeId).slots()) if (s == SlotType.GCREF || s == SlotType.INTERFACE0) return true;
        return false;
    }
}

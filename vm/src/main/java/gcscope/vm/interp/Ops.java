package gcscope.vm.interp;

import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.WriteKind;
import gcscope.vm.check.Sanitizer;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.layout.Layout;

import java.util.Arrays;

/**
 * The opcodes that are not on the interpreter's inline fast path, plus the sanitizer's shadow-kind
 * bookkeeping (check 1). Each returns {@link #NEXT} (advance pc), {@link #RELOAD} (the fiber's frames
 * changed), {@link #BLOCK}, or an end code.
 */
final class Ops {
    static final int NEXT = 0, RELOAD = 1, BLOCK = 2, FIBER_DONE = 3, HALT = 4, NESTED_DONE = 5;
    private static final SlotType[] KINDS = SlotType.values();
    private static final FieldKind[] FIELD_KINDS = FieldKind.values();
    private static final Native[] NATIVES = Native.values();
    private static final gcscope.vm.bytecode.Cmp[] CMPS = gcscope.vm.bytecode.Cmp.values();

    private final Machine m;

    Ops(Machine m) {
        this.m = m;
    }

    static long shl(long x, long n, int signedCount) {
        if (signedCount != 0 && n < 0) throw GoPanic.runtime("negative shift amount");
        return Long.compareUnsigned(n, 64) >= 0 ? 0 : x << n;
    }

    static long shr(long x, long n, int signedCount) {
        if (signedCount != 0 && n < 0) throw GoPanic.runtime("negative shift amount");
        return Long.compareUnsigned(n, 64) >= 0 ? (x < 0 ? -1 : 0) : x >> n;
    }

    static long shru(long x, long n, int signedCount) {
        if (signedCount != 0 && n < 0) throw GoPanic.runtime("negative shift amount");
        return Long.compareUnsigned(n, 64) >= 0 ? 0 : x >>> n;
    }

    /** len of a non-nil string (0), slice (1), map (2) or chan (3). */
    long len(long x, int kind) {
        Heap h = m.heap;
        return switch (kind) {
            case 0 -> h.load(x, 0);
            case 1 -> h.load(x, 2);
            case 2 -> h.load(x, Maps.COUNT);
            default -> h.load(x, Channels.COUNT);
        };
    }

    private int calls(int r) {
        return switch (r) {
            case Calls.CONTINUE -> RELOAD;
            case Interpreter.R_FIBER_DONE -> FIBER_DONE;
            case Interpreter.R_NESTED_DONE -> NESTED_DONE;
            default -> HALT;
        };
    }

    private static double f(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    int exec(Fiber fb, int opcode, int bp, int a, int b, int c, int d, int pc) {
        // one small method per opcode group: each is JIT-compiled quickly and on its own (a single
        // 4.8 KB switch took C2 seconds to compile and ran in profiled code meanwhile)
        Opcode op = Opcode.of(opcode);
        return switch (op) {
            case CALL_CLOSURE, CALL_IFACE, NATIVE, DEFER, DEFER_CLOSURE, GO, GO_CLOSURE, PANIC, RECOVER, MAKE_CLOSURE -> execCalls(fb, op, bp, a, b, c, d);
            case MAKE_MAP, MAP_GET, MAP_GET_OK, MAP_SET, MAP_DELETE, MAP_CLEAR, MAP_NEXT -> execMaps(fb, op, bp, a, b, c, d);
            case MAKE_CHAN, SEND, RECV, CLOSE -> execChans(fb, op, bp, a, b, c, d);
            case APPEND_STR, COPY_STR, STR_CONCAT, STR_CMP, STR_INDEX, STR_SLICE, STR_FROM_BYTES, STR_TO_BYTES, STR_FROM_RUNES, STR_TO_RUNES, STR_FROM_RUNE, STR_NEXT_RUNE -> execStrings(fb, op, bp, a, b, c, d);
            case LOAD_SLOT_IDX, STORE_SLOT_IDX, MAKE_SLICE, ADDR_IDX, SLICE, SLICE_ARRAY, LEN, CAP, APPEND, APPEND_SLICE, COPY, SLICE_CLEAR -> execSlices(fb, op, bp, a, b, c, d);
            case IFACE_BOX, IFACE_ASSERT, IFACE_ASSERT_OK, IFACE_CONV, IFACE_CONV_OK, IFACE_TYPE, IFACE_IMPLEMENTS, IFACE_EQ, VALUE_EQ -> execIfaces(fb, op, bp, a, b, c, d);
            case ENUM_NEW, ENUM_PUT, ENUM_PUT_B, ENUM_GET, ENUM_TAG -> execEnums(fb, op, bp, a, b, c, d);
            default -> execScalars(fb, op, bp, a, b, c, d);
        };
    }

    /** The calls, defer, go, panic, closures. */
    private int execCalls(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case CALL_CLOSURE -> { return m.calls.callClosure(fb, bp, a, b, c); }
            case CALL_IFACE -> { return m.calls.callIface(fb, bp, a, b, c, d); }
            case NATIVE -> { return m.natives.call(fb, NATIVES[d], bp + b, bp + c); }
            case DEFER -> m.calls.defer(fb, a, 0, bp + b);
            case DEFER_CLOSURE -> {
                long clo = st[bp + a];
                if (clo == 0) throw GoPanic.nilDeref();
                m.calls.defer(fb, h.meta(clo), clo, bp + b);
            }
            case GO -> m.calls.go(fb, a, 0, bp + b);
            case GO_CLOSURE -> {
                long clo = st[bp + a];
                if (clo == 0) throw GoPanic.nilDeref();
                m.calls.go(fb, h.meta(clo), clo, bp + b);
            }
            case PANIC -> { return calls(m.calls.startPanic(fb, st[bp + a], st[bp + a + 1])); }
            case RECOVER -> m.calls.recover(fb, bp + a);
            case MAKE_CLOSURE -> {
                long clo = m.alloc(ObjectKind.CLOSURE, b, d);
                for (int k = 0; k < d; k++) {
                    long v = st[bp + c + k];
                    h.store(clo, k, v);
                    if (v != 0) m.collector.writeBarrier(clo, v);
                }
                st[bp + a] = clo;
            }
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The map operations. */
    private int execMaps(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case MAKE_MAP -> st[bp + a] = m.maps.make(d, b < 0 ? 0 : st[bp + b]);
            case MAP_GET -> m.maps.get(st[bp + b], st, bp + c, bp + a, m.shapeLen[d]);
            case MAP_GET_OK -> {
                int n = m.shapeLen[d] - 1;
                st[bp + a + n] = m.maps.get(st[bp + b], st, bp + c, bp + a, n) ? 1 : 0;
            }
            case MAP_SET -> m.maps.set(st[bp + a], st, bp + b, bp + c);
            case MAP_DELETE -> m.maps.delete(st[bp + a], st, bp + b);
            case MAP_CLEAR -> m.maps.clear(st[bp + a]);
            case MAP_NEXT -> m.maps.next(st[bp + b], st, bp + a, bp + c);
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The channel operations. */
    private int execChans(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case MAKE_CHAN -> st[bp + a] = m.chans.make(d, b < 0 ? 0 : st[bp + b]);
            case SEND -> { return m.chans.send(fb, st[bp + a], bp + b); }
            case RECV -> { return m.chans.recv(fb, st[bp + b], bp + a, c != 0); }
            case CLOSE -> m.chans.close(st[bp + a]);
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The string operations. */
    private int execStrings(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case APPEND_STR -> st[bp + a] = m.slices.appendString(st[bp + b], m.strings.bytes(st[bp + c]));
            case COPY_STR -> {
                long dst = st[bp + b];
                byte[] src = m.strings.bytes(st[bp + c]);
                long n = Math.min(Slices.len(h, dst), src.length);
                for (int i = 0; i < n; i++) h.store(h.load(dst, 0), (int) (h.load(dst, 1) + i), src[i] & 0xFFL);
                st[bp + a] = n;
            }
            case STR_CONCAT -> st[bp + a] = m.strings.concat(st[bp + b], st[bp + c]);
            case STR_CMP -> st[bp + a] = CMPS[d].test(m.strings.compare(st[bp + b], st[bp + c])) ? 1 : 0;
            case STR_INDEX -> {
                long s = st[bp + b], i = st[bp + c];
                int n = m.strings.length(s);
                if (i < 0 || i >= n) throw GoPanic.index(i, n);
                st[bp + a] = m.strings.byteAt(s, (int) i);
            }
            case STR_SLICE -> st[bp + a] = m.strings.substring(st[bp + b], st[bp + c], st[bp + c + 1]);
            case STR_FROM_BYTES -> st[bp + a] = m.strings.make(byteSlice(st[bp + b]));
            case STR_TO_BYTES -> {
                byte[] bs = m.strings.bytes(st[bp + b]);
                long s = m.slices.make(gcscope.vm.bytecode.BuiltinTypes.UINT8, bs.length, bs.length);
                long arr = h.load(s, 0);
                for (int i = 0; i < bs.length; i++) h.store(arr, i, bs[i] & 0xFFL);
                st[bp + a] = s;
            }
            case STR_FROM_RUNES -> {
                long s = st[bp + b];
                m.chargeWork(Slices.len(h, s));
                m.reserve(Slices.len(h, s) + 16);
                gcscope.vm.fmt.ByteBuf o = new gcscope.vm.fmt.ByteBuf();
                for (long i = 0, n = Slices.len(h, s); i < n; i++) o.add(Strings.encodeRune((int) h.load(h.load(s, 0), (int) (h.load(s, 1) + i))));
                st[bp + a] = m.strings.make(o.toBytes());
            }
            case STR_TO_RUNES -> {
                byte[] bs = m.strings.bytes(st[bp + b]);
                m.reserve(8L * bs.length + 40); // the []rune has at most one word per byte
                long[] runes = new long[bs.length];
                int n = 0;
                for (int i = 0; i < bs.length; ) {
                    long[] r = Strings.decodeRune(bs, i);
                    runes[n++] = r[0];
                    i += (int) r[1];
                }
                long s = m.slices.make(gcscope.vm.bytecode.BuiltinTypes.INT32, n, n);
                long arr = h.load(s, 0);
                for (int i = 0; i < n; i++) h.store(arr, i, runes[i]);
                st[bp + a] = s;
            }
            case STR_FROM_RUNE -> st[bp + a] = m.strings.make(Strings.encodeRune(st[bp + b]));
            case STR_NEXT_RUNE -> {
                long s = st[bp + b];
                int i = (int) st[bp + c];
                int n = m.strings.length(s);
                int c0 = i < n ? m.strings.byteAt(s, i) : 0;
                if (c0 < 0x80) {
                    st[bp + a] = c0;
                    st[bp + a + 1] = 1;
                } else {
                    byte[] four = new byte[Math.min(4, n - i)];
                    for (int k = 0; k < four.length; k++) four[k] = (byte) m.strings.byteAt(s, i + k);
                    long[] r = Strings.decodeRune(four, 0);
                    st[bp + a] = r[0];
                    st[bp + a + 1] = r[1];
                }
            }
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The slice and array operations. */
    private int execSlices(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case LOAD_SLOT_IDX -> {
                int n = m.shapeLen[d];
                System.arraycopy(st, bp + b + (int) st[bp + c] * n, st, bp + a, n);
            }
            case STORE_SLOT_IDX -> {
                int n = m.shapeLen[d];
                System.arraycopy(st, bp + c, st, bp + a + (int) st[bp + b] * n, n);
            }
            case MAKE_SLICE -> {
                long len = st[bp + b];
                long cap = c < 0 ? len : st[bp + c];
                if (len < 0) throw GoPanic.runtime("makeslice: len out of range");
                if (cap < len) throw GoPanic.runtime("makeslice: cap out of range");
                st[bp + a] = m.slices.make(d, len, cap);
            }
            case ADDR_IDX -> {
                long s = st[bp + b], i = st[bp + c];
                long len = Slices.len(h, s);
                if (i < 0 || i >= len) throw GoPanic.index(i, len);
                st[bp + a] = h.load(s, 0) + 8 + (h.load(s, 1) + i) * d * 8L;
            }
            case SLICE -> st[bp + a] = m.slices.slice(st[bp + b], st[bp + c], st[bp + c + 1], st[bp + c + 2], d < 0);
            case SLICE_ARRAY -> {
                TypeInfo t = m.program.type(d);
                st[bp + a] = m.slices.sliceArray(st[bp + b], t, st[bp + c], st[bp + c + 1], st[bp + c + 2], st[bp + c + 3] != 0);
            }
            case LEN -> st[bp + a] = st[bp + b] == 0 ? 0 : len(st[bp + b], d);
            case CAP -> st[bp + a] = d == 3 ? m.chans.cap(st[bp + b]) : Slices.cap(h, st[bp + b]);
            case APPEND -> st[bp + a] = m.slices.append(st[bp + b], d, st, bp + c);
            case APPEND_SLICE -> st[bp + a] = m.slices.appendSlice(st[bp + b], d, st[bp + c]);
            case COPY -> st[bp + a] = m.slices.copy(st[bp + b], st[bp + c], d);
            case SLICE_CLEAR -> {
                long s = st[bp + a];
                if (s != 0) {
                    int ew = m.slices.elemWords(d);
                    m.chargeWork(h.load(s, 2) * ew);
                    long arr = h.load(s, 0);
                    int from = (int) (h.load(s, 1) * ew);
                    for (int i = 0, n = (int) (h.load(s, 2) * ew); i < n; i++) h.store(arr, from + i, 0);
                }
            }
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The interface operations and value equality. */
    private int execIfaces(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case IFACE_BOX -> m.values.box(st, bp + a, bp + b, c);
            case IFACE_ASSERT, IFACE_ASSERT_OK -> assertConcrete(st, bp, a, b, c, d, op == Opcode.IFACE_ASSERT_OK);
            case IFACE_CONV, IFACE_CONV_OK -> {
                long hdr = st[bp + b], data = st[bp + b + 1];
                m.values.checkIface(hdr);
                boolean ok = hdr != 0 && m.program.implementsIface(InterfaceHeader.typeId(hdr), c);
                if (op == Opcode.IFACE_CONV && !ok) {
                    String iname = m.program.type(c).name();
                    if (hdr == 0) throw GoPanic.plain("interface conversion: interface is nil, not " + iname);
                    String tn = m.values.dynTypeName(hdr);
                    throw GoPanic.plain("interface conversion: " + tn + " is not " + iname + ": missing method "
                            + m.program.missingMethod(InterfaceHeader.typeId(hdr), c));
                }
                st[bp + a] = ok ? hdr : 0;
                st[bp + a + 1] = ok ? data : 0;
                if (op == Opcode.IFACE_CONV_OK) st[bp + a + 2] = ok ? 1 : 0;
            }
            case IFACE_TYPE -> {
                m.values.checkIface(st[bp + b]);
                st[bp + a] = InterfaceHeader.typeId(st[bp + b]);
            }
            case IFACE_IMPLEMENTS -> st[bp + a] = st[bp + b] != 0 && m.program.implementsIface(InterfaceHeader.typeId(st[bp + b]), c) ? 1 : 0;
            case IFACE_EQ -> st[bp + a] = m.values.ifaceEqual(st[bp + b], st[bp + b + 1], st[bp + c], st[bp + c + 1]) ? 1 : 0;
            case VALUE_EQ -> st[bp + a] = m.values.equal(d, st, bp + b, st, bp + c) ? 1 : 0;
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The enum construction and access. */
    private int execEnums(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case ENUM_NEW -> {
                Layout.Union u = m.program.layouts().union(c);
                int size = u.size();
                if (m.program.layouts().has(d)) size = Math.max(size, m.program.layouts().size(d));
                long e = m.alloc(ObjectKind.ENUM, c, (size + 7) / 8);
                h.storeBits(e, u.discOffset(), u.discSize(), b);
                h.witnessLayout(e, d);
                st[bp + a] = e;
            }
            case ENUM_PUT, ENUM_PUT_B -> {
                long e = st[bp + a];
                FieldKind k = FIELD_KINDS[d];
                writeField(h, e, b, k, st, bp + c);
                if (op == Opcode.ENUM_PUT_B || m.noBarrierFault) {
                    if (k == FieldKind.REF && st[bp + c] != 0) m.collector.writeBarrier(e, st[bp + c]);
                    if (k == FieldKind.IFACE && InterfaceHeader.isRef(st[bp + c]) && st[bp + c + 1] != 0)
                        m.collector.writeBarrier(e, st[bp + c + 1]);
                }
            }
            case ENUM_GET -> {
                long e = st[bp + b];
                FieldKind k = FIELD_KINDS[d];
                if (e == 0) {
                    st[bp + a] = 0;
                    if (k == FieldKind.IFACE) st[bp + a + 1] = 0;
                } else if (k == FieldKind.IFACE) {
                    st[bp + a] = h.loadBits(e, c, 8);
                    st[bp + a + 1] = h.loadBits(e, c + 8, 8);
                } else {
                    st[bp + a] = readField(h, e, c, k);
                }
            }
            case ENUM_TAG -> st[bp + a] = m.values.enumTag(st[bp + b]);
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    /** The unsigned and float arithmetic, constants, pointers. */
    private int execScalars(Fiber fb, Opcode op, int bp, int a, int b, int c, int d) {
        long[] st = fb.stack;
        Heap h = m.heap;
        switch (op) {
            case LOAD_NIL_IFACE -> { st[bp + a] = 0; st[bp + a + 1] = 0; }
            case ZERO -> Arrays.fill(st, bp + a, bp + a + m.shapeLen[d], 0L);
            case LOAD_STR -> {
                long s = m.strConsts[b];
                if (s == 0 && !m.program.string(b).isEmpty()) s = m.strConsts[b] = m.strings.make(m.program.stringBytes(b));
                st[bp + a] = s;
            }
            case LOAD_FUNC -> {
                long fv = m.funcConsts[b];
                if (fv == 0) fv = m.funcConsts[b] = m.alloc(ObjectKind.CLOSURE, b, 0);
                st[bp + a] = fv;
            }
            case LTU -> st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) < 0 ? 1 : 0;
            case LEU -> st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) <= 0 ? 1 : 0;
            case GTU -> st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) > 0 ? 1 : 0;
            case GEU -> st[bp + a] = Long.compareUnsigned(st[bp + b], st[bp + c]) >= 0 ? 1 : 0;
            case FADD -> st[bp + a] = bits(f(st[bp + b]) + f(st[bp + c]));
            case FSUB -> st[bp + a] = bits(f(st[bp + b]) - f(st[bp + c]));
            case FMUL -> st[bp + a] = bits(f(st[bp + b]) * f(st[bp + c]));
            case FDIV -> st[bp + a] = bits(f(st[bp + b]) / f(st[bp + c]));
            case FNEG -> st[bp + a] = bits(-f(st[bp + b]));
            case F32ROUND -> st[bp + a] = bits((float) f(st[bp + b]));
            case FEQ -> st[bp + a] = f(st[bp + b]) == f(st[bp + c]) ? 1 : 0;
            case FNE -> st[bp + a] = f(st[bp + b]) != f(st[bp + c]) ? 1 : 0;
            case FLT -> st[bp + a] = f(st[bp + b]) < f(st[bp + c]) ? 1 : 0;
            case FLE -> st[bp + a] = f(st[bp + b]) <= f(st[bp + c]) ? 1 : 0;
            case FGT -> st[bp + a] = f(st[bp + b]) > f(st[bp + c]) ? 1 : 0;
            case FGE -> st[bp + a] = f(st[bp + b]) >= f(st[bp + c]) ? 1 : 0;
            case I2F -> st[bp + a] = bits((double) st[bp + b]);
            case U2F -> {
                long x = st[bp + b];
                st[bp + a] = bits(x >= 0 ? (double) x : ((double) ((x >>> 1) | (x & 1))) * 2.0);
            }
            case F2I -> {
                // as Go on amd64 (CVTTSD2SQ): NaN and values out of int64's range give math.MinInt64
                double x = f(st[bp + b]);
                st[bp + a] = x != x || x >= 9.223372036854775807E18 || x < -9.223372036854775808E18 ? Long.MIN_VALUE : (long) x;
            }
            case F2U -> {
                double x = f(st[bp + b]);
                st[bp + a] = x >= 9.223372036854775807E18 ? (long) (x - 9.223372036854775807E18) + Long.MIN_VALUE : (long) x;
            }
            case NEW -> {
                TypeInfo t = m.program.type(b);
                st[bp + a] = m.alloc(ObjectKind.BOX, b, t.slotCount()) + 8;
            }
            case ADD_PTR -> {
                long p = st[bp + b];
                if (p == 0) throw GoPanic.nilDeref();
                st[bp + a] = p + c;
            }
            case PTR_INDEX -> {
                long p = st[bp + b];
                if (p == 0) throw GoPanic.nilDeref();
                st[bp + a] = p + st[bp + c] * d * 8L;
            }
            default -> throw new IllegalStateException("opcode " + op + " not handled");
        }
        return NEXT;
    }

    private void assertConcrete(long[] st, int bp, int a, int b, int c, int d, boolean withOk) {
        long hdr = st[bp + b], data = st[bp + b + 1];
        m.values.checkIface(hdr);
        TypeInfo t = m.program.type(c);
        boolean ok = hdr != 0 && InterfaceHeader.typeId(hdr) == c;
        int n = t.slotCount();
        if (!ok) {
            if (!withOk) {
                String from = m.program.type(d).name();
                if (from.equals("interface {}") || from.equals("any")) from = "interface {}";
                String dyn = hdr == 0 ? "nil" : m.values.dynTypeName(hdr);
                throw GoPanic.plain("interface conversion: " + from + " is " + dyn + ", not " + t.name());
            }
            Arrays.fill(st, bp + a, bp + a + n, 0L);
            st[bp + a + n] = 0;
            return;
        }
        if (t.boxedInInterface()) {
            for (int i = 0; i < n; i++) st[bp + a + i] = m.heap.load(data, i);
        } else {
            st[bp + a] = data;
        }
        if (withOk) st[bp + a + n] = 1;
    }

    private byte[] byteSlice(long s) {
        Heap h = m.heap;
        int n = (int) Slices.len(h, s);
        m.chargeWork(n);
        m.reserve(n + 16L);
        byte[] out = new byte[n];
        if (n == 0) return out;
        long arr = h.load(s, 0), off = h.load(s, 1);
        for (int i = 0; i < n; i++) out[i] = (byte) h.load(arr, (int) (off + i));
        return out;
    }

    static long readField(Heap h, long e, int off, FieldKind k) {
        return switch (k) {
            case BOOL, U8 -> h.loadBits(e, off, 1);
            case I8 -> (byte) h.loadBits(e, off, 1);
            case U16 -> h.loadBits(e, off, 2);
            case I16 -> (short) h.loadBits(e, off, 2);
            case U32 -> h.loadBits(e, off, 4);
            case I32 -> (int) h.loadBits(e, off, 4);
            case F32 -> Double.doubleToRawLongBits(Float.intBitsToFloat((int) h.loadBits(e, off, 4)));
            case W64, F64, REF -> h.loadBits(e, off, 8);
            case IFACE -> h.loadBits(e, off, 8);
        };
    }

    static void writeField(Heap h, long e, int off, FieldKind k, long[] st, int src) {
        long v = st[src];
        switch (k) {
            case F32 -> h.storeBits(e, off, 4, Float.floatToRawIntBits((float) Double.longBitsToDouble(v)));
            case IFACE -> {
                h.storeBits(e, off, 8, v);
                h.storeBits(e, off + 8, 8, st[src + 1]);
            }
            default -> h.storeBits(e, off, k.size(), v);
        }
    }

    /** The write barrier for the reference words of shape {@code shape} stored from st[src..] into the object at p. */
    void barrierShape(long p, long[] st, int src, int shape) {
        if (!m.shapeHasRef[shape]) return;
        SlotType[] kinds = m.program.shape(shape);
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] == SlotType.GCREF) {
                if (st[src + k] != 0) m.collector.writeBarrier(p, st[src + k]);
            } else if (kinds[k] == SlotType.INTERFACE0 && InterfaceHeader.isRef(st[src + k]) && k + 1 < kinds.length) {
                if (st[src + k + 1] != 0) m.collector.writeBarrier(p, st[src + k + 1]);
            }
        }
    }

    // ------------------------------------------------------------------ sanitizer: shadow kinds and check 1

    void shadowSet(Fiber f, int abs, SlotType kind) {
        if (f.shadow == null) return;
        f.shadow[abs] = (byte) kind.ordinal();
        int t = f.depth - 1;
        check(f, t, abs - f.fBp[t], f.fPc[t]);
    }

    /** Marks slots written by a completed blocking operation of fiber f (frame t) with shape kinds. */
    void shadowShape(Fiber f, int t, int abs, int shape, int pc) {
        SlotType[] kinds = m.program.shape(shape);
        for (int k = 0; k < kinds.length; k++) {
            f.shadow[abs + k] = (byte) kinds[k].ordinal();
            check(f, t, abs + k - f.fBp[t], pc);
        }
    }

    /** Check 1 for n slots of frame t starting at slot rel (shadow already set). */
    void checkWrites(Fiber f, int t, int rel, int n) {
        for (int k = 0; k < n; k++) check(f, t, rel + k, f.fPc[t]);
    }

    /** Check 1 for slot {@code slot} of frame t, just written by the instruction at {@code pc} (shadow already set). */
    void check(Fiber f, int t, int slot, int pc) {
        Sanitizer s = m.collector.sanitizer();
        if (s == null) return;
        int fn = f.fFunc[t];
        SlotType[] declared = m.slotTypes[fn];
        if (slot < 0 || slot >= declared.length) return;
        int abs = f.fBp[t] + slot;
        s.checkSlotWrite(f.id, t, fn, pc, slot, declared[slot], KINDS[f.shadow[abs]], f.stack[abs]);
    }

    /** After an instruction under the sanitizer: set the shadow kind of every slot it wrote (ISA.md WriteKind). */
    void shadowWrites(Fiber f, int fn, int pc, int w, int a, int b, int c, int bp) {
        Opcode op = Opcode.of(w & 0xFF);
        int d = w >> 8;
        int t = f.depth - 1;
        if (f.fFunc[t] != fn || f.fBp[t] != bp) return; // frames changed: calls record their own writes
        byte[] sh = f.shadow;
        if (op.writes() == WriteKind.COPY) {
            System.arraycopy(sh, bp + b, sh, bp + a, d);
            for (int k = 0; k < d; k++) check(f, t, a + k, pc);
        } else if (op == Opcode.STORE_SLOT_IDX) {
            SlotType[] kinds = m.program.shape(d);
            int dst = a + (int) f.stack[bp + b] * kinds.length;
            for (int k = 0; k < kinds.length; k++) mark(f, t, bp, dst + k, kinds[k], pc);
        } else {
            int[] writes = staticWrites(op, w, a, b, c);
            for (int k = 0; k < writes.length; k += 2) mark(f, t, bp, writes[k], KINDS[writes[k + 1]], pc);
        }
    }

    /**
     * The slots an instruction writes, as {slot, SlotType ordinal} pairs, for every instruction whose written
     * slots and kinds are fixed by its operands (all but COPY and STORE_SLOT_IDX, which {@link #shadowWrites} handles).
     */
    int[] staticWrites(Opcode op, int w, int a, int b, int c) {
        int d = w >> 8;
        return switch (op.writes()) {
            case NONE, CALL_RESULTS -> {
                if (op != Opcode.NATIVE) yield new int[0];
                SlotType[] rs = NATIVES[d].results();
                yield run(c, rs);
            }
            case VALUE -> run(a, SlotType.VALUE);
            case VALUE2 -> run(a, SlotType.VALUE, SlotType.VALUE);
            case FLOAT -> run(a, SlotType.FLOAT);
            case GCREF -> run(a, SlotType.GCREF);
            case INTERFACE -> run(a, SlotType.INTERFACE0, SlotType.INTERFACE1);
            case COPY -> throw new IllegalArgumentException("COPY writes the kinds it reads");
            case SHAPE -> {
                if (op == Opcode.STORE_SLOT_IDX) throw new IllegalArgumentException("STORE_SLOT_IDX writes a computed slot");
                int[] r = run(a, m.program.shape(d));
                if (op != Opcode.MAP_NEXT) yield r;
                int[] withKey = Arrays.copyOf(r, r.length + 2);
                withKey[r.length] = c;
                withKey[r.length + 1] = SlotType.VALUE.ordinal();
                yield withKey;
            }
            case TYPE -> run(a, m.program.type(c).slots());
            case GLOBAL -> {
                SlotType[] kinds = new SlotType[d];
                for (int k = 0; k < d; k++) kinds[k] = m.program.globalType(b + k);
                yield run(a, kinds);
            }
            case CAPTURE -> {
                SlotType[] kinds = new SlotType[d];
                Arrays.fill(kinds, SlotType.GCREF);
                yield run(a, kinds);
            }
            case FIELD_KIND -> {
                FieldKind k = FIELD_KINDS[d];
                yield k == FieldKind.IFACE ? run(a, SlotType.INTERFACE0, SlotType.INTERFACE1) : run(a, k.slotKind());
            }
        };
    }

    /** {slot, kind} pairs for consecutive slots from {@code first}. */
    private static int[] run(int first, SlotType... kinds) {
        int[] r = new int[kinds.length * 2];
        for (int k = 0; k < kinds.length; k++) {
            r[2 * k] = first + k;
            r[2 * k + 1] = kinds[k].ordinal();
        }
        return r;
    }

    private void mark(Fiber f, int t, int bp, int slot, SlotType kind, int pc) {
        f.shadow[bp + slot] = (byte) kind.ordinal();
        check(f, t, slot, pc);
    }
}

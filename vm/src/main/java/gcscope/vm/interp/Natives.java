package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FieldInfo;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.bytecode.TypeKind;
import gcscope.vm.bytecode.VariantInfo;
import gcscope.vm.fmt.FmtValue;
import gcscope.vm.fmt.GoFmt;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The VM-implemented functions ({@link Native}): fmt and print. VM values are converted into the
 * FMT helper's {@link FmtValue} tree; a value's {@code Error()}/{@code String()} method is called by a
 * nested run of the VM on the current fiber (the arguments stay rooted in the caller's slots).
 */
final class Natives {
    private static final int MAX_DEPTH = 24;
    private static final int MAX_NESTING = 32;
    /** Values nested deeper than this (only self-containing values get there) print as "...". */
    static final int MAX_VALUE_DEPTH = 64;
    /** At most this many values are converted per top-level value; the rest print as "...". */
    static final int MAX_VALUE_NODES = 200_000;
    private int valueNodes;
    private int nesting;

    private final Machine m;
    /** Results of the last nested run (set by the RETURN of a F_NESTED frame). */
    long[] nestedResult;
    private boolean nestedPanicked;
    private String nestedPanicText;

    Natives(Machine m) {
        this.m = m;
    }

    /** A nested run stops the whole machine (trap, violation): unwinds out of the native. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    int call(Fiber f, Native n, int arg, int ret) {
        long[] st = f.stack;
        try {
            switch (n) {
                case PRINT, PRINTLN -> {
                    List<long[]> args = anyArgs(st[arg]);
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < args.size(); i++) {
                        if (n == Native.PRINTLN && i > 0) b.append(' ');
                        b.append(printValue(args.get(i)[0], args.get(i)[1]));
                    }
                    if (n == Native.PRINTLN) b.append('\n');
                    m.writeErr(b.toString());
                }
                case FMT_PRINT, FMT_PRINTLN, FMT_PRINTF -> {
                    byte[] out = switch (n) {
                        case FMT_PRINT -> GoFmt.sprint(fmtArgs(f, st[arg]));
                        case FMT_PRINTLN -> GoFmt.sprintln(fmtArgs(f, st[arg]));
                        default -> GoFmt.sprintf(m.strings.bytes(st[arg]), fmtArgs(f, f.stack[arg + 1]));
                    };
                    m.writeOut(out);
                    st = f.stack;
                    st[ret] = out.length;
                    st[ret + 1] = 0;
                    st[ret + 2] = 0;
                }
                case FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF -> {
                    byte[] out = switch (n) {
                        case FMT_SPRINT -> GoFmt.sprint(fmtArgs(f, st[arg]));
                        case FMT_SPRINTLN -> GoFmt.sprintln(fmtArgs(f, st[arg]));
                        default -> GoFmt.sprintf(m.strings.bytes(st[arg]), fmtArgs(f, f.stack[arg + 1]));
                    };
                    f.stack[ret] = m.strings.make(out);
                }
                case FMT_ERRORF -> {
                    GoFmt.ErrorfResult r = GoFmt.errorf(m.strings.bytes(st[arg]), fmtArgs(f, f.stack[arg + 1]));
                    long s = m.strings.make(r.message());
                    int nw = r.wrapped().size();
                    int tid = nw == 0 ? BuiltinTypes.ERRORS_STRING : nw == 1 ? BuiltinTypes.WRAP_ERROR : BuiltinTypes.WRAP_ERRORS;
                    f.stack[ret] = InterfaceHeader.of(tid, InterfaceHeader.REF);
                    f.stack[ret + 1] = s;
                }
                case ASSERT -> {
                    if (st[arg] == 0) {
                        byte[] msg = GoFmt.sprint(spaced(fmtArgs(f, st[arg + 1])));
                        int t = f.depth - 1;
                        FunctionDef fn = m.program.function(f.fFunc[t]);
                        m.writeErr("assert failed at " + m.program.fileName() + ":" + fn.line(f.fPc[t])
                                + (msg.length > 0 ? ": " + new String(msg, StandardCharsets.UTF_8) : "") + "\n");
                        m.outcome = Outcome.PANICKED;
                        return Ops.HALT;
                    }
                }
            }
        } catch (Stop s) {
            return Ops.HALT;
        }
        return Ops.NEXT;
    }

    /** Println-style spacing for assert's message (a space between every operand). */
    private static List<FmtValue> spaced(List<FmtValue> args) {
        List<FmtValue> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) out.add(FmtValue.string(" "));
            out.add(args.get(i));
        }
        return out;
    }

    /** The elements of a []interface{} as {header, data} pairs. */
    private List<long[]> anyArgs(long slice) {
        List<long[]> out = new ArrayList<>();
        if (slice == 0) return out;
        Heap h = m.heap;
        long arr = h.load(slice, 0), off = h.load(slice, 1), len = h.load(slice, 2);
        for (long i = 0; i < len; i++) {
            int w = (int) ((off + i) * 2);
            out.add(new long[] {h.load(arr, w), h.load(arr, w + 1)});
        }
        return out;
    }

    private List<FmtValue> fmtArgs(Fiber f, long slice) {
        List<FmtValue> out = new ArrayList<>();
        for (long[] a : anyArgs(slice)) {
            valueNodes = 0;
            out.add(ifaceValue(f, a[0], a[1], "interface {}", 0, true));
        }
        return out;
    }

    private FmtValue ifaceValue(Fiber f, long hdr, long data, String staticType, int depth, boolean methods) {
        if (hdr == 0) return new FmtValue.NilValue(staticType);
        int t = InterfaceHeader.typeId(hdr);
        return value(f, t, m.values.unbox(hdr, data), 0, depth, methods);
    }

    /**
     * Converts the value of type {@code typeId} at words w[off..] into an FmtValue. {@code methods} is false
     * for values reached through an unexported struct field: like Go's fmt (reflection cannot call their
     * methods), neither they nor anything inside them are printed with String/Error.
     */
    FmtValue value(Fiber f, int typeId, long[] w, int off, int depth, boolean methods) {
        TypeInfo t = m.program.type(typeId);
        if (depth == 0) valueNodes = 0;
        if (depth > MAX_VALUE_DEPTH || ++valueNodes > MAX_VALUE_NODES) {
            return new FmtValue.StringValue(t.name(), "...".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        FmtValue v = plain(f, t, w, off, depth, methods);
        if (!methods || f == null || depth > MAX_DEPTH) return v;
        MethodInfo em = t.method("Error"), sm = t.method("String");
        MethodInfo mi = em != null ? em : sm;
        if (mi == null) return v;
        if (mi.funcId() == MethodInfo.ERROR_STRING) {
            return new FmtValue.MethodValue(v, true, m.strings.bytes(w[off]), null);
        }
        FunctionDef fn = m.program.function(mi.funcId());
        if (fn.resultSlots() != 1 || fn.paramSlots() != t.slotCount()) return v;
        long[] recv = java.util.Arrays.copyOfRange(w, off, off + t.slotCount());
        long[] res = runNested(f, mi.funcId(), recv);
        if (res == null) return new FmtValue.MethodValue(v, em != null, new byte[0], FmtValue.string(nestedPanicText));
        return new FmtValue.MethodValue(v, em != null, m.strings.bytes(res[0]), null);
    }

    private FmtValue plain(Fiber f, TypeInfo t, long[] w, int off, int depth, boolean methods) {
        String name = t.name();
        long x = w.length > off ? w[off] : 0;
        Heap h = m.heap;
        switch (t.kind()) {
            case BOOL: return new FmtValue.BoolValue(name, x != 0);
            case INT, INT8, INT16, INT32, INT64: return new FmtValue.IntValue(name, x, false);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR: return new FmtValue.IntValue(name, x, true);
            case FLOAT32: return new FmtValue.FloatValue(name, (float) Double.longBitsToDouble(x), 32);
            case FLOAT64: return new FmtValue.FloatValue(name, Double.longBitsToDouble(x), 64);
            case STRING: return new FmtValue.StringValue(name, m.strings.bytes(x));
            case RUNTIME_ERROR: return new FmtValue.StringValue(name, m.strings.bytes(x));
            case POINTER: {
                FmtValue pointee = null;
                TypeInfo e = t.elem() >= 0 ? m.program.type(t.elem()) : null;
                if (x != 0 && depth == 0 && e != null && (e.kind() == TypeKind.STRUCT || e.kind() == TypeKind.ARRAY
                        || e.kind() == TypeKind.SLICE || e.kind() == TypeKind.MAP)) {
                    long[] pw = new long[e.slotCount()];
                    for (int i = 0; i < pw.length; i++) pw[i] = h.load(x - 8, i);
                    pointee = value(f, t.elem(), pw, 0, depth + 1, methods);
                }
                return new FmtValue.PointerValue(name, x, pointee);
            }
            case SLICE: {
                TypeInfo e = m.program.type(t.elem());
                boolean bytes = e.kind() == TypeKind.UINT8;
                if (x == 0) return new FmtValue.SliceValue(name, 0, bytes, List.of(), true);
                long arr = h.load(x, 0), so = h.load(x, 1), len = h.load(x, 2);
                int ew = e.slotCount();
                List<FmtValue> el = new ArrayList<>();
                for (long i = 0; i < len; i++) {
                    long[] ww = new long[ew];
                    for (int k = 0; k < ew; k++) ww[k] = h.load(arr, (int) ((so + i) * ew + k));
                    el.add(value(f, t.elem(), ww, 0, depth + 1, methods));
                }
                return new FmtValue.SliceValue(name, arr + 8 + so * ew * 8, bytes, el, false);
            }
            case ARRAY: {
                TypeInfo e = m.program.type(t.elem());
                int ew = e.slotCount();
                List<FmtValue> el = new ArrayList<>();
                for (int i = 0; i < t.length(); i++) el.add(value(f, t.elem(), w, off + i * ew, depth + 1, methods));
                return new FmtValue.ArrayValue(name, e.kind() == TypeKind.UINT8, el);
            }
            case MAP: {
                if (x == 0) return new FmtValue.MapValue(name, 0, List.of(), true);
                List<FmtValue.Entry> es = new ArrayList<>();
                for (long[][] kv : m.maps.entries(x)) {
                    es.add(new FmtValue.Entry(value(f, t.key(), kv[0], 0, depth + 1, methods), value(f, t.elem(), kv[1], 0, depth + 1, methods)));
                }
                return new FmtValue.MapValue(name, x, es, false);
            }
            case STRUCT: {
                List<FmtValue.Field> fs = new ArrayList<>();
                for (FieldInfo fi : t.fields()) {
                    boolean exported = !fi.name().isEmpty() && Character.isUpperCase(fi.name().charAt(0));
                    fs.add(new FmtValue.Field(fi.name(), value(f, fi.typeId(), w, off + fi.slotOffset(), depth + 1, methods && exported)));
                }
                return new FmtValue.StructValue(name, fs);
            }
            case INTERFACE: return ifaceValue(f, x, w.length > off + 1 ? w[off + 1] : 0, name, depth + 1, methods);
            case FUNC: return new FmtValue.FuncValue(name, x);
            case CHAN: return new FmtValue.ChanValue(name, x);
            case ENUM: {
                int tag = m.values.enumTag(x);
                if (tag < 0 || tag >= t.variants().size()) return new FmtValue.EnumValue(name, "?" + tag, List.of());
                VariantInfo vi = t.variants().get(tag);
                List<FmtValue.Field> fs = new ArrayList<>();
                for (FieldInfo fi : vi.fields()) fs.add(new FmtValue.Field(fi.name(), value(f, fi.typeId(), m.values.enumField(x, fi), 0, depth + 1, true)));
                return new FmtValue.EnumValue(name, vi.name(), fs);
            }
            default: return new FmtValue.NilValue(name);
        }
    }

    // ------------------------------------------------------------------ nested runs

    /** Runs function {@code func} with {@code args} on fiber f to completion; its results, or null if it panicked. */
    long[] runNested(Fiber f, int func, long[] args) {
        if (nesting >= MAX_NESTING) {
            throw new VmHalt(TrapKind.MAX_DEPTH, -1, "String/Error methods called by fmt nest more than " + MAX_NESTING + " deep");
        }
        nesting++;
        try {
            return runNestedCall(f, func, args);
        } finally {
            nesting--;
        }
    }

    private long[] runNestedCall(Fiber f, int func, long[] args) {
        boolean panicking = f.panicking, recovered = f.recovered;
        long ph = f.panicHdr, pd = f.panicData;
        long[] old = f.oldPanics;
        String trace = f.panicTrace;
        f.panicking = false;
        f.recovered = false;
        f.oldPanics = new long[0];
        int savedPc = f.fPc[f.depth - 1];
        m.calls.push(f, func, args, -1, null, 0, Fiber.F_NESTED | Fiber.F_DISCARD, 0);
        nestedResult = null;
        nestedPanicked = false;
        int r = m.interp.execute(f, Long.MAX_VALUE / 4);
        f.panicking = panicking;
        f.recovered = recovered;
        f.panicHdr = ph;
        f.panicData = pd;
        f.oldPanics = old;
        f.panicTrace = trace;
        f.fPc[f.depth - 1] = savedPc;
        if (r == Interpreter.R_NESTED_DONE) return nestedPanicked ? null : nestedResult;
        if (r == Interpreter.R_BLOCKED) {
            m.halt(new Trap(TrapKind.INTERNAL, m.steps, m.program.function(func).name(), -1, null, -1,
                    "a String/Error method called by fmt blocked on a channel"));
        }
        throw new Stop();
    }

    /** Called when a panic reaches the boundary of a nested run. */
    void nestedPanic(Fiber f) {
        nestedPanicked = true;
        nestedPanicText = panicText(null, f.panicHdr, f.panicData);
    }

    // ------------------------------------------------------------------ printing panics and print()

    /** The text after "panic: " for a panic value (Go's printpanicval). */
    String panicText(Fiber f, long hdr, long data) {
        if (hdr == 0) return "nil";
        int typeId = InterfaceHeader.typeId(hdr);
        TypeInfo t = m.program.type(typeId);
        if (t.kind() == TypeKind.RUNTIME_ERROR) return m.strings.javaString(data);
        long[] w = m.values.unbox(hdr, data);
        if (f != null) {
            MethodInfo mi = t.method("Error") != null ? t.method("Error") : t.method("String");
            if (mi != null && mi.funcId() >= 0) {
                long[] res = runNested(f, mi.funcId(), w);
                if (res != null) return m.strings.javaString(res[0]);
            }
        }
        boolean named = !t.name().equals(t.kind().name().toLowerCase()) && t.kind() != TypeKind.STRING || (t.kind() == TypeKind.STRING && !t.name().equals("string"));
        String basic = switch (t.kind()) {
            case STRING -> named ? "\"" + m.strings.javaString(data) + "\"" : m.strings.javaString(data);
            case BOOL -> data != 0 ? "true" : "false";
            case INT, INT8, INT16, INT32, INT64 -> Long.toString(data);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> Long.toUnsignedString(data);
            case FLOAT32, FLOAT64 -> printFloat(Double.longBitsToDouble(data));
            default -> null;
        };
        if (basic == null) return "(" + t.name() + ") 0x" + Long.toHexString(data);
        return named ? t.name() + "(" + basic + ")" : basic;
    }

    /** Go's builtin print formatting of one operand. */
    private String printValue(long hdr, long data) {
        if (hdr == 0) return "(0x0,0x0)";
        TypeInfo t = m.program.type(InterfaceHeader.typeId(hdr));
        return switch (t.kind()) {
            case BOOL -> data != 0 ? "true" : "false";
            case INT, INT8, INT16, INT32, INT64 -> Long.toString(data);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> Long.toUnsignedString(data);
            case FLOAT32, FLOAT64 -> printFloat(Double.longBitsToDouble(data));
            case STRING, RUNTIME_ERROR -> m.strings.javaString(data);
            case SLICE -> "[" + Slices.len(m.heap, data) + "/" + Slices.cap(m.heap, data) + "]0x" + Long.toHexString(data);
            case INTERFACE -> "(0x" + Long.toHexString(hdr) + ",0x" + Long.toHexString(data) + ")";
            default -> "0x" + Long.toHexString(data);
        };
    }

    /** Go's runtime printfloat: +d.dddddde+ddd. */
    static String printFloat(double v) {
        if (v != v) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        String s = String.format(java.util.Locale.ROOT, "%.6e", Math.abs(v));
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        return (neg ? "-" : "+") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }
}

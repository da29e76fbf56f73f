package gcscope.vm.fmt;

import gcscope.vm.fmt.FmtValue.ArrayValue;
import gcscope.vm.fmt.FmtValue.BoolValue;
import gcscope.vm.fmt.FmtValue.ChanValue;
import gcscope.vm.fmt.FmtValue.EnumValue;
import gcscope.vm.fmt.FmtValue.Field;
import gcscope.vm.fmt.FmtValue.FloatValue;
import gcscope.vm.fmt.FmtValue.FuncValue;
import gcscope.vm.fmt.FmtValue.IntValue;
import gcscope.vm.fmt.FmtValue.MapValue;
import gcscope.vm.fmt.FmtValue.MethodValue;
import gcscope.vm.fmt.FmtValue.NilValue;
import gcscope.vm.fmt.FmtValue.PointerValue;
import gcscope.vm.fmt.FmtValue.SliceValue;
import gcscope.vm.fmt.FmtValue.StringValue;
import gcscope.vm.fmt.FmtValue.StructValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's fmt printer state (print.go's pp): prints one operand per verb into a byte buffer. One
 * Printer serves one Sprint/Sprintf call; {@link GoFmt} drives it over the operands.
 */
final class Printer {
    final ByteBuf buf = new ByteBuf();
    final FormatState f = new FormatState(buf);
    /** The current top-level or nested operand as Go's p.arg (null when none). */
    private FmtValue arg;
    /** The value being printed by printValue (Go's p.value), for bad-verb messages. */
    private FmtValue value;
    private boolean erroring;
    private boolean panicking;
    /** Set by Errorf: %w is allowed. */
    boolean wrapErrs;
    /** Operand indexes printed with %w, in format order (Go 1.20+ wraps them all). */
    final List<Integer> wrappedErrs = new ArrayList<>();

    void printArg(FmtValue a, int verb) {
        arg = a instanceof NilValue ? null : a;
        value = null;
        if (a instanceof NilValue) {
            if (verb == 'T' || verb == 'v') {
                f.padString("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            f.fmtS(Utf8.bytes(a.type()));
            return;
        }
        if (verb == 'p') {
            fmtPointer(unwrap(a), 'p');
            return;
        }
        if (a instanceof SliceValue s && s.byteElems() && (s.type().equals("[]uint8") || s.type().equals("[]byte"))) {
            fmtBytes(s, verb, "[]byte");
            return;
        }
        if ((a instanceof MethodValue || verb == 'w') && handleMethods(verb)) {
            return;
        }
        printValue(a, verb, 0);
    }

    private static FmtValue unwrap(FmtValue v) {
        return v instanceof MethodValue m ? m.value() : v;
    }

    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        if (verb == 'w') {
            // Go 1.20+: any number of %w in Errorf, each with an error operand; invalid elsewhere.
            if (!(arg instanceof MethodValue m && m.isError()) || !wrapErrs) {
                badVerb(verb);
                return true;
            }
            verb = 'v';
        }
        if (f.sharpV || !(arg instanceof MethodValue m)) {
            return false;
        }
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            if (m.panic() != null) {
                catchPanic(m, verb);
            } else {
                fmtString(m.text(), verb);
            }
            return true;
        }
        return false;
    }

    private void catchPanic(MethodValue m, int verb) {
        if (m.value() instanceof PointerValue p && p.address() == 0) {
            buf.add("<nil>");
            return;
        }
        if (panicking) {
            buf.add("<nil>");
            return;
        }
        FormatState.Flags old = f.save();
        f.clearFlags();
        buf.add("%!").addRune(verb).add("(PANIC=").add(m.isError() ? "Error" : "String").add(" method: ");
        panicking = true;
        printArg(m.panic(), 'v');
        panicking = false;
        buf.add(')');
        f.restore(old);
    }

    void badVerb(int verb) {
        erroring = true;
        buf.add("%!").addRune(verb).add('(');
        if (arg != null) {
            buf.add(arg.type()).add('=');
            printArg(arg, 'v');
        } else if (value != null) {
            buf.add(value.type()).add('=');
            printValue(value, 'v', 0);
        } else {
            buf.add("<nil>");
        }
        buf.add(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            f.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        f.fmtInteger(v, 16, false, 'v', FormatState.LDIGITS);
        f.sharp = sharp;
    }

    private void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !isSigned) {
                    fmt0x64(v, true);
                } else {
                    f.fmtInteger(v, 10, isSigned, verb, FormatState.LDIGITS);
                }
            }
            case 'd' -> f.fmtInteger(v, 10, isSigned, verb, FormatState.LDIGITS);
            case 'b' -> f.fmtInteger(v, 2, isSigned, verb, FormatState.LDIGITS);
            case 'o', 'O' -> f.fmtInteger(v, 8, isSigned, verb, FormatState.LDIGITS);
            case 'x' -> f.fmtInteger(v, 16, isSigned, verb, FormatState.LDIGITS);
            case 'X' -> f.fmtInteger(v, 16, isSigned, verb, FormatState.UDIGITS);
            case 'c' -> f.fmtC(v);
            case 'q' -> f.fmtQc(v);
            case 'U' -> f.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> f.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> f.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E', 'F' -> f.fmtFloat(v, size, verb == 'F' ? 'f' : verb, 6);
            default -> badVerb(verb);
        }
    }

    private void fmtString(byte[] v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(v);
                } else {
                    f.fmtS(v);
                }
            }
            case 's' -> f.fmtS(v);
            case 'x' -> f.fmtSbx(v, FormatState.LDIGITS);
            case 'X' -> f.fmtSbx(v, FormatState.UDIGITS);
            case 'q' -> f.fmtQ(v);
            default -> badVerb(verb);
        }
    }

    private static byte[] bytesOf(List<FmtValue> elements) {
        byte[] b = new byte[elements.size()];
        for (int i = 0; i < b.length; i++) {
            FmtValue e = unwrap(elements.get(i));
            b[i] = e instanceof IntValue iv ? (byte) iv.value() : 0;
        }
        return b;
    }

    private void fmtBytes(FmtValue v, int verb, String typeString) {
        List<FmtValue> elements = v instanceof SliceValue s ? s.elements() : ((ArrayValue) v).elements();
        byte[] bytes = bytesOf(elements);
        switch (verb) {
            case 'v', 'd' -> {
                if (f.sharpV) {
                    buf.add(typeString);
                    if (v instanceof SliceValue s && s.isNil()) {
                        buf.add("(nil)");
                        return;
                    }
                    buf.add('{');
                    for (int i = 0; i < bytes.length; i++) {
                        if (i > 0) {
                            buf.add(", ");
                        }
                        fmt0x64(bytes[i] & 0xFF, true);
                    }
                    buf.add('}');
                } else {
                    buf.add('[');
                    for (int i = 0; i < bytes.length; i++) {
                        if (i > 0) {
                            buf.add(' ');
                        }
                        f.fmtInteger(bytes[i] & 0xFF, 10, false, verb, FormatState.LDIGITS);
                    }
                    buf.add(']');
                }
            }
            case 's' -> f.fmtS(bytes);
            case 'x' -> f.fmtSbx(bytes, FormatState.LDIGITS);
            case 'X' -> f.fmtSbx(bytes, FormatState.UDIGITS);
            case 'q' -> f.fmtQ(bytes);
            default -> printValue(v, verb, 0);
        }
    }

    private void fmtPointer(FmtValue v, int verb) {
        long u;
        if (v instanceof PointerValue p) {
            u = p.address();
        } else if (v instanceof ChanValue c) {
            u = c.address();
        } else if (v instanceof FuncValue fn) {
            u = fn.address();
        } else if (v instanceof MapValue m) {
            u = m.isNil() ? 0 : m.address();
        } else if (v instanceof SliceValue s) {
            u = s.isNil() ? 0 : s.address();
        } else {
            badVerb(verb);
            return;
        }
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    buf.add('(').add(v.type()).add(")(");
                    if (u == 0) {
                        buf.add("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    buf.add(')');
                } else if (u == 0) {
                    f.padString("<nil>");
                } else {
                    fmt0x64(u, !f.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !f.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> badVerb(verb);
        }
    }

    void printValue(FmtValue v, int verb, int depth) {
        if (depth > 0 && !(v instanceof NilValue)) {
            arg = v;
            if (handleMethods(verb)) {
                return;
            }
        }
        v = unwrap(v);
        arg = null;
        value = v;
        if (v instanceof NilValue n) {
            if (f.sharpV) {
                buf.add(n.staticType()).add("(nil)");
            } else {
                buf.add("<nil>");
            }
        } else if (v instanceof BoolValue b) {
            fmtBool(b.value(), verb);
        } else if (v instanceof IntValue i) {
            fmtInteger(i.value(), !i.unsigned(), verb);
        } else if (v instanceof FloatValue fl) {
            fmtFloat(fl.value(), fl.size(), verb);
        } else if (v instanceof StringValue s) {
            fmtString(s.bytes(), verb);
        } else if (v instanceof MapValue m) {
            printMap(m, verb, depth);
        } else if (v instanceof StructValue s) {
            if (f.sharpV) {
                buf.add(s.type());
            }
            buf.add('{');
            printFields(s.fields(), verb, depth, f.sharpV ? ", " : " ", f.plusV || f.sharpV ? ":" : null);
            buf.add('}');
        } else if (v instanceof EnumValue e) {
            printEnum(e, verb, depth);
        } else if (v instanceof SliceValue || v instanceof ArrayValue) {
            printList(v, verb, depth);
        } else if (v instanceof PointerValue p) {
            if (depth == 0 && p.address() != 0 && isComposite(p.pointee())) {
                buf.add('&');
                printValue(p.pointee(), verb, depth + 1);
                return;
            }
            fmtPointer(p, verb);
        } else {
            fmtPointer(v, verb);
        }
    }

    private static boolean isComposite(FmtValue v) {
        FmtValue u = unwrap(v);
        return u instanceof StructValue || u instanceof ArrayValue || u instanceof SliceValue
                || u instanceof MapValue;
    }

    private void printFields(List<Field> fields, int verb, int depth, String separator, String nameSeparator) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                buf.add(separator);
            }
            Field field = fields.get(i);
            if (nameSeparator != null && !field.name().isEmpty()) {
                buf.add(field.name()).add(nameSeparator);
            }
            printValue(field.value(), verb, depth + 1);
        }
    }

    /** GcScope's tagged unions: {@code Rect(3, 4)}, {@code %+v} {@code Rect(w: 3, h: 4)}, {@code Empty}. */
    private void printEnum(EnumValue e, int verb, int depth) {
        if (f.sharpV) {
            buf.add(e.type()).add('.');
        }
        buf.add(e.variant());
        if (e.fields().isEmpty()) {
            return;
        }
        buf.add('(');
        printFields(e.fields(), verb, depth, ", ", f.plusV || f.sharpV ? ": " : null);
        buf.add(')');
    }

    private void printMap(MapValue m, int verb, int depth) {
        if (f.sharpV) {
            buf.add(m.type());
            if (m.isNil()) {
                buf.add("(nil)");
                return;
            }
            buf.add('{');
        } else {
            buf.add("map[");
        }
        List<FmtValue.Entry> sorted = MapOrder.sorted(m.entries());
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                buf.add(f.sharpV ? ", " : " ");
            }
            printValue(sorted.get(i).key(), verb, depth + 1);
            buf.add(':');
            printValue(sorted.get(i).value(), verb, depth + 1);
        }
        buf.add(f.sharpV ? '}' : ']');
    }

    private void printList(FmtValue v, int verb, int depth) {
        boolean bytes = v instanceof SliceValue s ? s.byteElems() : ((ArrayValue) v).byteElems();
        List<FmtValue> elements = v instanceof SliceValue s ? s.elements() : ((ArrayValue) v).elements();
        if (bytes && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
            fmtBytes(v, verb, v.type());
            return;
        }
        if (f.sharpV) {
            buf.add(v.type());
            if (v instanceof SliceValue s && s.isNil()) {
                buf.add("(nil)");
                return;
            }
            buf.add('{');
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    buf.add(", ");
                }
                printValue(elements.get(i), verb, depth + 1);
            }
            buf.add('}');
        } else {
            buf.add('[');
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    buf.add(' ');
                }
                printValue(elements.get(i), verb, depth + 1);
            }
            buf.add(']');
        }
    }
}

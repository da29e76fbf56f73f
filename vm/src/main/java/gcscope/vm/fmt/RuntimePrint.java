package gcscope.vm.fmt;

import java.util.List;

/**
 * The Go runtime's own printing (runtime/print.go and error.go), which differs from fmt: the builtin
 * {@code print}/{@code println} (floats as {@code +1.500000e+000}, references as hex addresses) and
 * the value after {@code panic: } in an unrecovered panic.
 */
public final class RuntimePrint {
    private RuntimePrint() {
    }

    /** Builtin print: operands without separators. */
    public static byte[] print(List<FmtValue> args) {
        ByteBuf out = new ByteBuf();
        for (FmtValue a : args) {
            append(out, a);
        }
        return out.toBytes();
    }

    /** Builtin println: spaces between operands and a final newline. */
    public static byte[] println(List<FmtValue> args) {
        ByteBuf out = new ByteBuf();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.add(' ');
            }
            append(out, args.get(i));
        }
        return out.add('\n').toBytes();
    }

    /**
     * One operand of print/println. Slices print as {@code [len/cap]0xADDR}: use
     * {@link #appendSlice} for them, as a SliceValue does not carry its capacity. Interfaces print as
     * Go's {@code (typeword,dataword)} pair, which the caller must supply; a nil interface prints
     * {@code (0x0,0x0)}.
     */
    public static void append(ByteBuf out, FmtValue v) {
        if (v instanceof FmtValue.MethodValue m) {
            v = m.value();
        }
        if (v instanceof FmtValue.BoolValue b) {
            out.add(b.value() ? "true" : "false");
        } else if (v instanceof FmtValue.IntValue i) {
            appendInt(out, i.value(), i.unsigned());
        } else if (v instanceof FmtValue.FloatValue f) {
            appendFloat(out, f.value());
        } else if (v instanceof FmtValue.StringValue s) {
            out.add(s.bytes());
        } else if (v instanceof FmtValue.PointerValue p) {
            appendHex(out, p.address());
        } else if (v instanceof FmtValue.ChanValue c) {
            appendHex(out, c.address());
        } else if (v instanceof FmtValue.FuncValue f) {
            appendHex(out, f.address());
        } else if (v instanceof FmtValue.MapValue m) {
            appendHex(out, m.address());
        } else if (v instanceof FmtValue.NilValue) {
            out.add("(0x0,0x0)");
        } else {
            throw new IllegalArgumentException("builtin print of " + v.type());
        }
    }

    public static void appendSlice(ByteBuf out, long length, long capacity, long address) {
        out.add('[');
        appendInt(out, length, false);
        out.add('/');
        appendInt(out, capacity, false);
        out.add(']');
        appendHex(out, address);
    }

    public static void appendInt(ByteBuf out, long v, boolean unsigned) {
        out.add(unsigned ? Long.toUnsignedString(v) : Long.toString(v));
    }

    /** runtime.printhex: {@code 0x} and lower-case hex digits, no padding. */
    public static void appendHex(ByteBuf out, long v) {
        out.add("0x").add(Long.toHexString(v));
    }

    /** runtime.printfloat: sign, 7 significant digits, 3-digit exponent ({@code +1.000000e+000}). */
    public static void appendFloat(ByteBuf out, double v) {
        if (v != v) {
            out.add("NaN");
            return;
        }
        if (v + v == v && v > 0) {
            out.add("+Inf");
            return;
        }
        if (v + v == v && v < 0) {
            out.add("-Inf");
            return;
        }
        final int n = 7;
        byte[] buf = new byte[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (byte) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (byte) (e / 100 + '0');
        buf[n + 5] = (byte) (e / 10 % 10 + '0');
        buf[n + 6] = (byte) (e % 10 + '0');
        out.add(buf);
    }

    /**
     * What follows {@code panic: } for an unrecovered panic with value {@code v} (runtime.printany):
     * errors and Stringers print their method's text (pass a MethodValue), predeclared basic types
     * print as builtin print does, panic(nil) as Go 1.21+ does, named basic types as
     * {@code main.T(5)} or {@code main.S("x")}, and anything else as {@code (main.T) 0xADDR} with the address of the boxed data.
     */
    public static void appendPanicValue(ByteBuf out, FmtValue v, long dataAddress) {
        if (v instanceof FmtValue.MethodValue m && m.panic() == null) {
            out.add(m.text());
            return;
        }
        v = v instanceof FmtValue.MethodValue m ? m.value() : v;
        if (v instanceof FmtValue.NilValue) {
            // Go 1.21+: panic(nil) panics with a *runtime.PanicNilError (Go 1.19 printed "nil").
            out.add("panic called with nil argument");
            return;
        }
        String t = v.type();
        boolean basic = v instanceof FmtValue.BoolValue || v instanceof FmtValue.IntValue
                || v instanceof FmtValue.FloatValue || v instanceof FmtValue.StringValue;
        if (!basic) {
            out.add("(").add(t).add(") ");
            appendHex(out, dataAddress);
            return;
        }
        if (PREDECLARED.contains(t)) {
            append(out, v);
            return;
        }
        out.add(t);
        if (v instanceof FmtValue.StringValue s) {
            out.add("(\"").add(s.bytes()).add("\")");
        } else {
            out.add('(');
            append(out, v);
            out.add(')');
        }
    }

    private static final List<String> PREDECLARED = List.of("bool", "string", "int", "int8", "int16", "int32",
            "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64");
}

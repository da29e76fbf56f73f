package gcscope.vm.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's fmt.Sprint, Sprintln, Sprintf and Errorf over {@link FmtValue} operands, byte for byte as Go
 * prints them (Print/Println/Printf write the same bytes to standard output). Formats and results
 * are Go strings, i.e. bytes; the String overloads are conveniences for UTF-8 text.
 */
public final class GoFmt {
    private static final int TOO_LARGE = 1_000_000;

    private GoFmt() {
    }

    /**
     * The result of Errorf: the message and the error operands printed with %w, as Go 1.20+ wraps
     * them (in argument order when indexes were used, each operand once). None: Go returns an
     * {@code *errors.errorString}; one: a {@code *fmt.wrapError}; more: a {@code *fmt.wrapErrors}.
     */
    public record ErrorfResult(byte[] message, List<FmtValue> wrapped) {
        public ErrorfResult {
            wrapped = List.copyOf(wrapped);
        }
    }

    /** Sprint: spaces between operands when neither side is a string. */
    public static byte[] sprint(List<FmtValue> a) {
        Printer p = new Printer();
        boolean prevString = false;
        for (int i = 0; i < a.size(); i++) {
            FmtValue arg = a.get(i);
            boolean isString = isString(arg);
            if (i > 0 && !isString && !prevString) {
                p.buf.add(' ');
            }
            p.printArg(arg, 'v');
            prevString = isString;
        }
        return p.buf.toBytes();
    }

    /** Sprintln: spaces between all operands and a final newline. */
    public static byte[] sprintln(List<FmtValue> a) {
        Printer p = new Printer();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                p.buf.add(' ');
            }
            p.printArg(a.get(i), 'v');
        }
        p.buf.add('\n');
        return p.buf.toBytes();
    }

    public static byte[] sprintf(byte[] format, List<FmtValue> a) {
        Printer p = new Printer();
        doPrintf(p, format, a);
        return p.buf.toBytes();
    }

    public static ErrorfResult errorf(byte[] format, List<FmtValue> a) {
        Printer p = new Printer();
        p.wrapErrs = true;
        boolean reordered = doPrintf(p, format, a);
        List<Integer> indexes = new ArrayList<>(p.wrappedErrs);
        if (reordered) {
            indexes.sort(null);
        }
        List<FmtValue> wrapped = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            if (i > 0 && indexes.get(i).equals(indexes.get(i - 1))) {
                continue;
            }
            FmtValue e = a.get(indexes.get(i));
            if (e instanceof FmtValue.MethodValue m && m.isError()) {
                wrapped.add(e);
            }
        }
        return new ErrorfResult(p.buf.toBytes(), wrapped);
    }

    public static String sprint(FmtValue... a) {
        return Utf8.string(sprint(List.of(a)));
    }

    public static String sprintln(FmtValue... a) {
        return Utf8.string(sprintln(List.of(a)));
    }

    public static String sprintf(String format, FmtValue... a) {
        return Utf8.string(sprintf(Utf8.bytes(format), List.of(a)));
    }

    private static boolean isString(FmtValue v) {
        FmtValue u = v instanceof FmtValue.MethodValue m ? m.value() : v;
        return u instanceof FmtValue.StringValue;
    }

    /** Parser state of one Sprintf call (print.go's doPrintf locals). */
    private static final class Cursor {
        final byte[] format;
        final int end;
        int i;
        int argNum;
        boolean reordered;
        boolean goodArgNum;

        Cursor(byte[] format) {
            this.format = format;
            this.end = format.length;
        }

        /** parsenum: returns the number or -1 when none; -2 on overflow (and moves i to the end). */
        int parseNum() {
            if (i >= end) {
                return -1;
            }
            int num = 0;
            boolean isNum = false;
            while (i < end && format[i] >= '0' && format[i] <= '9') {
                if (num > TOO_LARGE || num < -TOO_LARGE) {
                    i = end;
                    return -2;
                }
                num = num * 10 + (format[i] - '0');
                isNum = true;
                i++;
            }
            return isNum ? num : -1;
        }

        /** argNumber: handles an explicit [n] index; returns true when one was found. */
        boolean argNumber(int numArgs) {
            if (i >= end || format[i] != '[') {
                return false;
            }
            reordered = true;
            // parseArgNumber over format[i:]
            int start = i;
            if (end - start < 3) {
                i = start + 1;
                goodArgNum = false;
                return false;
            }
            for (int k = start + 1; k < end; k++) {
                if (format[k] == ']') {
                    i = start + 1;
                    int n = parseNum();
                    boolean ok = n >= 0 && i == k;
                    i = k + 1;
                    if (ok && n - 1 >= 0 && n - 1 < numArgs) {
                        argNum = n - 1;
                        return true;
                    }
                    goodArgNum = false;
                    return ok;
                }
            }
            i = start + 1;
            goodArgNum = false;
            return false;
        }
    }

    /** intFromArg: an integer operand for '*' within ±1e6, else null. */
    private static Integer intFromArg(List<FmtValue> a, Cursor c) {
        if (c.argNum >= a.size()) {
            return null;
        }
        FmtValue v = a.get(c.argNum++);
        if (v instanceof FmtValue.MethodValue m) {
            v = m.value();
        }
        if (!(v instanceof FmtValue.IntValue iv)) {
            return null;
        }
        long n = iv.value();
        if (iv.unsigned() && n < 0) {
            return null;
        }
        if (n > TOO_LARGE || n < -TOO_LARGE) {
            return null;
        }
        return (int) n;
    }

    /** Runs the format; returns whether explicit argument indexes were used. */
    private static boolean doPrintf(Printer p, byte[] format, List<FmtValue> a) {
        FormatState f = p.f;
        Cursor c = new Cursor(format);
        boolean afterIndex;
        formatLoop:
        while (c.i < c.end) {
            c.goodArgNum = true;
            int lasti = c.i;
            while (c.i < c.end && format[c.i] != '%') {
                c.i++;
            }
            if (c.i > lasti) {
                p.buf.add(format, lasti, c.i);
            }
            if (c.i >= c.end) {
                break;
            }
            c.i++;
            f.clearFlags();
            simpleFormat:
            for (; c.i < c.end; c.i++) {
                byte ch = format[c.i];
                switch (ch) {
                    case '#' -> f.sharp = true;
                    case '0' -> f.zero = !f.minus;
                    case '+' -> f.plus = true;
                    case '-' -> {
                        f.minus = true;
                        f.zero = false;
                    }
                    case ' ' -> f.space = true;
                    default -> {
                        if (ch >= 'a' && ch <= 'z' && c.argNum < a.size()) {
                            if (ch == 'w') {
                                p.wrappedErrs.add(c.argNum);
                            }
                            if (ch == 'v' || ch == 'w') {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plusV = f.plus;
                                f.plus = false;
                            }
                            p.printArg(a.get(c.argNum), ch);
                            c.argNum++;
                            c.i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            afterIndex = c.argNumber(a.size());

            if (c.i < c.end && format[c.i] == '*') {
                c.i++;
                Integer w = intFromArg(a, c);
                f.widPresent = w != null;
                f.wid = w == null ? 0 : w;
                if (!f.widPresent) {
                    p.buf.add("%!(BADWIDTH)");
                }
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            } else {
                int w = c.parseNum();
                f.widPresent = w >= 0;
                f.wid = Math.max(w, 0);
                if (afterIndex && f.widPresent) {
                    c.goodArgNum = false;
                }
            }

            if (c.i + 1 < c.end && format[c.i] == '.') {
                c.i++;
                if (afterIndex) {
                    c.goodArgNum = false;
                }
                afterIndex = c.argNumber(a.size());
                if (c.i < c.end && format[c.i] == '*') {
                    c.i++;
                    Integer pr = intFromArg(a, c);
                    f.precPresent = pr != null;
                    f.prec = pr == null ? 0 : pr;
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        p.buf.add("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int pr = c.parseNum();
                    f.precPresent = true;
                    f.prec = Math.max(pr, 0);
                }
            }

            if (!afterIndex) {
                afterIndex = c.argNumber(a.size());
            }

            if (c.i >= c.end) {
                p.buf.add("%!(NOVERB)");
                break;
            }

            int verb = format[c.i] & 0xFF;
            int size = 1;
            if (verb >= Utf8.RUNE_SELF) {
                long d = Utf8.decode(format, c.i, c.end);
                verb = Utf8.rune(d);
                size = Utf8.width(d);
            }
            c.i += size;

            if (verb == '%') {
                p.buf.add('%');
            } else if (!c.goodArgNum) {
                p.buf.add("%!").addRune(verb).add("(BADINDEX)");
            } else if (c.argNum >= a.size()) {
                p.buf.add("%!").addRune(verb).add("(MISSING)");
            } else {
                if (verb == 'w') {
                    p.wrappedErrs.add(c.argNum);
                }
                if (verb == 'v' || verb == 'w') {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                p.printArg(a.get(c.argNum), verb);
                c.argNum++;
            }
        }

        if (!c.reordered && c.argNum < a.size()) {
            f.clearFlags();
            p.buf.add("%!(EXTRA ");
            for (int k = c.argNum; k < a.size(); k++) {
                if (k > c.argNum) {
                    p.buf.add(", ");
                }
                FmtValue arg = a.get(k);
                if (arg instanceof FmtValue.NilValue) {
                    p.buf.add("<nil>");
                } else {
                    p.buf.add(arg.type()).add('=');
                    p.printArg(arg, 'v');
                }
            }
            p.buf.add(')');
        }
        return c.reordered;
    }
}

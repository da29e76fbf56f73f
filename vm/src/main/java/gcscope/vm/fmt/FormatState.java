package gcscope.vm.fmt;

/**
 * Go's fmt.fmt: the flags, width and precision of one verb, and the primitive formatters that
 * write into the output buffer with padding (format.go).
 */
final class FormatState {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final ByteBuf buf;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    int wid;
    int prec;

    FormatState(ByteBuf buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
        wid = 0;
        prec = 0;
    }

    /** Saved flags (for the catch-panic path that prints with default flags). */
    record Flags(boolean widPresent, boolean precPresent, boolean minus, boolean plus, boolean sharp,
                 boolean space, boolean zero, boolean plusV, boolean sharpV, int wid, int prec) {
    }

    Flags save() {
        return new Flags(widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV, wid, prec);
    }

    void restore(Flags f) {
        widPresent = f.widPresent();
        precPresent = f.precPresent();
        minus = f.minus();
        plus = f.plus();
        sharp = f.sharp();
        space = f.space();
        zero = f.zero();
        plusV = f.plusV();
        sharpV = f.sharpV();
        wid = f.wid();
        prec = f.prec();
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        int b = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.add(b);
        }
    }

    void pad(byte[] b, int from, int to) {
        if (!widPresent || wid == 0) {
            buf.add(b, from, to);
            return;
        }
        int width = wid - Utf8.runeCount(b, from, to);
        if (!minus) {
            writePadding(width);
            buf.add(b, from, to);
        } else {
            buf.add(b, from, to);
            writePadding(width);
        }
    }

    void pad(byte[] b) {
        pad(b, 0, b.length);
    }

    void padString(String s) {
        pad(Utf8.bytes(s));
    }

    void fmtBoolean(boolean v) {
        padString(v ? "true" : "false");
    }

    void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) {
            p = prec;
        }
        byte[] b = new byte[2 + Math.max(p, 16) + 2 + 4 + 1 + 4];
        int i = b.length;
        if (sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && GoQuote.isPrint(u)) {
            b[--i] = '\'';
            byte[] enc = Utf8.bytes(new String(Character.toChars((int) u)));
            i -= enc.length;
            System.arraycopy(enc, 0, b, i, enc.length);
            b[--i] = '\'';
            b[--i] = ' ';
        }
        while (Long.compareUnsigned(u, 16) >= 0) {
            b[--i] = (byte) UDIGITS.charAt((int) (u & 0xF));
            p--;
            u >>>= 4;
        }
        b[--i] = (byte) UDIGITS.charAt((int) u);
        p--;
        while (p > 0) {
            b[--i] = '0';
            p--;
        }
        b[--i] = '+';
        b[--i] = 'U';
        boolean oldZero = zero;
        zero = false;
        pad(b, i, b.length);
        zero = oldZero;
    }

    void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        byte[] b = new byte[68 + (widPresent || precPresent ? 3 + wid + prec : 0)];
        int p = 0;
        if (precPresent) {
            p = prec;
            if (p == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            p = wid;
            if (negative || plus || space) {
                p--;
            }
        }
        int i = b.length;
        switch (base) {
            case 10 -> {
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    b[--i] = (byte) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    b[--i] = (byte) digits.charAt((int) (u & 0xF));
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    b[--i] = (byte) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            default -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    b[--i] = (byte) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
        }
        b[--i] = (byte) digits.charAt((int) u);
        while (i > 0 && p > b.length - i) {
            b[--i] = '0';
        }
        if (sharp) {
            switch (base) {
                case 2 -> {
                    b[--i] = 'b';
                    b[--i] = '0';
                }
                case 8 -> {
                    if (b[i] != '0') {
                        b[--i] = '0';
                    }
                }
                case 16 -> {
                    b[--i] = (byte) digits.charAt(16);
                    b[--i] = '0';
                }
                default -> { }
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) {
            b[--i] = '-';
        } else if (plus) {
            b[--i] = '+';
        } else if (space) {
            b[--i] = ' ';
        }
        boolean oldZero = zero;
        zero = false;
        pad(b, i, b.length);
        zero = oldZero;
    }

    /** End index of s[from, to) truncated to the precision in runes, if a precision is present. */
    int truncate(byte[] s, int from, int to) {
        if (precPresent) {
            int n = prec;
            int i = from;
            while (i < to) {
                n--;
                if (n < 0) {
                    return i;
                }
                i += (s[i] & 0xFF) < Utf8.RUNE_SELF ? 1 : Utf8.width(Utf8.decode(s, i, to));
            }
        }
        return to;
    }

    void fmtS(byte[] s) {
        pad(s, 0, truncate(s, 0, s.length));
    }

    void fmtSbx(byte[] s, String digits) {
        int length = s.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.add('0').add(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.add(' ');
                if (sharp) {
                    buf.add('0').add(digits.charAt(16));
                }
            }
            int c = s[i] & 0xFF;
            buf.add(digits.charAt(c >> 4)).add(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    void fmtQ(byte[] s) {
        int end = truncate(s, 0, s.length);
        if (sharp && GoQuote.canBackquote(s, 0, end)) {
            ByteBuf q = new ByteBuf(end + 2);
            q.add('`').add(s, 0, end).add('`');
            pad(q.toBytes());
            return;
        }
        ByteBuf q = new ByteBuf(end + 8);
        GoQuote.appendQuote(q, s, 0, end, plus);
        pad(q.toBytes());
    }

    void fmtC(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        ByteBuf b = new ByteBuf(4);
        b.addRune(r);
        pad(b.toBytes());
    }

    void fmtQc(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        ByteBuf b = new ByteBuf(8);
        GoQuote.appendQuoteRune(b, r, plus);
        pad(b.toBytes());
    }

    void fmtFloat(double v, int size, int verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        StringBuilder sb = new StringBuilder(32).append('+');
        GoFloat.append(sb, v, (char) verb, precision, size);
        String num = sb.charAt(1) == '-' || sb.charAt(1) == '+' ? sb.substring(1) : sb.toString();
        if (space && num.charAt(0) == '+' && !plus) {
            num = ' ' + num.substring(1);
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num = num.substring(1);
            }
            padString(num);
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            num = sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.add(num.charAt(0));
                writePadding(wid - num.length());
                buf.add(num.substring(1));
                return;
            }
            padString(num);
            return;
        }
        padString(num.substring(1));
    }

    /** The '#' flag: force a decimal point and keep trailing zeros for %g (format.go). */
    private static String sharpFloat(String num, int verb, int precision) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = precision == -1 ? 6 : precision;
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        StringBuilder n = new StringBuilder(num);
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = n.substring(i);
                n.setLength(i);
                break;
            } else {
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            if (n.length() == 2 && n.charAt(1) == '0') {
                digits--;
            }
            n.append('.');
        }
        while (digits > 0) {
            n.append('0');
            digits--;
        }
        return n.append(tail).toString();
    }
}

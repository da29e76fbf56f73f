package gcscope.vm.fmt;

import java.math.BigDecimal;

/**
 * strconv.FormatFloat: formats 'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X' with an explicit precision
 * (correctly rounded, ties to even on the exact binary value) or precision -1 (the shortest decimal
 * that reads back as the same float32/float64, and among those the closest to the exact value).
 */
public final class GoFloat {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private GoFloat() {
    }

    /** strconv.FormatFloat(v, fmt, prec, bitSize). */
    public static String format(double v, char fmt, int prec, int bitSize) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v, fmt, prec, bitSize);
        return sb.toString();
    }

    public static void append(StringBuilder dst, double v, char fmt, int prec, int bitSize) {
        long bits;
        int mantBits;
        int expBits;
        int bias;
        if (bitSize == 32) {
            bits = Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL;
            mantBits = 23;
            expBits = 8;
            bias = -127;
        } else {
            bits = Double.doubleToRawLongBits(v);
            mantBits = 52;
            expBits = 11;
            bias = -1023;
        }
        boolean neg = (bits >>> (expBits + mantBits)) != 0;
        int exp = (int) (bits >>> mantBits) & ((1 << expBits) - 1);
        long mant = bits & ((1L << mantBits) - 1);
        if (exp == (1 << expBits) - 1) {
            dst.append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        } else if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << mantBits;
        }
        exp += bias;
        if (fmt == 'b') {
            fmtB(dst, neg, mant, exp - mantBits);
            return;
        }
        if (fmt == 'x' || fmt == 'X') {
            fmtX(dst, prec, fmt, neg, mant, exp, mantBits);
            return;
        }
        double abs = Math.abs(bitSize == 32 ? (double) (float) v : v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = mant == 0 ? new Digits("", 0) : shortestDigits(abs, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> { }
            }
        } else {
            Digits exact = Digits.of(new BigDecimal(abs));
            switch (fmt) {
                case 'e', 'E' -> digs = exact.round(prec + 1);
                case 'f' -> digs = exact.round(exact.dp() + prec);
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = exact.round(prec);
                }
                default -> digs = exact.round(1);
            }
        }
        formatDigits(dst, shortest, neg, digs, prec, fmt);
    }

    /**
     * Shortest digits in the rounding interval of a positive finite float, and among those the closest.
     * Fast path: the JDK's toString digits always read back exactly; when they are short (at most 15
     * significant digits for float64, 6 for float32) and the float is normal, no two decimals of that
     * length or shorter fit in the rounding interval, so the shortest one is found by read-back checks alone. Longer outputs go
     * through the exact interval computation.
     */
    static Digits shortestDigits(double abs, int bitSize) {
        Digits jdk = javaDigits(bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs));
        boolean normal = bitSize == 32 ? (float) abs >= Float.MIN_NORMAL : abs >= Double.MIN_NORMAL;
        if (normal && jdk.nd() <= (bitSize == 32 ? 6 : 15)) {
            for (int n = 1; n < jdk.nd(); n++) {
                Digits down = jdk.truncate(n);
                if (readsBack(down, abs, bitSize)) {
                    return down;
                }
                Digits up = jdk.roundUp(n);
                if (readsBack(up, abs, bitSize)) {
                    return up;
                }
            }
            return jdk;
        }
        return exactShortest(abs, bitSize);
    }

    private static boolean readsBack(Digits d, double abs, int bitSize) {
        if (d.nd() == 0) {
            return false;
        }
        String s = "0." + d.d() + "E" + d.dp();
        return bitSize == 32 ? Float.parseFloat(s) == (float) abs : Double.parseDouble(s) == abs;
    }

    /** Digits of a JDK Double/Float.toString result such as "123.45", "1.0E-5", "1.2345E8". */
    static Digits javaDigits(String js) {
        int e = js.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(js.substring(e + 1));
        String mant = e < 0 ? js : js.substring(0, e);
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String all = dot < 0 ? mant : intPart + mant.substring(dot + 1);
        int dp = intPart.length() + exp10;
        int start = 0;
        while (start < all.length() && all.charAt(start) == '0') {
            start++;
            dp--;
        }
        int end = all.length();
        while (end > start && all.charAt(end - 1) == '0') {
            end--;
        }
        return end == start ? new Digits("", 0) : new Digits(all.substring(start, end), dp);
    }

    /** The exact method: the rounding interval's bounds as decimals, candidates of growing length. */
    static Digits exactShortest(double abs, int bitSize) {
        BigDecimal x = new BigDecimal(abs);
        double lower;
        double upper;
        boolean even;
        if (bitSize == 32) {
            float f = (float) abs;
            lower = Math.nextDown(f);
            upper = f == Float.MAX_VALUE ? (double) f + Math.ulp(f) : Math.nextUp(f);
            even = (Float.floatToRawIntBits(f) & 1) == 0;
        } else {
            lower = Math.nextDown(abs);
            even = (Double.doubleToRawLongBits(abs) & 1) == 0;
            upper = abs == Double.MAX_VALUE ? Double.NaN : Math.nextUp(abs);
        }
        BigDecimal lo = x.add(new BigDecimal(lower)).multiply(HALF);
        BigDecimal hi = Double.isNaN(upper)
                ? x.add(new BigDecimal(Math.ulp(abs)).multiply(HALF))
                : x.add(new BigDecimal(upper)).multiply(HALF);
        Digits exact = Digits.of(x);
        for (int n = 1; n < exact.nd(); n++) {
            boolean up = exact.shouldRoundUp(n);
            Digits near = up ? exact.roundUp(n) : exact.truncate(n);
            if (inside(near.value(), lo, hi, even)) {
                return near;
            }
            Digits far = up ? exact.truncate(n) : exact.roundUp(n);
            if (inside(far.value(), lo, hi, even)) {
                return far;
            }
        }
        return exact;
    }

    private static boolean inside(BigDecimal v, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        int a = v.compareTo(lo);
        int b = v.compareTo(hi);
        return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
    }

    private static void formatDigits(StringBuilder dst, boolean shortest, boolean neg, Digits digs, int prec, char fmt) {
        switch (fmt) {
            case 'e', 'E' -> fmtE(dst, neg, digs, prec, fmt);
            case 'f' -> fmtF(dst, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                    return;
                }
                if (prec > digs.dp()) {
                    prec = digs.nd();
                }
                fmtF(dst, neg, digs, Math.max(prec - digs.dp(), 0));
            }
            default -> dst.append('%').append(fmt);
        }
    }

    private static void fmtE(StringBuilder dst, boolean neg, Digits d, int prec, char fmt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(d.nd() != 0 ? d.d().charAt(0) : '0');
        if (prec > 0) {
            dst.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                dst.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                dst.append('0');
            }
        }
        dst.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0').append(exp);
        } else {
            dst.append(exp);
        }
    }

    private static void fmtF(StringBuilder dst, boolean neg, Digits d, int prec) {
        if (neg) {
            dst.append('-');
        }
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            dst.append(d.d(), 0, m);
            for (; m < d.dp(); m++) {
                dst.append('0');
            }
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                dst.append(j >= 0 && j < d.nd() ? d.d().charAt(j) : '0');
            }
        }
    }

    private static void fmtB(StringBuilder dst, boolean neg, long mant, int exp) {
        if (neg) {
            dst.append('-');
        }
        dst.append(mant).append('p');
        if (exp >= 0) {
            dst.append('+');
        }
        dst.append(exp);
    }

    private static void fmtX(StringBuilder dst, int prec, char fmt, boolean neg, long mant, int exp, int mantBits) {
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg) {
            dst.append('-');
        }
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0');
        }
        dst.append(exp);
    }
}

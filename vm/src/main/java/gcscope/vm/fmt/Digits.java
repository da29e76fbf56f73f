package gcscope.vm.fmt;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decimal as strconv keeps it: significant digits without trailing zeros ("" for zero) and the
 * decimal point position; the value is 0.{d} x 10^dp. Rounding follows strconv's decimal.Round.
 */
record Digits(String d, int dp) {
    int nd() {
        return d.length();
    }

    static Digits of(BigDecimal b) {
        if (b.signum() == 0) {
            return new Digits("", 0);
        }
        BigDecimal s = b.stripTrailingZeros();
        String u = s.unscaledValue().abs().toString();
        return new Digits(u, u.length() - s.scale());
    }

    BigDecimal value() {
        if (d.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(new BigInteger(d), d.length() - dp);
    }

    Digits truncate(int n) {
        if (n >= nd()) {
            return this;
        }
        if (n <= 0) {
            return new Digits("", 0);
        }
        return trimmed(d.substring(0, n), dp);
    }

    Digits roundUp(int n) {
        if (n >= nd()) {
            return this;
        }
        char[] c = d.substring(0, Math.max(n, 0)).toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            i--;
        }
        if (i < 0) {
            return new Digits("1", dp + 1);
        }
        c[i]++;
        return trimmed(new String(c, 0, i + 1), dp);
    }

    /** Go's decimal.Round: half to even on the exact digits; n < 0 leaves the digits alone. */
    Digits round(int n) {
        if (n < 0 || n >= nd()) {
            return this;
        }
        return shouldRoundUp(n) ? roundUp(n) : truncate(n);
    }

    boolean shouldRoundUp(int n) {
        if (d.charAt(n) == '5' && n + 1 == nd()) {
            return n > 0 && (d.charAt(n - 1) - '0') % 2 == 1;
        }
        return d.charAt(n) >= '5';
    }

    private static Digits trimmed(String s, int dp) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '0') {
            e--;
        }
        return e == 0 ? new Digits("", 0) : new Digits(s.substring(0, e), dp);
    }
}

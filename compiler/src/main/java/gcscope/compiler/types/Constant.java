package gcscope.compiler.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value. Untyped constants keep arbitrary precision; once converted to a typed type the
 * checker stores the value representable in it (for {@code float32}/{@code float64}, rounded as Go rounds).
 */
public sealed interface Constant permits Constant.Int, Constant.Float, Constant.Str, Constant.Bool {

    record Int(BigInteger value) implements Constant {
        public long longValue() { return value.longValue(); }
        public String toString() { return value.toString(); }
    }

    /**
     * A floating-point constant; {@link #doubleValue()} gives the float64 value. While its size allows, the
     * constant also keeps its exact value as the rational {@code num/den} (den &gt; 0, lowest terms), so that
     * untyped arithmetic such as {@code 1.0 / 3 * 3} is exact as in Go; {@code num} and {@code den} are null
     * once the exact value grew too large and only the decimal approximation {@code value} is kept.
     */
    record Float(BigDecimal value, BigInteger num, BigInteger den) implements Constant {
        /** Numerator/denominator bit size beyond which the exact form is dropped. */
        static final int MAX_RATIONAL_BITS = 4096;
        private static final java.math.MathContext DECIMAL = new java.math.MathContext(80);

        public Float {
            if (num == null || den == null || num.bitLength() > MAX_RATIONAL_BITS || den.bitLength() > MAX_RATIONAL_BITS) {
                num = null;
                den = null;
            }
        }

        /** The exact constant {@code value} (every finite decimal is a rational). */
        public Float(BigDecimal value) {
            this(value, numerator(value), denominator(value));
        }

        /** The exact rational {@code n/d} ({@code d} non-zero). */
        public static Float ofRational(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                n = n.divide(g);
                d = d.divide(g);
            }
            BigDecimal v = d.equals(BigInteger.ONE) ? new BigDecimal(n)
                    : new BigDecimal(n).divide(new BigDecimal(d), DECIMAL);
            return new Float(v, n, d);
        }

        public boolean exact() { return num != null; }

        public double doubleValue() { return value.doubleValue(); }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Float f)) return false;
            if (num != null && f.num != null) return num.equals(f.num) && den.equals(f.den);
            return value.compareTo(f.value) == 0;
        }

        @Override
        public int hashCode() { return value.stripTrailingZeros().hashCode(); }

        public String toString() { return value.stripTrailingZeros().toPlainString(); }

        private static BigInteger numerator(BigDecimal v) {
            if (v.scale() > 1300 || v.scale() < -1300) return null;
            BigInteger n = v.scale() <= 0 ? v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())) : v.unscaledValue();
            BigInteger d = v.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(v.scale());
            BigInteger g = n.gcd(d);
            return g.signum() == 0 ? n : n.divide(g);
        }

        private static BigInteger denominator(BigDecimal v) {
            if (v.scale() > 1300 || v.scale() < -1300) return null;
            if (v.scale() <= 0) return BigInteger.ONE;
            BigInteger d = BigInteger.TEN.pow(v.scale());
            BigInteger g = v.unscaledValue().gcd(d);
            return g.signum() == 0 ? d : d.divide(g);
        }
    }

    /** A string constant as the bytes Go has (UTF-8 text, or any bytes from {@code \x} escapes). */
    record Str(byte[] bytes) implements Constant {
        public static Str of(String s) { return new Str(s.getBytes(StandardCharsets.UTF_8)); }

        /** The bytes decoded as UTF-8 (invalid sequences become U+FFFD). */
        public String text() { return new String(bytes, StandardCharsets.UTF_8); }

        @Override
        public boolean equals(Object o) { return o instanceof Str s && Arrays.equals(bytes, s.bytes); }

        @Override
        public int hashCode() { return Arrays.hashCode(bytes); }

        public String toString() { return Types.quote(text()); }
    }

    record Bool(boolean value) implements Constant {
        public String toString() { return Boolean.toString(value); }
    }
}

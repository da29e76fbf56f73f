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

    /** A floating-point constant; {@link #doubleValue()} gives the float64 value. */
    record Float(BigDecimal value) implements Constant {
        public double doubleValue() { return value.doubleValue(); }
        public String toString() { return value.stripTrailingZeros().toPlainString(); }
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

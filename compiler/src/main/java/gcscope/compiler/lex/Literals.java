package gcscope.compiler.lex;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;

/** Decoding of Go literal spellings into exact values (the scanner has already reported malformed ones). */
public final class Literals {
    private Literals() {}

    /** Validates digits and underscores of a number literal; returns Go's message or null. */
    static String checkNumber(String text, TokenKind kind, boolean hex) {
        String t = kind == TokenKind.IMAG ? text.substring(0, text.length() - 1) : text;
        String lower = t.toLowerCase();
        String digits = lower;
        int base = 10;
        String name = "decimal literal";
        if (lower.startsWith("0x")) { base = 16; digits = lower.substring(2); name = "hexadecimal literal"; }
        else if (lower.startsWith("0b")) { base = 2; digits = lower.substring(2); name = "binary literal"; }
        else if (lower.startsWith("0o")) { base = 8; digits = lower.substring(2); name = "octal literal"; }
        else if (kind == TokenKind.INT && lower.length() > 1 && lower.startsWith("0")) { base = 8; digits = lower.substring(1); name = "octal literal"; }
        if (kind == TokenKind.INT || (kind == TokenKind.IMAG && base != 10)) {
            if (digits.replace("_", "").isEmpty()) return name + " has no digits";
            for (char c : digits.toCharArray()) {
                if (c == '_') continue;
                int d = Character.digit(c, 16);
                if (d < 0 || d >= base) return "invalid digit '" + c + "' in " + name;
            }
        }
        if (t.contains("_")) {
            // '_' must separate successive digits (or follow the base prefix)
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) != '_') continue;
                boolean prevOk = i > 0 && (isHex(t.charAt(i - 1)) || (i == 1 && t.charAt(0) == '0') || (i == 2 && Character.isLetter(t.charAt(1))));
                boolean nextOk = i + 1 < t.length() && isHex(t.charAt(i + 1));
                if (!hex && i > 0 && (t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E')) prevOk = false;
                if (!prevOk || !nextOk) return "'_' must separate successive digits";
            }
        }
        return null;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /** The value of an integer literal (any base, underscores allowed); null if malformed. */
    public static BigInteger parseInt(String text) {
        try {
            String t = text.replace("_", "").toLowerCase();
            if (t.startsWith("0x")) return new BigInteger(t.substring(2), 16);
            if (t.startsWith("0b")) return new BigInteger(t.substring(2), 2);
            if (t.startsWith("0o")) return new BigInteger(t.substring(2), 8);
            if (t.length() > 1 && t.startsWith("0")) return new BigInteger(t.substring(1), 8);
            return new BigInteger(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The exact value of a float literal (decimal or hexadecimal with p exponent); null if malformed. */
    public static BigDecimal parseFloat(String text) {
        try {
            String t = text.replace("_", "").toLowerCase();
            if (t.startsWith("0x")) {
                int p = t.indexOf('p');
                String mant = p < 0 ? t.substring(2) : t.substring(2, p);
                int exp = p < 0 ? 0 : Integer.parseInt(t.substring(p + 1));
                int dot = mant.indexOf('.');
                String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
                if (dot >= 0) exp -= 4 * (mant.length() - dot - 1);
                BigDecimal v = new BigDecimal(new BigInteger(digits.isEmpty() ? "0" : digits, 16));
                if (Math.abs(exp) > 100000) return null;
                return exp >= 0 ? v.multiply(BigDecimal.valueOf(2).pow(exp)) : v.divide(BigDecimal.valueOf(2).pow(-exp));
            }
            BigDecimal d = new BigDecimal(t);
            if (Math.abs(d.scale()) > 100000) return null;
            return d;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The bytes of an interpreted ("...") or raw (`...`) string literal. */
    public static byte[] decodeString(String raw) {
        if (raw.length() < 2) return new byte[0];
        String body = raw.substring(1, raw.length() - 1);
        if (raw.charAt(0) == '`') return body.replace("\r", "").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        decodeInto(body, out);
        return out.toByteArray();
    }

    /** The code point of a rune literal ('a', '\n', '\x41', '\u00e9'...); 0 when malformed. */
    public static int decodeRune(String raw) {
        if (raw.length() < 3) return 0;
        String body = raw.substring(1, raw.length() - 1);
        if (body.charAt(0) != '\\') return body.codePointAt(0);
        int[] r = new int[1];
        escape(body, 1, r);
        return r[0];
    }

    private static void decodeInto(String body, ByteArrayOutputStream out) {
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
                continue;
            }
            int[] r = new int[1];
            char e = i + 1 < body.length() ? body.charAt(i + 1) : 'x';
            int next = escape(body, i + 1, r);
            if (e == 'x' || (e >= '0' && e <= '7')) out.write(r[0] & 0xff);
            else {
                int cp = r[0];
                if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
            i = next;
        }
    }

    /** Decodes the escape whose letter is at {@code i}; stores the value, returns the index after it. */
    private static int escape(String s, int i, int[] value) {
        if (i >= s.length()) return i;
        char e = s.charAt(i);
        switch (e) {
            case 'a' -> value[0] = 7;
            case 'b' -> value[0] = 8;
            case 'f' -> value[0] = 12;
            case 'n' -> value[0] = 10;
            case 'r' -> value[0] = 13;
            case 't' -> value[0] = 9;
            case 'v' -> value[0] = 11;
            case 'x' -> { return hex(s, i + 1, 2, value); }
            case 'u' -> { return hex(s, i + 1, 4, value); }
            case 'U' -> { return hex(s, i + 1, 8, value); }
            default -> {
                if (e >= '0' && e <= '7') {
                    int v = 0, j = i;
                    for (; j < i + 3 && j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '7'; j++) v = v * 8 + (s.charAt(j) - '0');
                    value[0] = v;
                    return j;
                }
                value[0] = e;
            }
        }
        return i + 1;
    }

    private static int hex(String s, int i, int n, int[] value) {
        long v = 0;
        int j = i;
        for (; j < i + n && j < s.length() && Character.digit(s.charAt(j), 16) >= 0; j++) v = v * 16 + Character.digit(s.charAt(j), 16);
        value[0] = v > Integer.MAX_VALUE ? -1 : (int) v;
        return j;
    }

    /** Enough precision for untyped float arithmetic (Go keeps at least 256 bits of mantissa). */
    public static final MathContext PRECISION = new MathContext(80);
}

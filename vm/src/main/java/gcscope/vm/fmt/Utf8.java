package gcscope.vm.fmt;

import java.nio.charset.StandardCharsets;

/**
 * Go's unicode/utf8 over byte arrays: decoding with Go's rules (invalid, overlong, surrogate and
 * out-of-range sequences decode as U+FFFD of width 1), encoding and rune counting.
 */
public final class Utf8 {
    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;
    public static final int RUNE_SELF = 0x80;

    private Utf8() {
    }

    /** Decodes the rune starting at {@code i}; returns {@code rune << 8 | width} (width 1..4). */
    public static long decode(byte[] s, int i, int end) {
        int b0 = s[i] & 0xFF;
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int n;
        int r;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            r = b0 & 0x0F;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            r = b0 & 0x07;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= end) {
                return ((long) RUNE_ERROR << 8) | 1;
            }
            int b = s[i + k] & 0xFF;
            int l = k == 1 ? lo : 0x80;
            int h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) {
                return ((long) RUNE_ERROR << 8) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        return ((long) r << 8) | n;
    }

    public static int rune(long decoded) {
        return (int) (decoded >> 8);
    }

    public static int width(long decoded) {
        return (int) (decoded & 0xFF);
    }

    /** Number of runes in {@code s[from, to)}, counting each invalid byte as one rune. */
    public static int runeCount(byte[] s, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            if ((s[i] & 0xFF) < RUNE_SELF) {
                i++;
            } else {
                i += width(decode(s, i, to));
            }
            count++;
        }
        return count;
    }

    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Go's utf8.AppendRune: invalid runes are written as U+FFFD. */
    public static void append(ByteBuf out, int r) {
        if (r >= 0 && r < 0x80) {
            out.add(r);
            return;
        }
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        if (r < 0x800) {
            out.add(0xC0 | (r >> 6));
            out.add(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            out.add(0xE0 | (r >> 12));
            out.add(0x80 | ((r >> 6) & 0x3F));
            out.add(0x80 | (r & 0x3F));
        } else {
            out.add(0xF0 | (r >> 18));
            out.add(0x80 | ((r >> 12) & 0x3F));
            out.add(0x80 | ((r >> 6) & 0x3F));
            out.add(0x80 | (r & 0x3F));
        }
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes Go string bytes for display; invalid bytes become U+FFFD as Go's range loop does. */
    public static String string(byte[] s) {
        StringBuilder sb = new StringBuilder(s.length);
        int i = 0;
        while (i < s.length) {
            long d = decode(s, i, s.length);
            sb.appendCodePoint(rune(d));
            i += width(d);
        }
        return sb.toString();
    }
}

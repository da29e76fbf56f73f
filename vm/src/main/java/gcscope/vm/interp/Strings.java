package gcscope.vm.interp;

import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;

import java.nio.charset.StandardCharsets;

/**
 * Go strings on the simulated heap: a STRING object {length, bytes...} (vm/HEAP.md); nil (0) is "".
 * Byte-indexed, immutable, compared bytewise.
 */
final class Strings {
    private final Machine m;

    Strings(Machine m) {
        this.m = m;
    }

    long make(String s) {
        return make(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A new STRING holding {@code b}; the empty string is nil. */
    long make(byte[] b) {
        return make(b, 0, b.length);
    }

    long make(byte[] b, int from, int n) {
        if (n == 0) return 0;
        long a = m.alloc(ObjectKind.STRING, 0, 1 + (n + 7) / 8);
        Heap h = m.heap;
        h.store(a, 0, n);
        for (int w = 0; w * 8 < n; w++) {
            long v = 0;
            for (int k = 0; k < 8 && w * 8 + k < n; k++) v |= (b[from + w * 8 + k] & 0xFFL) << (8 * k);
            h.store(a, 1 + w, v);
        }
        return a;
    }

    int length(long s) {
        if (s == 0) return 0;
        m.checkHeader(s);
        return (int) m.heap.load(s, 0);
    }

    int byteAt(long s, int i) {
        return (int) ((m.heap.load(s, 1 + (i >>> 3)) >>> (8 * (i & 7))) & 0xFF);
    }

    /** The bytes of s as a Java array (bulk work: charged, see Machine.chargeWork). */
    byte[] bytes(long s) {
        int n = length(s);
        m.chargeWork((n + 7) / 8);
        byte[] out = new byte[n];
        Heap h = m.heap;
        for (int w = 0; w * 8 < n; w++) {
            long v = h.load(s, 1 + w);
            for (int k = 0; k < 8 && w * 8 + k < n; k++) out[w * 8 + k] = (byte) (v >>> (8 * k));
        }
        return out;
    }

    String javaString(long s) {
        return new String(bytes(s), StandardCharsets.UTF_8);
    }

    /** Bytewise three-way comparison. */
    int compare(long x, long y) {
        if (x == y) return 0;
        int nx = length(x), ny = length(y);
        int n = Math.min(nx, ny);
        m.chargeWork((n + 7) / 8);
        Heap h = m.heap;
        for (int w = 0; w * 8 < n; w++) {
            long a = h.load(x, 1 + w), b = h.load(y, 1 + w);
            if (a == b) continue;
            for (int k = 0; k < 8 && w * 8 + k < n; k++) {
                int ca = (int) ((a >>> (8 * k)) & 0xFF), cb = (int) ((b >>> (8 * k)) & 0xFF);
                if (ca != cb) return ca < cb ? -1 : 1;
            }
        }
        return Integer.compare(nx, ny);
    }

    boolean equal(long x, long y) {
        if (x == y) return true;
        int n = length(x);
        if (n != length(y)) return false;
        m.chargeWork((n + 7) / 8);
        Heap h = m.heap;
        for (int w = 0; w * 8 < n; w++) if (h.load(x, 1 + w) != h.load(y, 1 + w)) return false;
        return true;
    }

    long hash(long s) {
        int n = length(s);
        m.chargeWork((n + 7) / 8);
        long hsh = 0xcbf29ce484222325L ^ n;
        Heap h = m.heap;
        for (int w = 0; w * 8 < n; w++) {
            hsh ^= h.load(s, 1 + w);
            hsh *= 0x100000001b3L;
            hsh ^= hsh >>> 29;
        }
        return hsh;
    }

    long concat(long x, long y) {
        int nx = length(x), ny = length(y);
        if (nx == 0) return y;
        if (ny == 0) return x;
        m.reserve((long) nx + ny + 16); // before building the Java copy of the result
        byte[] b = new byte[nx + ny];
        System.arraycopy(bytes(x), 0, b, 0, nx);
        System.arraycopy(bytes(y), 0, b, nx, ny);
        return make(b);
    }

    long substring(long s, long lo, long hi) {
        int n = length(s);
        Slices.checkBounds(lo, hi, n, n, false, "length");
        if (lo == 0 && hi == n) return s;
        return make(bytes(s), (int) lo, (int) (hi - lo));
    }

    /** UTF-8 decoding as Go's range over a string: {rune, width}; invalid bytes give U+FFFD width 1. */
    static long[] decodeRune(byte[] b, int i) {
        int n = b.length;
        int c0 = b[i] & 0xFF;
        if (c0 < 0x80) return new long[] {c0, 1};
        int need;
        int min;
        int r;
        if (c0 >= 0xC2 && c0 <= 0xDF) { need = 1; r = c0 & 0x1F; min = 0x80; }
        else if (c0 >= 0xE0 && c0 <= 0xEF) { need = 2; r = c0 & 0x0F; min = 0x800; }
        else if (c0 >= 0xF0 && c0 <= 0xF4) { need = 3; r = c0 & 0x07; min = 0x10000; }
        else return new long[] {0xFFFD, 1};
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) return new long[] {0xFFFD, 1};
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) return new long[] {0xFFFD, 1};
            r = (r << 6) | (c & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return new long[] {0xFFFD, 1};
        return new long[] {r, need + 1};
    }

    /** UTF-8 encoding of a rune (invalid code points become U+FFFD). */
    static byte[] encodeRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        return new String(Character.toChars((int) r)).getBytes(StandardCharsets.UTF_8);
    }
}

package gcscope.vm.fmt;

import java.util.Arrays;

/** A growable byte buffer (Go's fmt buffer): formatting output is bytes, as Go strings are. */
public final class ByteBuf {
    private byte[] data;
    private int size;

    public ByteBuf() {
        this(64);
    }

    public ByteBuf(int capacity) {
        data = new byte[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (size + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
        }
    }

    public ByteBuf add(int b) {
        ensure(1);
        data[size++] = (byte) b;
        return this;
    }

    public ByteBuf add(byte[] b) {
        return add(b, 0, b.length);
    }

    public ByteBuf add(byte[] b, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(b, from, data, size, n);
        size += n;
        return this;
    }

    /** Appends an ASCII (or any BMP) Java string as UTF-8. */
    public ByteBuf add(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                add(c);
            } else {
                return add(Utf8.bytes(s.substring(i)));
            }
        }
        return this;
    }

    public ByteBuf addRune(int r) {
        Utf8.append(this, r);
        return this;
    }

    public int size() {
        return size;
    }

    public byte get(int i) {
        return data[i];
    }

    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    @Override
    public String toString() {
        return Utf8.string(toBytes());
    }
}

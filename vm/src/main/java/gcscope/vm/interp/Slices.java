package gcscope.vm.interp;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;

/**
 * Slices on the heap: SLICE {array, offset, len, cap} over an ARRAY of elements (vm/HEAP.md). Growth
 * follows Go 1.22's growslice, including the rounding of the new capacity up to Go's malloc size
 * classes (computed from Go's element sizes, see {@link Values#goSize}).
 */
final class Slices {
    private final Machine m;

    Slices(Machine m) {
        this.m = m;
    }

    int elemWords(int elemType) {
        return m.program.type(elemType).slotCount();
    }

    long makeArray(int elemType, long count) {
        long words = count * elemWords(elemType);
        if (words > Integer.MAX_VALUE - 16) throw new VmHalt(gcscope.vm.interp.TrapKind.HEAP_LIMIT, -1, "slice too large: " + count + " elements");
        return m.alloc(ObjectKind.ARRAY, elemType, (int) words);
    }

    long header(int elemType, long arr, long off, long len, long cap) {
        long s = m.alloc(ObjectKind.SLICE, elemType, 4);
        Heap h = m.heap;
        h.store(s, 0, arr);
        h.store(s, 1, off);
        h.store(s, 2, len);
        h.store(s, 3, cap);
        if (arr != 0) m.collector.writeBarrier(s, arr);
        return s;
    }

    long make(int elemType, long len, long cap) {
        if (len < 0 || len > (1L << 31)) throw GoPanic.runtime("makeslice: len out of range");
        if (cap < len || cap > (1L << 31)) throw GoPanic.runtime("makeslice: cap out of range");
        long arr = makeArray(elemType, cap);
        return header(elemType, arr, 0, len, cap);
    }

    static long len(Heap h, long s) {
        return s == 0 ? 0 : h.load(s, 2);
    }

    static long cap(Heap h, long s) {
        return s == 0 ? 0 : h.load(s, 3);
    }

    /** append(s, one element at stack[abs..]). */
    long append(long s, int elemType, long[] st, int abs) {
        Heap h = m.heap;
        int ew = elemWords(elemType);
        long len = len(h, s), cap = cap(h, s);
        long arr = s == 0 ? 0 : h.load(s, 0), off = s == 0 ? 0 : h.load(s, 1);
        if (len + 1 > cap) {
            long ncap = growCap(cap, len + 1, elemType);
            long narr = makeArray(elemType, ncap);
            if (len > 0) copyElems(arr, off, narr, 0, len, elemType);
            arr = narr;
            off = 0;
            cap = ncap;
        }
        int word = (int) ((off + len) * ew);
        for (int k = 0; k < ew; k++) h.store(arr, word + k, st[abs + k]);
        barrierWords(arr, word, ew, elemType);
        return header(elemType, arr, off, len + 1, cap);
    }

    /** append(s, other...) for slices (other may be s itself). */
    long appendSlice(long s, int elemType, long other) {
        Heap h = m.heap;
        long n = len(h, other);
        if (n == 0) return s == 0 ? 0 : s;
        long len = len(h, s), cap = cap(h, s);
        long arr = s == 0 ? 0 : h.load(s, 0), off = s == 0 ? 0 : h.load(s, 1);
        long oarr = h.load(other, 0), ooff = h.load(other, 1);
        if (len + n > cap) {
            long ncap = growCap(cap, len + n, elemType);
            long narr = makeArray(elemType, ncap);
            if (len > 0) copyElems(arr, off, narr, 0, len, elemType);
            arr = narr;
            off = 0;
            cap = ncap;
        }
        copyElems(oarr, ooff, arr, off + len, n, elemType);
        return header(elemType, arr, off, len + n, cap);
    }

    /** append([]byte, string...). */
    long appendString(long s, byte[] bytes) {
        if (bytes.length == 0) return s;
        Heap h = m.heap;
        int elemType = gcscope.vm.bytecode.BuiltinTypes.UINT8;
        long len = len(h, s), cap = cap(h, s);
        long arr = s == 0 ? 0 : h.load(s, 0), off = s == 0 ? 0 : h.load(s, 1);
        long n = bytes.length;
        if (len + n > cap) {
            long ncap = growCap(cap, len + n, elemType);
            long narr = makeArray(elemType, ncap);
            if (len > 0) copyElems(arr, off, narr, 0, len, elemType);
            arr = narr;
            off = 0;
            cap = ncap;
        }
        for (int i = 0; i < n; i++) h.store(arr, (int) (off + len + i), bytes[i] & 0xFFL);
        return header(elemType, arr, off, len + n, cap);
    }

    /** copy(dst, src): number of elements copied (memmove semantics). */
    long copy(long dst, long src, int elemType) {
        Heap h = m.heap;
        long n = Math.min(len(h, dst), len(h, src));
        if (n == 0) return 0;
        copyElems(h.load(src, 0), h.load(src, 1), h.load(dst, 0), h.load(dst, 1), n, elemType);
        return n;
    }

    void copyElems(long fromArr, long fromOff, long toArr, long toOff, long n, int elemType) {
        int ew = elemWords(elemType);
        m.chargeWork(n * ew);
        m.heap.copyWords(fromArr, (int) (fromOff * ew), toArr, (int) (toOff * ew), (int) (n * ew));
        barrierWords(toArr, (int) (toOff * ew), (int) (n * ew), elemType);
    }

    /** The write barrier for every reference word stored into {@code parent} words [from, from+count). */
    void barrierWords(long parent, int from, int count, int elemType) {
        if (!m.typeHasRef(elemType)) return;
        SlotType[] kinds = m.program.type(elemType).slots();
        if (kinds.length == 0) return;
        Heap h = m.heap;
        for (int i = 0; i < count; i++) {
            SlotType k = kinds[i % kinds.length];
            if (k == SlotType.GCREF) {
                long c = h.load(parent, from + i);
                if (c != 0) m.collector.writeBarrier(parent, c);
            } else if (k == SlotType.INTERFACE0 && InterfaceHeader.isRef(h.load(parent, from + i)) && i + 1 < count) {
                long c = h.load(parent, from + i + 1);
                if (c != 0) m.collector.writeBarrier(parent, c);
            }
        }
    }

    /** s[lo:hi:max] with Go's bounds messages; three = the expression had three indexes. */
    long slice(long s, long lo, long hi, long max, boolean three) {
        Heap h = m.heap;
        long cap = cap(h, s);
        checkBounds(lo, hi, max, cap, three, "capacity");
        if (s == 0) return 0;
        return header(h.meta(s), h.load(s, 0), h.load(s, 1) + lo, hi - lo, max - lo);
    }

    /** Slicing the array at pointer p (payload address) of type arrayType. */
    long sliceArray(long p, TypeInfo arrayType, long lo, long hi, long max, boolean three) {
        if (p == 0) throw GoPanic.nilDeref();
        checkBounds(lo, hi, max, arrayType.length(), three, "length");
        return header(arrayType.elem(), p - 8, lo, hi - lo, max - lo);
    }

    static void checkBounds(long lo, long hi, long max, long cap, boolean three, String what) {
        // Go's runtime.boundsError formats (negative operands drop the "with length" part)
        if (three) {
            if (max < 0) throw GoPanic.runtime("slice bounds out of range [::" + max + "]");
            if (max > cap) throw GoPanic.runtime("slice bounds out of range [::" + max + "] with " + what + " " + cap);
            if (hi < 0) throw GoPanic.runtime("slice bounds out of range [:" + hi + ":]");
            if (hi > max) throw GoPanic.runtime("slice bounds out of range [:" + hi + ":" + max + "]");
            if (lo < 0) throw GoPanic.runtime("slice bounds out of range [" + lo + "::]");
            if (lo > hi) throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + ":]");
        } else {
            if (hi < 0) throw GoPanic.runtime("slice bounds out of range [:" + hi + "]");
            if (hi > max) throw GoPanic.runtime("slice bounds out of range [:" + hi + "] with " + what + " " + max);
            if (lo < 0) throw GoPanic.runtime("slice bounds out of range [" + lo + ":]");
            if (lo > hi) throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + "]");
        }
    }

    /** Go 1.22 runtime.growslice capacity, rounded up to a malloc size class. */
    long growCap(long oldCap, long newLen, int elemType) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) {
            newcap = newLen;
        } else {
            final long threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * threshold) >> 2;
                if (newcap <= 0) newcap = newLen;
            }
        }
        long size = m.values.goSize(elemType);
        if (size <= 0) return newcap;
        long mem = SizeClasses.roundUp(newcap * size);
        return mem / size;
    }
}

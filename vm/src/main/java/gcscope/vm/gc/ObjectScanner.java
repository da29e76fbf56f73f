package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;
import gcscope.vm.layout.PointerMap;

/**
 * Enumerates the reference words of one heap object, one rule per object kind (vm/HEAP.md). Used by
 * the collector's blacken, by the sanitizer's true-reachability pass and by snapshot builders.
 */
public final class ObjectScanner {
    /** Receives one non-nil reference found at payload byte {@code byteOffset} of {@code parent}. */
    public interface RefSink {
        void ref(long parent, int byteOffset, long child);
    }

    /** Returned by {@link #scan} for an ENUM whose discriminant names no variant of its layout. */
    public static final int BAD_DISCRIMINANT = -2;
    /** Returned by {@link #scan} for an ENUM whose header names no union layout. */
    public static final int BAD_LAYOUT = -3;

    private final Heap heap;
    private final HeapMetas metas;
    private final LayoutStore layouts;
    private byte[] metaRefs = new byte[64]; // 0 unknown, 1 no refs, 2 has refs

    public ObjectScanner(Heap heap, HeapMetas metas) {
        this.heap = heap;
        this.metas = metas;
        this.layouts = metas.layouts();
    }

    /**
     * Visits every non-nil reference of the object at {@code addr}. ENUM payloads are scanned through
     * {@code enumLayout} (pass the header's {@code heap.meta(addr)} to scan as the collector does, or the
     * witness layout to scan as the payload was written). Returns the discriminant read for an ENUM
     * (or {@link #BAD_DISCRIMINANT}/{@link #BAD_LAYOUT}), else 0.
     */
    public int scan(long addr, int enumLayout, RefSink sink) {
        ObjectKind kind = heap.kind(addr);
        int n = heap.payloadWords(addr);
        switch (kind) {
            case STRING:
                return 0;
            case SLICE:
                if (n > 0) emit(addr, 0, heap.load(addr, 0), sink);
                return 0;
            case CLOSURE:
                for (int i = 0; i < n; i++) emit(addr, i * 8, heap.load(addr, i), sink);
                return 0;
            case ENUM:
                return scanEnum(addr, enumLayout, n, sink);
            default:
                scanWords(addr, heap.meta(addr), n, sink);
                return 0;
        }
    }

    private static void emit(long parent, int off, long v, RefSink sink) {
        if (v != 0) sink.ref(parent, off, v);
    }

    private boolean hasRefs(int meta) {
        if (meta >= metaRefs.length) metaRefs = java.util.Arrays.copyOf(metaRefs, Math.max(meta + 1, metaRefs.length * 2));
        byte k = metaRefs[meta];
        if (k == 0) {
            k = 1;
            for (SlotType t : metas.wordTypes(meta)) if (t == SlotType.GCREF || t == SlotType.INTERFACE0) k = 2;
            metaRefs[meta] = k;
        }
        return k == 2;
    }

    private void scanWords(long addr, int meta, int n, RefSink sink) {
        if (n == 0 || !hasRefs(meta)) return;
        SlotType[] types = metas.wordTypes(meta);
        int len = types.length;
        for (int i = 0, t = 0; i < n; i++, t = (t + 1 == len) ? 0 : t + 1) {
            SlotType st = types[t];
            if (st == SlotType.GCREF) emit(addr, i * 8, heap.load(addr, i), sink);
            else if (st == SlotType.INTERFACE0 && i + 1 < n && InterfaceHeader.isRef(heap.load(addr, i))) emit(addr, (i + 1) * 8, heap.load(addr, i + 1), sink);
        }
    }

    /** Reads payload bytes; past the object's end it reads whatever heap words follow (a faithful misread). */
    long readBits(long addr, int n, int off, int width) {
        if (off + width <= n * 8) return heap.loadBits(addr, off, width);
        long v = 0;
        for (int b = 0; b < width; b++) {
            long abs = addr + 8 + off + b;
            long word = heap.wordAt(abs & ~7L);
            v |= ((word >>> ((abs & 7) * 8)) & 0xFF) << (8 * b);
        }
        return v;
    }

    /** The variant an ENUM object holds when read through {@code unionLayout}, or a BAD_ code. */
    public int discriminant(long addr, int unionLayout) {
        if (!layouts.isUnion(unionLayout)) return BAD_LAYOUT;
        Layout.Union u = layouts.union(unionLayout);
        int d = (int) readBits(addr, heap.payloadWords(addr), u.discOffset(), u.discSize());
        return d < u.variantCount() ? d : BAD_DISCRIMINANT;
    }

    private int scanEnum(long addr, int unionLayout, int n, RefSink sink) {
        int d = discriminant(addr, unionLayout);
        if (d < 0) return d;
        PointerMap pm = layouts.variantPointerMap(unionLayout, d);
        for (int i = 0; i < pm.refCount(); i++) {
            int off = pm.refOffset(i);
            emit(addr, off, readBits(addr, n, off, 8), sink);
        }
        for (int i = 0; i < pm.interfaceCount(); i++) {
            int off = pm.interfaceOffset(i);
            if (InterfaceHeader.isRef(readBits(addr, n, off, 8))) emit(addr, off + 8, readBits(addr, n, off + 8, 8), sink);
        }
        return d;
    }
}

package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.check.Sanitizer;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.config.Fault;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.heap.Tombstone;
import gcscope.vm.interp.Trap;
import gcscope.vm.interp.TrapKind;

/**
 * The marking half of the {@link Collector}: root scanning through slotTypes (markRoots), greying
 * (markRef, interior pointers mapped with objectStart), one blacken per object kind (through
 * {@link ObjectScanner}), and bad references turned into traps and sanitizer check 2 violations,
 * each naming where the reference was found.
 */
final class Marker {
    private static final int REF_COST = 8;

    private final Collector owner;
    private final Heap heap;
    private final HeapMetas metas;
    private final Fault fault;
    private final ObjectScanner scanner;
    private final Sanitizer sanitizer;
    private final LongStack gray;
    long marked, blackened;
    Trap trap;
    /** Work done by the current root scan (reset by the collector). */
    long work;

    // where the reference being marked was found (for traps and violations)
    private int ctxFiber = -1, ctxFrame = -1, ctxFunc = -1, ctxPc = -1, ctxSlot = -1, ctxOffset = -1;
    private RootKind ctxRoot;

    private final ObjectScanner.RefSink markSink = (parent, off, child) -> {
        ctxOffset = off;
        markRef(child, parent);
    };
    private final RootMarker rootMarker = new RootMarker();

    Marker(Collector owner, Heap heap, HeapMetas metas, Fault fault, ObjectScanner scanner, Sanitizer sanitizer, LongStack gray) {
        this.owner = owner;
        this.heap = heap;
        this.metas = metas;
        this.fault = fault;
        this.scanner = scanner;
        this.sanitizer = sanitizer;
        this.gray = gray;
    }

    Marker copyFor(Collector owner, Heap heap, ObjectScanner scanner, Sanitizer sanitizer, LongStack gray) {
        Marker m = new Marker(owner, heap, metas, fault, scanner, sanitizer, gray);
        m.marked = marked;
        m.blackened = blackened;
        m.trap = trap;
        return m;
    }

    boolean isWhite(long a) {
        int c = heap.colourOrdinal(a);
        return c == Colour.WHITE0.ordinal() || c == Colour.WHITE1.ordinal();
    }

    void markRoots() {
        owner.roots().visitRoots(rootMarker);
    }

    /** Scans a gray object's references (greying white children) and turns it black; returns its size. */
    long blacken(long a) {
        if (heap.colourOrdinal(a) != Colour.GRAY.ordinal()) return 0;
        ctxFiber = ctxFrame = ctxFunc = ctxPc = ctxSlot = -1;
        ctxRoot = null;
        if (heap.kind(a) == ObjectKind.ENUM) {
            if (sanitizer != null) sanitizer.checkEnum(a, heap.meta(a));
            int d = scanner.scan(a, heap.meta(a), markSink);
            if (d < 0) corruptEnum(a, d);
        } else {
            scanner.scan(a, heap.meta(a), markSink);
        }
        heap.setColour(a, Colour.BLACK);
        blackened++;
        owner.emit(GcEventKind.BLACKENED, a, 0);
        return heap.sizeBytes(a);
    }

    private void markRef(long ref, long from) {
        if (ref == 0) return;
        work += REF_COST;
        if ((ref & 7) != 0 || ref < Heap.BASE || ref >= heap.top()) {
            badReference(ref, null, from);
            return;
        }
        long s = heap.chunkStart(ref);
        if (heap.isFreed(s)) {
            badReference(ref, heap.tombstone(s), from);
            return;
        }
        if (isWhite(s)) {
            heap.setColour(s, Colour.GRAY);
            gray.push(s);
            marked++;
            owner.emit(GcEventKind.MARKED, s, from);
        }
    }

    private final class RootMarker implements RootVisitor {
        private long lastHeader;

        @Override
        public void frame(int fiber, int frame, int funcId, int pc, long[] stack, int bp, SlotType[] slotTypes, byte[] shadow) {
            if (fault == Fault.SKIP_ROOT && frame == 0) return;
            ctxFiber = fiber;
            ctxFrame = frame;
            ctxFunc = funcId;
            ctxPc = pc;
            ctxRoot = null;
            ctxOffset = -1;
            work += slotTypes.length;
            for (int i = 0; i < slotTypes.length; i++) {
                SlotType t = slotTypes[i];
                if (t == SlotType.GCREF) {
                    ctxSlot = i;
                    markRef(stack[bp + i], 0);
                } else if (t == SlotType.INTERFACE0 && i + 1 < slotTypes.length && InterfaceHeader.isRef(stack[bp + i])) {
                    ctxSlot = i + 1;
                    markRef(stack[bp + i + 1], 0);
                }
            }
            ctxFiber = ctxFrame = ctxFunc = ctxPc = ctxSlot = -1;
        }

        @Override
        public void word(RootKind kind, int index, SlotType type, long raw) {
            if (fault == Fault.SKIP_ROOT && kind == RootKind.GLOBAL) return;
            ctxRoot = kind;
            ctxSlot = index;
            ctxOffset = -1;
            work++;
            if (type == SlotType.GCREF) markRef(raw, 0);
            else if (type == SlotType.INTERFACE1 && InterfaceHeader.isRef(lastHeader)) markRef(raw, 0);
            lastHeader = type == SlotType.INTERFACE0 ? raw : 0;
            ctxRoot = null;
            ctxSlot = -1;
        }
    }

    // ---------------------------------------------------------------- bad references (traps and check 2)

    private String where(long from) {
        if (from != 0) return String.format("field at offset %d of object 0x%x (%s)", ctxOffset, from, heap.kind(from));
        if (ctxRoot != null) return ctxRoot.label() + " root word " + ctxSlot;
        if (ctxFunc >= 0) return String.format("GCREF slot %d of %s (fiber %d, frame %d, pc %d)", ctxSlot, metas.functionName(ctxFunc), ctxFiber, ctxFrame, ctxPc);
        return "a root";
    }

    private void badReference(long ref, Tombstone tomb, long from) {
        long step = owner.roots().step();
        String where = where(from);
        TrapKind tk = tomb == null ? TrapKind.WILD_REFERENCE : TrapKind.USE_AFTER_FREE;
        String msg = tomb == null
                ? String.format("wild reference 0x%x (no object header there) in %s, found by the collector at step %d", ref, where, step)
                : String.format("use of object 0x%x freed at step %d by sweep of cycle %d (reference 0x%x in %s, found by the collector at step %d)",
                        tomb.address(), tomb.step(), tomb.cycle(), ref, where, step);
        String fn = ctxFunc >= 0 ? metas.functionName(ctxFunc) : "";
        SourcePos pos = ctxFunc >= 0 ? metas.position(ctxFunc, ctxPc) : SourcePos.NONE;
        if (trap == null) trap = new Trap(tk, step, fn, ctxPc, pos, ref, msg);
        if (sanitizer != null) {
            ViolationKind vk = tomb == null ? ViolationKind.WILD_REFERENCE : ViolationKind.USE_AFTER_FREE;
            sanitizer.report(new Violation(vk, step, ctxFiber, ctxFrame, fn, ctxPc, ctxSlot, from != 0 ? from : ref,
                    from != 0 ? ctxOffset : -1, "live object header", tomb == null ? String.format("0x%x", ref) : tomb.describe(), pos, msg));
        }
    }

    private void corruptEnum(long a, int code) {
        long step = owner.roots().step();
        String msg = code == ObjectScanner.BAD_LAYOUT
                ? String.format("enum object 0x%x names layout #%d, which is not a tag union (collector, step %d)", a, heap.meta(a), step)
                : String.format("enum object 0x%x holds a discriminant outside its layout %s (collector, step %d)", a, metas.layouts().name(heap.meta(a)), step);
        if (trap == null) trap = new Trap(TrapKind.WILD_REFERENCE, step, "", -1, SourcePos.NONE, a, msg);
    }
}

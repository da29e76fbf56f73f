package gcscope.vm.check;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.gc.HeapMetas;
import gcscope.vm.gc.ObjectScanner;
import gcscope.vm.gc.RootSource;
import gcscope.vm.heap.AddressMap;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;
import gcscope.vm.layout.PointerMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The five checks of VM.md "The sanitizer", each reported as a {@link Violation}. Check 1 (root map)
 * is evaluated by the interpreter at every slot write through {@link #checkSlotWrite}; check 2 (wild
 * and freed references) by the collector at root scan and blacken; check 3 (layout witness) at enum
 * construction and whenever the collector scans an ENUM; check 4 (tri-colour) at every barrier-relevant
 * store and, at the end of marking, over the black objects; check 5 (missed roots) at the end of every
 * mark phase from the TRUE roots (stack slots by their shadow kinds). Created by the Collector when
 * {@code RunOptions.sanitize} is on; the interpreter polls {@link #violationCount()}.
 */
public final class Sanitizer {
    /** At most this many violations of checks 4 and 5 are reported per mark phase. */
    public static final int MAX_PER_CYCLE = 8;

    private final Heap heap;
    private final HeapMetas metas;
    private final LayoutStore layouts;
    private final RootSource roots;
    private final ObjectScanner scanner;
    private final List<Violation> violations = new ArrayList<>();
    private final AddressMap witnessReported;
    private final MissedRootFinder missedRoots;

    public Sanitizer(Heap heap, HeapMetas metas, RootSource roots, ObjectScanner scanner) {
        this.heap = heap;
        this.metas = metas;
        this.layouts = metas.layouts();
        this.roots = roots;
        this.scanner = scanner;
        this.witnessReported = new AddressMap();
        this.missedRoots = new MissedRootFinder(heap, metas, scanner, this);
    }

    private Sanitizer(Sanitizer o, Heap heap, RootSource roots, ObjectScanner scanner) {
        this.heap = heap;
        this.metas = o.metas;
        this.layouts = o.layouts;
        this.roots = roots;
        this.scanner = scanner;
        this.witnessReported = o.witnessReported.copy();
        this.violations.addAll(o.violations);
        this.dropped = o.dropped;
        this.missedRoots = new MissedRootFinder(heap, metas, scanner, this);
    }

    /** A copy with the same violations, bound to a copied heap (used by {@code Collector.copy}). */
    public Sanitizer copy(Heap heap, RootSource roots, ObjectScanner scanner) {
        return new Sanitizer(this, heap, roots, scanner);
    }

    /** Violations kept as records; later ones (a bad loop under --on-violation continue) are only counted. */
    public static final int MAX_KEPT = 1000;
    private int dropped;

    /**
     * A violation about a heap object, found by the collector or at a store: stamped with where execution is
     * (the safepoint's fiber, frame, function, next pc and its source line), so it names a function and a line.
     */
    private Violation located(ViolationKind kind, long addr, int offset, String expected, String actual, String message) {
        RootSource.Where w = roots.where();
        if (w == null) return new Violation(kind, roots.step(), -1, -1, "", -1, -1, addr, offset, expected, actual, SourcePos.NONE, message);
        return new Violation(kind, roots.step(), w.fiber(), w.frame(), w.function(), w.pc(), -1, addr, offset, expected, actual, w.pos(), message);
    }

    public void report(Violation v) {
        if (violations.size() < MAX_KEPT) violations.add(v);
        else dropped++;
    }

    /** Every violation reported so far (kept or only counted). */
    public int violationCount() {
        return violations.size() + dropped;
    }

    /** Kept violation {@code i} (0 <= i < min(violationCount(), MAX_KEPT)). */
    public Violation violation(int i) {
        return violations.get(i);
    }

    /** The kept violations, oldest first. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    long step() {
        return roots.step();
    }

    // ---------------------------------------------------------------- check 1

    /** True if writing {@code written} bits {@code raw} into a slot declared {@code declared} keeps the root map valid. */
    public static boolean slotWriteOk(SlotType declared, SlotType written, long raw) {
        return raw == 0 || declared.compatibleWith(written);
    }

    /**
     * Check 1, called by the interpreter at each slot write (after updating the shadow kind). Reports a
     * ROOT_MAP_MISMATCH and returns false when the written kind is incompatible with the declared one.
     */
    public boolean checkSlotWrite(int fiber, int frame, int funcId, int pc, int slot, SlotType declared, SlotType written, long raw) {
        if (slotWriteOk(declared, written, raw)) return true;
        String fn = metas.functionName(funcId);
        report(new Violation(ViolationKind.ROOT_MAP_MISMATCH, roots.step(), fiber, frame, fn, pc, slot, -1, -1,
                declared.name(), written.name() + " " + raw, metas.position(funcId, pc),
                String.format("slot %d of %s is declared %s but holds %s %d", slot, fn, declared, written, raw)));
        return false;
    }

    // ---------------------------------------------------------------- check 3

    /**
     * Check 3: the ENUM object at {@code addr} is about to be read through {@code scanLayout}; its
     * payload was written with {@code heap.writtenLayout(addr)}. Reports (once per object) when the two
     * differ in size, discriminant offset or the current variant's pointer map.
     */
    public boolean checkEnum(long addr, int scanLayout) {
        int written = heap.writtenLayout(addr);
        if (written < 0 || written == scanLayout) return true;
        int d = layouts.isUnion(written) ? scanner.discriminant(addr, written) : -1;
        return compareLayouts(addr, scanLayout, written, d);
    }

    /**
     * Check 3 at construction (the interpreter's ENUM_NEW, before the payload is written): variant
     * {@code variant} will be read through {@code headerLayout} but written with {@code writtenLayout}.
     * Call after {@code heap.witnessLayout(addr, writtenLayout)}.
     */
    public boolean checkEnumNew(long addr, int headerLayout, int writtenLayout, int variant) {
        if (headerLayout == writtenLayout) return true;
        return compareLayouts(addr, headerLayout, writtenLayout, variant);
    }

    private boolean compareLayouts(long addr, int scanLayout, int written, int d) {
        boolean ok = d >= 0 && layouts.isUnion(scanLayout) && layouts.isUnion(written) && layouts.scanCompatible(scanLayout, written, d);
        if (ok || witnessReported.contains(addr)) return ok;
        witnessReported.put(addr, 1);
        String wrote = describeVariant(written, d);
        String scans = describeVariant(scanLayout, d);
        int off = firstDifference(written, scanLayout, d);
        report(located(ViolationKind.LAYOUT_WITNESS, addr, off, wrote, scans, String.format("enum object 0x%x was written with %s but is scanned with %s", addr, wrote, scans)));
        return false;
    }

    private String describeVariant(int union, int d) {
        if (!layouts.isUnion(union)) return "layout #" + union + " (not a union)";
        Layout.Union u = layouts.union(union);
        StringBuilder b = new StringBuilder(layouts.name(union)).append(" size ").append(u.size()).append(" disc@").append(u.discOffset());
        if (d >= 0 && d < u.variantCount()) {
            int p = u.variant(d);
            b.append(" variant ").append(d).append(' ').append(layouts.name(p)).append(" size ").append(layouts.size(p))
                    .append(" ptrs ").append(layouts.pointerMap(p));
        }
        return b.toString();
    }

    private int firstDifference(int a, int b, int d) {
        if (!layouts.isUnion(a) || !layouts.isUnion(b) || d < 0) return -1;
        Layout.Union ua = layouts.union(a), ub = layouts.union(b);
        if (d >= ua.variantCount() || d >= ub.variantCount()) return ua.discOffset();
        PointerMap pa = layouts.pointerMap(ua.variant(d)), pb = layouts.pointerMap(ub.variant(d));
        int best = Integer.MAX_VALUE;
        best = Math.min(best, firstMismatch(pa.refOffsets(), pb.refOffsets()));
        best = Math.min(best, firstMismatch(pa.interfaceOffsets(), pb.interfaceOffsets()));
        if (best == Integer.MAX_VALUE) best = ua.discOffset() != ub.discOffset() ? Math.min(ua.discOffset(), ub.discOffset()) : Math.min(ua.size(), ub.size());
        return best;
    }

    private static int firstMismatch(int[] x, int[] y) {
        int best = Integer.MAX_VALUE;
        for (int v : x) if (!contains(y, v)) best = Math.min(best, v);
        for (int v : y) if (!contains(x, v)) best = Math.min(best, v);
        return best;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }

    // ---------------------------------------------------------------- check 4

    /** Check 4 at a store: a black object now references a white one and no barrier greyed it. */
    public void tricolourStore(long parent, long child) {
        report(located(ViolationKind.TRICOLOUR, parent, -1,
                "parent turned gray by the write barrier", "BLACK 0x" + Long.toHexString(parent) + " -> WHITE 0x" + Long.toHexString(child),
                String.format("black object 0x%x (%s) now references white object 0x%x (%s) and no write barrier fired",
                parent, heap.kind(parent), child, heap.kind(child))));
    }

    private int cycleReports;

    /** Called by the collector at the end of ATOMIC, before the sweep: checks 4 and 5 over the heap. */
    public void afterMark(int cycle) {
        cycleReports = 0;
        int n = heap.listedObjects();
        int black = Colour.BLACK.ordinal();
        for (int i = 0; i < n && cycleReports < MAX_PER_CYCLE; i++) {
            long a = heap.listedObject(i);
            if (heap.colourOrdinal(a) != black) continue;
            scanner.scan(a, heap.meta(a), (parent, off, child) -> {
                long c = heap.objectStart(child);
                if (c != 0 && isWhite(c) && cycleReports < MAX_PER_CYCLE) {
                    cycleReports++;
                    report(located(ViolationKind.TRICOLOUR, parent, off,
                            "no black-to-white edge at the end of marking", String.format("0x%x -> white 0x%x", parent, c),
                            String.format("at the end of mark phase of cycle %d black object 0x%x (%s) references white object 0x%x (%s) at offset %d; the sweep will free it",
                                    cycle, parent, heap.kind(parent), c, heap.kind(c), off)));
                }
            });
        }
        missedRoots.check(cycle, roots);
    }

    boolean isWhite(long a) {
        int c = heap.colourOrdinal(a);
        return c == Colour.WHITE0.ordinal() || c == Colour.WHITE1.ordinal();
    }

    int takeReportSlot() {
        return cycleReports < 2 * MAX_PER_CYCLE ? ++cycleReports : -1;
    }
}

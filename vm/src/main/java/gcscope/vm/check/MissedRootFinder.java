package gcscope.vm.check;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.gc.HeapMetas;
import gcscope.vm.gc.LongStack;
import gcscope.vm.gc.ObjectScanner;
import gcscope.vm.gc.RootKind;
import gcscope.vm.gc.RootSource;
import gcscope.vm.gc.RootVisitor;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;

import java.util.Arrays;

/**
 * Sanitizer check 5: at the end of a mark phase, everything reachable from the TRUE roots is marked.
 * True roots are the stack slots taken by their shadow kinds (what was actually written there, not
 * slotTypes), every frame and every global (no skip-root fault), defers, panics and returns. ENUM
 * payloads are followed through the layout they were written with. An unmarked object reached from a
 * marked object or directly from a root is reported (its unmarked descendants are consequences).
 */
final class MissedRootFinder implements RootVisitor {
    private static final SlotType[] TYPES = SlotType.values();

    private final Heap heap;
    private final HeapMetas metas;
    private final ObjectScanner scanner;
    private final Sanitizer sanitizer;
    private long[] visited = new long[0];
    private final LongStack stack = new LongStack();
    private int cycle;
    private long lastHeader;
    // the root being followed
    private int fiber, frame, funcId, pc, slot;
    private RootKind rootKind;

    MissedRootFinder(Heap heap, HeapMetas metas, ObjectScanner scanner, Sanitizer sanitizer) {
        this.heap = heap;
        this.metas = metas;
        this.scanner = scanner;
        this.sanitizer = sanitizer;
    }

    void check(int cycle, RootSource roots) {
        this.cycle = cycle;
        int words = (int) ((heap.top() >>> 3) + 64);
        int longs = (words >>> 6) + 1;
        if (visited.length < longs) visited = new long[Math.max(longs, visited.length * 2)];
        else Arrays.fill(visited, 0L);
        roots.visitRoots(this);
    }

    @Override
    public void frame(int fiber, int frame, int funcId, int pc, long[] stack, int bp, SlotType[] slotTypes, byte[] shadow) {
        this.fiber = fiber;
        this.frame = frame;
        this.funcId = funcId;
        this.pc = pc;
        this.rootKind = null;
        for (int i = 0; i < slotTypes.length; i++) {
            SlotType t = shadow != null ? TYPES[shadow[bp + i]] : slotTypes[i];
            if (t == SlotType.GCREF) {
                slot = i;
                follow(stack[bp + i]);
            } else if (t == SlotType.INTERFACE0 && i + 1 < slotTypes.length && InterfaceHeader.isRef(stack[bp + i])) {
                slot = i + 1;
                follow(stack[bp + i + 1]);
            }
        }
    }

    @Override
    public void word(RootKind kind, int index, SlotType type, long raw) {
        fiber = frame = funcId = pc = -1;
        rootKind = kind;
        slot = index;
        if (type == SlotType.GCREF || (type == SlotType.INTERFACE1 && InterfaceHeader.isRef(lastHeader))) follow(raw);
        lastHeader = type == SlotType.INTERFACE0 ? raw : 0;
    }

    private long liveStart(long ref) {
        if (ref == 0 || (ref & 7) != 0) return 0;
        return heap.objectStart(ref);
    }

    private boolean visit(long a) {
        int w = (int) (a >>> 3);
        long bit = 1L << (w & 63);
        if ((visited[w >>> 6] & bit) != 0) return false;
        visited[w >>> 6] |= bit;
        return true;
    }

    /** Follows one root; entries on the stack carry bit 0 = "reached through an unmarked object". */
    private void follow(long ref) {
        long a = liveStart(ref);
        if (a == 0 || !visit(a)) return;
        stack.clear();
        stack.push(a);
        while (!stack.isEmpty()) {
            long e = stack.pop();
            long obj = e & ~7L;
            boolean underMissed = (e & 1) != 0;
            boolean white = sanitizer.isWhite(obj);
            if (white && !underMissed) reportMissed(obj);
            long flag = white ? 1 : 0;
            int written = heap.writtenLayout(obj);
            scanner.scan(obj, written >= 0 ? written : heap.meta(obj), (parent, off, child) -> {
                long c = liveStart(child);
                if (c != 0 && visit(c)) stack.push(c | flag);
            });
        }
    }

    private void reportMissed(long obj) {
        if (sanitizer.takeReportSlot() < 0) return;
        String root;
        String fn = "";
        SourcePos pos = SourcePos.NONE;
        if (rootKind != null) root = rootKind.label() + " root word " + slot;
        else {
            fn = metas.functionName(funcId);
            pos = metas.position(funcId, pc);
            root = String.format("slot %d of %s (fiber %d, frame %d)", slot, fn, fiber, frame);
        }
        sanitizer.report(new Violation(ViolationKind.MISSED_ROOT, sanitizer.step(), fiber, frame, fn, pc, slot, obj, -1,
                "marked (reachable from " + root + ")", heap.colour(obj) + " (unmarked)", pos,
                String.format("object 0x%x (%s) is reachable from %s but was not marked by the end of the mark phase of cycle %d; the sweep will free it",
                        obj, heap.kind(obj), root, cycle)));
    }
}

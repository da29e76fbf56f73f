package gcscope.views;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.GcCounters;
import gcscope.vm.snapshot.GcView;
import gcscope.vm.snapshot.HeapView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.RootRef;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.ArrayList;
import java.util.List;

/** Hand-built snapshots of a small linked-list program, for view-model and pane tests. */
public final class Snapshots {
    private Snapshots() {
    }

    public static SlotView slot(int i, SlotType t, long raw, String name) {
        return new SlotView(i, t, raw, t, name, t == SlotType.GCREF ? (raw == 0 ? "nil" : String.format("0x%x", raw)) : String.valueOf(raw),
                false, "");
    }

    /** A Node struct {Value int; Next *Node} at {@code addr} pointing at {@code next}. */
    public static ObjectView node(long addr, long value, long next, Colour c) {
        return new ObjectView(addr, ObjectKind.STRUCT, "Node", 24, c, -1, "Node{" + value + "}",
                List.of(new FieldView("Value", 0, SlotType.VALUE, value, 0, String.valueOf(value)),
                        new FieldView("Next", 8, SlotType.GCREF, next, next, next == 0 ? "nil" : String.format("0x%x", next))),
                -1, -1);
    }

    /**
     * Step {@code step} of main at {@code line}, pc {@code pc}: slot 0 "head" holds {@code head},
     * slot 1 "i" holds {@code i}; the heap holds the given objects.
     */
    public static VmSnapshot at(long step, int line, int pc, long head, long i, List<ObjectView> objects) {
        return at(step, line, pc, List.of(slot(0, SlotType.GCREF, head, "head"), slot(1, SlotType.VALUE, i, "i")), objects, List.of());
    }

    public static VmSnapshot at(long step, int line, int pc, List<SlotView> slots, List<ObjectView> objects, List<GcEvent> events) {
        FrameView main = new FrameView(0, 0, "main.main", pc, new SourcePos(line, 2), 0, slots);
        List<RootRef> roots = new ArrayList<>();
        for (SlotView s : slots) if (s.declared() == SlotType.GCREF && s.raw() != 0) roots.add(new RootRef("stack", 0, 0, s.index(), s.name(), s.raw()));
        long bytes = objects.stream().filter(o -> o.colour() != Colour.FREED).mapToLong(ObjectView::sizeBytes).sum();
        long count = objects.stream().filter(o -> o.colour() != Colour.FREED).count();
        GcView gc = new GcView(GcPhase.PROPAGATE, 1, 0, List.of(), List.of(), 0, 128,
                new GcCounters(1, 2, 1, 0, 0, 0, bytes, bytes, 3));
        return new VmSnapshot(step, step == 0 ? ExecStatus.READY : ExecStatus.PAUSED,
                List.of(new FiberView(0, "running", true, List.of(main))), List.of(),
                new HeapView(objects, bytes, bytes, count), roots, gc, events, List.of(), null, "", "", -1);
    }

    /** Three steps: empty heap; one node; two nodes with the first blackened and a GC event. */
    public static List<VmSnapshot> listProgram() {
        VmSnapshot s0 = at(0, 3, 0, 0, 0, List.of());
        VmSnapshot s1 = at(1, 4, 1, 4096, 0, List.of(node(4096, 1, 0, Colour.WHITE0)));
        VmSnapshot s2 = at(2, 5, 2, List.of(slot(0, SlotType.GCREF, 4120, "head"), slot(1, SlotType.VALUE, 1, "i")),
                List.of(node(4096, 1, 0, Colour.BLACK), node(4120, 2, 4096, Colour.GRAY)),
                List.of(new GcEvent(2, GcEventKind.BLACKENED, 4096, 0, 1, GcPhase.PROPAGATE)));
        return List.of(s0, s1, s2);
    }

    /** A snapshot whose slot 1 is declared VALUE but holds a reference (the sanitizer's root-map mismatch). */
    public static VmSnapshot mismatch() {
        SlotView bad = new SlotView(1, SlotType.VALUE, 4096, SlotType.GCREF, "tmp", "4096", true,
                "violation ROOT_MAP_MISMATCH: declared VALUE, holds GCREF 0x1000");
        VmSnapshot s = at(7, 6, 3, List.of(slot(0, SlotType.GCREF, 0, "head"), bad), List.of(node(4096, 1, 0, Colour.WHITE1)), List.of());
        Violation v = new Violation(ViolationKind.ROOT_MAP_MISMATCH, 7, 0, 0, "main.main", 3, 1, -1, -1, "VALUE", "GCREF",
                new SourcePos(6, 2), "declared VALUE, holds GCREF 0x1000");
        return new VmSnapshot(s.step(), ExecStatus.VIOLATION, s.fibers(), s.globals(), s.heap(), s.roots(), s.gc(), s.recentEvents(),
                List.of(v), null, "ok\n", "", -1);
    }

    /** A heap of {@code n} nodes in one list, head in slot 0. */
    public static VmSnapshot bigList(int n) {
        List<ObjectView> objs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long addr = 4096 + 24L * k;
            objs.add(node(addr, k, k == 0 ? 0 : addr - 24, k % 3 == 0 ? Colour.BLACK : Colour.WHITE0));
        }
        return at(10, 4, 1, 4096 + 24L * (n - 1), n, objs);
    }
}

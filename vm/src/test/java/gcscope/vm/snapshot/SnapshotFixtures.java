package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.interp.Trap;
import gcscope.vm.interp.TrapKind;

import java.util.ArrayList;
import java.util.List;

/** Hand-built snapshots for tests of the formats, the diff and the analysis. */
final class SnapshotFixtures {
    private SnapshotFixtures() {
    }

    static ObjectView object(long addr, ObjectKind kind, String type, Colour colour, long... refs) {
        List<FieldView> fields = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            fields.add(new FieldView("f" + i, 8 * i, SlotType.GCREF, refs[i], refs[i], refs[i] == 0 ? "nil" : "0x" + Long.toHexString(refs[i])));
        }
        fields.add(new FieldView("n", 8 * refs.length, SlotType.VALUE, 42, 0, "42"));
        return new ObjectView(addr, kind, type, 8 + 8 * (refs.length + 1), colour, -1, type + "{}", fields, -1, -1);
    }

    static RootRef stackRoot(int fiber, int frame, int slot, String name, long addr) {
        return new RootRef("stack", fiber, frame, slot, name, addr);
    }

    /** A small heap with a string, a slice and its array, a cycle of two structs, and garbage. */
    static VmSnapshot sample() {
        List<ObjectView> objects = List.of(
                new ObjectView(4096, ObjectKind.STRING, "string", 16, Colour.BLACK, -1, "\"héllo\\n\"",
                        List.of(new FieldView("bytes", 0, SlotType.VALUE, 0x6c6c6568L, 0, "hell")), -1, -1),
                object(4112, ObjectKind.SLICE, "[]*Node", Colour.BLACK, 4160),
                object(4160, ObjectKind.ARRAY, "[1]*Node", Colour.GRAY, 4192),
                object(4192, ObjectKind.STRUCT, "Node", Colour.WHITE0, 4232, 4096),
                object(4232, ObjectKind.STRUCT, "Node", Colour.WHITE0, 4192 + 8), // interior pointer back
                object(4272, ObjectKind.STRUCT, "Garbage", Colour.WHITE1),
                new ObjectView(4296, ObjectKind.BOX, "int", 16, Colour.FREED, -1, "freed", List.of(), 2, 77));
        HeapView heap = new HeapView(objects, 1000, 2000, 6);
        List<SlotView> mainSlots = List.of(
                new SlotView(0, SlotType.GCREF, 4112, SlotType.GCREF, "xs", "len 1 cap 1", false, ""),
                new SlotView(1, SlotType.VALUE, 7, SlotType.VALUE, "i", "7", false, ""),
                new SlotView(2, SlotType.GCREF, 2, SlotType.VALUE, "", "2", true, "declared GCREF, holds VALUE 2"),
                new SlotView(3, SlotType.FLOAT, Double.doubleToRawLongBits(1.5), SlotType.FLOAT, "f", "1.5", false, ""));
        FrameView mainFrame = new FrameView(1, 0, "main", 12, new SourcePos(5, 2), 0, mainSlots);
        FrameView leaf = new FrameView(0, 1, "foo", 3, new SourcePos(2, 9), 4, List.of(
                new SlotView(0, SlotType.GCREF, 4096, SlotType.GCREF, "s", "\"hello\"", false, "")));
        FiberView main = new FiberView(0, "running", true, List.of(leaf, mainFrame));
        FiberView worker = new FiberView(1, "blocked: chan receive", false, List.of(
                new FrameView(0, 2, "worker", 0, SourcePos.NONE, 0, List.of(
                        new SlotView(0, SlotType.INTERFACE0, 0, SlotType.VALUE, "v", "nil", false, ""),
                        new SlotView(1, SlotType.INTERFACE1, 0, SlotType.VALUE, "v[1]", "", false, "")))));
        List<GlobalView> globals = List.of(new GlobalView(0, "root", SlotType.GCREF, 4232, "&Node{...}"));
        List<RootRef> roots = List.of(
                stackRoot(0, 0, 0, "s", 4096),
                stackRoot(0, 1, 0, "xs", 4112),
                new RootRef("global", -1, -1, -1, "root", 4232));
        GcView gc = new GcView(GcPhase.PROPAGATE, 3, 0, List.of(4160L), List.of(), 512, 256,
                new GcCounters(3, 40, 38, 1, 20, 640, 3000, 1200, 99));
        List<GcEvent> events = List.of(new GcEvent(99, GcEventKind.MARKED, 4160, 4112, 3, GcPhase.PROPAGATE));
        List<Violation> violations = List.of(new Violation(ViolationKind.ROOT_MAP_MISMATCH, 98, 0, 1, "main", 11, 2, -1, -1,
                "GCREF", "VALUE", new SourcePos(5, 7), "declared GCREF, holds VALUE 2"));
        return new VmSnapshot(99, ExecStatus.VIOLATION, List.of(main, worker), globals, heap, roots, gc, events,
                violations, null, "hello\n", "", -1);
    }

    static VmSnapshot trapped() {
        VmSnapshot s = sample();
        return new VmSnapshot(120, ExecStatus.TRAPPED, s.fibers(), s.globals(), s.heap(), s.roots(), s.gc(), List.of(),
                s.violations(), new Trap(TrapKind.WILD_REFERENCE, 120, "main", 14, new SourcePos(6, 3), 2, "wild reference 0x2"),
                s.stdout(), "trap!\n", 3);
    }

    /** A snapshot whose heap is exactly the given objects, rooted by the given stack roots. */
    static VmSnapshot withHeap(List<ObjectView> objects, List<RootRef> roots) {
        VmSnapshot s = sample();
        return new VmSnapshot(1, ExecStatus.PAUSED, List.of(), List.of(), new HeapView(objects, 0, 0, objects.size()), roots,
                s.gc(), List.of(), List.of(), null, "", "", -1);
    }
}

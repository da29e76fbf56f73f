package gcscope.app.ui;

import gcscope.views.common.CodeInfo;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
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

/** A hand-made recording of a small linked-list program: its text, its listing, and one snapshot per instruction. */
final class ListProgram {
    static final String SOURCE = """
            package main

            type Node struct { V int; Next *Node }

            func main() {
            \tvar head *Node
            \tfor i := 0; i < 3; i++ {
            \t\thead = &Node{V: i, Next: head}
            \t}
            \tprintln(head.V)
            }
            """;
    /** Source line of each instruction. */
    static final int[] LINES = {6, 7, 8, 8, 7, 8, 8, 7, 8, 8, 7, 10, 11};

    static final CodeInfo CODE = new CodeInfo() {
        @Override public int functionCount() { return 1; }
        @Override public String functionName(int id) { return "main.main"; }
        @Override public List<String> listing(int id) {
            List<String> l = new ArrayList<>();
            for (int pc = 0; pc < LINES.length; pc++) l.add("op" + pc + " s0, s1");
            return l;
        }
        @Override public int lineOf(int id, int pc) { return LINES[pc]; }
        @Override public List<String> slotTypes(int id) { return List.of("GCREF", "VALUE"); }
    };

    static ObjectView node(long addr, long v, long next, Colour c) {
        return new ObjectView(addr, ObjectKind.STRUCT, "Node", 24, c, -1, "Node{" + v + "}",
                List.of(new FieldView("V", 0, SlotType.VALUE, v, 0, String.valueOf(v)),
                        new FieldView("Next", 8, SlotType.GCREF, next, next, next == 0 ? "nil" : String.format("0x%x", next))), -1, -1);
    }

    /** Snapshot at step {@code pc}: one more node every three instructions; the oldest turn black. */
    static VmSnapshot at(int pc) {
        int nodes = Math.min(3, pc / 3);
        List<ObjectView> objs = new ArrayList<>();
        for (int k = 0; k < nodes; k++) {
            long addr = 4096 + 24L * k;
            objs.add(node(addr, k, k == 0 ? 0 : addr - 24, k < nodes - 1 ? Colour.BLACK : Colour.WHITE0));
        }
        long head = nodes == 0 ? 0 : 4096 + 24L * (nodes - 1);
        List<SlotView> slots = List.of(
                new SlotView(0, SlotType.GCREF, head, SlotType.GCREF, "head", head == 0 ? "nil" : String.format("0x%x", head), false, ""),
                new SlotView(1, SlotType.VALUE, nodes, SlotType.VALUE, "i", String.valueOf(nodes), false, ""));
        FrameView f = new FrameView(0, 0, "main.main", pc, new SourcePos(LINES[pc], 2), 0, slots);
        List<RootRef> roots = head == 0 ? List.of() : List.of(new RootRef("stack", 0, 0, 0, "head", head));
        long bytes = 24L * nodes;
        GcView gc = new GcView(pc > 6 ? GcPhase.PROPAGATE : GcPhase.PAUSE, 1, 0, List.of(), List.of(), 0, 64,
                new GcCounters(pc > 6 ? 1 : 0, nodes, Math.max(0, nodes - 1), 0, 0, 0, bytes, bytes, pc));
        List<GcEvent> events = pc == 7 ? List.of(new GcEvent(7, GcEventKind.CYCLE_STARTED, 0, 0, 1, GcPhase.PROPAGATE)) : List.of();
        boolean end = pc == LINES.length - 1;
        return new VmSnapshot(pc, pc == 0 ? ExecStatus.READY : end ? ExecStatus.FINISHED : ExecStatus.PAUSED,
                List.of(new FiberView(0, "running", true, List.of(f))), List.of(), new HeapView(objs, bytes, bytes, nodes),
                roots, gc, events, List.of(), null, "", end ? "2\n" : "", end ? 0 : -1);
    }

    static List<VmSnapshot> recording() {
        List<VmSnapshot> l = new ArrayList<>();
        for (int pc = 0; pc < LINES.length; pc++) l.add(at(pc));
        return l;
    }

    /** A backend that "compiles" any text containing "package main" into this recording. */
    static Backend backend() {
        return (name, source, options) -> source.contains("package main")
                ? new Backend.Opened(new ScriptedTarget(recording()), CODE, List.of(), "")
                : Backend.Opened.failed(List.of(new gcscope.views.source.SourceModel.Marker(1, 1, "expected 'package', found 'EOF'")),
                "compile errors:");
    }

    private ListProgram() {
    }
}

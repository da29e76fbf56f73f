package gcscope.vm.snapshot;

import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.GlobalVar;
import gcscope.vm.bytecode.LocalVar;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.check.Sanitizer;
import gcscope.vm.check.Violation;
import gcscope.vm.gc.Collector;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.RootKind;
import gcscope.vm.gc.RootVisitor;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.MachineView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an immutable {@link VmSnapshot} from a machine stopped at an instruction boundary: fibers and
 * frames with every slot (declared type, raw bits, shadow kind, variable name in scope, decoded value,
 * mismatch flag), globals, the heap, the roots the precise scan sees, collector state, events,
 * violations, trap and output.
 *
 * <p>Keep one builder per machine: it remembers the previous heap build, so a step that changes a
 * few objects re-decodes only those (and a step that changes none returns the same {@link HeapView}
 * instance). Use it from one thread at a time.
 */
public final class SnapshotBuilder {
    private final Machine machine;
    private HeapViewBuilder heapViews;

    public SnapshotBuilder(Machine machine) {
        this.machine = machine;
    }

    public VmSnapshot build(ExecStatus status, List<GcEvent> recentEvents, String stdout, String stderr) {
        MachineView view = machine.view();
        Program program = view.program();
        Collector gc = view.collector();
        ValueDisplay display = new ValueDisplay(program, view.heap());
        List<FiberView> fibers = new ArrayList<>();
        for (int i = 0; i < view.fibers().size(); i++) {
            fibers.add(fiber(view.fibers().get(i), i == view.currentFiber(), program, display));
        }
        if (heapViews == null || heapViews.program() != program) heapViews = new HeapViewBuilder(program);
        HeapView heap = heapViews.build(view.heap(), display, gc.cycle());
        Sanitizer san = gc.sanitizer();
        List<Violation> violations = san == null ? List.of() : san.violations();
        return new VmSnapshot(view.steps(), status, fibers, globals(view, program, display), heap, roots(view, program),
                gc.view(), recentEvents, violations, view.trap(), stdout, stderr,
                view.outcome() == null ? -1 : view.outcome().exitCode());
    }

    private FiberView fiber(MachineView.FiberInfo f, boolean current, Program program, ValueDisplay display) {
        List<FrameView> frames = new ArrayList<>();
        int n = f.frames().size();
        for (int k = n - 1; k >= 0; k--) {
            MachineView.FrameInfo fr = f.frames().get(k);
            FunctionDef fn = program.function(fr.funcId());
            frames.add(new FrameView(n - 1 - k, fr.funcId(), fr.function(), fr.pc(), fr.pos(), fr.bp(), slots(f, k, fn, fr.pc(), display)));
        }
        return new FiberView(f.id(), f.state(), current, frames);
    }

    private static List<SlotView> slots(MachineView.FiberInfo f, int frame, FunctionDef fn, int pc, ValueDisplay display) {
        SlotType[] declared = fn.slotTypes();
        String[] names = new String[declared.length];
        String[] types = new String[declared.length];
        for (LocalVar v : fn.localsAt(pc)) {
            for (int s = 0; s < v.slotCount(); s++) {
                int slot = v.firstSlot() + s;
                if (slot < 0 || slot >= names.length) continue;
                names[slot] = s == 0 ? v.name() : v.name() + "[" + s + "]";
                types[slot] = v.slotCount() == 1 ? v.typeName() : "";
            }
        }
        List<SlotView> out = new ArrayList<>(declared.length);
        long prev = 0;
        for (int i = 0; i < declared.length; i++) {
            long raw = f.slot(frame, i);
            SlotType shadow = f.shadowKind(frame, i);
            boolean mismatch = shadow != null && !Sanitizer.slotWriteOk(declared[i], shadow, raw);
            String text = mismatch ? "declared " + declared[i] + ", holds " + shadow + " " + raw : "";
            String shown = display.word(mismatch ? shadow : declared[i], raw, types[i] == null ? "" : types[i], prev);
            out.add(new SlotView(i, declared[i], raw, shadow == null ? declared[i] : shadow,
                    names[i] == null ? "" : names[i], shown, mismatch, text));
            prev = raw;
        }
        return out;
    }

    private static List<GlobalView> globals(MachineView view, Program program, ValueDisplay display) {
        long[] g = view.globals();
        String[] names = new String[g.length];
        for (GlobalVar v : program.globals()) {
            for (int s = 0; s < v.slotCount(); s++) {
                int slot = v.firstSlot() + s;
                if (slot >= 0 && slot < names.length) names[slot] = s == 0 ? v.name() : v.name() + "[" + s + "]";
            }
        }
        List<GlobalView> out = new ArrayList<>(g.length);
        for (int i = 0; i < g.length; i++) {
            SlotType t = program.globalType(i);
            out.add(new GlobalView(i, names[i] == null ? "" : names[i], t, g[i], display.word(t, g[i], "", i > 0 ? g[i - 1] : 0)));
        }
        return out;
    }

    /** Every non-nil reference the precise root scan sees, through slotTypes (not shadow kinds). */
    private List<RootRef> roots(MachineView view, Program program) {
        Map<Integer, Integer> depthOfFiber = new HashMap<>();
        for (MachineView.FiberInfo f : view.fibers()) depthOfFiber.put(f.id(), f.frames().size());
        Map<Integer, String> globalNames = new HashMap<>();
        for (GlobalVar v : program.globals()) globalNames.put(v.firstSlot(), v.name());
        List<RootRef> out = new ArrayList<>();
        machine.visitRoots(new RootVisitor() {
            long lastHeader;

            @Override
            public void frame(int fiber, int frame, int funcId, int pc, long[] stack, int bp, SlotType[] slotTypes, byte[] shadow) {
                int innermost = depthOfFiber.getOrDefault(fiber, frame + 1) - 1 - frame;
                FunctionDef fn = program.function(funcId);
                for (int i = 0; i < slotTypes.length; i++) {
                    long raw = stack[bp + i];
                    boolean isRef = slotTypes[i] == SlotType.GCREF
                            || (slotTypes[i] == SlotType.INTERFACE1 && i > 0 && InterfaceHeader.isRef(stack[bp + i - 1]));
                    if (isRef && raw != 0) out.add(new RootRef("stack", fiber, innermost, i, slotName(fn, pc, i), raw));
                }
            }

            @Override
            public void word(RootKind kind, int index, SlotType type, long raw) {
                boolean isRef = type == SlotType.GCREF || (type == SlotType.INTERFACE1 && InterfaceHeader.isRef(lastHeader));
                if (type == SlotType.INTERFACE0) lastHeader = raw;
                if (!isRef || raw == 0) return;
                String name = kind == RootKind.GLOBAL ? globalNames.getOrDefault(index, "global " + index) : kind.label() + " " + index;
                out.add(new RootRef(kind.label(), -1, -1, -1, name, raw));
            }
        });
        return out;
    }

    private static String slotName(FunctionDef fn, int pc, int slot) {
        for (LocalVar v : fn.localsAt(pc)) {
            if (slot >= v.firstSlot() && slot < v.firstSlot() + v.slotCount()) {
                return slot == v.firstSlot() ? v.name() : v.name() + "[" + (slot - v.firstSlot()) + "]";
            }
        }
        return "";
    }
}

package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.MachineView;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;

import java.util.List;

/**
 * Runs a lesson one instruction at a time and checks every instruction boundary (every safepoint of a
 * sanitized run) by brute force, independently of the sanitizer's incremental checks: every non-zero slot
 * of every live frame of every fiber holds the kind its function's {@code slotTypes} declares (the kind
 * last written, VM.md's root-map invariant; a GCREF slot must point into a live object), and every ENUM
 * object was written with a layout that scans like its header's (same size, discriminant offset and
 * pointer map of every variant). The first boundary where that fails is the first bad safepoint.
 */
final class SafepointAudit {
    /** A bad safepoint: after {@code step} instructions; a slot of a frame of {@code function}, or an ENUM object. */
    record Bad(long step, String function, int slot, long address, String what) {
    }

    /** The run's result, the first bad safepoint (null: none) and how many boundaries were audited. */
    record Result(RunResult run, Bad firstBad, long boundaries) {
    }

    private SafepointAudit() {
    }

    static Result run(String name, String source, List<String> args) {
        RunOptions options = LessonOptions.parse(args);
        if (!options.sanitize()) throw new IllegalArgumentException("the audit reads shadow kinds: run with --sanitize");
        CompileResult compiled = Compiler.compile(name + ".vo", source, options.compile());
        if (!compiled.ok()) throw new IllegalStateException(name + " does not compile: " + compiled.diagnostics());
        Machine m = new Machine(compiled.program(), options, new CapturedOutput());
        Bad first = null;
        long boundaries = 0;
        RunResult r;
        do {
            boundaries++;
            if (first == null) first = audit(compiled.program(), m.view());
            r = m.runFor(1);
        } while (r.outcome() == Outcome.SUSPENDED);
        boundaries++;
        if (first == null) first = audit(compiled.program(), m.view());
        return new Result(r, first, boundaries);
    }

    static Bad audit(Program p, MachineView v) {
        for (MachineView.FiberInfo fiber : v.fibers()) {
            for (int k = 0; k < fiber.frames().size(); k++) {
                MachineView.FrameInfo frame = fiber.frames().get(k);
                FunctionDef fn = p.function(frame.funcId());
                SlotType[] declared = fn.slotTypes();
                for (int slot = 0; slot < declared.length; slot++) {
                    long raw = fiber.slot(k, slot);
                    if (raw == 0) continue;
                    SlotType written = fiber.shadowKind(k, slot);
                    if (!declared[slot].compatibleWith(written)) {
                        return new Bad(v.steps(), fn.name(), slot, -1, "slot " + slot + " declared " + declared[slot] + " holds " + written + " " + raw);
                    }
                    if (declared[slot] == SlotType.GCREF && v.heap().objectStart(raw) == 0) {
                        return new Bad(v.steps(), fn.name(), slot, raw, "slot " + slot + " holds a reference to no live object: " + raw);
                    }
                }
            }
        }
        Heap h = v.heap();
        LayoutStore layouts = p.layouts();
        for (long a = h.base(); a < h.top(); a = h.nextChunk(a)) {
            if (h.isFreed(a) || h.kind(a) != ObjectKind.ENUM) continue;
            int written = h.writtenLayout(a), header = h.meta(a);
            if (written >= 0 && written != header && !scansAlike(layouts, header, written)) {
                MachineView.FrameInfo at = v.currentFrame();
                return new Bad(v.steps(), at == null ? "" : at.function(), -1, a,
                        "enum object written with " + layouts.describe(written) + ", header " + layouts.describe(header));
            }
        }
        return null;
    }

    private static boolean scansAlike(LayoutStore s, int a, int b) {
        if (!s.isUnion(a) || !s.isUnion(b)) return false;
        Layout.Union x = s.union(a), y = s.union(b);
        if (x.size() != y.size() || x.discOffset() != y.discOffset() || x.variantCount() != y.variantCount()) return false;
        for (int i = 0; i < x.variantCount(); i++) {
            if (!s.pointerMap(x.variant(i)).equals(s.pointerMap(y.variant(i)))) return false;
        }
        return true;
    }
}
